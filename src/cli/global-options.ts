import type { OptionSpec } from "./command.js";

/**
 * Options every command takes, before or after the command name. To add one, add its parser
 * spec and one help line here; `main` reads the parsed value from `CommandContext.flags` (or a
 * field it resolves from it). A command's own option of the same name wins over a global one.
 */
export interface GlobalOption {
  name: string;
  spec: OptionSpec[string];
  /** `--name VALUE` as shown in help. */
  usage: string;
  help: string;
}

export const GLOBAL_OPTIONS: readonly GlobalOption[] = [
  {
    name: "root",
    spec: { type: "string" },
    usage: "--root DIR",
    help: "project root (default: the current directory)",
  },
  {
    name: "store",
    spec: { type: "string" },
    usage: "--store URL",
    help: "the store: a directory, file:///path or s3://bucket/prefix (default: LIFECYCLE_STORE, else store.url of lifecycle.yml, else <root>/.lifecycle)",
  },
  {
    name: "quiet",
    spec: { type: "boolean", short: "q" },
    usage: "-q, --quiet",
    help: "print only errors and results",
  },
  {
    name: "verbose",
    spec: { type: "boolean", short: "v" },
    usage: "-v, --verbose",
    help: "print every task's output as it runs, and stack traces",
  },
  {
    name: "color",
    spec: { type: "boolean" },
    usage: "--color, --no-color",
    help: "colour on or off (default: on a terminal, unless NO_COLOR is set; FORCE_COLOR=1 forces it)",
  },
  {
    name: "no-color",
    spec: { type: "boolean" },
    usage: "",
    help: "",
  },
  {
    name: "help",
    spec: { type: "boolean", short: "h" },
    usage: "-h, --help",
    help: "help for a command: lifecycle <command> --help",
  },
];

/** Only before a command (a command may have its own `--version`, e.g. `ingest`). */
export const VERSION_OPTION: GlobalOption = {
  name: "version",
  spec: { type: "boolean" },
  usage: "--version",
  help: "print lifecycle's version",
};

export function globalOptionSpec(): OptionSpec {
  return Object.fromEntries(GLOBAL_OPTIONS.map((o) => [o.name, o.spec]));
}

export function globalOptionsHelp(): string {
  const shown = [...GLOBAL_OPTIONS, VERSION_OPTION].filter((o) => o.usage !== "");
  const width = Math.max(...shown.map((o) => o.usage.length));
  return shown.map((o) => `  ${o.usage.padEnd(width)}  ${o.help}`).join("\n");
}
