import type { GraphDataset, GraphSource } from "./graph.js";

/*
 * What reads what, from a loaded project: recipe inputs that are datasets of this repo, recipe
 * inputs that are another product of this repo (dcpy: `source: edm.publishing.*` with the product's
 * publishing name, e.g. `db-cpdb`), and datasets made from other datasets (`depends_on`, an
 * `edm.recipes.datasets` source).
 */

/** The part of a loaded project lineage reads; structural, so `Project` and `ProjectView` fit. */
export interface LineageProject {
  products: readonly { id: string; tags?: readonly string[] | undefined }[];
  recipes: ReadonlyMap<string, { recipe: unknown; extended?: { recipe: unknown } | undefined }>;
  /** Template names (`ingest_templates/<name>.yml`); used when `datasets` is absent. */
  templates: ReadonlyMap<string, unknown>;
  /** By dataset id: the template writing it and the dataset as resolved. */
  datasets?: ReadonlyMap<string, { template: string; dataset: unknown }>;
}

/** The recipe sources that read a product's published output (dcpy's publishing connectors). */
export const PRODUCT_SOURCES = [
  "edm.publishing.published",
  "edm.publishing.drafts",
  "edm.publishing.builds",
] as const;

// Lineage reads projects whose files the config schemas have validated already; these accessors
// only pick fields (zod here cost ~100 ms per validate at 1,000 products + 2,000 templates).
type Fields = Record<string, unknown>;

function fieldsOf(value: unknown): Fields | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Fields)
    : undefined;
}

function textOf(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

interface InputFields {
  id?: string | undefined;
  name?: string | undefined;
  source?: string | undefined;
  version?: string | number | undefined;
}

function recipeProduct(recipe: unknown): string | undefined {
  return textOf(fieldsOf(recipe)?.product);
}

function recipeInputs(recipe: unknown): InputFields[] {
  const datasets = fieldsOf(fieldsOf(recipe)?.inputs)?.datasets;
  if (!Array.isArray(datasets)) return [];
  return datasets.flatMap((entry): InputFields[] => {
    const input = fieldsOf(entry);
    if (!input) return [];
    const version = input.version;
    return [
      {
        id: textOf(input.id),
        name: textOf(input.name),
        source: textOf(input.source),
        version: typeof version === "number" || typeof version === "string" ? version : undefined,
      },
    ];
  });
}

/** One input of a recipe, classified. */
export type RecipeInput =
  | { kind: "dataset"; id: string; version: string | undefined }
  | { kind: "product"; id: string; product: string; version: string | undefined; source: string }
  | { kind: "external"; id: string; version: string | undefined; source: string | undefined };

/** Publishing name -> product id: the id, `db-<id>`, and the `product:` its recipe gives. */
export function productNames(project: LineageProject): Map<string, string> {
  const names = new Map<string, string>();
  for (const { id } of project.products) {
    const published = recipeProduct(project.recipes.get(id)?.recipe);
    for (const name of [id, `db-${id}`, published]) {
      if (name !== undefined && !names.has(name)) names.set(name, id);
    }
  }
  return names;
}

/** Every input of a product's recipe (with its base recipes), in order, classified. */
export function recipeInputsOf(
  project: LineageProject,
  productId: string,
  names: ReadonlyMap<string, string> = productNames(project),
): RecipeInput[] {
  const entry = project.recipes.get(productId);
  const known = { datasets: datasetIds(project), names };
  return recipeInputs(entry?.extended?.recipe ?? entry?.recipe).flatMap((input): RecipeInput[] => {
    const id = input.id ?? input.name;
    if (id === undefined) return [];
    const asked = input.version === undefined ? undefined : String(input.version);
    const version = asked === "latest" ? undefined : asked;
    return [classify(id, input.source, version, known)];
  });
}

/** One recipe input classified: a dataset of this repo, another product's output, or external. */
export function classifyInput(
  project: LineageProject,
  input: { id: string; source?: string | undefined; version?: string | undefined },
  names: ReadonlyMap<string, string> = productNames(project),
): RecipeInput {
  const version = input.version === "latest" ? undefined : input.version;
  return classify(input.id, input.source, version, { datasets: datasetIds(project), names });
}

function classify(
  id: string,
  source: string | undefined,
  version: string | undefined,
  known: { datasets: ReadonlySet<string>; names: ReadonlyMap<string, string> },
): RecipeInput {
  const readsProduct = source !== undefined && isProductSource(source);
  const product = known.names.get(id);
  if (product !== undefined && (readsProduct || (source === undefined && !known.datasets.has(id))))
    return { kind: "product", id, product, version, source: source ?? PRODUCT_SOURCES[0] };
  const fromIngest = source === undefined || source === "edm.recipes.datasets";
  if (fromIngest && known.datasets.has(id)) return { kind: "dataset", id, version };
  return { kind: "external", id, version, source };
}

export function isProductSource(source: string): boolean {
  return (PRODUCT_SOURCES as readonly string[]).includes(source);
}

// Per project, once: recipeInputsOf asks for every product (1,000 products x 2,000 datasets).
const datasetIdsOf = new WeakMap<ReadonlyMap<string, unknown>, Set<string>>();

function datasetIds(project: LineageProject): Set<string> {
  const byId = project.datasets ?? project.templates;
  let ids = datasetIdsOf.get(byId);
  if (ids === undefined || ids.size !== byId.size) {
    ids = new Set(byId.keys());
    datasetIdsOf.set(byId, ids);
  }
  return ids;
}

/** The datasets of the project with what each is made from. */
export function lineageDatasets(project: LineageProject): GraphDataset[] {
  if (!project.datasets)
    return [...project.templates.keys()].map((name) => ({ id: name, template: name }));
  return [...project.datasets].map(([id, { template, dataset }]) => ({
    id,
    template,
    dependsOn: datasetDependencies(dataset),
  }));
}

/** A dataset's upstream datasets: `depends_on`, and the dataset an `edm.recipes.datasets` source reads. */
export function datasetDependencies(dataset: unknown): string[] {
  const fields = fieldsOf(dataset);
  const source = fieldsOf(fieldsOf(fields?.ingestion)?.source);
  const key = textOf(source?.key);
  const read = source?.type === "edm.recipes.datasets" && key ? [key] : [];
  const dependsOn = Array.isArray(fields?.depends_on)
    ? fields.depends_on.flatMap((d) => textOf(d) ?? [])
    : [];
  return [...new Set([...dependsOn, ...read])];
}

/** The asset graph's source: datasets, and per product the datasets and products it reads. */
export function lineageGraphSource(project: LineageProject): GraphSource {
  const names = productNames(project);
  const recipeInputs = new Map<string, string[]>();
  const productInputs = new Map<string, string[]>();
  for (const { id } of project.products) {
    const inputs = recipeInputsOf(project, id, names);
    recipeInputs.set(
      id,
      inputs.filter((i) => i.kind === "dataset").map((i) => i.id),
    );
    const products = inputs.flatMap((i) => (i.kind === "product" ? [i.product] : []));
    productInputs.set(
      id,
      products.filter((p) => p !== id),
    );
  }
  return {
    products: project.products,
    datasets: lineageDatasets(project),
    recipeInputs,
    productInputs,
  };
}
