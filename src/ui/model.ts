import { defaultDeps } from "../engine/defaults.js";
import { graphSourceOf } from "../engine/deps.js";
import { assetStatus, type AssetStatus } from "../engine/status.js";
import { buildAssetGraph, type AssetGraph } from "../graph/graph.js";
import { readStoreLock } from "../store/lock.js";
import { readEvents, type EventRecord } from "../store/events.js";
import { StoreLayout } from "../store/layout.js";
import { layoutGraph } from "./layout.js";
import { withLogTails } from "./log-tail.js";
import { partitionState } from "./rollup.js";
import { groupRuns } from "./runs.js";
import type { SiteAsset, SiteData, SiteMaterialisation, SiteState } from "./site-data.js";

export interface SiteOptions {
  root: string;
  store: string;
  /** Fixed for reproducible output (tests, the same store gives the same site). */
  now?: Date;
  /** How many runs the site lists, newest first. */
  maxRuns?: number;
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
export async function buildSiteData(options: SiteOptions): Promise<SiteData> {
  const { project } = await defaultDeps().loadProject(options.root);
  const graph = buildAssetGraph(graphSourceOf(project));
  const rows = await assetStatus({ root: options.root, store: options.store });
  const events = await withLogTails(await readEvents(new StoreLayout(options.store)));
  const lock = await readStoreLock(options.store);
  const { assets, width, height } = siteAssets(graph, rows);
  const runs = groupRuns(events)
    .slice(0, options.maxRuns ?? 200)
    .map((run) => ({
      runId: run.runId,
      start: run.start,
      durationMs: run.durationMs,
      outcome: lock?.runId === run.runId ? "running" : run.outcome,
      tasks: run.tasks.map((t) => ({
        asset: t.asset,
        partition: t.partition,
        status: t.status,
        start: t.start,
        durationMs: t.durationMs,
        ...(t.error !== undefined ? { error: t.error } : {}),
      })),
    }));
  if (lock && !runs.some((r) => r.runId === lock.runId))
    runs.unshift({
      runId: lock.runId,
      start: lock.startedAt,
      durationMs: 0,
      outcome: "running",
      tasks: [],
    });
  return {
    generatedAt: (options.now ?? new Date()).toISOString(),
    store: options.store,
    ...(lock
      ? { running: { runId: lock.runId, command: lock.command, startedAt: lock.startedAt } }
      : {}),
    width,
    height,
    assets,
    runs,
    history: historyOf(events),
  };
}

/** Every asset of the graph, laid out, with its partitions' states. */
function siteAssets(
  graph: AssetGraph,
  rows: readonly AssetStatus[],
): { assets: SiteAsset[]; width: number; height: number } {
  const byAsset = new Map<string, AssetStatus[]>();
  for (const row of rows) byAsset.set(row.asset, [...(byAsset.get(row.asset) ?? []), row]);
  const layout = layoutGraph(graph.assets.map((a) => ({ id: a.id, deps: a.deps, label: a.id })));
  const assets = graph.assets.map((asset): SiteAsset => {
    const own = byAsset.get(asset.id) ?? [];
    const states = own.map(partitionState);
    const place = layout.placed.get(asset.id) ?? { x: 0, y: 0, w: 0, h: 0 };
    return {
      id: asset.id,
      kind: asset.kind,
      group: asset.group,
      deps: [...asset.deps],
      ...place,
      state: worst(states),
      partitions: own.map((r) => r.partition),
      states,
    };
  });
  return { assets, width: layout.width, height: layout.height };
}

function historyOf(events: readonly EventRecord[]): Record<string, SiteMaterialisation[]> {
  const history: Record<string, SiteMaterialisation[]> = {};
  for (const e of events) {
    if (e.status === "skipped") continue;
    const key = `${e.asset}\u0000${e.partition}`;
    (history[key] ??= []).push({
      runId: e.runId,
      status: e.status,
      end: e.end,
      durationMs: e.durationMs,
      ...(e.error !== undefined ? { error: e.error } : {}),
      metadata: e.metadata,
    });
  }
  return history;
}
