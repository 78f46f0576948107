import { buildAssetGraph, resolveSelection, type Asset, type AssetGraph } from "../graph/index.js";
import { lineageGraphSource } from "../graph/lineage.js";
import type { ProjectView } from "./project-view.js";

export function projectGraph(project: ProjectView): AssetGraph {
  return buildAssetGraph(lineageGraphSource(project));
}

export interface SelectedProducts {
  assets: Asset[];
  products: string[];
}

/** The products that own at least one selected stage asset, in dependency order. */
export function selectProducts(graph: AssetGraph, select: string): SelectedProducts {
  const assets = resolveSelection(graph, select);
  const products: string[] = [];
  for (const asset of assets) {
    if (asset.kind === "stage" && !products.includes(asset.product)) products.push(asset.product);
  }
  return { assets, products };
}

const MAX_LINEAGE_NODES = 400;

/** A mermaid flowchart of the selected assets and the edges between them. */
export function lineageMermaid(graph: AssetGraph, assets: readonly Asset[]): string {
  if (assets.length > MAX_LINEAGE_NODES) {
    return `_${assets.length} assets selected: too many to draw (limit ${MAX_LINEAGE_NODES})._\n`;
  }
  const ids = new Map(assets.map((a, i) => [a.id, `n${i}`]));
  const lines = ["```mermaid", "flowchart LR"];
  for (const asset of assets) {
    lines.push(`  ${ids.get(asset.id)}["${asset.id.replace(/"/g, "#quot;")}"]`);
  }
  for (const asset of assets) {
    for (const dep of graph.byId.get(asset.id)?.deps ?? []) {
      const from = ids.get(dep);
      if (from) lines.push(`  ${from} --> ${ids.get(asset.id)}`);
    }
  }
  lines.push("```");
  return `${lines.join("\n")}\n`;
}
