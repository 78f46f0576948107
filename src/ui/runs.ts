import { RUN_ASSET } from "../engine/materialize.js";
import type { EventRecord } from "../store/events.js";
import { byStage, splitError } from "./summary-markdown.js";
import { seconds, textTable } from "./table.js";

export interface RunSummary {
  runId: string;
  start: string;
  end: string;
  durationMs: number;
  counts: Record<EventRecord["status"], number>;
  outcome: "success" | "failed" | "cancelled";
  /** The records of the tasks that ran (a run adds none for the tasks it found up to date). */
  tasks: EventRecord[];
  /** Tasks found up to date: the run's one `@run` record counts them. */
  upToDate: number;
}

/** Every task of a run, the ones found up to date included. */
export function taskCount(run: RunSummary): number {
  return run.tasks.length + run.upToDate;
}

/** Every run in the log, newest first, with its records in the order they landed. */
export function groupRuns(events: readonly EventRecord[]): RunSummary[] {
  const byRun = new Map<string, EventRecord[]>();
  for (const event of events) {
    const list = byRun.get(event.runId) ?? [];
    list.push(event);
    byRun.set(event.runId, list);
  }
  return [...byRun].map(([runId, tasks]) => summarise(runId, tasks)).sort(newestFirst);
}

function newestFirst(a: RunSummary, b: RunSummary): number {
  return a.start < b.start ? 1 : a.start > b.start ? -1 : a.runId < b.runId ? 1 : -1;
}

function summarise(runId: string, records: EventRecord[]): RunSummary {
  const counts = { success: 0, failed: 0, cancelled: 0, skipped: 0 };
  const tasks = records.filter((r) => r.asset !== RUN_ASSET);
  const upToDate = records
    .filter((r) => r.asset === RUN_ASSET)
    .reduce((n, r) => n + (typeof r.metadata.skipped === "number" ? r.metadata.skipped : 0), 0);
  for (const task of tasks) counts[task.status] += 1;
  counts.skipped += upToDate;
  const start = records.map((t) => t.start).reduce((a, b) => (b < a ? b : a));
  const end = records.map((t) => t.end).reduce((a, b) => (b > a ? b : a));
  return {
    runId,
    start,
    end,
    durationMs: Date.parse(end) - Date.parse(start),
    counts,
    outcome: counts.failed > 0 ? "failed" : counts.cancelled > 0 ? "cancelled" : "success",
    tasks,
    upToDate,
  };
}

/** `lifecycle runs`: one line per run, newest first. */
export function formatRuns(runs: readonly RunSummary[]): string {
  if (runs.length === 0) return "(no runs recorded in this store)\n";
  const rows = runs.map((r) => [
    r.runId,
    r.outcome,
    r.start,
    seconds(r.durationMs),
    String(taskCount(r)),
    String(r.counts.failed),
    String(r.counts.skipped),
  ]);
  return textTable(["RUN", "OUTCOME", "STARTED", "TOOK", "TASKS", "FAILED", "UP-TO-DATE"], rows);
}

/** `lifecycle runs ID`: failures first with their error and log tail, then every task. */
export function formatRun(run: RunSummary): string {
  const head = `run ${run.runId}: ${run.outcome}, ${taskCount(run)} tasks in ${seconds(run.durationMs)} (started ${run.start})\n`;
  const failures = run.tasks
    .filter((t) => t.status === "failed" || t.status === "cancelled")
    .sort(byStage)
    .map((t) => {
      const { line, tail } = splitError(t.error);
      const log = tail.map((l) => `    | ${l}\n`).join("");
      return `\n${t.status.toUpperCase()} ${t.asset} @ ${t.partition}\n  ${line}\n${log}`;
    });
  const rows = [...run.tasks]
    .sort(byStage)
    .map((t) => [t.asset, t.partition, t.status, seconds(t.durationMs)]);
  const table = textTable(["ASSET", "PARTITION", "STATUS", "TOOK"], rows);
  return `${head}${failures.join("")}\n${table}`;
}
