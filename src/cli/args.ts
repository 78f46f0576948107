import { parseArgs } from "node:util";
import { UsageError } from "../core/errors.js";
import { closeMatches } from "../graph/selection.js";
import type { OptionSpec } from "./command.js";

/** Where the command name is in argv: the first argument that is neither an option nor its value. */
export function splitCommand(
  argv: readonly string[],
  globals: OptionSpec,
): { name: string | undefined; before: string[]; after: string[] } {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--") break;
    if (!arg.startsWith("-") || arg === "-") {
      return { name: arg, before: argv.slice(0, i), after: argv.slice(i + 1) };
    }
    const spec = optionFor(arg, globals);
    if (spec?.type === "string" && !arg.includes("=")) i++;
  }
  return { name: undefined, before: [...argv], after: [] };
}

function optionFor(arg: string, options: OptionSpec): OptionSpec[string] | undefined {
  if (arg.startsWith("--")) return options[arg.slice(2).split("=")[0] ?? ""];
  return Object.values(options).find((o) => o.short === arg.slice(1, 2));
}

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/**
 * Parse argv against `options` with errors in lifecycle's words: an unknown option suggests the
 * close ones, a missing value names the option and what it takes.
 */
export function parseOptions(argv: string[], options: OptionSpec, where: string): ParsedArgs {
  const { tokens } = parseArgs({
    args: argv,
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  for (const token of tokens) if (token.kind === "option") checkOption(token, options, where);
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options,
      allowPositionals: true,
      strict: true,
    });
    const flat: ParsedArgs["values"] = {};
    for (const [k, v] of Object.entries(values)) flat[k] = Array.isArray(v) ? v.map(String) : v;
    return { values: flat, positionals };
  } catch (error) {
    // Every case parseArgs rejects is caught above; keep its meaning, not its wording.
    const code = (error as { code?: unknown }).code;
    throw new UsageError(`${where}: could not read the arguments (${String(code)})`);
  }
}

interface OptionToken {
  name: string;
  rawName: string;
  value?: string | undefined;
  inlineValue?: boolean | undefined;
}

function checkOption(token: OptionToken, options: OptionSpec, where: string): void {
  const spec = options[token.name];
  if (spec === undefined) throw unknownOption(token.rawName, options, where);
  const flag = `--${token.name}`;
  if (spec.type === "boolean" && token.inlineValue === true)
    throw new UsageError(
      `${where}: ${flag} is a switch and takes no value (received "${token.rawName}=${token.value ?? ""}")`,
    );
  if (spec.type === "string" && token.value === undefined)
    throw new UsageError(`${where}: ${flag} needs a value, e.g. ${flag} VALUE`);
  if (spec.type === "string" && token.inlineValue !== true && token.value?.startsWith("-"))
    throw new UsageError(
      `${where}: ${flag} needs a value, and "${token.value}" looks like an option; to pass it as the value write ${flag}=${token.value}`,
    );
}

function unknownOption(raw: string, options: OptionSpec, where: string): UsageError {
  const names = Object.keys(options).map((n) => `--${n}`);
  const close = closeMatches(raw.startsWith("--") ? raw : `--${raw.replace(/^-+/, "")}`, names);
  const hint = close.length > 0 ? `; did you mean ${close.join(" or ")}?` : "";
  return new UsageError(
    `${where}: unknown option ${raw}${hint} (see ${where === "lifecycle" ? where : `lifecycle ${where}`} --help)`,
  );
}

/** An unknown command, with the close ones. */
export function unknownCommand(name: string, known: readonly string[]): UsageError {
  const close = closeMatches(name, known);
  const hint =
    close.length > 0
      ? `; did you mean ${close.map((c) => `"${c}"`).join(" or ")}?`
      : ` (commands: ${known.join(", ")})`;
  return new UsageError(`unknown command "${name}"${hint}; see lifecycle --help`);
}
