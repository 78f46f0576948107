import type { SiteState } from "../site-data.js";
import { assetRoute, h, s } from "./dom.js";

const BAR_WIDTH = 960;
const CELL_MIN = 6;

/** The dimension values of a key: `a=x;b=y` gives [x, y]; so does a universe x date `u=x:y`. */
function dimensions(key: string): string[] {
  if (key.includes(";")) return key.split(";").map((part) => part.slice(part.indexOf("=") + 1));
  const universe = /^([^=:]+=[^:]+):(.+)$/.exec(key);
  return universe ? [universe[1] ?? "", universe[2] ?? ""] : [key];
}

/**
 * Dagster's partition bar: one cell per partition in key order, coloured by state; with two or more
 * dimensions, one bar per value of the first. Cells narrower than a pixel merge runs of one state.
 */
export function partitionView(
  id: string,
  keys: readonly string[],
  states: readonly SiteState[],
  selected?: string,
): HTMLElement {
  const rows = new Map<string, number[]>();
  keys.forEach((key, i) => {
    const dims = dimensions(key);
    const row = dims.length > 1 ? (dims[0] ?? "") : "";
    const list = rows.get(row) ?? [];
    list.push(i);
    rows.set(row, list);
  });
  const counts = countStates(states);
  const legend = h(
    "p",
    { class: "legend" },
    ...Object.entries(counts).map(([state, n]) =>
      h("span", { class: `chip state-${state}` }, `${n} ${state}`),
    ),
  );
  const asset = { id, keys, states };
  const bars = [...rows].map(([row, indexes]) => bar(asset, row, indexes, selected));
  return h("section", { class: "partitions", "aria-label": "partitions" }, legend, ...bars);
}

function countStates(states: readonly SiteState[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const state of states) counts[state] = (counts[state] ?? 0) + 1;
  return counts;
}

interface BarAsset {
  id: string;
  keys: readonly string[];
  states: readonly SiteState[];
}

function bar(asset: BarAsset, row: string, indexes: number[], selected?: string): HTMLElement {
  const width = Math.max(BAR_WIDTH, indexes.length * (indexes.length <= 200 ? CELL_MIN : 0));
  const cell = width / Math.max(indexes.length, 1);
  const svg = s("svg", { class: "bar", viewBox: `0 0 ${width} 24`, preserveAspectRatio: "none" });
  indexes.forEach((i, at) => {
    const key = asset.keys[i] ?? "";
    const state = asset.states[i] ?? "missing";
    const a = s("a", {
      href: `#${assetRoute(asset.id, key)}`,
      "data-partition": key,
      "data-state": state,
      class: `cell state-${state}${key === selected ? " selected" : ""}`,
      tabindex: indexes.length > 200 ? -1 : 0,
    });
    a.append(
      s("title", {}, `${key}: ${state}`),
      s("rect", {
        x: at * cell,
        y: 0,
        width: Math.max(cell - (cell > 3 ? 1 : 0), 0.5),
        height: 24,
      }),
    );
    svg.append(a);
  });
  const label = row === "" ? null : h("span", { class: "row-label" }, row);
  return h("div", { class: "bar-row" }, label, svg);
}
