import type { Output } from "../cli/command.js";
import { fitToWidth } from "../cli/fit-width.js";
import { colors as makeColors, terminalColumns, type Colors } from "../cli/terminal.js";
import type { Verbosity } from "../cli/terminal.js";
import { formatDiagnostics } from "../core/diagnostics.js";
import type { Progress } from "../core/progress.js";
import type { RunEvent, RunReporter, TaskRef } from "./reporter.js";

const FAILURE_LOG_LINES = 30;

export interface ConsoleReporterOptions {
  /** Keep one status line at the bottom (default: when `out` is a terminal). */
  live?: boolean;
  /** Default: no colour. */
  colors?: Colors;
  /** quiet: failures, warnings and the result only; verbose: every task's output as it comes. */
  verbosity?: Verbosity;
}

/**
 * Progress for a terminal. Not a TTY: one plain line per event, command output prefixed with its
 * task. A TTY: finished tasks scroll by, and one status line at the bottom shows what runs now
 * (with bytes downloaded and rows read), cut to the terminal's width so it never wraps; command
 * output is kept and shown only for a task that fails.
 */
export class ConsoleReporter implements RunReporter {
  private readonly live: boolean;
  private readonly c: Colors;
  private readonly verbosity: Verbosity;
  private readonly running = new Map<string, { task: TaskRef; progress?: Progress }>();
  private readonly logs = new Map<string, string[]>();
  private total = 0;
  private done = 0;
  private statusShown = false;
  private dryRun = { on: false, wouldRun: 0, upToDate: 0 };

  constructor(
    private readonly out: Output,
    options: ConsoleReporterOptions = {},
  ) {
    this.verbosity = options.verbosity ?? "normal";
    this.live = (options.live ?? out.isTTY === true) && this.verbosity !== "quiet";
    this.c = options.colors ?? makeColors(false);
  }

  report(event: RunEvent): void {
    const c = this.c;
    switch (event.type) {
      case "run-planned":
        return this.planned(event);
      case "task-started":
        this.running.set(event.task.id, { task: event.task });
        return this.live ? this.status() : this.info(`start    ${name(event.task)}`);
      case "task-log":
        return this.log(event.task, event.line);
      case "task-progress":
        return this.progress(event.task, event.progress);
      case "task-succeeded":
        return this.finish(
          event.task,
          `${c.green("ok")}       ${name(event.task)} ${c.dim(`(${seconds(event.record.durationMs)})`)}`,
        );
      case "task-skipped":
        return this.finish(event.task, c.dim(`skipped  ${name(event.task)} (up to date)`));
      case "task-failed":
        return this.finish(
          event.task,
          `${c.red(c.bold("FAILED"))}   ${name(event.task)}: ${event.error}`,
          "always",
        );
      case "task-cancelled":
        return this.finish(event.task, `${c.yellow("cancelled")} ${name(event.task)}`, "always");
      case "task-blocked":
        return this.finish(
          event.task,
          `${c.yellow("blocked")}  ${name(event.task)}: ${event.blockedBy} did not succeed`,
          "always",
        );
      case "task-dry-run":
        return this.dryRunLine(event);
      case "run-finished":
        return this.finished(event);
    }
  }

  private planned(event: Extract<RunEvent, { type: "run-planned" }>): void {
    this.total = event.tasks.length;
    this.dryRun.on = event.dryRun;
    for (const warning of event.warnings ?? [])
      this.line(this.c.yellow(formatDiagnostics([warning], "text")));
    this.info(
      `${event.dryRun ? "dry run: " : ""}${event.tasks.length} task(s), concurrency ${event.concurrency}, run ${event.runId}`,
    );
  }

  private dryRunLine(event: Extract<RunEvent, { type: "task-dry-run" }>): void {
    if (event.wouldRun) this.dryRun.wouldRun++;
    else this.dryRun.upToDate++;
    const label = event.wouldRun ? this.c.cyan("would run") : this.c.dim("up to date");
    this.line(`${label}  ${name(event.task)}${event.wouldRun ? `: ${event.reason}` : ""}`);
  }

  private finished(event: Extract<RunEvent, { type: "run-finished" }>): void {
    if (this.dryRun.on)
      return this.line(
        `dry run: ${this.dryRun.wouldRun} would run, ${this.dryRun.upToDate} up to date`,
      );
    const s = event.summary;
    const c = this.c;
    const count = (n: number, text: string, paint: (t: string) => string) =>
      n > 0 ? paint(`${n} ${text}`) : `${n} ${text}`;
    const parts = [
      count(s.success, "succeeded", c.green),
      `${s.skipped} skipped`,
      count(s.failed, "failed", (t) => c.red(c.bold(t))),
      count(s.blocked, "blocked", c.yellow),
      count(s.cancelled, "cancelled", c.yellow),
    ];
    this.line(`done in ${seconds(event.durationMs)}: ${parts.join(", ")}`);
  }

  private log(task: TaskRef, line: string): void {
    if (!this.live && this.verbosity !== "quiet") return this.line(`  ${name(task)} | ${line}`);
    if (this.verbosity === "verbose") this.line(this.c.dim(`  ${name(task)} | ${line}`));
    const kept = this.logs.get(task.id) ?? [];
    kept.push(line);
    if (kept.length > FAILURE_LOG_LINES) kept.shift();
    this.logs.set(task.id, kept);
  }

  private progress(task: TaskRef, progress: Progress): void {
    const entry = this.running.get(task.id);
    if (!entry) return;
    entry.progress = progress;
    if (this.live) this.status();
  }

  private finish(task: TaskRef, text: string, show: "always" | "normal" = "normal"): void {
    this.running.delete(task.id);
    this.done++;
    if (show === "always") {
      this.line(text);
      // Not live, the output was printed as it came; live (or quiet) it was kept for now.
      if (this.live || this.verbosity === "quiet")
        for (const line of this.logs.get(task.id) ?? []) this.line(this.c.dim(`  | ${line}`));
    } else {
      this.info(text);
    }
    this.logs.delete(task.id);
    if (this.live) this.status();
  }

  /** A line that --quiet leaves out. */
  private info(text: string): void {
    if (this.verbosity !== "quiet") this.line(text);
  }

  private line(text: string): void {
    this.clearStatus();
    this.out.write(`${text}\n`);
  }

  private status(): void {
    this.clearStatus();
    const names = [...this.running.values()].map(
      ({ task, progress }) => `${name(task)}${progress ? ` ${describeProgress(progress)}` : ""}`,
    );
    const shown = names.slice(0, 3).join(", ") + (names.length > 3 ? ` +${names.length - 3}` : "");
    const text = `${this.c.cyan(`[${this.done}/${this.total}]`)} running: ${shown || "-"}`;
    // One column short of the width: writing the last column makes some terminals wrap.
    this.out.write(fitToWidth(text, terminalColumns(this.out) - 1));
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

export function describeProgress(progress: Progress): string {
  if (progress.what === "rows") return `${progress.rows.toLocaleString("en-US")} rows`;
  const total = progress.totalBytes === undefined ? "" : ` of ${bytes(progress.totalBytes)}`;
  return `${bytes(progress.bytes)}${total}`;
}

function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ["KB", "MB", "GB", "TB"];
  let value = n / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit] ?? "TB"}`;
}
