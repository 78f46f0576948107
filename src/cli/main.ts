import path from "node:path";
import { resolveStoreUrl } from "../store/store.js";
import { parseArgs } from "node:util";
import { errorMessage, exitCodeFor, ConfigError, UsageError } from "../core/errors.js";
import { formatDiagnostics } from "../core/diagnostics.js";
import type { Command, CommandContext, Output } from "./command.js";
import { commands } from "./commands/index.js";

export interface CliIo {
  stdout: Output;
  stderr: Output;
  env: NodeJS.ProcessEnv;
  cwd: string;
  signal?: AbortSignal;
}

const globalOptions = {
  root: { type: "string" },
  store: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** Run the CLI; resolves to the exit code. Never calls process.exit. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(generalHelp());
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`lifecycle: unknown command "${name}"\n${generalHelp()}`);
    return 2;
  }
  try {
    return await runCommand(command, rest, io);
  } catch (error) {
    reportError(error, io);
    return exitCodeFor(error);
  }
}

async function runCommand(command: Command, argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(command, argv);
  if (parsed.values.help) {
    io.stdout.write(commandHelp(command));
    return 0;
  }
  const root = path.resolve(io.cwd, stringFlag(parsed.values.root) ?? ".");
  const store = await resolveStoreUrl(stringFlag(parsed.values.store), root, io.cwd, io.env);
  const context: CommandContext = {
    root,
    store,
    positionals: parsed.positionals,
    flags: parsed.values,
    stdout: io.stdout,
    stderr: io.stderr,
    env: io.env,
    signal: io.signal ?? new AbortController().signal,
  };
  return command.run(context);
}

function parseCommandArgs(command: Command, argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: { ...globalOptions, ...command.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(`${errorMessage(error)}\n\n${commandHelp(command)}`);
  }
}

function stringFlag(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function reportError(error: unknown, io: CliIo): void {
  if (error instanceof ConfigError && error.diagnostics.length > 0) {
    io.stderr.write(`${formatDiagnostics(error.diagnostics, "text")}\n`);
  }
  const stack = io.env.LIFECYCLE_DEBUG && error instanceof Error ? `\n${error.stack}` : "";
  io.stderr.write(`lifecycle: ${errorMessage(error)}${stack}\n`);
}

function generalHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const list = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n");
  return `Usage: lifecycle <command> [options]

Commands:
${list}

Global options:
  --root DIR    project root (default: the current directory)
  --store URL   the store: a directory, file:///path or s3://bucket/prefix (default:
                LIFECYCLE_STORE, else store.url of lifecycle.yml, else <root>/.lifecycle)
  -h, --help    help for a command: lifecycle <command> --help
`;
}

export function commandHelp(command: Command): string {
  const details = command.details ? `\n${command.details.trimEnd()}\n` : "";
  return `Usage: lifecycle ${command.name} ${command.usage}

${command.summary}
${details}
Global options: --root DIR, --store URL, -h/--help
`;
}
