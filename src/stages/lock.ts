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
  /** Recipe env, then product env (product wins). */
  env: z.record(z.string(), z.string()),
  inputs: z.array(LockedInputSchema),
});

export type RecipeLock = z.infer<typeof RecipeLockSchema>;
export type LockedInput = z.infer<typeof LockedInputSchema>;

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
