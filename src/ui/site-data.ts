/** The document the status site reads (`data.js`), shared by the generator and the browser code. */
export type SiteState = "success" | "failed" | "stale" | "missing" | "running" | "cancelled";

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
  /** Partition keys, and each one's state, same order. */
  partitions: string[];
  states: SiteState[];
}

export interface SiteTask {
  asset: string;
  partition: string;
  status: string;
  start: string;
  durationMs: number;
  error?: string;
}

export interface SiteRun {
  runId: string;
  start: string;
  durationMs: number;
  outcome: string;
  tasks: SiteTask[];
}

/** One materialisation: a record and its metadata. */
export interface SiteMaterialisation {
  runId: string;
  status: string;
  end: string;
  durationMs: number;
  error?: string;
  metadata: Record<string, unknown>;
}

export interface SiteData {
  generatedAt: string;
  store: string;
  /** A run that holds the store's writer lock now. */
  running?: { runId: string; command: string; startedAt: string };
  width: number;
  height: number;
  assets: SiteAsset[];
  runs: SiteRun[];
  /** Per `asset\u0000partition`, its materialisations oldest first. */
  history: Record<string, SiteMaterialisation[]>;
}
