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
  template: string;
}

export interface StageAsset extends AssetBase {
  kind: "stage";
  product: string;
  stage: StageName;
}

/** What the graph is built from: a structural subset of the loaded project. */
export interface GraphSource {
  products: readonly { id: string; tags?: readonly string[] | undefined }[];
  templates: readonly string[];
  /** Per product id, the dataset ids its recipe reads (any order, duplicates allowed). */
  recipeInputs: ReadonlyMap<string, readonly string[]>;
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

export function ingestAssetId(template: string): string {
  return `${INGEST_GROUP}.${template}`;
}

/** Build the asset graph: four chained stage assets per product, one asset per ingest template. */
export function buildAssetGraph(source: GraphSource): AssetGraph {
  const assets: Asset[] = [];
  const templates = new Set(source.templates);
  for (const template of [...templates].sort()) {
    assets.push({
      kind: "ingest",
      id: ingestAssetId(template),
      group: INGEST_GROUP,
      tags: [],
      deps: [],
      template,
    });
  }
  for (const product of source.products) {
    const inputs = [...new Set(source.recipeInputs.get(product.id) ?? [])]
      .filter((t) => templates.has(t))
      .sort();
    let previous: string | undefined;
    for (const stage of STAGES) {
      const deps = previous === undefined ? inputs.map(ingestAssetId) : [previous];
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
