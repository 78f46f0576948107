import fs from "node:fs/promises";
import path from "node:path";
import { safeSegment } from "../store/layout.js";
import type { CheckResult } from "../checks/schema.js";
import { buildPlan, ignoredInProductDir, LOGS_DIR, OUTPUT_DIR } from "./build.js";
import { commandFailure, keepFailedLogs, runCommandList, type CommandRecord } from "./commands.js";
import { runProductChecks } from "./checks.js";
import { commandEnv } from "./env.js";
import { copyTree, describeFiles, exists, treeDigest } from "./files.js";
import { readLock, type RecipeLock } from "./lock.js";
import {
  readTimings,
  STAGE_RECORD,
  timing,
  writeStageRecord,
  type StageTiming,
} from "./timings.js";
import type { Stage, StageContext } from "./types.js";

export const PACKAGE_MANIFEST = "manifest.json";

export function archiveName(product: string, partition: string): string {
  return `${safeSegment(product)}-${safeSegment(partition)}.tar.gz`;
}

export const packageStage: Stage = {
  name: "package",
  async fingerprintInputs(ctx) {
    const command = ctx.product.package_command;
    const checks = ctx.product.checks ?? null;
    if (command === undefined)
      return checks === null ? { packageCommand: null } : { packageCommand: null, checks };
    const { cwd } = await buildPlan(ctx);
    return {
      packageCommand: command,
      timeoutMinutes: ctx.product.timeout_minutes ?? null,
      // The script a package_command runs usually lives in the product directory.
      productDir: cwd === ctx.project.root ? null : await treeDigest(cwd, ignoredInProductDir),
      ...(checks === null ? {} : { checks }),
    };
  },
  async run(ctx, outDir) {
    const started = new Date();
    const buildDir = ctx.layout.stageDir(ctx.product.id, ctx.partition.key, "build");
    const lock = await readLock(buildDir, asset(ctx), ctx.partition.key);
    const buildOutput = path.join(buildDir, OUTPUT_DIR);
    if (await exists(buildOutput)) await copyTree(buildOutput, path.join(outDir, OUTPUT_DIR));
    else await fs.mkdir(path.join(outDir, OUTPUT_DIR));
    const checks = await runProductChecks(ctx, lock, outDir);
    const packageCommand = await runPackageCommand(ctx, lock, outDir);
    const archive = archiveName(ctx.product.id, ctx.partition.key);
    const timings = [...(await readTimings(buildDir)), timing("package", ctx.runId, started)];
    const manifest = await packageManifest({
      ctx,
      lock,
      outDir,
      archive,
      timings,
      packageCommand,
      checks,
    });
    await fs.writeFile(
      path.join(outDir, PACKAGE_MANIFEST),
      `${JSON.stringify(manifest, null, 2)}\n`,
    );
    const archivePath = path.join(outDir, archive);
    const { createArchive } = await import("./archive.js");
    const written = await createArchive({
      dir: outDir,
      exclude: [archive, STAGE_RECORD],
      archive: archivePath,
      signal: ctx.signal,
    });
    await writeStageRecord(outDir, [
      ...timings.slice(0, -1),
      timing("package", ctx.runId, started),
    ]);
    ctx.log(`packaged ${manifest.files.length} files into ${archive} (${written.bytes} bytes)`);
    return {
      metadata: {
        archive,
        bytes: written.bytes,
        sha256: written.sha256,
        files: manifest.files.length,
        ...(checks.length > 0 ? { checks } : {}),
      },
    };
  },
};

function asset(ctx: StageContext): string {
  return `${ctx.product.id}.package`;
}

/** The optional `package_command`, run with the build's environment plus `LIFECYCLE_PACKAGE_DIR`. */
async function runPackageCommand(
  ctx: StageContext,
  lock: RecipeLock,
  outDir: string,
): Promise<CommandRecord | undefined> {
  const run = ctx.product.package_command;
  if (run === undefined || run.trim() === "") return undefined;
  const plan = await buildPlan(ctx);
  const env = commandEnv({
    ctx,
    lock,
    stageEnv: plan.stageEnv,
    outputDir: path.join(outDir, OUTPUT_DIR),
    extra: { LIFECYCLE_PACKAGE_DIR: outDir },
  });
  const minutes = ctx.product.timeout_minutes;
  const records: CommandRecord[] = [];
  const logDir = path.join(outDir, LOGS_DIR);
  const failed = await runCommandList({
    ctx,
    commands: [{ name: "package_command", run }],
    cwd: plan.cwd,
    env,
    logDir,
    deadline: minutes === undefined ? undefined : Date.now() + minutes * 60_000,
    attempt: 1,
    records,
  });
  if (failed) {
    const kept = await keepFailedLogs(ctx, "package", logDir);
    throw commandFailure(failed, asset(ctx), ctx.partition.key, kept);
  }
  return records[0];
}

async function packageManifest(options: {
  ctx: StageContext;
  lock: RecipeLock;
  outDir: string;
  archive: string;
  timings: StageTiming[];
  packageCommand: CommandRecord | undefined;
  checks: CheckResult[];
}) {
  const { ctx, lock } = options;
  const skipped = new Set([PACKAGE_MANIFEST, options.archive, STAGE_RECORD]);
  const files = await describeFiles(options.outDir, { skip: (relative) => skipped.has(relative) });
  const commit = await gitCommit(ctx);
  return {
    product: ctx.product.id,
    partition: ctx.partition.key,
    // The version the plan chose (a starter partition's comes from the recipe's version_strategy).
    version: lock.version?.value ?? ctx.partition.version,
    ...(lock.version ? { version_strategy: lock.version.strategy } : {}),
    note: ctx.partition.note,
    ...(ctx.partition.dimensions ? { dimensions: ctx.partition.dimensions } : {}),
    recipe: lock.recipe,
    // The locked input versions: what copy_latest_release reads back from the latest release.
    inputs: lock.inputs.map(({ dataset, version, import_as }) => ({ dataset, version, import_as })),
    ...(commit ? { git: { commit } } : {}),
    files,
    timings: options.timings,
    ...(options.packageCommand
      ? {
          package_command: {
            exitCode: options.packageCommand.exitCode,
            durationMs: options.packageCommand.durationMs,
          },
        }
      : {}),
    ...(options.checks.length > 0 ? { checks: options.checks } : {}),
    runId: ctx.runId,
  };
}

let cachedCommit: { key: string; commit: Promise<string | undefined> } | undefined;

/** The project's git commit, read once per run (one `git rev-parse HEAD` for every product). */
function gitCommit(ctx: StageContext): Promise<string | undefined> {
  const key = `${ctx.project.root}\0${ctx.runId}`;
  if (cachedCommit?.key !== key) cachedCommit = { key, commit: readGitCommit(ctx) };
  return cachedCommit.commit;
}

/** `git rev-parse HEAD` in the project root; undefined when it is not a git checkout. */
async function readGitCommit(ctx: StageContext): Promise<string | undefined> {
  let output = "";
  try {
    const result = await ctx.runner.run("git rev-parse HEAD 2>/dev/null", {
      cwd: ctx.project.root,
      env: process.env,
      onOutput: (chunk, stream) => {
        if (stream === "stdout") output += chunk;
      },
    });
    const commit = output.trim();
    return result.exitCode === 0 && /^[0-9a-f]{40,64}$/.test(commit) ? commit : undefined;
  } catch {
    return undefined; // git is not installed
  }
}
