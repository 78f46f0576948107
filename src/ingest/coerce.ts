import { describeValue } from "../core/diagnostics.js";
import { frameSelect, type Engine, type Frame } from "./engine.js";
import { findColumn, StepError, type StepResult } from "./step-support.js";

type Target = "numeric" | "integer" | "bigint" | "string" | "date" | "datetime";

/** Date and time layouts tried after ISO 8601, as pandas would guess them. */
const TIME_FORMATS = [
  "%m/%d/%Y",
  "%m/%d/%Y %H:%M",
  "%m/%d/%Y %H:%M:%S",
  "%m/%d/%Y %I:%M:%S %p",
  "%m/%d/%Y %I:%M %p",
  "%Y/%m/%d",
  "%Y%m%d",
  "%d-%b-%Y",
  "%b %d, %Y",
];

const NUMERIC_TYPES =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|DECIMAL)/;
const INTEGER_TYPES =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT)$/;

/** `expr` as text with blanks as NULL (pandas reads an empty field as missing). */
function blankAsNull(expr: string): string {
  return `NULLIF(trim(CAST(${expr} AS VARCHAR)), '')`;
}

function timestampExpr(expr: string, type: string): string {
  if (INTEGER_TYPES.test(type)) return `epoch_ms(${expr})`; // ArcGIS and Socrata send dates as epoch milliseconds
  if (/^(DATE|TIMESTAMP)/.test(type)) return `CAST(${expr} AS TIMESTAMP)`;
  const text = blankAsNull(expr);
  const formats = TIME_FORMATS.map((f) => `'${f}'`).join(", ");
  return `coalesce(TRY_CAST(${text} AS TIMESTAMP), try_strptime(${text}, [${formats}]))`;
}

/** The converted value, NULL where the value cannot be converted. */
function convertExpr(expr: string, type: string, target: Target): string {
  const numeric = NUMERIC_TYPES.test(type);
  switch (target) {
    case "numeric":
      return numeric ? `CAST(${expr} AS DOUBLE)` : `TRY_CAST(${blankAsNull(expr)} AS DOUBLE)`;
    case "integer":
    case "bigint": {
      const sqlType = target === "integer" ? "INTEGER" : "BIGINT";
      const value = numeric ? expr : `TRY_CAST(${blankAsNull(expr)} AS DOUBLE)`;
      // pandas refuses to turn 1.5 into an integer; so does this (NULL, reported below).
      return `CASE WHEN ${value} = trunc(${value}) THEN TRY_CAST(${value} AS ${sqlType}) END`;
    }
    case "string":
      if (/^(FLOAT|DOUBLE)/.test(type)) {
        return `CASE WHEN ${expr} = trunc(${expr}) AND abs(${expr}) < 1e18 THEN CAST(CAST(${expr} AS BIGINT) AS VARCHAR) ELSE CAST(${expr} AS VARCHAR) END`;
      }
      return `CAST(${expr} AS VARCHAR)`;
    case "date":
      return `CAST(${timestampExpr(expr, type)} AS DATE)`;
    case "datetime":
      return timestampExpr(expr, type);
  }
}

/**
 * coerce_column_types: each listed column converted; with `errors: raise` (the default) a value
 * that cannot be converted fails the step and is shown, with `errors: coerce` it becomes NULL.
 */
export async function coerceColumnTypes(
  engine: Engine,
  input: Frame,
  args: { column_types: Record<string, Target>; errors?: "raise" | "coerce" },
): Promise<StepResult> {
  // errors: raise reads every value to check it, so read the raw file once, into a table.
  const frame = args.errors === "coerce" ? input : await engine.table(input);
  const types = await engine.describe(frameSelect(frame, "LIMIT 0"));
  const converted = new Map<string, string>();
  const checks: string[] = [];
  for (const [name, target] of Object.entries(args.column_types)) {
    const column = findColumn(frame, name, "column_types");
    const type = types[frame.columns.indexOf(column)]?.type ?? "VARCHAR";
    const expr = convertExpr(column.expr, type, target);
    converted.set(name, expr);
    const failed = `${blankAsNull(column.expr)} IS NOT NULL AND (${expr}) IS NULL`;
    checks.push(
      `count(*) FILTER (WHERE ${failed}), any_value(CAST(${column.expr} AS VARCHAR)) FILTER (WHERE ${failed})`,
    );
  }
  if (args.errors !== "coerce" && checks.length > 0)
    await raiseOnFailures(engine, frame, args.column_types, checks);
  const columns = frame.columns.map((c) => ({
    name: c.name,
    expr: converted.get(c.name) ?? c.expr,
  }));
  const from = Object.fromEntries(
    [...converted.keys()].map((name) => [
      name,
      types[frame.columns.findIndex((c) => c.name === name)]?.type,
    ]),
  );
  const result: StepResult = {
    frame: { ...frame, columns },
    changed: [...converted.keys()],
    details: { from, to: args.column_types },
  };
  return frame.rows === undefined ? result : { ...result, rowsIn: frame.rows };
}

async function raiseOnFailures(
  engine: Engine,
  frame: Frame,
  columnTypes: Record<string, Target>,
  checks: string[],
): Promise<void> {
  const reader = await engine.connection.runAndReadAll(
    `SELECT ${checks.join(", ")} FROM ${frame.table}`,
  );
  const row = reader.getRowsJS()[0] ?? [];
  const problems = Object.entries(columnTypes).flatMap(([name, target], i) => {
    const count = Number(row[2 * i] ?? 0);
    if (count === 0) return [];
    return [
      `column "${name}": ${count} value(s) cannot be read as ${target}, e.g. ${describeValue(row[2 * i + 1])}`,
    ];
  });
  if (problems.length > 0) {
    throw new StepError(`${problems.join("; ")} (set errors: coerce to turn them into nulls)`);
  }
}
