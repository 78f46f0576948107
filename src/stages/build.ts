import fs from "node:fs/promises";
import path from "node:path";
import {
  commandFailure,
  keepFailedLogs,
  runCommandList,
  type CommandRecord,
  type NamedCommand,
} from "./commands.js";
import { commandCwd, commandEnv } from "./env.js";
import { treeDigest } from "./files.js";
import { LOCK_FILE, readLock } from "./lock.js";
import { buildCommandLines, buildStageEnv, secretEnv } from "./recipe.js";
import { readTimings, timing, writeStageRecord } from "./timings.js";
import type { Stage, StageContext } from "./types.js";

export const OUTPUT_DIR = "output";
export const LOGS_DIR = "logs";
export const COMMANDS_FILE = "commands.json";

const NOT_BUILD_INPUTS = new Set(["node_modules", "__pycache__"]);

/** Parts of a product directory that are not build inputs: dependencies, caches, dot-files. */
export function ignoredInProductDir(relative: string): boolean {
  return relative.split("/").some((part) => NOT_BUILD_INPUTS.has(part) || part.startsWith("."));
}

export const buildStage: Stage = {
  name: "build",
  async fingerprintInputs(ctx) {
    const plan = await buildPlan(ctx);
    return {
      commands: plan.commands,
      stageEnv: plan.stageEnv,
      cwd: path.relative(ctx.project.root, plan.cwd),
      timeoutMinutes: ctx.product.timeout_minutes ?? null,
      retries: ctx.product.retries ?? 0,
      productDir:
        plan.cwd === ctx.project.root ? null : await treeDigest(plan.cwd, ignoredInProductDir),
    };
  },
  async run(ctx, outDir) {
    const started = new Date();
    const loadDir = ctx.layout.stageDir(ctx.product.id, ctx.partition.key, "load");
    const lock = await readLock(loadDir, asset(ctx), ctx.partition.key);
    await fs.copyFile(path.join(loadDir, LOCK_FILE), path.join(outDir, LOCK_FILE));
    const plan = await buildPlan(ctx);
    const outputDir = path.join(outDir, OUTPUT_DIR);
    const secrets = secretEnv(ctx);
    const env = commandEnv({ ctx, lock, stageEnv: plan.stageEnv, outputDir, secrets });
    const records = await runWithRetries(ctx, { ...plan, env, outDir, outputDir });
    await fs.writeFile(path.join(outDir, COMMANDS_FILE), `${JSON.stringify(records, null, 2)}\n`);
    await writeStageRecord(outDir, [
      ...(await readTimings(loadDir)),
      timing("build", ctx.runId, started),
    ]);
    const attempts = Math.max(1, ...records.map((r) => r.attempt));
    return { metadata: { commands: plan.commands.length, attempts } };
  },
};

function asset(ctx: StageContext): string {
  return `${ctx.product.id}.build`;
}

export interface BuildPlan {
  commands: NamedCommand[];
  stageEnv: Record<string, string>;
  cwd: string;
}

/** The recipe's `builds.build` commands when there are any, otherwise the product's `build_command`. */
export async function buildPlan(ctx: StageContext): Promise<BuildPlan> {
  const fromRecipe = buildCommandLines(ctx, asset(ctx));
  const commands =
    fromRecipe.length > 0
      ? fromRecipe
      : ctx.product.build_command
        ? [{ name: "build_command", run: ctx.product.build_command }]
        : [];
  const stageEnv = buildStageEnv(ctx);
  return { commands, stageEnv, cwd: await commandCwd(ctx) };
}

/**
 * A failed command (non-zero exit) is retried `retries` times, each time rerunning the whole
 * command list from the first command into an emptied output directory, so no attempt sees what a
 * failed one left. Timeouts (`timeout_minutes` bounds the whole stage) and cancellation are not retried.
 */
async function runWithRetries(
  ctx: StageContext,
  run: BuildPlan & { env: NodeJS.ProcessEnv; outDir: string; outputDir: string },
): Promise<CommandRecord[]> {
  const minutes = ctx.product.timeout_minutes;
  const deadline = minutes === undefined ? undefined : Date.now() + minutes * 60_000;
  const logDir = path.join(run.outDir, LOGS_DIR);
  const records: CommandRecord[] = [];
  const attempts = 1 + (ctx.product.retries ?? 0);
  for (let attempt = 1; ; attempt++) {
    await fs.rm(run.outputDir, { recursive: true, force: true });
    await fs.mkdir(run.outputDir, { recursive: true });
    const failed = await runCommandList({
      ctx,
      ...run,
      logDir,
      deadline,
      attempt,
      records,
    });
    if (failed === undefined) return records;
    await fs.writeFile(
      path.join(run.outDir, COMMANDS_FILE),
      `${JSON.stringify(records, null, 2)}\n`,
    );
    const final = failed.timedOut || failed.cancelled || ctx.signal.aborted || attempt >= attempts;
    if (final)
      throw commandFailure(
        failed,
        asset(ctx),
        ctx.partition.key,
        await keepFailedLogs(ctx, "build", logDir),
      );
    ctx.log(
      `[${failed.name}] failed (attempt ${attempt} of ${attempts}); retrying the build from the first command`,
    );
  }
}
