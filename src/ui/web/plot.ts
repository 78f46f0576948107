import type { SiteMaterialisation } from "../site-data.js";
import { h, s } from "./dom.js";

/** Numbers that repeat across materialisations: duration, and numeric metadata fields. */
export function series(history: readonly SiteMaterialisation[]): Map<string, number[]> {
  const out = new Map<string, number[]>([["duration (ms)", history.map((m) => m.durationMs)]]);
  for (const m of history)
    for (const [key, value] of Object.entries(m.metadata))
      if (typeof value === "number" && Number.isFinite(value))
        out.set(key, [...(out.get(key) ?? []), value]);
  return new Map([...out].filter(([, values]) => values.length >= 2));
}

/** A small line plot of one series over time. */
export function sparkline(name: string, values: readonly number[]): HTMLElement {
  const w = 240;
  const hgt = 48;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const points = values
    .map((v, i) => {
      const x = values.length === 1 ? w / 2 : (i / (values.length - 1)) * (w - 8) + 4;
      const y = hgt - 4 - ((v - min) / span) * (hgt - 8);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(" ");
  const svg = s(
    "svg",
    { class: "plot", viewBox: `0 0 ${w} ${hgt}`, width: w, height: hgt, role: "img" },
    s("title", {}, `${name}: ${values.join(", ")}`),
    s("polyline", { points }),
  );
  const last = values[values.length - 1] ?? 0;
  return h("figure", {}, svg, h("figcaption", {}, `${name}: ${last} (min ${min}, max ${max})`));
}
