import { defaultDeps } from "../engine/defaults.js";
import { graphSourceOf } from "../engine/deps.js";
import { assetStatus, type AssetStatus } from "../engine/status.js";
import { buildAssetGraph, type AssetGraph } from "../graph/graph.js";
import { readStoreLock, type StoreLockHolder } from "../store/lock.js";
import type { EventRecord } from "../store/events.js";
import { layoutGraph } from "./layout.js";
import { withLogTails } from "./log-tail.js";
import { partitionState } from "./rollup.js";
import { groupRuns, type RunSummary } from "./runs.js";
import { detailFiles, historiesOf, taskTuple } from "./site-files.js";
import { readStoreEvents } from "./store-events.js";
import {
  FAILING_SHOWN,
  STATE_CODES,
  task,
  type SiteAsset,
  type SiteData,
  type SiteRun,
  type SiteState,
  type SiteTask,
} from "./site-data.js";

export interface SiteOptions {
  root: string;
  store: string;
  /** For an s3:// store: endpoint, region and credentials (default: process.env). */
  env?: NodeJS.ProcessEnv | undefined;
  /** Fixed for reproducible output (tests, the same store gives the same site). */
  now?: Date;
  /** How many runs the site lists, newest first. */
  maxRuns?: number;
}

/** The front page's data, and the on-demand files by path (`data/asset-<id>.js`, ...). */
export interface SiteBuild {
  data: SiteData;
  files: Map<string, string>;
}

const WORST: readonly SiteState[] = [
  "failed",
  "running",
  "cancelled",
  "stale",
  "missing",
  "success",
];

function worst(states: readonly SiteState[]): SiteState {
  return WORST.find((s) => states.includes(s)) ?? "missing";
}

/** Everything the status site shows, from the project and its store. */
export async function buildSiteData(options: SiteOptions): Promise<SiteBuild> {
  const { project } = await defaultDeps().loadProject(options.root);
  const graph = buildAssetGraph(graphSourceOf(project));
  const env = options.env ?? process.env;
  const rows = await assetStatus({ root: options.root, store: options.store, env });
  const events = await withLogTails(await readStoreEvents(options.store, options.root, env));
  const lock = options.store.startsWith("s3://") ? undefined : await readStoreLock(options.store);
  const { assets, keySets, width, height } = siteAssets(graph, rows);
  const summaries = groupRuns(events).slice(0, options.maxRuns ?? 200);
  const runs = siteRuns(summaries, lock);
  const failing = failingNow(events);
  const histories = historiesOf(
    events,
    assets.map((a) => a.id),
  );
  const data: SiteData = {
    generatedAt: (options.now ?? new Date()).toISOString(),
    store: options.store,
    ...(lock
      ? { running: { runId: lock.runId, command: lock.command, startedAt: lock.startedAt } }
      : {}),
    width,
    height,
    keySets,
    assets,
    runs,
    failing: failing.slice(0, FAILING_SHOWN),
    failingTotal: failing.length,
  };
  const listed = [...summaries, ...(lock ? [{ runId: lock.runId, tasks: [] }] : [])];
  return { data, files: detailFiles(histories, listed) };
}

function siteRuns(summaries: readonly RunSummary[], lock: StoreLockHolder | undefined): SiteRun[] {
  const runs = summaries.map((run): SiteRun => ({
    runId: run.runId,
    start: run.start,
    durationMs: run.durationMs,
    outcome: lock?.runId === run.runId ? "running" : run.outcome,
    taskCount: run.tasks.length,
    failedCount: run.counts.failed,
    upToDate: run.upToDate,
    failures: run.tasks
      .filter((t) => t.status === "failed" || t.status === "cancelled")
      .map((t) => task(taskTuple(t))),
  }));
  if (lock && !runs.some((r) => r.runId === lock.runId))
    runs.unshift({
      runId: lock.runId,
      start: lock.startedAt,
      durationMs: 0,
      outcome: "running",
      taskCount: 0,
      failedCount: 0,
      upToDate: 0,
      failures: [],
    });
  return runs;
}

/** The partitions whose latest task (of any run) failed, newest first. */
function failingNow(events: readonly EventRecord[]): SiteTask[] {
  const latest = new Map<string, EventRecord>();
  for (const e of events)
    if (e.status !== "skipped") latest.set(`${e.asset}\u0000${e.partition}`, e);
  return [...latest.values()]
    .filter((e) => e.status === "failed")
    .sort((a, b) => (a.end < b.end ? 1 : a.end > b.end ? -1 : 0))
    .map((e) => task(taskTuple(e)));
}

/** Every asset of the graph, laid out, with its partitions' states (key lists shared). */
function siteAssets(
  graph: AssetGraph,
  rows: readonly AssetStatus[],
): { assets: SiteAsset[]; keySets: string[][]; width: number; height: number } {
  const byAsset = new Map<string, AssetStatus[]>();
  for (const row of rows) {
    const list = byAsset.get(row.asset) ?? [];
    list.push(row);
    byAsset.set(row.asset, list);
  }
  const keySets: string[][] = [];
  const setIndex = new Map<string, number>();
  const layout = layoutGraph(graph.assets.map((a) => ({ id: a.id, deps: a.deps, label: a.id })));
  const assets = graph.assets.map((asset): SiteAsset => {
    const own = byAsset.get(asset.id) ?? [];
    const states = own.map(partitionState);
    const keys = own.map((r) => r.partition);
    const joined = keys.join("\u0000");
    let index = setIndex.get(joined);
    if (index === undefined) setIndex.set(joined, (index = keySets.push(keys) - 1));
    const place = layout.placed.get(asset.id) ?? { x: 0, y: 0, w: 0, h: 0 };
    return {
      id: asset.id,
      kind: asset.kind,
      group: asset.group,
      deps: [...asset.deps],
      ...place,
      state: worst(states),
      keys: index,
      states: states.map((s) => STATE_CODES[s]).join(""),
    };
  });
  return { assets, keySets, width: layout.width, height: layout.height };
}
