import fs from "node:fs/promises";
import path from "node:path";
import type { Project } from "../config/project.js";
import { chooseRecipe } from "../config/recipe-choice.js";
import { applyLock, readLockFile } from "../config/recipe-from-lock.js";
import { lockLoader, recipeLoader } from "../config/recipe-run.js";
import { UsageError } from "../core/errors.js";
import type { MaterializeOptions, MaterializeResult } from "../engine/materialize.js";
import type { ActionContext } from "./context.js";

type Materialize = (options: MaterializeOptions) => Promise<MaterializeResult>;

/** What the `recipe` or `from-lock` input decides for a job of the run. */
export interface RecipeChoice {
  /** The selection: the lock's product, or the recipe's when the input selects `*`. */
  select: string;
  /** The partition input: the lock's key with `from-lock`, else as given. */
  partition: string;
  /** The same choice made on a project already loaded (discovery, dataset restore). */
  apply(project: Project): Promise<void>;
  /** The engine's entry with the choice: every task of the run loads the project this way. */
  wrap(materialize: Materialize): Materialize;
}

/**
 * The `recipe` and `from-lock` inputs, paths relative to the project root like the CLI's flags.
 * Each must name a file inside the repository (the workspace), symbolic links resolved: a path
 * from a dispatch form never reads outside the checkout.
 */
export async function recipeChoice(context: ActionContext): Promise<RecipeChoice> {
  const { inputs } = context;
  const recipe = inputs.recipe;
  const fromLock = inputs["from-lock"];
  const unchanged: RecipeChoice = {
    select: inputs.select,
    partition: inputs.partition,
    apply: async () => undefined,
    wrap: (materialize) => materialize,
  };
  if (recipe === "" && fromLock === "") return unchanged;
  if (recipe !== "" && fromLock !== "")
    throw new UsageError('inputs "recipe" and "from-lock" cannot be combined: give one');
  if (recipe !== "") {
    await insideRepository(context, "recipe", recipe);
    const product = /^products\/([^/]+)\//.exec(path.posix.normalize(recipe))?.[1];
    return {
      ...unchanged,
      select: inputs.select.trim() === "*" && product ? product : inputs.select,
      apply: async (project) => void (await chooseRecipe(project, recipe)),
      wrap: (materialize) => (o) =>
        materialize({ ...o, deps: { ...o.deps, loadProject: recipeLoader(recipe) } }),
    };
  }
  const lock = await readLockFile(await insideRepository(context, "from-lock", fromLock));
  const { product, partition } = { product: lock.product, partition: lock.partition.key };
  if (inputs.select.trim() !== "*" && inputs.select.trim() !== product)
    throw new UsageError(
      `input "from-lock": the lock is for product "${product}", not the selection "${inputs.select}" (leave select at *)`,
    );
  if (inputs.partition.trim() !== "" && inputs.partition.trim() !== partition)
    throw new UsageError(
      `input "from-lock": the lock is for partition "${partition}", not "${inputs.partition}" (leave partition empty)`,
    );
  return {
    select: product,
    partition,
    apply: async (project) => void (await applyLock(project, lock)),
    wrap: (materialize) => (o) =>
      materialize({
        ...o,
        deps: { ...o.deps, loadProject: lockLoader(lock) },
        createPartitions: true,
      }),
  };
}

/** The file's absolute path; a usage error naming the input when it is outside the repository. */
async function insideRepository(
  context: ActionContext,
  input: string,
  value: string,
): Promise<string> {
  const file = path.resolve(context.root, value);
  const outside = (target: string, base: string) => {
    const rel = path.relative(base, target);
    return rel === "" || rel.startsWith("..") || path.isAbsolute(rel);
  };
  if (outside(file, context.workspace))
    throw new UsageError(
      `input "${input}": ${JSON.stringify(value)} is outside the repository; give a path inside it, relative to working-directory`,
    );
  const real = await fs.realpath(file).catch(() => {
    throw new UsageError(`input "${input}": file not found: ${value}`);
  });
  if (outside(real, await fs.realpath(context.workspace)))
    throw new UsageError(
      `input "${input}": ${JSON.stringify(value)} leads outside the repository (through a symbolic link)`,
    );
  return file;
}
