import type { EventRecord } from "../store/events.js";
import type { RunSummary } from "./runs.js";
import {
  assetFile,
  ASSETS_GLOBAL,
  runFile,
  RUNS_GLOBAL,
  type AssetHistory,
  type MaterialisationTuple,
  type TaskTuple,
} from "./site-data.js";

/** A script that sets `window[global][key]` (a script loads from file://, where fetch cannot). */
export function assignScript(global: string, key: string, value: unknown): string {
  const json = (v: unknown): string => JSON.stringify(v).replace(/</g, "\\u003c");
  return `(window.${global} ??= {})[${json(key)}] = ${json(value)};\n`;
}

/** Per asset, per partition key, its materialisations oldest first (no up-to-date records). */
export function historiesOf(
  events: readonly EventRecord[],
  assets: readonly string[],
): Map<string, AssetHistory> {
  const byAsset = new Map<string, AssetHistory>(assets.map((id) => [id, {}]));
  for (const e of events) {
    if (e.status === "skipped") continue;
    const history = byAsset.get(e.asset);
    if (!history) continue;
    const m: MaterialisationTuple = [e.runId, e.status, e.end, e.durationMs, e.metadata];
    if (e.error !== undefined) m[5] = e.error;
    (history[e.partition] ??= []).push(m);
  }
  return byAsset;
}

export function taskTuple(t: EventRecord): TaskTuple {
  const tuple: TaskTuple = [t.asset, t.partition, t.status, t.start, t.durationMs];
  if (t.error !== undefined) tuple[5] = t.error;
  return tuple;
}

/** The on-demand files: `data/asset-<id>.js` per asset, `data/run-<id>.js` per run listed. */
export function detailFiles(
  histories: ReadonlyMap<string, AssetHistory>,
  runs: readonly Pick<RunSummary, "runId" | "tasks">[],
): Map<string, string> {
  const files = new Map<string, string>();
  for (const [id, history] of histories)
    files.set(assetFile(id), assignScript(ASSETS_GLOBAL, id, history));
  for (const run of runs)
    files.set(runFile(run.runId), assignScript(RUNS_GLOBAL, run.runId, run.tasks.map(taskTuple)));
  return files;
}
