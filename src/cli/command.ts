import type { ParseArgsConfig } from "node:util";
import { z } from "zod";
import { UsageError } from "../core/errors.js";

export type OptionSpec = NonNullable<ParseArgsConfig["options"]>;

export interface Output {
  write(text: string): void;
  isTTY?: boolean;
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
}

export interface Command {
  name: string;
  summary: string;
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
    `--${String(flag)}: ${issue?.message ?? "invalid"} (received ${JSON.stringify(received)})`,
  );
}

export const formatFlag = z.enum(["text", "json", "github"]).default("text");

/** For commands that take flags only: a stray argument is a usage error, with a hint. */
export function expectNoArguments(context: CommandContext, command: string, hint = ""): void {
  if (context.positionals.length === 0) return;
  const received = JSON.stringify(context.positionals.join(" "));
  throw new UsageError(`${command} takes no arguments (received ${received})${hint}`);
}
