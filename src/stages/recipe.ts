import { StageFailure } from "../core/errors.js";
import { BUILD_STAGE, type RecipeCommand } from "../config/recipe.js";
import type { StageContext, StageRecipeEntry } from "./types.js";

/** The product's recipe as the project loaded it, or undefined when it has none. */
export function productRecipe(ctx: StageContext): StageRecipeEntry | undefined {
  return ctx.project.recipes.get(ctx.product.id);
}

/** The recipe's `builds.build` commands as shell command lines (empty without a recipe). */
export function buildCommandLines(
  ctx: StageContext,
  asset: string,
): { name: string; run: string }[] {
  const recipe = productRecipe(ctx)?.recipe;
  if (!recipe) return [];
  const commands = recipe.stage_config?.[BUILD_STAGE]?.commands ?? [];
  return commands.map((command) => ({ name: command.name, run: shellLine(command, ctx, asset) }));
}

/** The recipe's `builds.build` env (empty without a recipe). */
export function buildStageEnv(ctx: StageContext): Record<string, string> {
  return productRecipe(ctx)?.recipe.stage_config?.[BUILD_STAGE]?.env ?? {};
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
