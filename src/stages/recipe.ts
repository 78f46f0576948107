import { z } from "zod";
import { formatDiagnostics } from "../core/diagnostics.js";
import { StageFailure } from "../core/errors.js";
import { BUILD_STAGE, type RecipeCommand, VersionStrategySchema } from "../config/recipe.js";
import { resolveBaseRecipes, type RecipeFields } from "../config/recipe-base.js";
import type { StageContext } from "./types.js";

export { mergeRecipes } from "../config/recipe-base.js";

/** What the stages read of a recipe: the fields of `Recipe` that plan, load and build use. */
export type StageRecipe = RecipeFields;

/** The fields of a loaded recipe that the narrow `StageRecipeEntry` type does not show. */
const VersionFieldsSchema = z.object({
  base_recipe: z.string().optional(),
  version: z.string().optional(),
  version_type: z.enum(["major", "minor", "patch"]).optional(),
  version_strategy: VersionStrategySchema.optional(),
  vars: z.record(z.string(), z.string()).optional(),
});

export interface ResolvedRecipe {
  /** The product's recipe file, relative to the project root, `/`-separated. */
  file?: string;
  /** The base recipe files read (`base_recipe` chain, nearest first) with their sha256. */
  files: { file: string; sha256: string }[];
  /** The product's recipe with its `base_recipe` chain merged in (see `mergeRecipes`). */
  recipe: StageRecipe;
}

/**
 * The product's recipe as the project loaded it, with its `base_recipe` chain merged in (read
 * again from disk only for a project loaded without it); undefined when the product has no
 * recipe. Throws a StageFailure for `asset` when a base is missing, invalid, outside the recipe's
 * directory, or makes a cycle.
 */
export function productRecipe(
  ctx: StageContext,
  asset = `${ctx.product.id}.plan`,
): ResolvedRecipe | undefined {
  const entry = ctx.project.recipes.get(ctx.product.id);
  if (!entry) return undefined;
  const fields = VersionFieldsSchema.safeParse(entry.recipe);
  const own: StageRecipe = { ...entry.recipe, ...(fields.success ? fields.data : {}) };
  const file = entry.file;
  if (own.base_recipe === undefined || file === undefined) return { file, files: [], recipe: own };
  if (entry.extended) return { file, ...entry.extended };
  const resolved = resolveBaseRecipes(ctx.project.root, file, own);
  if ("diagnostics" in resolved) {
    throw new StageFailure(
      `recipe of product "${ctx.product.id}": \n${formatDiagnostics(resolved.diagnostics, "text")}`,
      asset,
      ctx.partition.key,
    );
  }
  return { file, ...resolved };
}

/** The recipe's `builds.build` commands as shell command lines (empty without a recipe). */
export function buildCommandLines(
  ctx: StageContext,
  asset: string,
): { name: string; run: string }[] {
  const recipe = productRecipe(ctx, asset)?.recipe;
  if (!recipe) return [];
  const commands = recipe.stage_config?.[BUILD_STAGE]?.commands ?? [];
  return commands.map((command) => ({ name: command.name, run: shellLine(command, ctx, asset) }));
}

/** The recipe's `builds.build` env (empty without a recipe). */
export function buildStageEnv(ctx: StageContext): Record<string, string> {
  return (
    productRecipe(ctx, `${ctx.product.id}.build`)?.recipe.stage_config?.[BUILD_STAGE]?.env ?? {}
  );
}

/**
 * The recipe's `env_from_secrets`, read from lifecycle's own environment now (never from the lock):
 * a name that is not set fails the build, naming it.
 */
export function secretEnv(
  ctx: StageContext,
  env: NodeJS.ProcessEnv = process.env,
): Record<string, string> {
  const names = productRecipe(ctx, `${ctx.product.id}.build`)?.recipe.env_from_secrets ?? [];
  const missing = names.filter((name) => env[name] === undefined);
  if (missing.length > 0)
    throw new StageFailure(
      `env_from_secrets names ${missing.join(", ")}, not set in lifecycle's environment: set ${missing.length === 1 ? "it" : "them"} (on GitHub Actions, from a secret in the job's env:)`,
      `${ctx.product.id}.build`,
      ctx.partition.key,
    );
  return Object.fromEntries(names.map((name) => [name, env[name] ?? ""]));
}

const MODULE = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/;
const FUNCTION = /^[A-Za-z_]\w*$/;

/** `command_type: python` names `module` or `module:function`, run with python3 as dcpy did. */
function shellLine(command: RecipeCommand, ctx: StageContext, asset: string): string {
  if (command.command_type === "shell") return command.run;
  const [module = "", fn, ...rest] = command.run.split(":");
  if (!MODULE.test(module) || (fn !== undefined && !FUNCTION.test(fn)) || rest.length > 0) {
    throw new StageFailure(
      `recipe command "${command.name}": a python command must be "module" or "module:function" (received ${JSON.stringify(command.run)})`,
      asset,
      ctx.partition.key,
    );
  }
  const code =
    fn === undefined
      ? `import runpy; runpy.run_module('${module}', run_name='__main__')`
      : `from ${module} import ${fn}; ${fn}()`;
  return `python3 -c "${code}"`;
}
