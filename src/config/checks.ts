import type { Diagnostic } from "../core/diagnostics.js";
import { isSafeId, PRODUCTS_FILE, safeIdSuggestion } from "./products.js";
import type { IndexedProduct, RecipeEntry } from "./project-files.js";
import { isReservedDeviceName, RESERVED_NAMES_RULE } from "./names.js";
import { datasetIdCaseChecks, productIdCaseChecks, secretNameChecks } from "./name-checks.js";
import { recipeInputIds } from "./recipe.js";
import type { SourceStores } from "./settings.js";
import { storeSettingChecks } from "./store-checks.js";
import { diagnosticAt, type YamlFile } from "./yaml-file.js";

/** What the cross-file checks look at; built by `loadProject`. */
export interface CheckInput {
  products: readonly IndexedProduct[];
  productsYaml: YamlFile | undefined;
  /** Directory names under `products/`. */
  productDirs: readonly string[];
  recipes: ReadonlyMap<string, RecipeEntry>;
  /** By dataset id (not template name); the template file when known. */
  datasets: ReadonlyMap<string, unknown>;
  /** `stores:` of lifecycle.yml: with a `recipes` store, inputs without a template are read there. */
  stores?: SourceStores | undefined;
}

const ID_RULE = 'use letters, digits, "_" and "-", starting with a letter or digit';
const MAX_ID_LENGTH = 100;

export function crossFileChecks(input: CheckInput): Diagnostic[] {
  return [
    ...productIdChecks(input),
    ...productIdCaseChecks(input),
    ...datasetIdCaseChecks(input),
    ...buildCommandChecks(input),
    ...recipeProductChecks(input),
    ...recipeInputChecks(input),
    ...storeSettingChecks(input),
    ...recipes(input).flatMap(pinnedVersionCheck),
    ...recipes(input).flatMap(secretNameChecks),
  ];
}

function recipes({ recipes }: CheckInput): RecipeEntry[] {
  return [...recipes.values()];
}

/** `version_strategy: { pin_to_source_dataset: x }` needs `x` among the recipe's inputs. */
function pinnedVersionCheck({ recipe, yaml, extended }: RecipeEntry): Diagnostic[] {
  const strategy = recipe.version_strategy;
  if (typeof strategy !== "object" || !("pin_to_source_dataset" in strategy)) return [];
  // A base that could not be read is reported already; its datasets are unknown.
  if (recipe.base_recipe !== undefined && extended === undefined) return [];
  const pinned = strategy.pin_to_source_dataset;
  // Datasets the base recipes bring count too.
  const inputs = recipeInputIds(extended?.recipe ?? recipe);
  if (inputs.includes(pinned)) return [];
  const message = `pin_to_source_dataset names "${pinned}", which is not an input dataset of this recipe`;
  return [
    diagnosticAt(yaml, ["version_strategy", "pin_to_source_dataset"], message, {
      received: pinned,
      allowed: inputs.join(", "),
    }),
  ];
}

/** A product listed in products.yml builds with its build_command or its recipe's build commands. */
function buildCommandChecks({ products, productsYaml, recipes }: CheckInput): Diagnostic[] {
  if (!productsYaml) return [];
  return products.flatMap(({ config, index }) => {
    if (config.build_command !== undefined) return [];
    const recipe = recipes.get(config.id);
    const commands = recipe?.recipe.stage_config["builds.build"]?.commands ?? [];
    const base = recipe?.extended?.recipe.stage_config?.["builds.build"]?.commands ?? [];
    if (commands.length > 0 || base.length > 0) return [];
    const message = `product "${config.id}" has nothing to build: write build_command: <shell command> (it runs in products/${config.id}/ and writes into $LIFECYCLE_OUTPUT_DIR), or builds.build commands under stage_config in its recipe`;
    return [diagnosticAt(productsYaml, ["products", index, "build_command"], message)];
  });
}

/** Product ids are unique, and safe both as a directory name and as an asset name. */
function productIdChecks({ products, productsYaml, productDirs }: CheckInput): Diagnostic[] {
  if (!productsYaml) return [];
  const diagnostics: Diagnostic[] = [];
  const firstIndex = new Map<string, number>();
  const ids = new Set(products.map((p) => p.config.id));
  for (const { config, index } of products) {
    const at = ["products", index, "id"];
    const first = firstIndex.get(config.id);
    if (first !== undefined) {
      const line = productsYaml.locate(["products", first, "id"]).line;
      const message = `duplicate product id "${config.id}" (first defined at ${PRODUCTS_FILE}:${line})`;
      diagnostics.push(diagnosticAt(productsYaml, at, message, { received: config.id }));
      continue;
    }
    firstIndex.set(config.id, index);
    if (isReservedDeviceName(config.id)) {
      const message = `product id "${config.id}" is a reserved device name on Windows: its store folder could not be made there; it must be ${RESERVED_NAMES_RULE}`;
      diagnostics.push(diagnosticAt(productsYaml, at, message, { received: config.id }));
      continue;
    }
    if (isSafeId(config.id) && config.id.length <= MAX_ID_LENGTH) continue;
    const message = unsafeIdMessage(config.id, productDirs, ids);
    diagnostics.push(
      diagnosticAt(productsYaml, at, message, { received: config.id, allowed: ID_RULE }),
    );
  }
  return diagnostics;
}

function unsafeIdMessage(
  id: string,
  productDirs: readonly string[],
  ids: ReadonlySet<string>,
): string {
  if (id.length > MAX_ID_LENGTH)
    return `product id is longer than ${MAX_ID_LENGTH} characters (received ${id.length})`;
  const suggestion = safeIdSuggestion(id).slice(0, MAX_ID_LENGTH);
  const dirs = closeUnclaimedDirs(id, productDirs, ids).map(
    (d) => `"${d}" (products/${d}/ exists)`,
  );
  const also = dirs.length > 0 ? `, or ${dirs.join(" or ")}` : "";
  return `product id "${id}" is not safe as a directory and asset name: ${ID_RULE}; did you mean "${suggestion}"${also}?`;
}

/** Product directories without a product entry whose name is a word of `id` or a near spelling of it. */
function closeUnclaimedDirs(
  id: string,
  productDirs: readonly string[],
  ids: ReadonlySet<string>,
): string[] {
  const words = new Set(id.split(/[^A-Za-z0-9_-]+/).filter(Boolean));
  const suggestion = safeIdSuggestion(id);
  return productDirs.filter(
    (dir) =>
      !ids.has(dir) && isSafeId(dir) && (words.has(dir) || editDistance(dir, suggestion) <= 2),
  );
}

/**
 * A recipe's `product` is usually the publishing name (`db-pluto` for `pluto`, even `db-kpdb` for
 * `knownprojects`), so only naming a DIFFERENT product of this repo is an error.
 */
function recipeProductChecks({ products, recipes }: CheckInput): Diagnostic[] {
  const ownerOf = new Map<string, string>();
  for (const { config } of products) {
    ownerOf.set(config.id, config.id);
    ownerOf.set(`db-${config.id}`, config.id);
  }
  const diagnostics: Diagnostic[] = [];
  for (const [productId, { file, recipe, yaml }] of recipes) {
    if (recipe.product === undefined) continue;
    const named = ownerOf.get(recipe.product);
    if (named === undefined || named === productId) continue;
    const message =
      `recipe ${file} belongs to product "${productId}" but names product "${named}"` +
      ` (expected "${productId}", "db-${productId}" or a publishing name of "${productId}")`;
    diagnostics.push(diagnosticAt(yaml, ["product"], message, { received: recipe.product }));
  }
  return diagnostics;
}

/**
 * Inputs from the ingest store that no template of this repo writes and no product builds:
 * warnings, teams also ingest elsewhere. Inputs from another store (`source: edm.private`, ...) are
 * not expected to have a template, nor are any once lifecycle.yml names a `recipes` store: the plan
 * reads them there.
 */
function recipeInputChecks(input: CheckInput): Diagnostic[] {
  const { products, recipes, datasets: templates } = input;
  if (input.stores?.recipes !== undefined) return [];
  const built = new Set(products.flatMap(({ config }) => [config.id, `db-${config.id}`]));
  for (const { recipe } of recipes.values()) if (recipe.product) built.add(recipe.product);
  const diagnostics: Diagnostic[] = [];
  for (const { recipe, yaml } of recipes.values()) {
    const reported = new Set<string>();
    const fromIngest = (source: string | undefined) =>
      source === undefined || source === "edm.recipes.datasets";
    recipe.inputs.datasets.forEach((dataset, index) => {
      const source = dataset.source ?? recipe.inputs.dataset_defaults?.source;
      if (!fromIngest(source)) return;
      if (templates.has(dataset.id) || built.has(dataset.id) || reported.has(dataset.id)) return;
      reported.add(dataset.id);
      const key = datasetKey(yaml, index);
      const message = `input dataset "${dataset.id}" has no template in ingest_templates/ (it must be ingested elsewhere)`;
      diagnostics.push(
        diagnosticAt(yaml, ["inputs", "datasets", index, key], message, {
          severity: "warning",
          received: dataset.id,
        }),
      );
    });
  }
  return diagnostics;
}

function datasetKey(yaml: YamlFile, index: number): "name" | "id" {
  return yaml.scalarSource(["inputs", "datasets", index, "id"]) !== undefined ? "id" : "name";
}

/** The dataset id a template file provides: its file name without `.yml`. */
export function templateIdOf(file: string): string {
  return file.slice(file.lastIndexOf("/") + 1).replace(/\.yml$/, "");
}

/**
 * A template's `id` should be its file name: `ingest_templates/<id>.yml`. A warning, not an error:
 * the corpus has a real template that differs (`uscourts_courts.yml` says `uscourts_nyc_courts`).
 * As in dcpy, the file name is what `ingest` takes and the `id` is where the dataset is stored.
 */
export function templateIdDiagnostics(
  file: string,
  text: string,
  definition: { shape: "dataset" | "source"; id: string },
): Diagnostic[] {
  const { id } = definition;
  const expected = templateIdOf(file);
  if (id === expected) return [];
  const { line, column } = topLevelValuePosition(text, "id");
  const stored =
    definition.shape === "dataset"
      ? `its dataset is stored as "${id}", the name recipes must use`
      : `its raw download is archived as "${id}"`;
  const message =
    `template id "${id}" differs from its file name: expected "${expected}"` +
    ` (as in dcpy, \`lifecycle ingest ${expected}\` runs it and ${stored};` +
    ` change the id or rename the file to ${id}.yml)`;
  return [
    {
      severity: "warning",
      file,
      line,
      column,
      path: "id",
      message,
      received: id,
      allowed: expected,
    },
  ];
}

/** Where `key:`'s value starts at the top level of the unrendered text (templates are Jinja first). */
function topLevelValuePosition(text: string, key: string): { line: number; column: number } {
  const lines = text.split("\n");
  const pattern = new RegExp(`^(["']?)${key}\\1\\s*:\\s*`);
  for (const [i, lineText] of lines.entries()) {
    const match = pattern.exec(lineText);
    if (match) return { line: i + 1, column: match[0].length + 1 };
  }
  return { line: 1, column: 1 };
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
