/*
 * What the status site reads, shared by the generator and the browser code. The front page's
 * `data.js` is small: assets, each partition's state as one character, recent runs in summary.
 * Per-asset history and per-run tasks live in `data/asset-<safe id>.js` and `data/run-<safe id>.js`,
 * each assigning to a global; the page loads one with a <script> tag when a view needs it (works
 * from file://, where fetch cannot). Materialisations and tasks are tuples, to keep files small.
 */
export type SiteState = "success" | "failed" | "stale" | "missing" | "running" | "cancelled";

/** One character per partition state, in `SiteAsset.states`. */
export const STATE_CODES: Record<SiteState, string> = {
  success: "s",
  failed: "f",
  stale: "t",
  missing: "m",
  running: "r",
  cancelled: "c",
};

const BY_CODE = new Map(Object.entries(STATE_CODES).map(([s, c]) => [c, s as SiteState]));

export function decodeStates(codes: string): SiteState[] {
  return [...codes].map((c) => BY_CODE.get(c) ?? "missing");
}

export interface SiteAsset {
  id: string;
  kind: "ingest" | "stage";
  group: string;
  deps: string[];
  /** Graph layout (dagre): centre and size. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** The asset's overall state: the worst of its partitions'. */
  state: SiteState;
  /** Index into `SiteData.keySets`: the asset's partition keys (assets share identical lists). */
  keys: number;
  /** One STATE_CODES character per key, same order. */
  states: string;
}

export interface SiteTask {
  asset: string;
  partition: string;
  status: string;
  start: string;
  durationMs: number;
  error?: string;
}

/** A run on the front page: counts and its failures; every task is in `data/run-<id>.js`. */
export interface SiteRun {
  runId: string;
  start: string;
  durationMs: number;
  outcome: string;
  /** Tasks that ran (up-to-date ones are counted in `upToDate`). */
  taskCount: number;
  failedCount: number;
  upToDate: number;
  /** Failed and cancelled tasks, with their error and log tail. */
  failures: SiteTask[];
}

export interface SiteData {
  generatedAt: string;
  store: string;
  /** A run that holds the store's writer lock now. */
  running?: { runId: string; command: string; startedAt: string };
  width: number;
  height: number;
  keySets: string[][];
  assets: SiteAsset[];
  runs: SiteRun[];
  /** The partitions whose latest materialisation failed (at most FAILING_SHOWN of them). */
  failing: SiteTask[];
  failingTotal: number;
}

export const FAILING_SHOWN = 500;

/** [runId, status, end, durationMs, metadata, error?] */
export type MaterialisationTuple = [
  string,
  string,
  string,
  number,
  Record<string, unknown>,
  string?,
];

/** One materialisation: a record and its metadata. */
export interface SiteMaterialisation {
  runId: string;
  status: string;
  end: string;
  durationMs: number;
  error?: string;
  metadata: Record<string, unknown>;
}

/** `data/asset-<safe id>.js`: per partition key, its materialisations oldest first. */
export type AssetHistory = Record<string, MaterialisationTuple[]>;

/** [asset, partition, status, start, durationMs, error?] */
export type TaskTuple = [string, string, string, string, number, string?];

export function materialisation(t: MaterialisationTuple): SiteMaterialisation {
  const [runId, status, end, durationMs, metadata, error] = t;
  return { runId, status, end, durationMs, metadata, ...(error !== undefined ? { error } : {}) };
}

export function task(t: TaskTuple): SiteTask {
  const [asset, partition, status, start, durationMs, error] = t;
  return { asset, partition, status, start, durationMs, ...(error !== undefined ? { error } : {}) };
}

/** A file-name-safe, one-to-one form of an id: other characters as `~` and 4 hex digits. */
export function safeId(id: string): string {
  return id.replace(
    /[^A-Za-z0-9._-]|^\./g,
    (c) => `~${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

export const ASSETS_GLOBAL = "LIFECYCLE_ASSETS";
export const RUNS_GLOBAL = "LIFECYCLE_RUNS";

export function assetFile(id: string): string {
  return `data/asset-${safeId(id)}.js`;
}

export function runFile(runId: string): string {
  return `data/run-${safeId(runId)}.js`;
}
