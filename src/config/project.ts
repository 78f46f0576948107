import fs from "node:fs";
import path from "node:path";
import { hasErrors, type Diagnostic, type Severity } from "../core/diagnostics.js";
import { ConfigError } from "../core/errors.js";
import { crossFileChecks } from "./checks.js";
import { lineageChecks } from "./lineage-checks.js";
import { resolveIngestSchedules } from "../partitions/ingest-schedules.js";
import {
  checkOtherRecipes,
  discoveredProducts,
  listRecipeFiles,
  noProjectDiagnostic,
} from "./product-discovery.js";
import { resolveBaseRecipes } from "./recipe-base.js";
import { PRODUCTS_FILE, type ProductConfig } from "./products.js";
import {
  listProductDirs,
  loadProducts,
  loadRecipes,
  loadTemplates,
  type DatasetEntry,
  type RecipeEntry,
  type TemplateEntry,
} from "./project-files.js";
import { loadSettings, type Settings } from "./settings.js";
import { diagnosticAt, withYamlCache, type FieldPath, type YamlFile } from "./yaml-file.js";
import type { IndexedProduct } from "./project-files.js";

export { TEMPLATES_DIR } from "./project-files.js";
export { templateDatasets } from "./project-files.js";
export type { DatasetEntry, IndexedProduct, RecipeEntry, TemplateEntry } from "./project-files.js";

/** Everything configured under a project root. */
export interface Project {
  root: string;
  settings: Settings;
  /** In file order. */
  products: ProductConfig[];
  /** By product id: the product's recipe, when it has one. */
  recipes: Map<string, RecipeEntry>;
  /**
   * By template name: the file name without `.yml`, what `lifecycle ingest` takes (dcpy reads
   * `ingest_templates/<name>.yml`). It equals the template's `id` except in a file that `validate`
   * warns about.
   */
  templates: Map<string, TemplateEntry>;
  /** By dataset id (the template's `id`, or each `datasets[].id` of a data source): what recipes name. */
  datasets: Map<string, DatasetEntry>;
  /** `products/products.yml` parsed, to locate diagnostics; see `productDiagnostic`. */
  productsYaml?: YamlFile;
  /** Position of each product id in the `products:` list (first occurrence). */
  productIndex: Map<string, number>;
}

/** Read and check every configuration file under `root`; never throws for bad files. */
export async function loadProject(
  root: string,
): Promise<{ project: Project; diagnostics: Diagnostic[] }> {
  return withYamlCache(path.resolve(root), () => loadProjectFiles(root));
}

async function loadProjectFiles(
  root: string,
): Promise<{ project: Project; diagnostics: Diagnostic[] }> {
  const absoluteRoot = path.resolve(root);
  const [settingsResult, listed, templatesResult, productDirs, recipeFiles] = await Promise.all([
    loadSettings(absoluteRoot),
    loadProducts(absoluteRoot),
    loadTemplates(absoluteRoot),
    listProductDirs(absoluteRoot),
    listRecipeFiles(absoluteRoot),
  ]);
  const productsResult: { products: IndexedProduct[]; yaml?: YamlFile; diagnostics: Diagnostic[] } =
    listed.absent ? discoveredProducts(recipeFiles) : listed;
  const empty = listed.absent && recipeFiles.size === 0 && templatesResult.templates.size === 0;
  if (empty && !hasPipelinesFolder(absoluteRoot))
    productsResult.diagnostics.push(noProjectDiagnostic(absoluteRoot));
  const recipesResult = await loadRecipes(
    absoluteRoot,
    productsResult.products,
    productsResult.yaml,
  );
  const baseDiagnostics = extendRecipes(absoluteRoot, recipesResult.recipes);
  const otherRecipes = await checkOtherRecipes(absoluteRoot, recipeFiles, productsResult.products);
  const project: Project = {
    root: absoluteRoot,
    settings: settingsResult.settings,
    products: productsResult.products.map((p) => p.config),
    recipes: recipesResult.recipes,
    templates: templatesResult.templates,
    datasets: templatesResult.datasets,
    productIndex: new Map(),
  };
  if (productsResult.yaml) project.productsYaml = productsResult.yaml;
  for (const { config, index } of productsResult.products) {
    if (!project.productIndex.has(config.id)) project.productIndex.set(config.id, index);
  }
  const checks = crossFileChecks({
    products: productsResult.products,
    productsYaml: project.productsYaml,
    productDirs,
    recipes: recipesResult.recipes,
    datasets: project.datasets,
    stores: project.settings.stores,
  });
  const diagnostics = [
    ...settingsResult.diagnostics,
    ...productsResult.diagnostics,
    ...templatesResult.diagnostics,
    ...recipesResult.diagnostics,
    ...otherRecipes,
    ...baseDiagnostics,
    ...checks,
    ...lineageChecks(project),
    ...resolveIngestSchedules(project, project.settings.ingest_schedules ?? [], settingsResult.yaml)
      .diagnostics,
  ];
  return { project, diagnostics: sortDiagnostics(diagnostics) };
}

/** Merge each recipe's `base_recipe` chain in (`RecipeEntry.extended`); the chains' problems. */
function extendRecipes(root: string, recipes: ReadonlyMap<string, RecipeEntry>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const entry of recipes.values()) {
    if (entry.recipe.base_recipe === undefined) continue;
    const resolved = resolveBaseRecipes(root, entry.file, entry.recipe);
    if ("diagnostics" in resolved) diagnostics.push(...resolved.diagnostics);
    else entry.extended = resolved;
  }
  return diagnostics;
}

/** A project may hold only discovered pipelines (src/partitions/pipelines.ts reads them). */
function hasPipelinesFolder(root: string): boolean {
  return fs.existsSync(path.join(root, "pipelines"));
}

/** `loadProject`, throwing a `ConfigError` (exit 2) with every diagnostic when any is an error. */
export async function loadProjectOrThrow(
  root: string,
): Promise<{ project: Project; warnings: Diagnostic[] }> {
  const { project, diagnostics } = await loadProject(root);
  if (hasErrors(diagnostics)) {
    const count = diagnostics.filter((d) => d.severity === "error").length;
    throw new ConfigError(
      `invalid configuration: ${count} error${count === 1 ? "" : "s"} (run "lifecycle validate")`,
      diagnostics,
    );
  }
  return { project, warnings: diagnostics };
}

/** A diagnostic on a product's entry in products.yml, e.g. `productDiagnostic(project, "pluto", ["partitions"], "...")`. */
export function productDiagnostic(
  project: Project,
  productId: string,
  field: FieldPath,
  message: string,
  options: { severity?: Severity; received?: unknown; allowed?: string } = {},
): Diagnostic {
  const index = project.productIndex.get(productId);
  if (!project.productsYaml || index === undefined) {
    return {
      severity: options.severity ?? "error",
      file: PRODUCTS_FILE,
      line: 1,
      column: 1,
      path: "",
      message,
    };
  }
  return diagnosticAt(project.productsYaml, ["products", index, ...field], message, options);
}

/** Errors first, then by file and position, so output is stable. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const rank = (d: Diagnostic) => (d.severity === "error" ? 0 : 1);
  return [...diagnostics].sort(
    (a, b) =>
      rank(a) - rank(b) || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}
