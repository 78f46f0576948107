import fs from "node:fs/promises";
import path from "node:path";
import type { IngestTemplate } from "../config/template/index.js";
import { StageFailure } from "../core/errors.js";
import type { ProcessRunner } from "../process/runner.js";
import { Engine, quoteString } from "./engine.js";
import { hashFile } from "./hash.js";
import { CONFIG_FILE, parquetName } from "./store.js";
import { checkColumns } from "./run.js";

export interface CommandIngestContext {
  command: string;
  template: IngestTemplate;
  templateFile: string;
  version: string;
  root: string;
  runner: ProcessRunner;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  log: (line: string) => void;
}

/** What the team's own ingest wrote, recorded like lifecycle's own output. */
export interface CommandSummary {
  command: string;
  durationMs: number;
  outputs: { file: string; sha256: string; bytes: number }[];
  rows?: number;
  columns?: { name: string; type: string }[];
}

export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * The escape hatch for templates lifecycle cannot run: `<ingest_command> <id> <version> <dir>`,
 * also given as LIFECYCLE_TEMPLATE_ID, LIFECYCLE_INGEST_VERSION, LIFECYCLE_OUTPUT_DIR and
 * LIFECYCLE_TEMPLATE_FILE. Whatever it writes into `dir` becomes the dataset version.
 */
export async function runIngestCommand(
  context: CommandIngestContext,
  dir: string,
): Promise<CommandSummary> {
  const { template, version } = context;
  const command = `${context.command} ${[template.id, version, dir].map(shellQuote).join(" ")}`;
  context.log(`running ingest_command: ${command}`);
  const result = await context.runner.run(command, {
    cwd: context.root,
    env: {
      ...context.env,
      LIFECYCLE_TEMPLATE_ID: template.id,
      LIFECYCLE_INGEST_VERSION: version,
      LIFECYCLE_OUTPUT_DIR: dir,
      LIFECYCLE_TEMPLATE_FILE: path.join(context.root, context.templateFile),
    },
    ...(context.signal ? { signal: context.signal } : {}),
    onOutput: (chunk) => {
      for (const line of chunk.split("\n")) if (line.trim()) context.log(line);
    },
  });
  if (result.cancelled) throw context.signal?.reason ?? new Error("ingest cancelled");
  if (result.exitCode !== 0) {
    const how = result.signal
      ? `was killed by ${result.signal}`
      : `exited with code ${result.exitCode}`;
    throw new StageFailure(
      `ingest_command for ${template.id} ${how}`,
      `ingest.${template.id}`,
      version,
    );
  }
  await keepCommandConfig(dir);
  const outputs = await listOutputs(dir);
  const summary: CommandSummary = { command, durationMs: result.durationMs, outputs };
  const parquet = path.join(dir, parquetName(template.id));
  if (outputs.some((o) => o.file === parquetName(template.id)))
    Object.assign(summary, await describeParquet(parquet, template));
  return summary;
}

/** A config.json the command wrote is kept beside ours, as config.command.json. */
async function keepCommandConfig(dir: string): Promise<void> {
  try {
    await fs.rename(path.join(dir, CONFIG_FILE), path.join(dir, "config.command.json"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}

async function listOutputs(dir: string): Promise<CommandSummary["outputs"]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  const outputs = await Promise.all(
    files.map(async (file) => ({
      file: path.relative(dir, file).split(path.sep).join("/"),
      ...(await hashFile(file)),
    })),
  );
  return outputs.sort((a, b) => a.file.localeCompare(b.file));
}

async function describeParquet(file: string, template: IngestTemplate) {
  const engine = await Engine.open();
  try {
    const select = `SELECT * FROM read_parquet(${quoteString(file)})`;
    const columns = await engine.describe(select);
    const rows = Number(
      await engine.scalar(`SELECT count(*) FROM read_parquet(${quoteString(file)})`),
    );
    checkColumns(template, {
      table: "",
      rows,
      columns: columns.map((c) => ({ name: c.name, expr: "" })),
    });
    return { rows, columns };
  } finally {
    engine.close();
  }
}
