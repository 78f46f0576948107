import { UsageError } from "../core/errors.js";

export const EXPRESSION_GRAMMAR = `partition expression grammar:
  expr      := part ("|" part)*                    the union of the parts
  part      := "*" | keys | selection
  keys      := key ("," key)*                      full partition keys, as "partitions expand" prints them
  selection := term (";" term)*
  term      := dimension "=" value ("," value)*    a dimension left out means all of it
  value     := "*" | text | date ".." date         a range is inclusive, dates YYYY-MM-DD
examples: main    2025.1.1-2_ar_build,2025.1.2-rerun    mic=XLON:2025-01-02    region=us,eu;day=*
          universe=mic=XLON,mic=XPAR;date=2025-01-02..2025-01-31
          universe=mic=XLON;date=2025-01-09|universe=mic=XPAR;date=2025-01-10`;

export type ExpressionValue =
  { kind: "all" } | { kind: "value"; value: string } | { kind: "range"; from: string; to: string };

export interface ExpressionTerm {
  name: string;
  values: ExpressionValue[];
}

export type Expression =
  | { kind: "all" }
  | { kind: "keys"; keys: string[] }
  | { kind: "selection"; terms: ExpressionTerm[] };

export function expressionError(text: string, why: string): UsageError {
  return new UsageError(
    `partition expression ${JSON.stringify(text)}: ${why}\n${EXPRESSION_GRAMMAR}`,
  );
}

function isSelection(text: string, dimensions: readonly string[]): boolean {
  if (text.includes(";")) return true;
  const eq = text.indexOf("=");
  if (eq <= 0) return false;
  return dimensions.includes(text.slice(0, eq)) && !text.includes(":");
}

function parseValue(text: string, raw: string): ExpressionValue {
  if (raw === "*") return { kind: "all" };
  if (raw.length === 0) throw expressionError(text, "empty value in a list");
  const dots = raw.indexOf("..");
  if (dots < 0) return { kind: "value", value: raw };
  const from = raw.slice(0, dots);
  const to = raw.slice(dots + 2);
  if (!from || !to || to.includes(".."))
    throw expressionError(text, `bad range ${JSON.stringify(raw)}`);
  return { kind: "range", from, to };
}

function parseTerm(text: string, raw: string, dimensions: readonly string[]): ExpressionTerm {
  const eq = raw.indexOf("=");
  if (eq <= 0) throw expressionError(text, `term ${JSON.stringify(raw)} is not dimension=value`);
  const name = raw.slice(0, eq);
  if (!dimensions.includes(name)) {
    const allowed = dimensions.length
      ? dimensions.join(", ")
      : "none (this product takes keys only)";
    throw expressionError(
      text,
      `unknown dimension ${JSON.stringify(name)}; dimensions: ${allowed}`,
    );
  }
  return {
    name,
    values: raw
      .slice(eq + 1)
      .split(",")
      .map((v) => parseValue(text, v)),
  };
}

/** Parse a partition expression; `dimensions` are the names a selection may use. */
export function parseExpression(text: string, dimensions: readonly string[]): Expression {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw expressionError(text, "empty");
  if (/\s/.test(trimmed)) throw expressionError(text, "contains white space");
  if (trimmed === "*") return { kind: "all" };
  if (!isSelection(trimmed, dimensions)) {
    const keys = trimmed.split(",");
    if (keys.some((k) => k.length === 0)) throw expressionError(text, "empty key in a list");
    return { kind: "keys", keys };
  }
  const terms = trimmed.split(";").map((raw) => {
    if (raw.length === 0) throw expressionError(text, "empty term between ';'");
    return parseTerm(text, raw, dimensions);
  });
  const seen = new Set<string>();
  for (const term of terms) {
    if (seen.has(term.name))
      throw expressionError(text, `dimension ${JSON.stringify(term.name)} given twice`);
    seen.add(term.name);
  }
  return { kind: "selection", terms };
}
