import { createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import { once } from "node:events";
import path from "node:path";
import { StageFailure } from "../core/errors.js";
import type { RunResult } from "../process/runner.js";
import { safeSegment, type StageName } from "../store/layout.js";
import type { StageContext } from "./types.js";

export interface NamedCommand {
  name: string;
  run: string;
}

export interface CommandRecord {
  attempt: number;
  index: number;
  name: string;
  run: string;
  log: string;
  exitCode: number | null;
  signal: string | null;
  durationMs: number;
  timedOut: boolean;
  cancelled: boolean;
}

export interface CommandListOptions {
  ctx: StageContext;
  commands: NamedCommand[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Directory for `<n>-<name>.log` files. */
  logDir: string;
  /** Milliseconds since the epoch by which every command must have finished. */
  deadline?: number | undefined;
  attempt: number;
  records: CommandRecord[];
}

/**
 * Run commands in order, stopping at the first failure. Output is streamed to `ctx.log` line by
 * line and appended to the command's log file. Every run is pushed onto `records`. Resolves to the
 * failed record, or undefined when all succeeded.
 */
export async function runCommandList(
  options: CommandListOptions,
): Promise<CommandRecord | undefined> {
  await fs.mkdir(options.logDir, { recursive: true });
  for (const [i, command] of options.commands.entries()) {
    const record = await runOne(options, command, i + 1);
    options.records.push(record);
    if (record.exitCode !== 0) return record;
  }
  return undefined;
}

async function runOne(
  options: CommandListOptions,
  command: NamedCommand,
  index: number,
): Promise<CommandRecord> {
  const { ctx } = options;
  const logName = `${index}-${safeSegment(command.name)}.log`;
  const logFile = path.join(options.logDir, logName);
  const log = createWriteStream(logFile, { flags: "a" });
  // A failed write (a full disk) fails the command's stage once the command is done, naming the
  // error; without a listener it would be an uncaught exception.
  let logError: Error | undefined;
  log.on("error", (error) => {
    logError ??= error;
  });
  const streams = { stdout: new LineSplitter(ctx.log), stderr: new LineSplitter(ctx.log) };
  let done: CommandRecord;
  try {
    const header = `$ ${command.run}${options.attempt > 1 ? `   (attempt ${options.attempt})` : ""}`;
    ctx.log(`[${command.name}] ${header}`);
    log.write(`${header}\n`);
    const timeoutMs =
      options.deadline === undefined ? undefined : Math.max(1, options.deadline - Date.now());
    const result: RunResult = await ctx.runner.run(command.run, {
      cwd: options.cwd,
      env: options.env,
      signal: ctx.signal,
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
      onOutput: (chunk, stream) => {
        log.write(chunk);
        streams[stream].push(chunk);
      },
    });
    streams.stdout.flush();
    streams.stderr.flush();
    const record: CommandRecord = {
      attempt: options.attempt,
      index,
      name: command.name,
      run: command.run,
      log: logName,
      exitCode: result.exitCode,
      signal: result.signal,
      durationMs: result.durationMs,
      timedOut: result.timedOut,
      cancelled: result.cancelled,
    };
    log.write(`# ${describeEnd(record)}\n`);
    done = record;
  } finally {
    log.end();
    if (!log.closed) await once(log, "close").catch(() => undefined);
  }
  if (logError) throw logError;
  return done;
}

export function describeEnd(record: CommandRecord): string {
  const took = `after ${(record.durationMs / 1000).toFixed(1)}s`;
  if (record.cancelled) return `cancelled ${took}`;
  if (record.timedOut) return `timed out ${took}`;
  if (record.exitCode === null) return `killed by ${record.signal ?? "a signal"} ${took}`;
  return `exit code ${record.exitCode} ${took}`;
}

export function commandFailure(
  record: CommandRecord,
  asset: string,
  partition: string,
  logDir: string,
): StageFailure {
  const where = path.join(logDir, record.log);
  return new StageFailure(
    `command "${record.name}" ${describeEnd(record)} (log: ${where})`,
    asset,
    partition,
  );
}

/** Turns output chunks into whole lines. */
class LineSplitter {
  private pending = "";
  constructor(private readonly emit: (line: string) => void) {}

  push(chunk: string): void {
    const lines = (this.pending + chunk).split(/\r?\n/);
    this.pending = lines.pop() ?? "";
    for (const line of lines) this.emit(line);
  }

  flush(): void {
    if (this.pending !== "") this.emit(this.pending);
    this.pending = "";
  }
}

/**
 * The staging directory of a failed stage is deleted, so its logs are copied beside the stage
 * outputs, to `<partition-dir>/<stage>.failed-logs/` (replaced by every failure). Resolves to where
 * the logs can be read.
 */
export async function keepFailedLogs(
  ctx: StageContext,
  stage: StageName,
  logDir: string,
): Promise<string> {
  const kept = path.join(
    ctx.layout.partitionDir(ctx.product.id, ctx.partition.key),
    `${stage}.failed-logs`,
  );
  try {
    await fs.rm(kept, { recursive: true, force: true });
    await fs.cp(logDir, kept, { recursive: true });
    return kept;
  } catch {
    return logDir;
  }
}
