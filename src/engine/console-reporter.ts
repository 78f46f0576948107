import type { Output } from "../cli/command.js";
import { formatDiagnostics } from "../core/diagnostics.js";
import type { RunEvent, RunReporter, TaskRef } from "./reporter.js";

const FAILURE_LOG_LINES = 30;

/**
 * Progress for a terminal. Not a TTY: one plain line per event, command output prefixed with its
 * task. A TTY: finished tasks scroll by, and one status line at the bottom shows what runs now;
 * command output is kept and shown only for a task that fails.
 */
export class ConsoleReporter implements RunReporter {
  private readonly live: boolean;
  private readonly running = new Map<string, TaskRef>();
  private readonly logs = new Map<string, string[]>();
  private total = 0;
  private done = 0;
  private statusShown = false;
  private dryRun = { on: false, wouldRun: 0, upToDate: 0 };

  constructor(
    private readonly out: Output,
    options: { live?: boolean } = {},
  ) {
    this.live = options.live ?? out.isTTY === true;
  }

  report(event: RunEvent): void {
    switch (event.type) {
      case "run-planned":
        this.total = event.tasks.length;
        this.dryRun.on = event.dryRun;
        for (const warning of event.warnings ?? []) this.line(formatDiagnostics([warning], "text"));
        return this.line(
          `${event.dryRun ? "dry run: " : ""}${event.tasks.length} task(s), concurrency ${event.concurrency}, run ${event.runId}`,
        );
      case "task-started":
        this.running.set(event.task.id, event.task);
        return this.live ? this.status() : this.line(`start    ${name(event.task)}`);
      case "task-log":
        return this.log(event.task, event.line);
      case "task-succeeded":
        return this.finish(
          event.task,
          `ok       ${name(event.task)} (${seconds(event.record.durationMs)})`,
        );
      case "task-skipped":
        return this.finish(event.task, `skipped  ${name(event.task)} (up to date)`);
      case "task-failed":
        return this.finish(event.task, `FAILED   ${name(event.task)}: ${event.error}`, true);
      case "task-cancelled":
        return this.finish(event.task, `cancelled ${name(event.task)}`);
      case "task-blocked":
        return this.finish(
          event.task,
          `blocked  ${name(event.task)}: ${event.blockedBy} did not succeed`,
        );
      case "task-dry-run":
        if (event.wouldRun) this.dryRun.wouldRun++;
        else this.dryRun.upToDate++;
        return this.line(
          `${event.wouldRun ? "would run" : "up to date"}  ${name(event.task)}${event.wouldRun ? `: ${event.reason}` : ""}`,
        );
      case "run-finished": {
        if (this.dryRun.on)
          return this.line(
            `dry run: ${this.dryRun.wouldRun} would run, ${this.dryRun.upToDate} up to date`,
          );
        const s = event.summary;
        const parts = [
          `${s.success} succeeded`,
          `${s.skipped} skipped`,
          `${s.failed} failed`,
          `${s.blocked} blocked`,
          `${s.cancelled} cancelled`,
        ];
        return this.line(`done in ${seconds(event.durationMs)}: ${parts.join(", ")}`);
      }
    }
  }

  private log(task: TaskRef, line: string): void {
    if (!this.live) return this.line(`  ${name(task)} | ${line}`);
    const kept = this.logs.get(task.id) ?? [];
    kept.push(line);
    if (kept.length > FAILURE_LOG_LINES) kept.shift();
    this.logs.set(task.id, kept);
  }

  private finish(task: TaskRef, text: string, showLog = false): void {
    this.running.delete(task.id);
    this.done++;
    this.line(text);
    if (showLog && this.live)
      for (const line of this.logs.get(task.id) ?? []) this.line(`  | ${line}`);
    this.logs.delete(task.id);
    if (this.live) this.status();
  }

  private line(text: string): void {
    this.clearStatus();
    this.out.write(`${text}\n`);
  }

  private status(): void {
    this.clearStatus();
    const names = [...this.running.values()].map(name);
    const shown = names.slice(0, 3).join(", ") + (names.length > 3 ? ` +${names.length - 3}` : "");
    this.out.write(`[${this.done}/${this.total}] running: ${shown || "-"}`.slice(0, 160));
    this.statusShown = true;
  }

  private clearStatus(): void {
    if (this.statusShown) this.out.write("\r\x1b[2K");
    this.statusShown = false;
  }
}

function name(task: TaskRef): string {
  return `${task.asset} [${task.partition}]`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}
