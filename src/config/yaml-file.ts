import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from "yaml";
import type { Alias, Document, Node } from "yaml";
import { z } from "zod";
import { describeValue, type Diagnostic, type Severity } from "../core/diagnostics.js";
import { openYamlCache, yamlCacheKey, type YamlCache } from "./yaml-cache.js";
import { fastParse, numberSourceKey, type FastParse } from "./yaml-fast.js";

export type FieldPath = readonly (string | number)[];

/** A parsed YAML file that can say where any field of it was written. */
export interface YamlFile {
  file: string;
  value: unknown;
  /**
   * Syntax errors; when there are any, `value` is undefined. With `duplicateKeys: "warning"` it may
   * also hold warnings, which leave `value` defined.
   */
  diagnostics: Diagnostic[];
  /** Where the value at `path` starts (its key with `{ key: true }`); a missing field: its parent. */
  locate(path: FieldPath, options?: LocateOptions): { line: number; column: number };
  /** The text of a plain scalar as written (`0812`, `2.10`), before YAML turned it into a number. */
  scalarSource(path: FieldPath): string | undefined;
}

export interface LocateOptions {
  /** Point at the field's key rather than its value (for unknown or repeated fields). */
  key?: boolean;
}

export interface YamlParseOptions {
  /**
   * `error` (default): a repeated key is a syntax error. `warning`: the last value wins, as in
   * PyYAML, and each repetition is reported as a warning (upstream configs rely on this).
   */
  duplicateKeys?: "error" | "warning";
}

export function parseYamlFile(
  file: string,
  text: string,
  options: YamlParseOptions = {},
): YamlFile {
  const fast = cachedFastParse(text);
  return fast ? fastYamlFile(file, text, fast, options) : fullYamlFile(file, text, options);
}

const openCaches: YamlCache[] = [];

/**
 * Run `load` with the project's parse cache: files whose text was parsed before are not parsed
 * again. Entries are keyed by content alone, so overlapping loads of other projects are safe.
 */
export async function withYamlCache<T>(root: string, load: () => Promise<T>): Promise<T> {
  const cache = await openYamlCache(root);
  openCaches.push(cache);
  try {
    return await load();
  } finally {
    openCaches.splice(openCaches.indexOf(cache), 1);
    await cache.save();
  }
}

function cachedFastParse(text: string): FastParse | undefined {
  const cache = openCaches[openCaches.length - 1];
  const key = cache ? yamlCacheKey(text) : "";
  const hit = cache?.get(key);
  if (hit) return hit;
  const parsed = fastParse(text);
  if (parsed && cache) cache.set(key, parsed);
  return parsed;
}

/** A well-formed file: positions are computed (by a full parse) only when something asks for one. */
function fastYamlFile(
  file: string,
  text: string,
  fast: FastParse,
  options: YamlParseOptions,
): YamlFile {
  let full: YamlFile | undefined;
  const located = () => (full ??= fullYamlFile(file, text, options));
  return {
    file,
    value: fast.value,
    diagnostics: [],
    locate: (path, locateOptions) => located().locate(path, locateOptions),
    scalarSource: (path) =>
      fast.numberSources[numberSourceKey(path)] ?? located().scalarSource(path),
  };
}

/** The parser's message, but a stack overflow said as what it is: nesting a person could fix. */
function yamlErrorText(message: string): string {
  const first = firstLine(message);
  return /maximum call stack size exceeded/i.test(first)
    ? `collections nested too deeply to read (${first})`
    : first;
}

function fullYamlFile(file: string, text: string, options: YamlParseOptions): YamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lenient = options.duplicateKeys === "warning";
  const errors = doc.errors.filter((error) => !(lenient && error.code === "DUPLICATE_KEY"));
  const diagnostics: Diagnostic[] = errors.map((error) => {
    const pos = lineCounter.linePos(error.pos[0]);
    return {
      severity: "error",
      file,
      line: pos.line,
      column: pos.col,
      path: "",
      message: `invalid YAML: ${yamlErrorText(error.message)}`,
    };
  });
  const locate = (path: FieldPath, options: LocateOptions = {}) =>
    locateInDocument(doc, lineCounter, path, options.key === true);
  const scalarSource = (path: FieldPath) => {
    const node = deepestNode(doc, path, true);
    return isScalar(node) && node.type === "PLAIN" ? node.source : undefined;
  };
  if (diagnostics.length === 0) diagnostics.push(...aliasProblems(file, doc, lineCounter));
  const value = diagnostics.length === 0 ? toValue(file, doc, lineCounter, diagnostics) : undefined;
  // The composer keeps both pairs of a repeated key, so `toJS` gives the last value, as PyYAML does.
  if (value !== undefined && errors.length < doc.errors.length) {
    diagnostics.push(...duplicateKeyWarnings(file, doc, lineCounter));
  }
  return { file, value, diagnostics, locate, scalarSource };
}

/** At most this many alias expansions per file: enough for real configs, not for an alias bomb. */
const MAX_ALIAS_COUNT = 100;

/** The document's value; an alias `yaml` refuses to expand becomes a diagnostic at that alias. */
function toValue(
  file: string,
  doc: Document,
  counter: LineCounter,
  diagnostics: Diagnostic[],
): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const aliases = aliasNodes(doc);
    const excessive = /excessive alias count/i.test(error.message);
    const unresolved = /^Unresolved alias.*: (.*)$/.exec(error.message)?.[1];
    const at = aliases.find((a) => excessive || a.node.source === unresolved) ?? aliases[0];
    const message = excessive
      ? `invalid YAML: aliases expand to more than ${MAX_ALIAS_COUNT} nodes (an alias bomb?)`
      : `invalid YAML: ${firstLine(error.message)}`;
    diagnostics.push(aliasDiagnostic(file, counter, at?.node, at?.path ?? [], message));
    return undefined;
  }
}

/** An alias inside the node its anchor names would make a value that contains itself. */
function aliasProblems(file: string, doc: Document, counter: LineCounter): Diagnostic[] {
  return aliasNodes(doc)
    .filter(({ anchors, node }) => anchors.includes(node.source))
    .map(({ node, path }) =>
      aliasDiagnostic(
        file,
        counter,
        node,
        path,
        `invalid YAML: alias *${node.source} is inside the node anchored &${node.source} (a value cannot contain itself)`,
      ),
    );
}

function aliasNodes(
  doc: Document,
): { node: Alias; path: (string | number)[]; anchors: string[] }[] {
  const found: { node: Alias; path: (string | number)[]; anchors: string[] }[] = [];
  visit(doc, {
    Alias(_key, node, ancestors) {
      const anchors = ancestors.flatMap((a) => (isNode(a) && a.anchor ? [a.anchor] : []));
      found.push({ node, path: fieldPathOf([...ancestors, node]), anchors });
    },
  });
  return found;
}

function aliasDiagnostic(
  file: string,
  counter: LineCounter,
  node: Alias | undefined,
  path: (string | number)[],
  message: string,
): Diagnostic {
  const pos = counter.linePos(node?.range?.[0] ?? 0);
  return {
    severity: "error",
    file,
    line: pos.line,
    column: pos.col,
    path: formatPath(path),
    message,
  };
}

function duplicateKeyWarnings(file: string, doc: Document, counter: LineCounter): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  visit(doc, {
    Map(_key, map, ancestors) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (!seen.has(key)) {
          seen.add(key);
          continue;
        }
        const pos = counter.linePos(isNode(pair.key) ? (pair.key.range?.[0] ?? 0) : 0);
        warnings.push({
          severity: "warning",
          file,
          line: pos.line,
          column: pos.col,
          path: formatPath([...fieldPathOf([...ancestors, map]), String(key)]),
          message: `duplicate key ${describeValue(key)}: the last value is used`,
        });
      }
    },
  });
  return warnings;
}

/** The field path of a node from its ancestors as `visit` gives them (document first). */
function fieldPathOf(ancestors: readonly unknown[]): (string | number)[] {
  const path: (string | number)[] = [];
  ancestors.forEach((node, i) => {
    const child = ancestors[i + 1];
    if (isPair(node) && child === node.value)
      path.push(String(isScalar(node.key) ? node.key.value : node.key));
    if (isSeq(node) && child !== undefined) path.push(node.items.indexOf(child));
  });
  return path;
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}

function locateInDocument(doc: Document, counter: LineCounter, path: FieldPath, key: boolean) {
  const node = key ? (keyNodeAt(doc, path) ?? deepestNode(doc, path)) : deepestNode(doc, path);
  const offset = node?.range?.[0] ?? 0;
  const pos = counter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

/** The node at `path`, or the deepest existing ancestor (a missing field is reported on its parent). */
function deepestNode(doc: Document, path: FieldPath, exact = false): Node | undefined {
  let current: unknown = doc.contents;
  let found: Node | undefined = isNode(current) ? current : undefined;
  for (const segment of path) {
    const next = childOf(current, segment);
    if (next === undefined) return exact ? undefined : found;
    // A field without a value (`version:`) has no node of its own: it is located at its key.
    if (exact && next.value === next.keyNode) return undefined;
    current = next.value;
    found = next.keyNode && !isNode(next.value) ? next.keyNode : (next.value as Node);
  }
  return found;
}

function keyNodeAt(doc: Document, path: FieldPath): Node | undefined {
  const last = path[path.length - 1];
  if (last === undefined) return undefined;
  const parent = path.length === 1 ? doc.contents : deepestNode(doc, path.slice(0, -1), true);
  return childOf(parent, last)?.keyNode;
}

function childOf(
  node: unknown,
  segment: string | number,
): { value: unknown; keyNode?: Node } | undefined {
  if (isSeq(node) && typeof segment === "number") {
    const item = node.items[segment];
    return item === undefined ? undefined : { value: item };
  }
  if (isMap(node)) {
    const pair = node.items.findLast((p) => (isScalar(p.key) ? p.key.value : p.key) === segment);
    if (!pair) return undefined;
    const keyNode = isNode(pair.key) ? pair.key : undefined;
    return { value: pair.value ?? keyNode, keyNode };
  }
  return undefined;
}

export function formatPath(path: FieldPath): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out;
}

export function valueAt(value: unknown, path: FieldPath): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** A diagnostic at a field of a parsed file. */
export function diagnosticAt(
  yaml: YamlFile,
  path: FieldPath,
  message: string,
  options: { severity?: Severity; received?: unknown; allowed?: string; atKey?: boolean } = {},
): Diagnostic {
  const { line, column } = yaml.locate(path, { key: options.atKey === true });
  const diagnostic: Diagnostic = {
    severity: options.severity ?? "error",
    file: yaml.file,
    line,
    column,
    path: formatPath(path),
    message,
  };
  if ("received" in options) diagnostic.received = options.received;
  if (options.allowed !== undefined) diagnostic.allowed = options.allowed;
  return diagnostic;
}

/** Parse `yaml.value` with a zod schema; every issue becomes a located diagnostic. */
export function parseWithSchema<S extends z.ZodType>(
  yaml: YamlFile,
  schema: S,
): { data?: z.infer<S>; diagnostics: Diagnostic[] } {
  const result = schema.safeParse(yaml.value, { reportInput: true, error: allowedKeysMessage });
  if (result.success) return { data: result.data, diagnostics: [] };
  return { diagnostics: result.error.issues.flatMap((issue) => issueDiagnostics(yaml, issue)) };
}

function issueDiagnostics(yaml: YamlFile, issue: z.core.$ZodIssue): Diagnostic[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
  if (issue.code === "unrecognized_keys") {
    const allowed = issue.message.startsWith(ALLOWED_PREFIX)
      ? issue.message.slice(ALLOWED_PREFIX.length)
      : "";
    const suffix = allowed ? `; allowed: ${allowed}` : "";
    return issue.keys.map((key) =>
      diagnosticAt(yaml, [...path, key], `unknown field "${key}"${suffix}`, {
        received: valueAt(yaml.value, [...path, key]),
        atKey: true,
        ...(allowed ? { allowed } : {}),
      }),
    );
  }
  if (issue.code === "invalid_union" && issue.errors.length > 0) {
    const best = closestUnionBranch(issue.errors);
    if (best) {
      // Union branch issues carry paths relative to the union itself.
      return best.flatMap((inner) =>
        issueDiagnostics(yaml, { ...inner, path: [...issue.path, ...inner.path] }),
      );
    }
  }
  const received = valueAt(yaml.value, path);
  const allowed = allowedFor(issue);
  const suffix = allowed ? `; allowed: ${allowed}` : "";
  const message = `${issue.message} (received ${describeValue(received)})${suffix}`;
  return [diagnosticAt(yaml, path, message, { received, ...(allowed ? { allowed } : {}) })];
}

const ALLOWED_PREFIX = "allowed fields: ";

/** zod's unknown-key issue does not name the known keys; the object schema that raised it does. */
function allowedKeysMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== "unrecognized_keys") return undefined;
  const inst = issue.inst;
  if (!(inst instanceof z.core.$ZodObject)) return undefined;
  return ALLOWED_PREFIX + Object.keys(inst._zod.def.shape).join(", ");
}

function allowedFor(issue: z.core.$ZodIssue): string | undefined {
  switch (issue.code) {
    case "invalid_value":
      return issue.values.map((v) => JSON.stringify(v)).join(", ");
    case "invalid_type":
      return issue.expected;
    default:
      return undefined;
  }
}

/** In a failed union, the branch that got furthest is the one the user meant. */
function closestUnionBranch(branches: z.core.$ZodIssue[][]): z.core.$ZodIssue[] | undefined {
  const depth = (issues: z.core.$ZodIssue[]) => Math.max(0, ...issues.map((i) => i.path.length));
  return [...branches].sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0];
}
