import { ConfigError } from "../core/errors.js";

/**
 * A cycle among `nodes` following `next` (what a node reads), as the path `a, b, ..., a`; undefined
 * when there is none. Edges to nodes outside `nodes` are ignored.
 */
export function findCycle(
  nodes: readonly string[],
  next: (node: string) => readonly string[],
): string[] | undefined {
  const known = new Set(nodes);
  const state = new Map<string, "visiting" | "done">();
  const trail: string[] = [];
  const visit = (node: string): string[] | undefined => {
    const seen = state.get(node);
    if (seen === "done") return undefined;
    if (seen === "visiting") return [...trail.slice(trail.indexOf(node)), node];
    state.set(node, "visiting");
    trail.push(node);
    for (const upstream of next(node)) {
      if (!known.has(upstream)) continue;
      const cycle = visit(upstream);
      if (cycle) return cycle;
    }
    trail.pop();
    state.set(node, "done");
    return undefined;
  };
  for (const node of nodes) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

/**
 * Topological waves: wave 0 holds the nodes that read nothing in `nodes`, wave n the nodes whose
 * upstreams are all in earlier waves. Each wave keeps the order of `nodes`. Running the waves one
 * after another (every leg of a wave in parallel) builds each node after everything it reads.
 * A cycle is a ConfigError naming it.
 */
export function topologicalWaves(
  nodes: readonly string[],
  next: (node: string) => readonly string[],
): string[][] {
  const cycle = findCycle(nodes, next);
  if (cycle) throw new ConfigError(`dependency cycle: ${cycle.join(" -> ")}`);
  const known = new Set(nodes);
  const waveOf = new Map<string, number>();
  const depth = (node: string): number => {
    const cached = waveOf.get(node);
    if (cached !== undefined) return cached;
    const upstream = next(node).filter((n) => known.has(n) && n !== node);
    const wave = upstream.length === 0 ? 0 : Math.max(...upstream.map(depth)) + 1;
    waveOf.set(node, wave);
    return wave;
  };
  const waves: string[][] = [];
  for (const node of nodes) {
    const wave = depth(node);
    while (waves.length <= wave) waves.push([]);
    waves[wave]?.push(node);
  }
  return waves;
}

/**
 * The selected products in waves: a product after every product whose output it reads, directly
 * or through products left out of the selection. Computed over all products, then filtered, so an
 * unselected product in between still orders its neighbours.
 */
export function productWaves(
  productInputs: ReadonlyMap<string, readonly string[]>,
  allProducts: readonly string[],
  selected: readonly string[],
): string[][] {
  const chosen = new Set(selected);
  return topologicalWaves(allProducts, (p) => productInputs.get(p) ?? [])
    .map((wave) => wave.filter((p) => chosen.has(p)))
    .filter((wave) => wave.length > 0);
}
