import path from "node:path";
import { safeSegment } from "../store/layout.js";
import { exists } from "./files.js";
import { INPUTS_DIR } from "./load.js";
import type { RecipeLock } from "./lock.js";
import type { StageContext } from "./types.js";

/**
 * The environment of build (and package) commands, later entries winning: the process env, the
 * partition's env, the lock's env (recipe env, then product env), the recipe's `builds.build` env,
 * each input's `version_env_var`, and last the `LIFECYCLE_*` variables, which cannot be overridden.
 */
export function commandEnv(options: {
  ctx: StageContext;
  lock: RecipeLock;
  stageEnv: Record<string, string>;
  outputDir: string;
  extra?: Record<string, string>;
  /** `env_from_secrets`, read from the environment at build time; never in the lock. */
  secrets?: Record<string, string>;
}): NodeJS.ProcessEnv {
  const { ctx, lock } = options;
  const versions = Object.fromEntries(
    lock.inputs
      .filter((i) => i.version_env_var !== undefined)
      .map((i) => [i.version_env_var, i.version]),
  );
  return {
    ...process.env,
    ...(ctx.partition.env ?? {}),
    ...lock.env,
    ...options.stageEnv,
    ...versions,
    ...(options.secrets ?? {}),
    LIFECYCLE_PRODUCT: ctx.product.id,
    LIFECYCLE_PARTITION: ctx.partition.key,
    LIFECYCLE_VERSION: lock.version?.value ?? ctx.partition.version,
    LIFECYCLE_BUILD_NOTE: ctx.partition.note,
    LIFECYCLE_INPUT_DIR: path.join(
      ctx.layout.stageDir(ctx.product.id, ctx.partition.key, "load"),
      INPUTS_DIR,
    ),
    LIFECYCLE_OUTPUT_DIR: options.outputDir,
    ...(options.extra ?? {}),
  };
}

/**
 * Commands run in the directory of the product's recipe (a product may use another product's
 * recipe directory, e.g. `recipe: products/pluto/recipe-minor.yml`), else in `products/<id>/` when
 * that directory exists, else in the project root.
 */
export async function commandCwd(ctx: StageContext): Promise<string> {
  const recipeFile = ctx.project.recipes.get(ctx.product.id)?.file;
  const recipeDir = recipeFile ? path.dirname(path.join(ctx.project.root, recipeFile)) : undefined;
  if (recipeDir !== undefined && recipeDir !== ctx.project.root && (await exists(recipeDir)))
    return recipeDir;
  const productDir = path.join(ctx.project.root, "products", safeSegment(ctx.product.id));
  return (await exists(productDir)) ? productDir : ctx.project.root;
}
