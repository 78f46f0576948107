import type { SiteAsset, SiteData } from "../site-data.js";
import { assetRoute, s } from "./dom.js";

/** The asset graph as an SVG: one focusable link per asset, coloured by state, edges for lineage. */
export function graphView(data: SiteData, selected?: string): SVGElement {
  const byId = new Map(data.assets.map((a) => [a.id, a]));
  const svg = s("svg", {
    class: "graph",
    viewBox: `0 0 ${data.width} ${data.height}`,
    width: data.width,
    height: data.height,
    role: "img",
    "aria-label": `asset graph: ${data.assets.length} assets`,
  });
  const edges = s("g", { class: "edges" });
  for (const asset of data.assets)
    for (const dep of asset.deps) {
      const from = byId.get(dep);
      if (from) edges.append(edge(from, asset));
    }
  svg.append(edges);
  for (const asset of data.assets) svg.append(node(asset, asset.id === selected));
  return svg;
}

function edge(from: SiteAsset, to: SiteAsset): SVGElement {
  const x1 = from.x + from.w / 2;
  const x2 = to.x - to.w / 2;
  const mid = (x1 + x2) / 2;
  return s("path", { d: `M${x1},${from.y} C${mid},${from.y} ${mid},${to.y} ${x2},${to.y}` });
}

function node(asset: SiteAsset, selected: boolean): SVGElement {
  const a = s("a", {
    href: `#${assetRoute(asset.id)}`,
    class: `node state-${asset.state}${selected ? " selected" : ""}`,
    "data-asset": asset.id,
    "data-state": asset.state,
  });
  a.append(
    s("title", {}, `${asset.id}: ${asset.state} (${asset.states.length} partitions)`),
    s("rect", {
      x: asset.x - asset.w / 2,
      y: asset.y - asset.h / 2,
      width: asset.w,
      height: asset.h,
      rx: 6,
    }),
    s("text", { x: asset.x, y: asset.y + 4, "text-anchor": "middle" }, asset.id),
  );
  return a;
}
