import path from "node:path";
import { errorMessage, exitCodeFor, ConfigError, UsageError } from "../core/errors.js";
import { formatDiagnostics } from "../core/diagnostics.js";
import { LIFECYCLE_VERSION } from "../core/release.js";
import { parseOptions, splitCommand, unknownCommand, type ParsedArgs } from "./args.js";
import type { Command, CommandContext, Output } from "./command.js";
import { commands, type CommandEntry } from "./commands/index.js";
import {
  GLOBAL_OPTIONS,
  globalOptionSpec,
  globalOptionsHelp,
  VERSION_OPTION,
} from "./global-options.js";
import { colorEnabled, colors, type Verbosity } from "./terminal.js";

export interface CliIo {
  stdout: Output;
  stderr: Output;
  env: NodeJS.ProcessEnv;
  cwd: string;
  signal?: AbortSignal;
}

type Values = ParsedArgs["values"];

/** Run the CLI; resolves to the exit code. Never calls process.exit. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const leading = { ...globalOptionSpec(), [VERSION_OPTION.name]: VERSION_OPTION.spec };
  const { name, before, after } = splitCommand(argv, leading);
  let values: Values = {};
  try {
    values = parseOptions(before, leading, "lifecycle").values;
    if (values.version === true) {
      io.stdout.write(`lifecycle ${LIFECYCLE_VERSION}\n`);
      return 0;
    }
    if (name === undefined || name === "help") return await help(name, after, values, io);
    const entry = commands.find((c) => c.name === name);
    if (!entry) throw unknownCommand(name, commandNames());
    const command = await entry.load();
    const options = { ...globalOptionSpec(), ...leading, ...command.options };
    const parsed = parseOptions(after, options, name);
    values = { ...values, ...parsed.values };
    if (values.version === true && command.options.version === undefined) {
      io.stdout.write(`lifecycle ${LIFECYCLE_VERSION}\n`);
      return 0;
    }
    if (values.help === true) {
      io.stdout.write(commandHelp(entry, command));
      return 0;
    }
    return await command.run(await commandContext(parsed.positionals, values, io));
  } catch (error) {
    reportError(error, io, values);
    return exitCodeFor(error);
  }
}

function commandNames(): string[] {
  return [...commands.map((c) => c.name), "help"];
}

/** `lifecycle`, `lifecycle --help`, `lifecycle help [command]`. */
async function help(
  name: string | undefined,
  after: string[],
  values: Values,
  io: CliIo,
): Promise<number> {
  const topic = after.find((a) => !a.startsWith("-"));
  if (name === "help" && topic !== undefined) {
    const entry = commands.find((c) => c.name === topic);
    if (!entry) throw unknownCommand(topic, commandNames());
    io.stdout.write(commandHelp(entry, await entry.load()));
    return 0;
  }
  io.stdout.write(generalHelp());
  return name === undefined && values.help !== true ? 2 : 0;
}

async function commandContext(
  positionals: string[],
  values: Values,
  io: CliIo,
): Promise<CommandContext> {
  const root = path.resolve(io.cwd, stringFlag(values.root) ?? ".");
  // The store module loads the settings' schema (zod, yaml): only for a command that runs.
  const { resolveStoreUrl } = await import("../store/store.js");
  const store = await resolveStoreUrl(stringFlag(values.store), root, io.cwd, io.env);
  const colorFlag = values["no-color"] === true ? false : values.color === true ? true : undefined;
  return {
    root,
    store,
    positionals,
    flags: values,
    stdout: io.stdout,
    stderr: io.stderr,
    env: io.env,
    signal: io.signal ?? new AbortController().signal,
    verbosity: verbosityOf(values),
    colors: {
      out: colors(colorEnabled(io.stdout, io.env, colorFlag)),
      err: colors(colorEnabled(io.stderr, io.env, colorFlag)),
    },
  };
}

function verbosityOf(values: Values): Verbosity {
  if (values.quiet === true && values.verbose === true)
    throw new UsageError("--quiet and --verbose cannot be used together");
  if (values.quiet === true) return "quiet";
  return values.verbose === true ? "verbose" : "normal";
}

function stringFlag(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function reportError(error: unknown, io: CliIo, values: Values): void {
  const flag = values["no-color"] === true ? false : values.color === true ? true : undefined;
  const c = colors(colorEnabled(io.stderr, io.env, flag));
  if (error instanceof ConfigError && error.diagnostics.length > 0) {
    io.stderr.write(`${formatDiagnostics(error.diagnostics, "text")}\n`);
  }
  const expected = error instanceof UsageError || error instanceof ConfigError;
  const debug = Boolean(io.env.LIFECYCLE_DEBUG) || (values.verbose === true && !expected);
  const stack = debug && error instanceof Error ? `\n${c.dim(error.stack ?? "")}` : "";
  io.stderr.write(`${c.red(c.bold("lifecycle:"))} ${errorMessage(error)}${stack}\n`);
}

function generalHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const list = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n");
  return `Usage: lifecycle [global options] <command> [options]

Commands:
${list}

Global options (before or after the command):
${globalOptionsHelp()}
`;
}

export function commandHelp(entry: CommandEntry, command: Command): string {
  const details = command.details ? `\n${command.details.trimEnd()}\n` : "";
  return `Usage: lifecycle ${command.name} ${command.usage}

${entry.summary}
${details}
Global options: ${globalUsages()} (lifecycle --help for more)
`;
}

function globalUsages(): string {
  return GLOBAL_OPTIONS.filter((o) => o.usage !== "")
    .map((o) => o.usage.split(", ").at(-1) ?? "")
    .join(", ");
}
