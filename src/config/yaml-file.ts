import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import type { Document, Node } from "yaml";
import type { z } from "zod";
import { describeValue, type Diagnostic, type Severity } from "../core/diagnostics.js";

export type FieldPath = readonly (string | number)[];

/** A parsed YAML file that can say where any field of it was written. */
export interface YamlFile {
  file: string;
  value: unknown;
  /** Syntax errors; when there are any, `value` is undefined. */
  diagnostics: Diagnostic[];
  locate(path: FieldPath): { line: number; column: number };
}

export function parseYamlFile(file: string, text: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const diagnostics: Diagnostic[] = doc.errors.map((error) => {
    const pos = lineCounter.linePos(error.pos[0]);
    return {
      severity: "error",
      file,
      line: pos.line,
      column: pos.col,
      path: "",
      message: `invalid YAML: ${firstLine(error.message)}`,
    };
  });
  const locate = (path: FieldPath) => locateInDocument(doc, lineCounter, path);
  const value = diagnostics.length === 0 ? doc.toJS({ maxAliasCount: 100 }) : undefined;
  return { file, value, diagnostics, locate };
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}

function locateInDocument(doc: Document, counter: LineCounter, path: FieldPath) {
  const node = deepestNode(doc, path);
  const offset = node?.range?.[0] ?? 0;
  const pos = counter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

/** The node at `path`, or the deepest existing ancestor (a missing field is reported on its parent). */
function deepestNode(doc: Document, path: FieldPath): Node | undefined {
  let current: unknown = doc.contents;
  let found: Node | undefined = isNode(current) ? current : undefined;
  for (const segment of path) {
    const next = childOf(current, segment);
    if (next === undefined) break;
    current = next.value;
    found = next.keyNode && !isNode(next.value) ? next.keyNode : (next.value as Node);
  }
  return found;
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
    const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === segment);
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
  options: { severity?: Severity; received?: unknown; allowed?: string } = {},
): Diagnostic {
  const { line, column } = yaml.locate(path);
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
  const result = schema.safeParse(yaml.value, { reportInput: true });
  if (result.success) return { data: result.data, diagnostics: [] };
  return { diagnostics: result.error.issues.flatMap((issue) => issueDiagnostics(yaml, issue)) };
}

function issueDiagnostics(yaml: YamlFile, issue: z.core.$ZodIssue): Diagnostic[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) =>
      diagnosticAt(yaml, [...path, key], `unknown field "${key}"`, {
        received: valueAt(yaml.value, [...path, key]),
        allowed: allowedKeysHint(issue),
      }),
    );
  }
  if (issue.code === "invalid_union" && issue.errors.length > 0) {
    const best = closestUnionBranch(issue.errors);
    if (best) return best.flatMap((inner) => issueDiagnostics(yaml, inner));
  }
  const received = valueAt(yaml.value, path);
  const allowed = allowedFor(issue);
  const suffix = allowed ? `; allowed: ${allowed}` : "";
  const message = `${issue.message} (received ${describeValue(received)})${suffix}`;
  return [diagnosticAt(yaml, path, message, { received, ...(allowed ? { allowed } : {}) })];
}

function allowedKeysHint(issue: z.core.$ZodIssue): string | undefined {
  const known = (issue as { allowed?: string[] }).allowed;
  return known?.join(", ");
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
