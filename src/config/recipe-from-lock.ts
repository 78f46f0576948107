import fs from "node:fs/promises";
import path from "node:path";
import { ConfigError, UsageError } from "../core/errors.js";
import { RecipeLockSchema, type RecipeLock } from "../stages/lock.js";
import type { Project } from "./project.js";
import type { RecipeFields } from "./recipe-base.js";
import { chooseRecipe } from "./recipe-choice.js";
import { parseWithSchema, parseYamlFile } from "./yaml-file.js";

/** What `materialize --from-lock` builds: the lock's product at the lock's partition. */
export interface LockedBuild {
  product: string;
  partition: string;
  lock: RecipeLock;
}

/** Read and check a `recipe.lock.yml` (a plan's output, or one kept from a past build). */
export async function readLockFile(file: string): Promise<RecipeLock> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch {
    throw new UsageError(`--from-lock: lock file not found: ${file}`);
  }
  const yaml = parseYamlFile(file, text);
  const parsed =
    yaml.diagnostics.length > 0
      ? { diagnostics: yaml.diagnostics }
      : parseWithSchema(yaml, RecipeLockSchema);
  if (parsed.data === undefined)
    throw new ConfigError(`--from-lock: ${file} is not a recipe.lock.yml`, parsed.diagnostics);
  return parsed.data;
}

/**
 * `--from-lock FILE` (dcpy's "build from a recipe lock"): the product's recipe file named in the
 * lock, with its version and every input's version replaced by the locked ones, so the plan
 * resolves nothing anew (no find_latest, no copy_latest_release, no version strategy). The build
 * commands are the recipe file's as it is now: the lock pins data, not code (check out the commit).
 */
export async function applyLock(project: Project, lock: RecipeLock): Promise<LockedBuild> {
  if (!project.products.some((p) => p.id === lock.product)) {
    const known = project.products.map((p) => p.id).join(", ") || "none";
    throw new UsageError(
      `--from-lock: the lock is for product "${lock.product}", which this project does not have (products: ${known})`,
    );
  }
  if (lock.recipe !== null) {
    const chosen = await chooseRecipe(project, lock.recipe);
    if (chosen !== lock.product)
      throw new UsageError(
        `--from-lock: the lock's recipe ${lock.recipe} belongs to "${chosen}", not "${lock.product}"`,
      );
    const entry = project.recipes.get(lock.product);
    if (entry) {
      pinRecipe(entry.recipe, lock);
      if (entry.extended) pinRecipe(entry.extended.recipe, lock);
    }
  }
  return { product: lock.product, partition: lock.partition.key, lock };
}

function pinRecipe(recipe: RecipeFields, lock: RecipeLock): void {
  if (lock.version !== undefined) {
    recipe.version = lock.version.value;
    delete recipe.version_strategy;
  }
  if (recipe.inputs.missing_versions_strategy !== undefined)
    delete recipe.inputs.missing_versions_strategy;
  const locked = new Map(lock.inputs.map((input) => [input.dataset, input]));
  for (const dataset of recipe.inputs.datasets) {
    const input = locked.get(dataset.id);
    if (input === undefined)
      throw new UsageError(
        `--from-lock: the recipe reads dataset "${dataset.id}", which the lock does not pin (locked: ${[...locked.keys()].join(", ") || "none"})`,
      );
    dataset.version = input.version;
  }
}

/** A lock path as given on the command line, relative to the project root like --recipe. */
export function lockPath(root: string, file: string): string {
  return path.resolve(root, file);
}
