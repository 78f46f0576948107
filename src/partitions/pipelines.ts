import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { z } from "zod";
import { ConfigError, UsageError } from "../core/errors.js";
import {
  PartitionsConfigSchema,
  SchedulesConfigSchema,
  type PartitionsConfig,
  type SchedulesConfig,
} from "./config.js";
import { UniverseRegistry, runPartition, type GetUniverse } from "./run.js";

export const PIPELINES_DIR = "pipelines";
const PIPELINE_FILE = /^([A-Za-z0-9][A-Za-z0-9_-]*)\.(js|mjs)$/;

/** What a pipeline module may export besides `run`; validated like products.yml. */
const PipelineExportsSchema = z.object({
  run: z.custom<(config: Record<string, unknown>) => unknown>((v) => typeof v === "function", {
    message: "expected an exported function run(config)",
  }),
  getUniverse: z
    .custom<GetUniverse>((v) => typeof v === "function", {
      message: "expected a function getUniverse(date, value)",
    })
    .optional(),
  partitions: PartitionsConfigSchema.optional(),
  schedules: SchedulesConfigSchema.optional(),
  description: z.string().optional(),
  version: z.string().optional(),
  tags: z.array(z.string()).optional(),
});

/** A product-like config for one pipeline module; merge it into the project's products. */
export interface PipelineProduct {
  id: string;
  description?: string | undefined;
  version?: string | undefined;
  tags: string[];
  partitions?: PartitionsConfig | undefined;
  schedules?: SchedulesConfig | undefined;
  build_command: string;
}

export interface DiscoveredPipeline {
  id: string;
  /** Absolute path of the module. */
  file: string;
  product: PipelineProduct;
}

const CLI_ENTRY = "cli/bin.js";

/** The CLI that a pipeline's build command calls: the action bundle sets it to itself. */
function cliPath(): string {
  const sourceDir = path.dirname(fileURLToPath(import.meta.url));
  return process.env.LIFECYCLE_CLI ?? path.join(sourceDir, "..", CLI_ENTRY);
}

function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

async function importModule(file: string): Promise<unknown> {
  return import(/* webpackIgnore: true */ pathToFileURL(file).href);
}

function hasRunExport(module: unknown): boolean {
  return typeof module === "object" && module !== null && "run" in module;
}

async function importPipeline(file: string, imported?: unknown) {
  const module = imported ?? (await importModule(file));
  const result = PipelineExportsSchema.safeParse(module);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ConfigError(
      `pipeline ${file}: export ${issue?.path.join(".") || "?"}: ${issue?.message ?? "invalid"}`,
    );
  }
  return result.data;
}

/** Called once per module in `pipelines/` that is not a pipeline (a helper module: no `run`). */
export type SkippedModuleWarning = (file: string, reason: string) => void;

function warnOnStderr(file: string, reason: string): void {
  process.stderr.write(`warning: ${file}: ${reason}; skipped\n`);
}

/**
 * Every `<dir>/<name>.js|.mjs` exporting `run(config)` becomes a product `<name>` whose build
 * command runs the pipeline for the partition in the environment (`lifecycle pipeline run`).
 * Optional exports: `partitions`, `schedules`, `description`, `version`, `tags`, `getUniverse`.
 * A module without a `run` export is a helper module (as in the market-data team's layer): it is
 * skipped with a warning naming it. A module that exports `run` but invalid options is an error.
 */
export async function discoverPipelines(
  dir: string,
  warn: SkippedModuleWarning = warnOnStderr,
): Promise<DiscoveredPipeline[]> {
  let names: string[];
  try {
    names = (await fs.readdir(dir)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const found: DiscoveredPipeline[] = [];
  for (const name of names) {
    const match = PIPELINE_FILE.exec(name);
    if (!match?.[1]) continue;
    const file = path.resolve(dir, name);
    const module = await importModule(file);
    if (!hasRunExport(module)) {
      warn(file, "exports no run(config), so it is not a pipeline");
      continue;
    }
    const exports = await importPipeline(file, module);
    const id = match[1];
    if (found.some((p) => p.id === id))
      throw new ConfigError(`pipeline ${id} is defined twice in ${dir}`);
    const build_command = [process.execPath, cliPath(), "pipeline", "run", file]
      .map(quote)
      .join(" ");
    const product: PipelineProduct = {
      id,
      description: exports.description,
      version: exports.version,
      tags: ["pipeline", ...(exports.tags ?? [])],
      partitions: exports.partitions,
      schedules: exports.schedules,
      build_command,
    };
    found.push({ id, file, product });
  }
  return found;
}

/**
 * Run a pipeline module for the partition its environment names: universe x date partitions go
 * through `runPartition` (universes from `<root>/universes`, `default` from the module's
 * `getUniverse`); any other partition calls `run` with PARTITION, VERSION and BUILD_NOTE.
 * Every run also gets OUTPUT_DIR and INPUT_DIR.
 */
export async function runPipelineModule(
  file: string,
  env: NodeJS.ProcessEnv,
  root: string,
): Promise<unknown> {
  const exports = await importPipeline(path.resolve(root, file));
  const baseConfig = {
    PARTITION: env.LIFECYCLE_PARTITION ?? "",
    VERSION: env.LIFECYCLE_VERSION ?? "",
    BUILD_NOTE: env.LIFECYCLE_BUILD_NOTE ?? "",
    OUTPUT_DIR: env.LIFECYCLE_OUTPUT_DIR ?? "",
    INPUT_DIR: env.LIFECYCLE_INPUT_DIR ?? "",
  };
  const universe = env.LIFECYCLE_UNIVERSE;
  if (!universe) return exports.run(baseConfig);
  const start = env.LIFECYCLE_START_DATE;
  const end = env.LIFECYCLE_END_DATE;
  if (!start || !end)
    throw new UsageError(
      "LIFECYCLE_UNIVERSE is set but LIFECYCLE_START_DATE or LIFECYCLE_END_DATE is not",
    );
  const key = start === end ? `${universe}:${start}` : `${universe}:${start}_${end}`;
  return runPartition({
    baseConfig,
    partition: key,
    defaultGetUniverse: exports.getUniverse,
    universes: UniverseRegistry.inProject(root),
    pipeline: (config) => exports.run(config),
  });
}
