import { createHash } from "node:crypto";

/** GitHub's limits: jobs in one matrix, and bytes of outputs per job. */
export const MAX_MATRIX_JOBS = 256;
export const MAX_OUTPUT_BYTES = 1024 * 1024;
/** Longest job GitHub-hosted runners allow; a batched entry's timeout is capped here. */
export const MAX_JOB_MINUTES = 360;
/** Minutes added to every job for checkout, `npm ci` and artifact transfer. */
export const JOB_SETUP_MINUTES = 10;

export type MatrixItem =
  | { kind: "product"; product: string; partition: string }
  | { kind: "ingest"; template: string; version: string };

export type RunsOn = string | string[];

/** One thing to run, with the runner and time it needs. */
export interface MatrixUnit {
  item: MatrixItem;
  runsOn: RunsOn;
  timeoutMinutes: number;
}

export interface MatrixEntry {
  key: string;
  name: string;
  items: MatrixItem[];
  runs_on: RunsOn;
  timeout_minutes: number;
  product?: string;
  partition?: string;
  template?: string;
  version?: string;
}

export interface Matrix {
  include: MatrixEntry[];
}

export interface MatrixResult {
  matrix: Matrix;
  hasEntries: boolean;
  /** `JSON.stringify(matrix)`: what the `matrix` output holds. */
  json: string;
}

export interface MatrixOptions {
  maxJobs?: number;
  maxBytes?: number;
}

/**
 * Spread units over at most `maxJobs` entries. Units with the same runner share entries; each
 * runner group gets a share of the jobs proportional to its size (at least one). Order is kept,
 * nothing is dropped or duplicated.
 */
export function buildMatrix(
  units: readonly MatrixUnit[],
  options: MatrixOptions = {},
): MatrixResult {
  const maxJobs = options.maxJobs ?? MAX_MATRIX_JOBS;
  const maxBytes = options.maxBytes ?? MAX_OUTPUT_BYTES;
  assertUnique(units);
  const groups = groupByRunner(units);
  if (groups.length > maxJobs) {
    throw new Error(
      `${groups.length} different runs_on values need at least ${groups.length} jobs; GitHub allows ${maxJobs} per matrix`,
    );
  }
  const shares = allocateJobs(
    groups.map((g) => g.length),
    maxJobs,
  );
  const batches = groups.flatMap((group, i) => chunk(group, shares[i] ?? 1));
  const include = batches.map((batch, index) => toEntry(batch, index, batches.length));
  const matrix = { include };
  const json = JSON.stringify(matrix);
  const bytes = Buffer.byteLength(json);
  if (bytes > maxBytes) {
    throw new Error(
      `the matrix of ${units.length} items is ${bytes} bytes; GitHub allows ${maxBytes} bytes of job outputs: select fewer products or partitions`,
    );
  }
  return { matrix, hasEntries: include.length > 0, json };
}

export function itemId(item: MatrixItem): string {
  return item.kind === "product"
    ? `${item.product}@${item.partition}`
    : `ingest.${item.template}@${item.version}`;
}

function assertUnique(units: readonly MatrixUnit[]): void {
  const seen = new Set<string>();
  for (const unit of units) {
    const id = itemId(unit.item);
    if (seen.has(id)) throw new Error(`${id} is listed twice`);
    seen.add(id);
  }
}

function groupByRunner(units: readonly MatrixUnit[]): MatrixUnit[][] {
  const groups = new Map<string, MatrixUnit[]>();
  for (const unit of units) {
    const runner = JSON.stringify(unit.runsOn);
    const group = groups.get(runner) ?? [];
    group.push(unit);
    groups.set(runner, group);
  }
  return [...groups.values()];
}

/** Largest-remainder apportionment of `maxJobs` over group sizes, each group getting 1..size. */
export function allocateJobs(sizes: readonly number[], maxJobs: number): number[] {
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total <= maxJobs) return [...sizes];
  const spare = maxJobs - sizes.length;
  const exact = sizes.map((size) => ((size - 1) / (total - sizes.length)) * spare);
  const shares = exact.map((x, i) => 1 + Math.min(Math.floor(x), (sizes[i] ?? 1) - 1));
  let left = maxJobs - shares.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    if ((shares[i] ?? 0) < (sizes[i] ?? 0)) {
      shares[i] = (shares[i] ?? 0) + 1;
      left -= 1;
    }
  }
  return shares;
}

/** Split into `parts` consecutive runs whose sizes differ by at most one. */
function chunk<T>(list: readonly T[], parts: number): T[][] {
  const out: T[][] = [];
  const base = Math.floor(list.length / parts);
  const extra = list.length % parts;
  let start = 0;
  for (let i = 0; i < parts; i++) {
    const size = base + (i < extra ? 1 : 0);
    if (size > 0) out.push(list.slice(start, start + size));
    start += size;
  }
  return out;
}

function toEntry(batch: readonly MatrixUnit[], index: number, count: number): MatrixEntry {
  const items = batch.map((u) => u.item);
  const first = batch[0];
  if (!first) throw new Error("empty matrix batch");
  const minutes = batch.reduce((sum, u) => sum + u.timeoutMinutes, 0) + JOB_SETUP_MINUTES;
  const entry: MatrixEntry = {
    key: entryKey(items, index, count),
    name: entryName(items),
    items,
    runs_on: first.runsOn,
    timeout_minutes: Math.min(minutes, MAX_JOB_MINUTES),
  };
  if (items.length === 1) Object.assign(entry, flatFields(first.item));
  return entry;
}

function flatFields(item: MatrixItem): Partial<MatrixEntry> {
  return item.kind === "product"
    ? { product: item.product, partition: item.partition }
    : { template: item.template, version: item.version };
}

/**
 * `e<index>_<slug>_<hash>`: the index makes it unique within the matrix, the slug readable, the
 * hash distinct across matrices with other contents. Only `[A-Za-z0-9_.]`: never a `-`, so that
 * artifact name globs like `lc-*-<key>-a*` cannot match another entry's key.
 */
function entryKey(items: readonly MatrixItem[], index: number, count: number): string {
  const width = String(Math.max(count - 1, 0)).length;
  const first = items[0];
  const label = items.length === 1 && first ? itemId(first) : `${items.length}items`;
  const slug = label
    .replace(/[^A-Za-z0-9_.]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 40);
  const hash = createHash("sha256").update(JSON.stringify(items)).digest("hex").slice(0, 6);
  return `e${String(index).padStart(width, "0")}_${slug}_${hash}`;
}

function entryName(items: readonly MatrixItem[]): string {
  const first = items[0];
  if (items.length === 1 && first) return itemId(first);
  const shown = items.slice(0, 3).map(itemId).join(", ");
  return `${items.length} items: ${shown}${items.length > 3 ? ", ..." : ""}`;
}
