import {
  buildMatrix,
  MAX_OUTPUT_BYTES,
  outputBytes,
  type MatrixEntry,
  type MatrixOptions,
  type MatrixResult,
  type MatrixUnit,
} from "./matrix.js";

/**
 * A leg of a later wave: `upstream` names the legs of earlier waves that hold the products its
 * items read, and `upstream_artifacts` is the actions/download-artifact pattern for their build and
 * package artifacts (a run without a store hands products to their dependants that way).
 */
export interface WaveEntry extends MatrixEntry {
  upstream?: string[];
  upstream_artifacts?: string;
}

export interface WaveMatrix extends MatrixResult {
  matrix: { include: WaveEntry[] };
}

/**
 * One matrix per wave (wave n's legs run after wave n-1's), each within GitHub's limits as the
 * matrix output is. Every unit lands in the wave of its product.
 */
export function waveMatrices(
  units: readonly MatrixUnit[],
  waves: readonly (readonly string[])[],
  productInputs: ReadonlyMap<string, readonly string[]>,
  options: MatrixOptions = {},
): WaveMatrix[] {
  const legsOf = new Map<string, string[]>();
  const inWave = (wave: readonly string[]) =>
    units.filter((u) => u.item.kind === "product" && wave.includes(u.item.product));
  // A wave left with nothing to run (its items up to date) is dropped: GitHub refuses an empty matrix.
  return waves
    .filter((wave) => inWave(wave).length > 0)
    .map((wave, index) => {
      const result = buildMatrix(inWave(wave), options);
      const include = result.matrix.include.map((entry) =>
        withUpstream(entry, productInputs, legsOf),
      );
      for (const entry of include)
        for (const [product] of entry.items)
          legsOf.set(product, [...(legsOf.get(product) ?? []), entry.key]);
      const matrix = { include };
      const json = JSON.stringify(matrix);
      const max = options.maxBytes ?? MAX_OUTPUT_BYTES;
      if (outputBytes(json) > max)
        throw new Error(
          `the matrix of wave ${index + 1} is ${outputBytes(json)} bytes as GitHub counts job outputs (UTF-16); GitHub allows ${max} bytes per job output: select fewer products or partitions`,
        );
      return { matrix, hasEntries: include.length > 0, json };
    });
}

function withUpstream(
  entry: MatrixEntry,
  productInputs: ReadonlyMap<string, readonly string[]>,
  legsOf: ReadonlyMap<string, readonly string[]>,
): WaveEntry {
  const products = new Set(entry.items.map(([product]) => product));
  const keys = new Set<string>();
  for (const product of products)
    for (const upstream of productInputs.get(product) ?? [])
      for (const key of legsOf.get(upstream) ?? []) keys.add(key);
  if (keys.size === 0) return entry;
  // Past a few legs, every earlier leg's: a pattern per key would outgrow the output limit.
  const upstream = keys.size > MAX_UPSTREAM_KEYS ? [ANY_UPSTREAM] : [...keys].sort();
  return { ...entry, upstream, upstream_artifacts: upstreamPattern(upstream) };
}

/** Upstream legs named one by one, at most; beyond, `["*"]`: every leg of the earlier waves. */
export const MAX_UPSTREAM_KEYS = 16;
export const ANY_UPSTREAM = "*";

/** `lc-{build,package}-{k1,k2}-a*` (minimatch, as download-artifact matches `pattern`). */
export function upstreamPattern(keys: readonly string[]): string {
  const alternatives = keys.length === 1 ? (keys[0] ?? "") : `{${keys.join(",")}}`;
  return `lc-{build,package}-${alternatives}-a*`;
}
