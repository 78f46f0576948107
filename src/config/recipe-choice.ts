import fs from "node:fs/promises";
import path from "node:path";
import { ConfigError, UsageError } from "../core/errors.js";
import type { Project, RecipeEntry } from "./project.js";
import { parseRecipeFile } from "./recipe.js";
import { resolveBaseRecipes } from "./recipe-base.js";
import { hasErrors } from "../core/diagnostics.js";

/**
 * `--recipe FILE`: build a product with another of its recipe files for this run (dcpy's build
 * dispatch takes the recipe file). The product is the one whose folder holds the file
 * (`products/pluto/recipe-minor.yml` -> pluto); the file is checked like any recipe.
 */
export async function chooseRecipe(project: Project, recipe: string): Promise<string> {
  const file = path.posix.normalize(recipe.split(path.sep).join("/"));
  const match = /^products\/([^/]+)\/recipe[^/]*\.yml$/.exec(file);
  const product = match?.[1];
  if (product === undefined || !project.products.some((p) => p.id === product)) {
    const known = project.products.map((p) => `products/${p.id}/recipe*.yml`).join(", ");
    throw new UsageError(
      `--recipe: expected a recipe file of a product, products/<product>/recipe*.yml (received "${recipe}"; products: ${known || "none"})`,
    );
  }
  let text: string;
  try {
    text = await fs.readFile(path.join(project.root, file), "utf8");
  } catch {
    throw new UsageError(`--recipe: recipe file not found: ${file}`);
  }
  const { recipe: parsed, yaml, diagnostics } = parseRecipeFile(file, text);
  if (!parsed || hasErrors(diagnostics))
    throw new ConfigError(`--recipe: ${file} is not a valid recipe`, diagnostics);
  const entry: RecipeEntry = { file, recipe: parsed, yaml };
  if (parsed.base_recipe !== undefined) {
    const resolved = resolveBaseRecipes(project.root, file, parsed);
    if ("diagnostics" in resolved)
      throw new ConfigError(
        `--recipe: the base recipes of ${file} have errors`,
        resolved.diagnostics,
      );
    entry.extended = resolved;
  }
  project.recipes.set(product, entry);
  return product;
}
