import fs from "node:fs/promises";
import path from "node:path";
import type { Diagnostic } from "../core/diagnostics.js";
import { readUtf8 } from "./utf8.js";
import { isSafeId, PRODUCTS_FILE } from "./products.js";
import type { IndexedProduct } from "./project-files.js";
import { parseRecipeFile } from "./recipe.js";
import { isNotFound } from "./settings.js";

/*
 * dcpy finds products by listing `products/<dir>/recipe.yml`; the team deleted products.yml. Without
 * that file lifecycle does the same: every folder of `products/` holding a `recipe*.yml` is a
 * product, its id the folder's name, its recipe `recipe.yml` (else the first `recipe*.yml`).
 */

const RECIPE_FILE = /^recipe.*\.yml$/;

/** `products/<dir>/recipe*.yml`, by folder, sorted; the default recipe first. */
export async function listRecipeFiles(root: string): Promise<Map<string, string[]>> {
  const byDir = new Map<string, string[]>();
  let dirs: string[];
  try {
    const entries = await fs.readdir(path.join(root, "products"), { withFileTypes: true });
    dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name);
  } catch (error) {
    if (isNotFound(error)) return byDir;
    throw error;
  }
  for (const dir of dirs.sort()) {
    const files = (await fs.readdir(path.join(root, "products", dir)))
      .filter((name) => RECIPE_FILE.test(name))
      .sort((a, b) => (a === "recipe.yml" ? -1 : b === "recipe.yml" ? 1 : a.localeCompare(b)));
    if (files.length > 0)
      byDir.set(
        dir,
        files.map((f) => `products/${dir}/${f}`),
      );
  }
  return byDir;
}

/** The products of a project without products.yml, and why a folder could not be one. */
export function discoveredProducts(recipeFiles: ReadonlyMap<string, string[]>): {
  products: IndexedProduct[];
  diagnostics: Diagnostic[];
} {
  const products: IndexedProduct[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [dir, files] of recipeFiles) {
    const recipe = files[0];
    if (!isSafeId(dir)) {
      diagnostics.push({
        severity: "warning",
        file: recipe ?? `products/${dir}`,
        line: 1,
        column: 1,
        path: "",
        message: `products/${dir}/ is not read as a product: its folder name is not a safe product id (use letters, digits, "_" and "-")`,
        received: dir,
      });
      continue;
    }
    products.push({ config: { id: dir, ...(recipe ? { recipe } : {}) }, index: products.length });
  }
  return { products, diagnostics };
}

/** Nothing to work on: no products.yml, no product recipe, no template. */
export function noProjectDiagnostic(root: string): Diagnostic {
  return {
    severity: "error",
    file: PRODUCTS_FILE,
    line: 1,
    column: 1,
    path: "",
    message: `no products under ${root}: write products/<id>/recipe.yml (one folder per product, as dcpy finds them) or a ${PRODUCTS_FILE} with a "products:" list (or pass --root)`,
  };
}

/**
 * Every recipe file of a product folder that is not the recipe a product uses (`recipe_qa.yml`,
 * `recipe-minor.yml`, folders products.yml does not list) is still checked.
 */
export async function checkOtherRecipes(
  root: string,
  recipeFiles: ReadonlyMap<string, string[]>,
  products: readonly IndexedProduct[],
): Promise<Diagnostic[]> {
  const usedFiles = new Set(
    products.map(({ config }) =>
      path.posix.normalize(config.recipe ?? `products/${config.id}/recipe.yml`),
    ),
  );
  const others = [...recipeFiles.values()].flat().filter((file) => !usedFiles.has(file));
  const results = await Promise.all(
    others.map(async (file) => {
      const text = await readUtf8(path.join(root, file), file);
      return parseRecipeFile(file, text).diagnostics;
    }),
  );
  return results.flat();
}
