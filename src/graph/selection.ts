import { UsageError } from "../core/errors.js";
import { closure, type Asset, type AssetGraph } from "./graph.js";

export const SELECTION_SYNTAX =
  "comma-separated terms: an asset id (`<product>.<stage>`, `ingest.<dataset>`), `ingest.<template>` (every dataset it writes), a product id (its four stages), " +
  "`group:<group>`, `tag:<tag>`, `*` (everything); `+x` adds what x needs, `x+` what depends on x";

/**
 * Resolve a Dagster-like selection to assets, in dependency order. Every term is checked before
 * anything is returned; an unknown name is a UsageError listing close matches.
 */
export function resolveSelection(graph: AssetGraph, select: string): Asset[] {
  const terms = select.split(",").map((t) => t.trim());
  if (terms.some((t) => t === "")) {
    throw new UsageError(
      `--select: empty selection term in ${JSON.stringify(select)}; expected ${SELECTION_SYNTAX}`,
    );
  }
  const chosen = new Set<string>();
  for (const term of terms) {
    for (const id of resolveTerm(graph, term)) chosen.add(id);
  }
  return graph.assets.filter((a) => chosen.has(a.id));
}

function resolveTerm(graph: AssetGraph, term: string): Set<string> {
  const upstream = term.startsWith("+");
  const downstream = term.endsWith("+") && term.length > 1;
  const core = term.slice(upstream ? 1 : 0, downstream ? -1 : undefined);
  const base = matchCore(graph, core, term);
  let result = new Set(base);
  if (upstream)
    result = union(
      result,
      closure(base, (id) => graph.byId.get(id)?.deps ?? []),
    );
  if (downstream)
    result = union(
      result,
      closure(base, (id) => graph.dependents.get(id) ?? []),
    );
  return result;
}

function matchCore(graph: AssetGraph, core: string, term: string): string[] {
  if (core === "*") return graph.assets.map((a) => a.id);
  const [kind, value] = splitPrefix(core);
  if (kind === "group" || kind === "tag") {
    const matches = graph.assets.filter((a) =>
      kind === "group" ? a.group === value : a.tags.includes(value),
    );
    if (matches.length === 0) {
      const known =
        kind === "group"
          ? graph.assets.map((a) => a.group)
          : graph.assets.flatMap((a) => [...a.tags]);
      throw unknown(
        term,
        `${kind} "${value}"`,
        [...new Set(known)].map((k) => `${kind}:${k}`),
        `${kind}:${value}`,
      );
    }
    return matches.map((a) => a.id);
  }
  if (graph.byId.has(core)) return [core];
  const template = templateAssets(graph, core);
  if (template.length > 0) return template;
  const group = graph.assets.filter((a) => a.kind === "stage" && a.group === core);
  if (group.length > 0) return group.map((a) => a.id);
  const names = [
    ...graph.byId.keys(),
    ...new Set(graph.assets.filter((a) => a.kind === "stage").map((a) => a.group)),
  ];
  throw unknown(term, `asset or product "${core}"`, names, core);
}

/** `ingest.<template>`: every dataset the template (by file name) writes. */
function templateAssets(graph: AssetGraph, core: string): string[] {
  const prefix = "ingest.";
  if (!core.startsWith(prefix)) return [];
  const name = core.slice(prefix.length);
  return graph.assets.filter((a) => a.kind === "ingest" && a.template === name).map((a) => a.id);
}

function splitPrefix(core: string): [string | undefined, string] {
  const match = /^(group|tag):(.*)$/.exec(core);
  if (!match) return [undefined, core];
  return [match[1], match[2] ?? ""];
}

function unknown(term: string, what: string, candidates: string[], wanted: string): UsageError {
  const close = closeMatches(wanted, candidates);
  const hint = close.length > 0 ? `; did you mean ${close.map((c) => `"${c}"`).join(", ")}?` : "";
  return new UsageError(
    `--select: unknown ${what} in term "${term}"${hint} (selection syntax: ${SELECTION_SYNTAX})`,
  );
}

/** Up to five candidates close to `wanted`: small edit distance, or one containing the other. */
export function closeMatches(wanted: string, candidates: readonly string[]): string[] {
  const lower = wanted.toLowerCase();
  const scored = [...new Set(candidates)]
    .map((c) => ({ c, d: editDistance(lower, c.toLowerCase()) }))
    .filter(
      ({ c, d }) =>
        d <= Math.max(2, Math.floor(wanted.length / 3)) ||
        (lower.length >= 3 && c.toLowerCase().includes(lower)),
    )
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c));
  return scored.slice(0, 5).map((s) => s.c);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function union<T>(a: Set<T>, b: Set<T>): Set<T> {
  return new Set([...a, ...b]);
}
