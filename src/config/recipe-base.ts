import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { hasErrors, type Diagnostic } from "../core/diagnostics.js";
import { errorMessage } from "../core/errors.js";
import { parseRecipeFile, type Recipe, type RecipeInputDataset } from "./recipe.js";
import { diagnosticAt, parseYamlFile, type YamlFile } from "./yaml-file.js";

/** The fields of a recipe that a `base_recipe` chain merges, and that the stages read. */
export type RecipeFields = Pick<Recipe, "inputs"> &
  Partial<
    Pick<
      Recipe,
      | "env"
      | "env_from_secrets"
      | "stage_config"
      | "version"
      | "version_type"
      | "version_strategy"
      | "vars"
      | "base_recipe"
    >
  >;

/**
 * A recipe with its `base_recipe` chain read from disk (relative to `root`) and merged in, and
 * the base files read (nearest first) with their sha256; or the chain's problems, located in the
 * files. A recipe without a base comes back as it is.
 */
export function resolveBaseRecipes(
  root: string,
  file: string,
  recipe: RecipeFields,
):
  | { recipe: RecipeFields; files: { file: string; sha256: string }[] }
  | { diagnostics: Diagnostic[] } {
  if (recipe.base_recipe === undefined) return { recipe, files: [] };
  const named = recipe.base_recipe;
  let base: ChainResult;
  try {
    base = extend(root, file, named, [], () => readYaml(root, file));
  } catch (error) {
    return {
      diagnostics: [baseDiagnostic(readYaml(root, file), file, errorMessage(error), named)],
    };
  }
  if ("diagnostics" in base) return base;
  return { recipe: mergeRecipes(base.recipe, recipe), files: base.files };
}

type ChainResult =
  | { recipe: RecipeFields; files: { file: string; sha256: string }[] }
  | { diagnostics: Diagnostic[] };

/**
 * The recipe `named` by the `base_recipe` of `file` (relative to `file`'s directory), with its
 * own bases merged in. `seen` are the files that extend it, to find cycles; `yamlOf` locates
 * diagnostics in `file`.
 */
function extend(
  root: string,
  file: string,
  named: string,
  seen: string[],
  yamlOf: () => YamlFile | undefined,
): ChainResult {
  const base = basePath(file, named);
  const at = (message: string) => ({
    diagnostics: [baseDiagnostic(yamlOf(), file, message, named)],
  });
  if (base === undefined) {
    const dir = path.posix.dirname(file);
    return at(`base_recipe must name a recipe file in the directory of ${file} (${dir}/)`);
  }
  const chain = [...seen, file];
  if (chain.includes(base))
    return at(`base_recipe makes a cycle: ${[...chain, base].join(" -> ")}`);
  let text: string;
  try {
    text = readFileSync(path.join(root, base), "utf8");
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "";
    if (code === "ENOENT" || code === "EISDIR") return at(`base recipe file not found: ${base}`);
    throw error;
  }
  return readBase(root, base, text, chain);
}

function readBase(root: string, file: string, text: string, seen: string[]): ChainResult {
  const { recipe, yaml, diagnostics } = parseRecipeFile(file, text);
  if (recipe === undefined || hasErrors(diagnostics))
    return { diagnostics: diagnostics.filter((d) => d.severity === "error") };
  const own = { file, sha256: createHash("sha256").update(text).digest("hex") };
  if (recipe.base_recipe === undefined) return { recipe, files: [own] };
  const base = extend(root, file, recipe.base_recipe, seen, () => yaml);
  if ("diagnostics" in base) return base;
  return { recipe: mergeRecipes(base.recipe, recipe), files: [own, ...base.files] };
}

function readYaml(root: string, file: string): YamlFile | undefined {
  try {
    return parseYamlFile(file, readFileSync(path.join(root, file), "utf8"));
  } catch {
    return undefined;
  }
}

function baseDiagnostic(
  yaml: YamlFile | undefined,
  file: string,
  message: string,
  received: string,
): Diagnostic {
  if (yaml) return diagnosticAt(yaml, ["base_recipe"], message, { received });
  return { severity: "error", file, line: 1, column: 1, path: "base_recipe", message, received };
}

/** `base` relative to the directory of `file`; undefined when it leaves that directory. */
function basePath(file: string, base: string): string | undefined {
  const dir = path.posix.dirname(file);
  if (base.includes("\\") || path.posix.isAbsolute(base)) return undefined;
  const joined = path.posix.normalize(path.posix.join(dir, base));
  const prefix = dir === "." ? "" : `${dir}/`;
  return joined.startsWith(prefix) && !joined.startsWith("../") ? joined : undefined;
}

/**
 * `child` extending `base`, as the plan reads `base_recipe`:
 * - `env` and `vars` merge key by key (the child's value wins);
 * - `stage_config` merges by stage name; a stage the child names replaces the base's whole;
 * - `inputs.datasets`: the child's datasets, then the base's datasets whose id the child does not
 *   name (a child entry replaces the base entry whole, as in dcpy); each file's
 *   `dataset_defaults` fill in its own datasets first;
 * - every other field (`version`, `version_strategy`, `version_type`, `exports`,
 *   `inputs.missing_versions_strategy`, ...) is the child's when it sets it, else the base's.
 */
export function mergeRecipes(base: RecipeFields, child: RecipeFields): RecipeFields {
  const childIds = new Set(child.inputs.datasets.map((d) => d.id));
  return {
    base_recipe: child.base_recipe,
    version: child.version ?? base.version,
    version_type: child.version_type ?? base.version_type,
    version_strategy: child.version_strategy ?? base.version_strategy,
    vars: mergedMap(base.vars, child.vars),
    env: mergedMap(base.env, child.env),
    ...secretNames(base, child),
    inputs: {
      missing_versions_strategy:
        child.inputs.missing_versions_strategy ?? base.inputs.missing_versions_strategy,
      dataset_defaults: child.inputs.dataset_defaults ?? base.inputs.dataset_defaults,
      datasets: [
        ...withDefaults(child),
        ...withDefaults(base).filter((dataset) => !childIds.has(dataset.id)),
      ],
    },
    stage_config: { ...base.stage_config, ...child.stage_config },
  };
}

/** `env_from_secrets` names of both, base first, each once. */
function secretNames(
  base: RecipeFields,
  child: RecipeFields,
): Pick<RecipeFields, "env_from_secrets"> {
  if (!base.env_from_secrets && !child.env_from_secrets) return {};
  return {
    env_from_secrets: [
      ...new Set([...(base.env_from_secrets ?? []), ...(child.env_from_secrets ?? [])]),
    ],
  };
}

function mergedMap<V>(
  base: Record<string, V> | undefined,
  child: Record<string, V> | undefined,
): Record<string, V> | undefined {
  return base === undefined && child === undefined ? undefined : { ...base, ...child };
}

function withDefaults(recipe: RecipeFields): RecipeInputDataset[] {
  const defaults = recipe.inputs.dataset_defaults;
  if (defaults === undefined) return recipe.inputs.datasets;
  return recipe.inputs.datasets.map((dataset) => {
    const filled = { ...dataset };
    if (filled.file_type === undefined && defaults.file_type) filled.file_type = defaults.file_type;
    if (filled.source === undefined && defaults.source) filled.source = defaults.source;
    if (filled.destination === undefined && defaults.destination)
      filled.destination = defaults.destination;
    if (filled.preprocessor === undefined && defaults.preprocessor)
      filled.preprocessor = defaults.preprocessor;
    return filled;
  });
}
