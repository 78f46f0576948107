import fs from "node:fs/promises";
import path from "node:path";
import { stringify } from "yaml";
import { z } from "zod";
import { StageFailure } from "../core/errors.js";
import { parseWithSchema, parseYamlFile } from "../config/yaml-file.js";
import { formatDiagnostics } from "../core/diagnostics.js";

export const LOCK_FILE = "recipe.lock.yml";

export const LockedInputSchema = z.strictObject({
  dataset: z.string().min(1),
  version: z.string().min(1),
  /** What the recipe asked for: a version, or `latest` when find_latest chose it. */
  requested: z.string(),
  import_as: z.string().min(1),
  version_env_var: z.string().optional(),
  file_type: z.string().optional(),
  /** With `copy_latest_release`: the partition key of the release the version was copied from. */
  copied_from: z.string().optional(),
  /** An input that is another product's output: that product, and the packaged partition read. */
  product: z.string().optional(),
  partition: z.string().optional(),
  /** An input read from one of the team's other stores: its source type, the store, and what was read. */
  source: z.string().optional(),
  store: z.string().optional(),
  folder: z.string().optional(),
  files: z
    .array(z.strictObject({ key: z.string(), bytes: z.number(), etag: z.string() }))
    .optional(),
});

/** What chose the product version: the key, products.yml, the recipe, or its version_strategy. */
export const VERSION_SOURCES = [
  "partition_key",
  "product_version",
  "recipe_version",
  "first_of_month",
  "today",
  "bump_latest_release",
  "pin_to_source_dataset",
  "default",
] as const;

export const LockedVersionSchema = z.strictObject({
  value: z.string().min(1),
  strategy: z.enum(VERSION_SOURCES),
  /** bump_latest_release: the release that was bumped. */
  release: z.strictObject({ partition: z.string(), version: z.string() }).optional(),
  /** bump_latest_release: the recipe's `version_type` and the step. */
  version_type: z.enum(["major", "minor", "patch"]).optional(),
  bump_by: z.number().int().positive().optional(),
  /** pin_to_source_dataset: the input whose locked version was taken. */
  dataset: z.string().optional(),
  /** The newest release older than `value`: `VERSION_PREV`, unless the recipe's vars set it. */
  previous_release: z.strictObject({ partition: z.string(), version: z.string() }).optional(),
});

export const RecipeLockSchema = z.strictObject({
  product: z.string(),
  /** The recipe file relative to the project root; null when the product has none. */
  recipe: z.string().nullable(),
  partition: z.strictObject({
    key: z.string(),
    version: z.string(),
    note: z.string(),
    dimensions: z.record(z.string(), z.string()).optional(),
    env: z.record(z.string(), z.string()).optional(),
  }),
  /** The product version the build gets, and what chose it (absent in locks of older plans). */
  version: LockedVersionSchema.optional(),
  /** Recipe vars, VERSION (and VERSION_TYPE), recipe env, then product env (later wins). */
  env: z.record(z.string(), z.string()),
  inputs: z.array(LockedInputSchema),
});

export type RecipeLock = z.infer<typeof RecipeLockSchema>;
export type LockedInput = z.infer<typeof LockedInputSchema>;
export type LockedVersion = z.infer<typeof LockedVersionSchema>;

export function renderLock(lock: RecipeLock): string {
  return `# Written by lifecycle's plan stage: the recipe with every input pinned. Do not edit.\n${stringify(lock)}`;
}

/** Read the lock a plan stage wrote into `dir` (possibly on another machine). */
export async function readLock(dir: string, asset: string, partition: string): Promise<RecipeLock> {
  const file = path.join(dir, LOCK_FILE);
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch {
    throw new StageFailure(`no ${LOCK_FILE} in ${dir}: run the plan stage first`, asset, partition);
  }
  const yaml = parseYamlFile(file, text);
  const parsed =
    yaml.diagnostics.length > 0
      ? { diagnostics: yaml.diagnostics }
      : parseWithSchema(yaml, RecipeLockSchema);
  if (parsed.data === undefined) {
    const details = formatDiagnostics(parsed.diagnostics, "text");
    throw new StageFailure(
      `invalid ${LOCK_FILE}; run the plan stage again:\n${details}`,
      asset,
      partition,
    );
  }
  return parsed.data;
}
