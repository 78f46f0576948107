import type { Diagnostic } from "../core/diagnostics.js";
import type { Progress } from "../core/progress.js";
import type { EventRecord } from "../store/events.js";

/** One unit of work: an asset for one partition (a dataset version for ingest assets). */
export interface TaskRef {
  /** `<asset>@<partition>`, unique within a run. */
  id: string;
  asset: string;
  partition: string;
}

export type TaskProgress = Progress;

export type TaskOutcome = "success" | "skipped" | "failed" | "cancelled" | "blocked";

export interface PlannedTask extends TaskRef {
  /** Ids of the tasks of this run it waits for. */
  after: readonly string[];
  /** Why an ingest runs: `selected`, or `needed` because a product reads a version not in the store. */
  reason?: string;
}

/**
 * What a run reports, in order: `run-planned`, then per task `task-started` (only when it really
 * runs: a stage found up to date goes straight to `task-skipped`), its log lines and one final
 * event, then `run-finished`.
 */
export type RunEvent =
  | {
      type: "run-planned";
      /** Configuration warnings (e.g. a recipe input with no ingest template). */
      warnings?: readonly Diagnostic[];
      runId: string;
      tasks: readonly PlannedTask[];
      dryRun: boolean;
      concurrency: number;
    }
  | { type: "task-started"; task: TaskRef }
  | { type: "task-log"; task: TaskRef; line: string }
  | { type: "task-progress"; task: TaskRef; progress: TaskProgress }
  | { type: "task-skipped"; task: TaskRef; record: EventRecord }
  | { type: "task-succeeded"; task: TaskRef; record: EventRecord }
  | { type: "task-failed"; task: TaskRef; record: EventRecord; error: string }
  | { type: "task-cancelled"; task: TaskRef; record?: EventRecord }
  | { type: "task-blocked"; task: TaskRef; blockedBy: string }
  | { type: "task-dry-run"; task: TaskRef; wouldRun: boolean; reason: string }
  | { type: "run-finished"; runId: string; summary: RunSummary; durationMs: number };

export type RunSummary = Record<TaskOutcome, number>;

/** Receives a run's progress. The CLI prints it to a terminal; the GitHub action writes logs and a summary. */
export interface RunReporter {
  report(event: RunEvent): void;
}

/** A reporter that keeps every event (tests, and callers who want the whole story afterwards). */
export class RecordingReporter implements RunReporter {
  readonly events: RunEvent[] = [];
  report(event: RunEvent): void {
    this.events.push(event);
  }
}

export function emptySummary(): RunSummary {
  return { success: 0, skipped: 0, failed: 0, cancelled: 0, blocked: 0 };
}
