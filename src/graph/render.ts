import type { Asset } from "./graph.js";

/** A Mermaid flowchart of the assets, one subgraph per group; edges only between shown assets. */
export function renderMermaid(assets: readonly Asset[]): string {
  const shown = new Set(assets.map((a) => a.id));
  const nodeId = (id: string) => id.replace(/[^A-Za-z0-9_]/g, "_");
  const lines = ["flowchart LR"];
  for (const group of new Set(assets.map((a) => a.group))) {
    lines.push(`  subgraph ${nodeId(`group_${group}`)}["${group}"]`);
    for (const asset of assets.filter((a) => a.group === group)) {
      lines.push(`    ${nodeId(asset.id)}["${asset.id}"]`);
    }
    lines.push("  end");
  }
  for (const asset of assets) {
    const edges = asset.deps.filter((dep) => shown.has(dep));
    for (const dep of edges) lines.push(`  ${nodeId(dep)} --> ${nodeId(asset.id)}`);
  }
  return `${lines.join("\n")}\n`;
}

/** One line per asset: `id <- deps`. */
export function renderText(assets: readonly Asset[]): string {
  const lines = assets.map((a) => (a.deps.length === 0 ? a.id : `${a.id} <- ${a.deps.join(", ")}`));
  return `${lines.join("\n")}\n`;
}

export function renderJson(assets: readonly Asset[]): string {
  return `${JSON.stringify({ assets }, null, 2)}\n`;
}
