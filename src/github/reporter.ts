import type { RunEvent, RunReporter, TaskRef } from "../engine/reporter.js";
import type { EventRecord } from "../store/events.js";
import { cell, formatDuration, type WorkflowIo } from "./workflow-io.js";

export interface SummaryRow {
  asset: string;
  partition: string;
  status: string;
  durationMs: number | undefined;
  metadata: string;
}

const MAX_LOG_LINES_IN_ANNOTATION = 20;
const MAX_METADATA_FIELDS = 4;

/**
 * Reports a run in a GitHub job: each task's log in a collapsed group (buffered, so concurrent
 * tasks do not interleave), an error annotation per failure, and a summary table at the end.
 */
export class GitHubRunReporter implements RunReporter {
  readonly rows: SummaryRow[] = [];
  private readonly logs = new Map<string, string[]>();
  failed = 0;

  constructor(private readonly io: WorkflowIo) {}

  report(event: RunEvent): void {
    switch (event.type) {
      case "run-planned":
        this.io.info(`lifecycle: ${event.tasks.length} tasks${event.dryRun ? " (dry run)" : ""}`);
        for (const task of event.tasks) this.io.info(`  ${task.asset} @ ${task.partition}`);
        return;
      case "task-started":
        this.logs.set(event.task.id, []);
        this.io.info(`started ${label(event.task)}`);
        return;
      case "task-log": {
        const lines = this.logs.get(event.task.id) ?? [];
        lines.push(event.line);
        this.logs.set(event.task.id, lines);
        return;
      }
      case "task-skipped":
        return this.finish(event.task, "skipped (up to date)", event.record);
      case "task-succeeded":
        return this.finish(event.task, "success", event.record);
      case "task-failed":
        this.failed += 1;
        this.annotateFailure(event.task, event.error);
        return this.finish(event.task, "failed", event.record);
      case "task-cancelled":
        this.failed += 1;
        return this.finish(event.task, "cancelled", event.record);
      case "task-blocked":
        return this.finish(event.task, `blocked by ${event.blockedBy}`, undefined);
      case "run-finished": {
        const s = event.summary;
        this.io.info(
          `lifecycle: ${s.success} succeeded, ${s.skipped} skipped, ${s.failed} failed, ${s.cancelled} cancelled, ${s.blocked} blocked in ${formatDuration(event.durationMs)}`,
        );
        return;
      }
    }
  }

  private finish(task: TaskRef, status: string, record: EventRecord | undefined): void {
    const lines = this.logs.get(task.id) ?? [];
    this.logs.delete(task.id);
    const duration = record ? ` in ${formatDuration(record.durationMs)}` : "";
    this.io.group(`${label(task)}: ${status}${duration}`, lines);
    this.rows.push({
      asset: task.asset,
      partition: task.partition,
      status,
      durationMs: record?.durationMs,
      metadata: record ? metadataText(record.metadata) : "",
    });
  }

  private annotateFailure(task: TaskRef, error: string): void {
    const tail = (this.logs.get(task.id) ?? []).slice(-MAX_LOG_LINES_IN_ANNOTATION);
    const message =
      tail.length > 0 ? `${error}\n\nlast lines of output:\n${tail.join("\n")}` : error;
    this.io.annotate("error", message, { title: `${label(task)} failed` });
  }

  /** The markdown table of every task finished so far. */
  summaryTable(): string {
    if (this.rows.length === 0) return "_Nothing ran._\n";
    const head =
      "| asset | partition | status | duration | metadata |\n| --- | --- | --- | --- | --- |\n";
    const body = this.rows
      .map((r) => {
        const duration = r.durationMs === undefined ? "" : formatDuration(r.durationMs);
        return `| ${cell(r.asset)} | ${cell(r.partition)} | ${cell(r.status)} | ${duration} | ${cell(r.metadata)} |`;
      })
      .join("\n");
    return `${head}${body}\n`;
  }
}

function label(task: TaskRef): string {
  return `${task.asset} @ ${task.partition}`;
}

function metadataText(metadata: Record<string, unknown>): string {
  return Object.entries(metadata)
    .filter(([, v]) => v === null || ["string", "number", "boolean"].includes(typeof v))
    .slice(0, MAX_METADATA_FIELDS)
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(", ");
}
