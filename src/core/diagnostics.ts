export type Severity = "error" | "warning";

/** One problem found in a user's files, located precisely enough to act on. */
export interface Diagnostic {
  severity: Severity;
  file: string;
  line: number;
  column: number;
  /** Field path inside the file, dotted, e.g. `products[0].id`. Empty for the whole file. */
  path: string;
  message: string;
  received?: unknown;
  allowed?: string;
}

export type DiagnosticFormat = "text" | "json" | "github";

export function formatDiagnostics(
  diagnostics: readonly Diagnostic[],
  format: DiagnosticFormat,
): string {
  if (format === "json") return formatJson(diagnostics);
  const lines = diagnostics.map((d) => (format === "github" ? githubLine(d) : textLine(d)));
  return lines.join("\n");
}

function formatJson(diagnostics: readonly Diagnostic[]): string {
  const strip = ({ severity: _severity, ...rest }: Diagnostic) => rest;
  return JSON.stringify(
    {
      errors: diagnostics.filter((d) => d.severity === "error").map(strip),
      warnings: diagnostics.filter((d) => d.severity === "warning").map(strip),
    },
    null,
    2,
  );
}

function textLine(d: Diagnostic): string {
  const where = d.path ? ` ${d.path}:` : "";
  return `${d.file}:${d.line}:${d.column}: ${d.severity}:${where} ${d.message}`;
}

function githubLine(d: Diagnostic): string {
  const kind = d.severity === "error" ? "error" : "warning";
  const props = `file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${escapeProperty(d.path || "lifecycle")}`;
  return `::${kind} ${props}::${escapeData(d.message)}`;
}

// Workflow-command escaping as @actions/core does it.
function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** Render a value the user wrote, short enough for one line. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = typeof value === "string" ? JSON.stringify(value) : safeStringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** The parts of a zod issue lifecycle words itself (a structural type: no zod import here). */
export interface SchemaIssue {
  code: string;
  message: string;
  expected?: unknown;
  values?: readonly unknown[];
  minimum?: unknown;
  maximum?: unknown;
  origin?: unknown;
  keys?: readonly string[];
  input?: unknown;
}

/**
 * A schema issue in lifecycle's words. A message the schema set itself (not one of zod's
 * defaults, which start "Invalid" or "Too") is kept as written.
 */
export function describeIssue(issue: SchemaIssue): string {
  if (!/^(Invalid|Too (small|big)|Unrecognized)/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case "invalid_value":
      return `expected one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(", ")}`;
    case "invalid_type":
      return issue.input === undefined ? "is required" : `expected ${String(issue.expected)}`;
    case "too_small":
      return issue.origin === "string" && issue.minimum === 1
        ? "must not be empty"
        : `must be at least ${String(issue.minimum)}${lengthUnit(issue.origin)}`;
    case "too_big":
      return `must be at most ${String(issue.maximum)}${lengthUnit(issue.origin)}`;
    case "unrecognized_keys":
      return `unknown field${(issue.keys ?? []).length === 1 ? "" : "s"} ${(issue.keys ?? []).join(", ")}`;
    case "invalid_format":
      return "is not in the expected format";
    default:
      return "is not valid here";
  }
}

function lengthUnit(origin: unknown): string {
  if (origin === "string") return " characters";
  if (origin === "array" || origin === "set") return " items";
  return "";
}
