import { createHash } from "node:crypto";

/**
 * GitHub's limits, as GitHub measures them: 256 jobs per matrix; job outputs are Unicode strings of
 * at most 1 MB each, counted in UTF-16 (two bytes per code unit), so a matrix of 556 KB of UTF-8
 * is 1.11 MB to GitHub.
 */
export const MAX_MATRIX_JOBS = 256;
export const MAX_OUTPUT_BYTES = 1024 * 1024;
/** Longest job GitHub-hosted runners allow. A leg needing more is refused, never capped. */
export const MAX_JOB_MINUTES = 360;
/** Minutes added to every job for checkout, providing DuckDB and artifact transfer. */
export const JOB_SETUP_MINUTES = 10;
/**
 * Items are spread over this many buckets by a hash of the item alone, so an item lands in the
 * same bucket (and the same concurrency group) whatever else a run selects.
 */
export const BUCKETS = 256;

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

/**
 * One leg, as the `matrix` output carries it. Items are `[product, partition]` or
 * `[template, version]` pairs (compact: the output limit counts every character).
 */
export interface MatrixEntry {
  key: string;
  name: string;
  kind: MatrixItem["kind"];
  items: [string, string][];
  runs_on: RunsOn;
  timeout_minutes: number;
  /** The concurrency group suffix: the bucket and the runner, never the selection. */
  group: string;
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

/** Bytes a job output takes as GitHub counts them: UTF-16 code units, two bytes each. */
export function outputBytes(text: string): number {
  return text.length * 2;
}

/**
 * One leg per (bucket, runner): bucket = sha256(item id) mod 256. Every item is in exactly one
 * leg; a leg runs its items one after another, so its time budget is their sum plus setup, and a
 * leg over 360 minutes is refused (splitting it would put two legs of one run in one concurrency
 * group, where GitHub cancels a pending job when a third arrives).
 */
export function buildMatrix(
  units: readonly MatrixUnit[],
  options: MatrixOptions = {},
): MatrixResult {
  const maxJobs = options.maxJobs ?? MAX_MATRIX_JOBS;
  const maxBytes = options.maxBytes ?? MAX_OUTPUT_BYTES;
  assertUnique(units);
  const legs = groupIntoLegs(units);
  if (legs.length > maxJobs) {
    throw new Error(
      `the selection needs ${legs.length} matrix jobs (${BUCKETS} buckets x ${countRunners(units)} runs_on values); GitHub allows ${maxJobs} per matrix: select fewer products or use fewer runs_on values`,
    );
  }
  const include = legs.map(toEntry);
  const matrix = { include };
  const json = JSON.stringify(matrix);
  const bytes = outputBytes(json);
  if (bytes > maxBytes) {
    throw new Error(
      `the matrix of ${units.length} items is ${bytes} bytes as GitHub counts job outputs (UTF-16); GitHub allows ${maxBytes} bytes per job output: select fewer products or partitions`,
    );
  }
  return { matrix, hasEntries: include.length > 0, json };
}

export function itemId(item: MatrixItem): string {
  return item.kind === "product"
    ? `${item.product}@${item.partition}`
    : `ingest.${item.template}@${item.version}`;
}

/** The item's bucket: a function of the item alone. */
export function bucketOf(item: MatrixItem): number {
  return createHash("sha256").update(itemId(item)).digest().readUInt32BE(0) % BUCKETS;
}

/** The pairs of an entry back as items. */
export function entryItems(entry: Pick<MatrixEntry, "kind" | "items">): MatrixItem[] {
  return entry.items.map(([a, b]) =>
    entry.kind === "product"
      ? { kind: "product", product: a, partition: b }
      : { kind: "ingest", template: a, version: b },
  );
}

function assertUnique(units: readonly MatrixUnit[]): void {
  const seen = new Set<string>();
  for (const unit of units) {
    const id = itemId(unit.item);
    if (seen.has(id)) throw new Error(`${id} is listed twice`);
    seen.add(id);
  }
}

function countRunners(units: readonly MatrixUnit[]): number {
  return new Set(units.map((u) => JSON.stringify(u.runsOn))).size;
}

interface Leg {
  bucket: number;
  runsOn: RunsOn;
  units: MatrixUnit[];
}

function groupIntoLegs(units: readonly MatrixUnit[]): Leg[] {
  const legs = new Map<string, Leg>();
  for (const unit of units) {
    const bucket = bucketOf(unit.item);
    const id = `${bucket}\u0000${JSON.stringify(unit.runsOn)}`;
    const leg = legs.get(id) ?? { bucket, runsOn: unit.runsOn, units: [] };
    leg.units.push(unit);
    legs.set(id, leg);
  }
  return [...legs.values()].sort((a, b) => a.bucket - b.bucket || compareRunner(a, b));
}

function compareRunner(a: Leg, b: Leg): number {
  return JSON.stringify(a.runsOn).localeCompare(JSON.stringify(b.runsOn));
}

function toEntry(leg: Leg): MatrixEntry {
  const items = leg.units.map((u) => u.item);
  const first = items[0];
  if (!first) throw new Error("empty matrix leg");
  const minutes = leg.units.reduce((sum, u) => sum + u.timeoutMinutes, 0) + JOB_SETUP_MINUTES;
  const group = groupName(leg);
  if (minutes > MAX_JOB_MINUTES) {
    const shown = items.slice(0, 5).map(itemId).join(", ");
    throw new Error(
      `matrix leg ${group} (${items.length} items: ${shown}${items.length > 5 ? ", ..." : ""}) needs ${minutes} minutes (their timeout_minutes plus ${JOB_SETUP_MINUTES} of setup); a GitHub job may run ${MAX_JOB_MINUTES}: lower timeout_minutes or select fewer products or partitions`,
    );
  }
  return {
    key: entryKey(group, items),
    name: entryName(items),
    kind: first.kind,
    items: items.map(pairOf),
    runs_on: leg.runsOn,
    timeout_minutes: minutes,
    group,
  };
}

function pairOf(item: MatrixItem): [string, string] {
  return item.kind === "product" ? [item.product, item.partition] : [item.template, item.version];
}

/** `b<bucket>_<runner hash>`: the same for an item in every run that gives it the same runner. */
function groupName(leg: Leg): string {
  const runner = createHash("sha256").update(JSON.stringify(leg.runsOn)).digest("hex").slice(0, 4);
  return `b${String(leg.bucket).padStart(3, "0")}_${runner}`;
}

/**
 * `<group>_<slug>_<hash>`: the group makes it unique within the matrix, the slug readable, the
 * hash distinct across matrices with other contents. Only `[A-Za-z0-9_.]`: never a `-`, so that
 * artifact name globs like `lc-*-<key>-a*` cannot match another entry's key.
 */
function entryKey(group: string, items: readonly MatrixItem[]): string {
  const first = items[0];
  const label = items.length === 1 && first ? itemId(first) : `${items.length}items`;
  const slug = label
    .replace(/[^A-Za-z0-9_.]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 40);
  const hash = createHash("sha256").update(JSON.stringify(items)).digest("hex").slice(0, 6);
  return `${group}_${slug}_${hash}`;
}

function entryName(items: readonly MatrixItem[]): string {
  const first = items[0];
  if (items.length === 1 && first) return itemId(first);
  const shown = items.slice(0, 2).map(itemId).join(", ");
  return `${items.length} items: ${shown}${items.length > 2 ? ", ..." : ""}`;
}
