import { z } from "zod";
import { newRunId } from "../store/events.js";
import { withStoreLock } from "../store/lock.js";
import type { CommandContext, OptionSpec } from "./command.js";

/** `--lock-timeout SECONDS` of the commands that write the store (zod, for a command's flag schema). */
export const lockTimeoutFlag = z
  .string()
  .regex(/^\d+(\.\d+)?$/, { message: "expected a number of seconds, 0 or more" })
  .transform(Number)
  .optional();

export const lockTimeoutOption: OptionSpec = { "lock-timeout": { type: "string" } };

/** The help lines of `--lock-timeout`, descriptions starting at `column` like the command's others. */
export function lockTimeoutHelp(column: number): string {
  const label = "  --lock-timeout S";
  const pad = " ".repeat(column);
  const first = label.length < column ? label.padEnd(column) : `${label}\n${pad}`;
  return `${first}if another lifecycle run is writing the store, wait up to S seconds
${pad}for it (default 0: fail at once, exit code 2, naming the other run)`;
}

export interface CommandLockSettings {
  command: string;
  timeoutSeconds: number | undefined;
  log: (line: string) => void;
}

/** How a CLI command holds the store lock: named after the command, messages to stderr. */
export function commandLock(
  context: CommandContext,
  command: string,
  timeoutSeconds: number | undefined,
): CommandLockSettings {
  return {
    command,
    timeoutSeconds,
    log: (line) => context.stderr.write(`lifecycle: ${line}\n`),
  };
}

/** Run `use` holding the store lock, for commands that write the store outside `materialize`. */
export function withCommandLock<T>(
  context: CommandContext,
  command: string,
  timeoutSeconds: number | undefined,
  use: (runId: string) => Promise<T>,
): Promise<T> {
  const runId = newRunId();
  const settings = commandLock(context, command, timeoutSeconds);
  return withStoreLock({ ...settings, store: context.store, runId, signal: context.signal }, () =>
    use(runId),
  );
}
