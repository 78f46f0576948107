import type { ParseArgsConfig } from "node:util";
import { z } from "zod";
import { describeIssue } from "../core/diagnostics.js";
import { UsageError } from "../core/errors.js";
import type { Colors, Verbosity } from "./terminal.js";

export type OptionSpec = NonNullable<ParseArgsConfig["options"]>;

export interface Output {
  write(text: string): void;
  /** Resolves once what was written has mostly been taken by the reader (a process's pipe). */
  drain?(): Promise<void>;
  isTTY?: boolean;
  /** The terminal's width in columns, when it is one. */
  columns?: number;
}

/** What every command receives: global settings already resolved, its own flags parsed. */
export interface CommandContext {
  root: string;
  store: string;
  positionals: string[];
  flags: Record<string, string | boolean | string[] | undefined>;
  stdout: Output;
  stderr: Output;
  env: NodeJS.ProcessEnv;
  signal: AbortSignal;
  /** `--quiet`, `--verbose`, or neither. */
  verbosity: Verbosity;
  /** Colour for what goes to stdout and to stderr (each off unless that stream may have it). */
  colors: { out: Colors; err: Colors };
}

export interface Command {
  name: string;
  /** Usage line after `lifecycle <name>`, e.g. `[--format text|json|github]`. */
  usage: string;
  /** Extra help text: one option or note per line. */
  details?: string;
  options: OptionSpec;
  /** Resolves to the process exit code: 0 ok, 1 a stage failed, 2 bad usage or configuration. */
  run(context: CommandContext): Promise<number>;
}

/** Validate a command's flags with a zod schema; failures become usage errors naming the flag. */
export function parseFlags<S extends z.ZodType>(
  schema: S,
  flags: CommandContext["flags"],
): z.infer<S> {
  const result = schema.safeParse(flags);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const flag = issue?.path[0];
  const received = typeof flag === "string" ? flags[flag] : undefined;
  throw new UsageError(
    `--${String(flag)}: ${issue ? describeIssue(issue) : "is not valid"} (received ${JSON.stringify(received)})`,
  );
}

export const formatFlag = z.enum(["text", "json", "github"]).default("text");

/** For commands that take flags only: a stray argument is a usage error, with a hint. */
export function expectNoArguments(context: CommandContext, command: string, hint = ""): void {
  if (context.positionals.length === 0) return;
  const received = JSON.stringify(context.positionals.join(" "));
  throw new UsageError(`${command} takes no arguments (received ${received})${hint}`);
}
