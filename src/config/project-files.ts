import fs from "node:fs/promises";
import path from "node:path";
import type { Diagnostic } from "../core/diagnostics.js";
import { readUtf8 } from "./utf8.js";
import { templateIdDiagnostics, templateIdOf } from "./checks.js";
import {
  isSafeId,
  PRODUCTS_FILE,
  ProductSchema,
  ProductsFileSchema,
  type ProductConfig,
} from "./products.js";
import { parseRecipeFile, type Recipe } from "./recipe.js";
import type { RecipeFields } from "./recipe-base.js";
import { isNotFound } from "./settings.js";
import {
  parseTemplateFile,
  type IngestTemplate,
  type TemplateDefinition,
} from "./template/index.js";
import { diagnosticAt, parseWithSchema, parseYamlFile, type YamlFile } from "./yaml-file.js";

/* Reading each kind of configuration file of a project; `loadProject` puts them together. */

export const TEMPLATES_DIR = "ingest_templates";

export interface RecipeEntry {
  /** Relative to the project root, `/`-separated. */
  file: string;
  recipe: Recipe;
  /** The parsed file, to locate later diagnostics (`diagnosticAt(entry.yaml, path, message)`). */
  yaml: YamlFile;
  /** With a `base_recipe`: the recipe with its bases merged in, and the base files, nearest first. */
  extended?: { recipe: RecipeFields; files: { file: string; sha256: string }[] };
}

export interface TemplateEntry {
  /** Relative to the project root, `/`-separated. */
  file: string;
  /** A template of the one-dataset shape (`ingestion:`). */
  template?: IngestTemplate;
  /** Either shape, as the datasets it writes; `loadProject` always sets it. */
  definition?: TemplateDefinition;
}

/** A dataset some template writes, by its id in the ingest store (what recipes name). */
export interface DatasetEntry {
  id: string;
  /** The template's name: its file name without `.yml`, what `lifecycle ingest` takes. */
  template: string;
  file: string;
  dataset: IngestTemplate;
}

/** The datasets of a template entry (either shape). */
export function templateDatasets(entry: TemplateEntry): IngestTemplate[] {
  return entry.definition?.datasets ?? (entry.template ? [entry.template] : []);
}

export interface IndexedProduct {
  config: ProductConfig;
  /** Position in the `products:` list. */
  index: number;
}

/** products.yml; `absent` when there is none (products are then found from their folders). */
export async function loadProducts(root: string): Promise<{
  products: IndexedProduct[];
  yaml?: YamlFile;
  diagnostics: Diagnostic[];
  absent?: true;
}> {
  const text = await readIfExists(root, PRODUCTS_FILE);
  if (text === undefined) return { products: [], diagnostics: [], absent: true };
  const yaml = parseYamlFile(PRODUCTS_FILE, text);
  if (yaml.value === undefined) return { products: [], yaml, diagnostics: yaml.diagnostics };
  const { data, diagnostics } = parseWithSchema(yaml, ProductsFileSchema);
  if (data)
    return {
      products: data.products.map((config, index) => ({ config, index })),
      yaml,
      diagnostics,
    };
  return { products: salvageProducts(yaml.value), yaml, diagnostics };
}

/** When the file has errors, the entries that are valid on their own (so later checks still run). */
function salvageProducts(value: unknown): IndexedProduct[] {
  if (
    typeof value !== "object" ||
    value === null ||
    !("products" in value) ||
    !Array.isArray(value.products)
  )
    return [];
  return value.products.flatMap((item: unknown, index: number) => {
    const result = ProductSchema.safeParse(item);
    return result.success ? [{ config: result.data, index }] : [];
  });
}

export async function loadTemplates(root: string): Promise<{
  templates: Map<string, TemplateEntry>;
  datasets: Map<string, DatasetEntry>;
  diagnostics: Diagnostic[];
}> {
  const { names, ignored } = await listTemplateFiles(root);
  const parsed = await Promise.all(
    names.map(async (name) => {
      const file = `${TEMPLATES_DIR}/${name}`;
      const text = await readUtf8(path.join(root, TEMPLATES_DIR, name), file);
      const { template, definition, diagnostics } = parseTemplateFile(file, text);
      return { file, text, template, definition, diagnostics };
    }),
  );
  const templates = new Map<string, TemplateEntry>();
  const diagnostics: Diagnostic[] = ignored.map((name) => ({
    severity: "warning",
    file: `${TEMPLATES_DIR}/${name}`,
    line: 1,
    column: 1,
    path: "",
    message: `ignored: ingest templates are read from ${TEMPLATES_DIR}/*.yml; rename it to ${name.replace(/\.yaml$/, ".yml")}`,
  }));
  for (const { file, text, template, definition, diagnostics: fileDiagnostics } of parsed) {
    diagnostics.push(...fileDiagnostics);
    if (!definition) continue;
    diagnostics.push(...templateIdDiagnostics(file, text, definition));
    templates.set(templateIdOf(file), { file, definition, ...(template ? { template } : {}) });
  }
  const { datasets, diagnostics: duplicates } = indexDatasets(templates);
  return { templates, datasets, diagnostics: [...diagnostics, ...duplicates] };
}

/** Every dataset by its store id; two templates writing the same dataset is an error. */
function indexDatasets(templates: ReadonlyMap<string, TemplateEntry>): {
  datasets: Map<string, DatasetEntry>;
  diagnostics: Diagnostic[];
} {
  const datasets = new Map<string, DatasetEntry>();
  const diagnostics: Diagnostic[] = [];
  for (const [name, entry] of templates) {
    for (const dataset of templateDatasets(entry)) {
      const first = datasets.get(dataset.id);
      if (first === undefined) {
        datasets.set(dataset.id, { id: dataset.id, template: name, file: entry.file, dataset });
        continue;
      }
      const where = first.file === entry.file ? "twice in this file" : `also by ${first.file}`;
      diagnostics.push({
        severity: "error",
        file: entry.file,
        line: 1,
        column: 1,
        path: "id",
        message: `dataset "${dataset.id}" is written ${where}: each dataset id must be written by one template (rename one id)`,
        received: dataset.id,
      });
    }
  }
  return { datasets, diagnostics };
}

/** The `.yml` files of `ingest_templates/`, and the `.yaml` ones that were probably meant to be. */
async function listTemplateFiles(root: string): Promise<{ names: string[]; ignored: string[] }> {
  let files: string[];
  try {
    const entries = await fs.readdir(path.join(root, TEMPLATES_DIR), { withFileTypes: true });
    files = entries
      .filter((e) => e.isFile())
      .map((e) => e.name)
      .sort();
  } catch (error) {
    if (isNotFound(error)) return { names: [], ignored: [] };
    throw error;
  }
  return {
    names: files.filter((f) => f.endsWith(".yml")),
    ignored: files.filter((f) => f.endsWith(".yaml")),
  };
}

export async function listProductDirs(root: string): Promise<string[]> {
  try {
    const entries = await fs.readdir(path.join(root, "products"), { withFileTypes: true });
    return entries
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
}

export async function loadRecipes(
  root: string,
  products: IndexedProduct[],
  productsYaml: YamlFile | undefined,
): Promise<{ recipes: Map<string, RecipeEntry>; diagnostics: Diagnostic[] }> {
  const loaded = await Promise.all(
    products.map((product) => loadRecipe(root, product, productsYaml)),
  );
  const recipes = new Map<string, RecipeEntry>();
  const diagnostics: Diagnostic[] = [];
  loaded.forEach((result, i) => {
    diagnostics.push(...result.diagnostics);
    const id = products[i]?.config.id;
    if (result.entry && id !== undefined && !recipes.has(id)) recipes.set(id, result.entry);
  });
  return { recipes, diagnostics };
}

async function loadRecipe(
  root: string,
  { config, index }: IndexedProduct,
  productsYaml: YamlFile | undefined,
): Promise<{ entry?: RecipeEntry; diagnostics: Diagnostic[] }> {
  const explicit = config.recipe;
  if (explicit === undefined && !isSafeId(config.id)) return { diagnostics: [] };
  const file =
    explicit === undefined ? `products/${config.id}/recipe.yml` : toPosix(path.normalize(explicit));
  const at = (message: string): Diagnostic[] =>
    productsYaml
      ? [diagnosticAt(productsYaml, ["products", index, "recipe"], message, { received: explicit })]
      : [];
  if (path.isAbsolute(file) || file === ".." || file.startsWith("../")) {
    return {
      diagnostics: at(`recipe must be a path inside the project root (received "${explicit}")`),
    };
  }
  if (await isFolder(path.join(root, file))) {
    const message = `recipe path ${file} is a folder, not a file: point recipe: at the recipe.yml inside it`;
    return { diagnostics: productsYaml ? at(message) : [folderDiagnostic(file, message)] };
  }
  const text = await readIfExists(root, file);
  if (text === undefined) {
    return {
      diagnostics:
        explicit === undefined ? [] : at(`recipe file not found: ${file} (received "${explicit}")`),
    };
  }
  const { recipe, yaml, diagnostics } = parseRecipeFile(file, text);
  return recipe ? { entry: { file, recipe, yaml }, diagnostics } : { diagnostics };
}

async function readIfExists(root: string, file: string): Promise<string | undefined> {
  try {
    return await readUtf8(path.join(root, file), file);
  } catch (error) {
    if (isNotFound(error) || isDirectory(error)) return undefined;
    throw error;
  }
}

async function isFolder(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isDirectory();
  } catch {
    return false;
  }
}

function folderDiagnostic(file: string, message: string): Diagnostic {
  return { severity: "error", file, line: 1, column: 1, path: "", message };
}

function isDirectory(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "EISDIR";
}

function toPosix(file: string): string {
  return file.split(path.sep).join("/");
}
