import type { EngineDeps } from "../engine/deps.js";
import { loadProjectWithPipelines } from "../partitions/project-products.js";
import type { RecipeLock } from "../stages/lock.js";
import { chooseRecipe } from "./recipe-choice.js";
import { applyLock } from "./recipe-from-lock.js";

/*
 * The project loaders of a run with another recipe (`--recipe`, the `recipe` input) or from a
 * past build's lock (`--from-lock`, the `from-lock` input): the CLI and the action pass one to
 * the engine, so every stage of the run sees the same recipe.
 */

/** The project loader, with the product of `recipe` built from that file. */
export function recipeLoader(recipe: string): EngineDeps["loadProject"] {
  return async (root) => {
    const loaded = await loadProjectWithPipelines(root);
    await chooseRecipe(loaded.project, recipe);
    return loaded;
  };
}

/** The project loader, with the lock's product pinned to the lock's versions. */
export function lockLoader(lock: RecipeLock): EngineDeps["loadProject"] {
  return async (root) => {
    const loaded = await loadProjectWithPipelines(root);
    await applyLock(loaded.project, lock);
    return loaded;
  };
}
