import { ConfigError } from "../core/errors.js";
import { STAGES, type StageName } from "../store/layout.js";

export type Asset = IngestAsset | StageAsset;

interface AssetBase {
  /** `ingest.<template>` or `<product>.<stage>`. */
  id: string;
  /** `ingest` for ingest assets, the product id for stage assets. */
  group: string;
  tags: readonly string[];
  /** Ids of the assets this one reads, direct only. */
  deps: readonly string[];
}

export interface IngestAsset extends AssetBase {
  kind: "ingest";
  /** The template's name (its file name): what the ingest runs. */
  template: string;
  /** The dataset's id in the ingest store (the template's `id`, or one of a data source's datasets). */
  dataset?: string;
}

export interface StageAsset extends AssetBase {
  kind: "stage";
  product: string;
  stage: StageName;
}

/** A dataset some template writes. */
export interface GraphDataset {
  id: string;
  template: string;
  /** Dataset ids it is made from (the template's `depends_on`, an `edm.recipes.datasets` source). */
  dependsOn?: readonly string[];
}

/** What the graph is built from: a structural subset of the loaded project. */
export interface GraphSource {
  products: readonly { id: string; tags?: readonly string[] | undefined }[];
  /** Datasets whose id is their template's name (shorthand for `datasets`). */
  templates?: readonly string[];
  datasets?: readonly GraphDataset[];
  /** Per product id, the dataset ids its recipe reads (any order, duplicates allowed). */
  recipeInputs: ReadonlyMap<string, readonly string[]>;
  /** Per product id, the other products whose output its recipe reads. */
  productInputs?: ReadonlyMap<string, readonly string[]>;
}

export interface AssetGraph {
  /** Every asset, in a dependency order: each asset after everything it depends on. */
  assets: readonly Asset[];
  byId: ReadonlyMap<string, Asset>;
  /** Direct dependents of each asset id. */
  dependents: ReadonlyMap<string, readonly string[]>;
}

export const INGEST_GROUP = "ingest";

export function stageAssetId(product: string, stage: StageName): string {
  return `${product}.${stage}`;
}

export function ingestAssetId(dataset: string): string {
  return `${INGEST_GROUP}.${dataset}`;
}

/** The stage of an upstream product that a dependant's plan waits for: its packaged release. */
export const UPSTREAM_STAGE: StageName = "package";

/**
 * Build the asset graph: one asset per dataset (`ingest.<dataset>`, after the datasets it depends
 * on), four chained stage assets per product; a product's plan reads its input datasets and the
 * packaged output of the products it reads. A cycle is a ConfigError naming it.
 */
export function buildAssetGraph(source: GraphSource): AssetGraph {
  const datasets = datasetsOf(source);
  const assets: Asset[] = datasets.map((dataset) => ({
    kind: "ingest",
    id: ingestAssetId(dataset.id),
    group: INGEST_GROUP,
    tags: [],
    deps: [...new Set(dataset.dependsOn ?? [])]
      .filter((d) => datasets.some((other) => other.id === d))
      .sort()
      .map(ingestAssetId),
    template: dataset.template,
    dataset: dataset.id,
  }));
  const known = new Set(datasets.map((d) => d.id));
  const productIds = new Set(source.products.map((p) => p.id));
  for (const product of source.products) {
    const inputs = [...new Set(source.recipeInputs.get(product.id) ?? [])]
      .filter((t) => known.has(t))
      .sort()
      .map(ingestAssetId);
    const upstream = [...new Set(source.productInputs?.get(product.id) ?? [])]
      .filter((p) => p !== product.id && productIds.has(p))
      .sort()
      .map((p) => stageAssetId(p, UPSTREAM_STAGE));
    let previous: string | undefined;
    for (const stage of STAGES) {
      const deps = previous === undefined ? [...upstream, ...inputs] : [previous];
      const id = stageAssetId(product.id, stage);
      assets.push({
        kind: "stage",
        id,
        group: product.id,
        tags: product.tags ?? [],
        deps,
        product: product.id,
        stage,
      });
      previous = id;
    }
  }
  return indexGraph(assets);
}

function datasetsOf(source: GraphSource): GraphDataset[] {
  const byId = new Map<string, GraphDataset>();
  for (const template of source.templates ?? []) byId.set(template, { id: template, template });
  for (const dataset of source.datasets ?? []) byId.set(dataset.id, dataset);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Index assets by id, check ids are unique and that there is no cycle; orders them topologically. */
export function indexGraph(assets: readonly Asset[]): AssetGraph {
  const byId = new Map<string, Asset>();
  for (const asset of assets) {
    if (byId.has(asset.id)) throw new ConfigError(`two assets are named "${asset.id}"`);
    byId.set(asset.id, asset);
  }
  const dependents = new Map<string, string[]>(assets.map((a) => [a.id, []]));
  for (const asset of assets) {
    for (const dep of asset.deps) {
      const list = dependents.get(dep);
      if (list === undefined)
        throw new ConfigError(`asset "${asset.id}" depends on unknown asset "${dep}"`);
      list.push(asset.id);
    }
  }
  return { assets: topologicalOrder(assets, byId), byId, dependents };
}

function topologicalOrder(assets: readonly Asset[], byId: ReadonlyMap<string, Asset>): Asset[] {
  const state = new Map<string, "visiting" | "done">();
  const ordered: Asset[] = [];
  const visit = (asset: Asset, trail: string[]): void => {
    const seen = state.get(asset.id);
    if (seen === "done") return;
    if (seen === "visiting") {
      const cycle = [...trail.slice(trail.indexOf(asset.id)), asset.id];
      throw new ConfigError(`the asset graph has a cycle: ${cycle.join(" -> ")}`);
    }
    state.set(asset.id, "visiting");
    for (const dep of asset.deps) {
      const upstream = byId.get(dep);
      if (upstream) visit(upstream, [...trail, asset.id]);
    }
    state.set(asset.id, "done");
    ordered.push(asset);
  };
  for (const asset of assets) visit(asset, []);
  return ordered;
}

/** The ids of `start` and everything reachable from it through `next`, transitively. */
export function closure(
  start: Iterable<string>,
  next: (id: string) => readonly string[],
): Set<string> {
  const found = new Set<string>();
  const stack = [...start];
  while (stack.length > 0) {
    const id = stack.pop();
    if (id === undefined || found.has(id)) continue;
    found.add(id);
    stack.push(...next(id));
  }
  return found;
}
