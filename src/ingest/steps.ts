import {
  RUNNABLE_STEPS,
  type ProcessingStep,
  type RunnableStep,
} from "../config/template/index.js";
import { ConfigError } from "../core/errors.js";
import {
  frameSelect,
  quoteIdent,
  quoteString,
  selectList,
  type Engine,
  type Frame,
} from "./engine.js";
import { coerceColumnTypes } from "./coerce.js";
import { multi } from "./multi.js";
import { upsertColumnOfPreviousVersion } from "./upsert.js";
import { columnList, findColumn, StepError, type StepResult } from "./step-support.js";

export { StepError } from "./step-support.js";

export interface StepSummary {
  name: string;
  /** Undefined until the rows are counted (see `Engine.source`); filled in before config.json. */
  rowsIn: number | undefined;
  rowsOut: number | undefined;
  columns: {
    added: string[];
    removed: string[];
    renamed: Record<string, string>;
    changed: string[];
  };
  details?: Record<string, unknown>;
}

export interface StepContext {
  engine: Engine;
  /** The parquet file of an earlier version of this dataset (`latest` = newest other than the one being written). */
  previousVersion(version: string): Promise<{ version: string; parquet: string } | undefined>;
  /** The geometry column's name now (it follows renames), when the data has one. */
  geometry: string | undefined;
}

export function unsupportedStepError(step: ProcessingStep): ConfigError {
  return new ConfigError(
    `processing step "${step.name}" is not run by lifecycle; supported steps: ${RUNNABLE_STEPS.join(", ")}. Set ingest_command in lifecycle.yml to ingest this template with your own tool`,
  );
}

export async function runStep(
  step: RunnableStep,
  frame: Frame,
  context: StepContext,
): Promise<{ frame: Frame; summary: StepSummary }> {
  const result = await dispatch(step, frame, context);
  const before = new Set(frame.columns.map((c) => c.name));
  const after = new Set(result.frame.columns.map((c) => c.name));
  const renamed = result.renamed ?? {};
  const renamedTo = new Set(Object.values(renamed));
  const summary: StepSummary = {
    name: step.name,
    rowsIn: frame.rows ?? result.rowsIn,
    rowsOut: result.frame.rows,
    columns: {
      added: [...after].filter((c) => !before.has(c) && !renamedTo.has(c)),
      removed: [...before].filter((c) => !after.has(c) && !(c in renamed)),
      renamed,
      changed: result.changed ?? [],
    },
  };
  if (result.details) summary.details = result.details;
  return { frame: result.frame, summary };
}

function dispatch(
  step: RunnableStep,
  frame: Frame,
  context: StepContext,
): Promise<StepResult> | StepResult {
  switch (step.name) {
    case "clean_column_names":
      return cleanColumnNames(frame, step.args);
    case "rename_columns":
      return renameColumns(frame, step.args);
    case "filter_columns":
      return filterColumns(frame, step.args);
    case "coerce_column_types":
      return coerceColumnTypes(context.engine, frame, step.args);
    case "strip_columns":
      return stripColumns(context.engine, frame, step.args?.cols);
    case "deduplicate":
      return deduplicate(context.engine, frame, step.args ?? {});
    case "filter_rows":
      return filterRows(context.engine, frame, step.args);
    case "update_column":
      return updateColumn(frame, step.args);
    case "append_prev":
      return appendPrevious(context, frame, step.args?.version);
    case "upsert_column_of_previous_version":
      return upsertColumnOfPreviousVersion(context, frame, step.args);
    case "multi":
      return multi(context.engine, frame, context.geometry);
  }
}

function renameAll(frame: Frame, names: string[]): StepResult {
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) throw new StepError(`two columns would be named "${name}"`);
    seen.add(name);
  }
  const renamed: Record<string, string> = {};
  const columns = frame.columns.map((c, i) => {
    const name = names[i] ?? c.name;
    if (name !== c.name) renamed[c.name] = name;
    return { name, expr: c.expr };
  });
  return { frame: { ...frame, columns }, renamed };
}

function cleanColumnNames(
  frame: Frame,
  args: { replace?: Record<string, string>; lower?: boolean; strip?: boolean },
): StepResult {
  const names = frame.columns.map(({ name }) => {
    let out = args.strip ? name.trim() : name;
    for (const [from, to] of Object.entries(args.replace ?? {})) out = out.split(from).join(to);
    return args.lower ? out.toLowerCase() : out;
  });
  return renameAll(frame, names);
}

function renameColumns(
  frame: Frame,
  args: { map: Record<string, string>; drop_others?: boolean },
): StepResult {
  const missing = Object.keys(args.map).filter(
    (from) => !frame.columns.some((c) => c.name === from),
  );
  if (missing.length > 0) {
    throw new StepError(
      `no column ${missing.map((m) => JSON.stringify(m)).join(", ")}; columns: ${columnList(frame)}`,
    );
  }
  const result = renameAll(
    frame,
    frame.columns.map((c) => args.map[c.name] ?? c.name),
  );
  if (!args.drop_others) return result;
  const keep = new Set(Object.values(args.map));
  return {
    ...result,
    frame: { ...result.frame, columns: result.frame.columns.filter((c) => keep.has(c.name)) },
  };
}

function filterColumns(
  frame: Frame,
  args: { columns: string[]; mode?: "keep" | "drop" },
): StepResult {
  const wanted = args.columns.map((name) => findColumn(frame, name));
  const columns = args.mode === "drop" ? frame.columns.filter((c) => !wanted.includes(c)) : wanted;
  return { frame: { ...frame, columns } };
}

async function stripColumns(
  engine: Engine,
  input: Frame,
  cols: string[] | undefined,
): Promise<StepResult> {
  const frame = await engine.table(input);
  const types = await engine.describe(frameSelect(frame, "LIMIT 0"));
  const targets = cols
    ? cols.map((name) => findColumn(frame, name, "cols"))
    : frame.columns.filter((_, i) => types[i]?.type === "VARCHAR");
  const stripped = new Map(
    targets.map((c) => [c, `regexp_replace(CAST(${c.expr} AS VARCHAR), '^\\s+|\\s+$', '', 'g')`]),
  );
  const counts =
    targets.length === 0
      ? {}
      : ((
          await engine.rows(
            `SELECT ${targets.map((c, i) => `count(*) FILTER (WHERE ${stripped.get(c)} IS DISTINCT FROM ${c.expr}) AS c${i}`).join(", ")} FROM ${frame.table}`,
          )
        )[0] ?? {});
  const columns = frame.columns.map((c) => ({ name: c.name, expr: stripped.get(c) ?? c.expr }));
  const valuesChanged = Object.fromEntries(
    targets.map((c, i) => [c.name, Number(counts[`c${i}`] ?? 0)]),
  );
  return {
    frame: { ...frame, columns },
    rowsIn: frame.rows,
    changed: targets.map((c) => c.name),
    details: { valuesChanged },
  };
}

function toList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

async function deduplicate(
  engine: Engine,
  input: Frame,
  args: { sort_columns?: string | string[]; sort_ascending?: boolean; by?: string | string[] },
): Promise<StepResult> {
  const sort = toList(args.sort_columns).map((n) => findColumn(input, n, "sort_columns"));
  const by = toList(args.by).map((n) => findColumn(input, n, "by"));
  if (sort.length === 0 && by.length === 0) return deduplicateInOrder(engine, input);
  const frame = await engine.table(input);
  const direction = args.sort_ascending === false ? "DESC" : "ASC";
  const order = [...sort.map((c) => `${c.expr} ${direction}`), "rowid"].join(", ");
  const partition = (by.length > 0 ? by : frame.columns).map((c) => c.expr).join(", ");
  const window = `QUALIFY row_number() OVER (PARTITION BY ${partition} ORDER BY ${order}) = 1 ORDER BY ${order}`;
  return { frame: await engine.materialize(frameSelect(frame, window)), rowsIn: frame.rows };
}

/**
 * The first row of each group, in the order of first occurrence, as a view that the output COPY
 * streams from. (`WHERE rowid IN (SELECT min(rowid) ... GROUP BY ...)` loses the row order on
 * several threads.)
 */
async function deduplicateInOrder(engine: Engine, input: Frame): Promise<StepResult> {
  const frame = await engine.table(input);
  const first = quoteIdent("__lifecycle_first");
  const groups = frame.columns.map((c) => c.expr).join(", ");
  const grouped = `SELECT ${selectList(frame)}, min(rowid) AS ${first} FROM ${frame.table} GROUP BY ${groups}`;
  const names = frame.columns.map((c) => quoteIdent(c.name)).join(", ");
  const view = await engine.source(`SELECT ${names} FROM (${grouped}) ORDER BY ${first}`);
  return { frame: view, rowsIn: frame.rows };
}

async function filterRows(
  engine: Engine,
  input: Frame,
  args: { type: "equals" | "contains"; column_name: string | number; val: string | number },
): Promise<StepResult> {
  const frame = await engine.table(input);
  const column = findColumn(frame, args.column_name);
  const text = `CAST(${column.expr} AS VARCHAR)`;
  const condition =
    args.type === "contains"
      ? `regexp_matches(${text}, ${quoteString(String(args.val))})`
      : typeof args.val === "number"
        ? `TRY_CAST(${column.expr} AS DOUBLE) = ${args.val}`
        : `${text} = ${quoteString(args.val)}`;
  return {
    frame: await engine.materialize(frameSelect(frame, `WHERE ${condition}`)),
    rowsIn: frame.rows,
  };
}

function literal(value: string | number | boolean | null): string {
  if (value === null) return "NULL";
  if (typeof value === "string") return quoteString(value);
  return String(value);
}

function updateColumn(
  frame: Frame,
  args: { column_name: string; val: string | number | boolean | null },
): StepResult {
  const expr = literal(args.val);
  const exists = frame.columns.some((c) => c.name === args.column_name);
  const columns = exists
    ? frame.columns.map((c) => (c.name === args.column_name ? { name: c.name, expr } : c))
    : [...frame.columns, { name: args.column_name, expr }];
  return { frame: { ...frame, columns }, changed: exists ? [args.column_name] : [] };
}

async function appendPrevious(
  context: StepContext,
  input: Frame,
  version: string | number | undefined,
): Promise<StepResult> {
  const frame = await context.engine.table(input);
  const wanted = version === undefined ? "latest" : String(version);
  const previous = await context.previousVersion(wanted);
  if (!previous) {
    throw new StepError(
      `no ${wanted === "latest" ? "previous" : `"${wanted}"`} version of this dataset in the store to append`,
    );
  }
  const [part, row] = [quoteIdent("__lifecycle_part"), quoteIdent("__lifecycle_row")];
  const earlier = `SELECT * EXCLUDE (file_row_number), 0 AS ${part}, file_row_number AS ${row} FROM read_parquet(${quoteString(previous.parquet)}, file_row_number = true)`;
  const current = `SELECT ${selectList(frame)}, 1 AS ${part}, rowid AS ${row} FROM ${frame.table}`;
  const appended = await context.engine.materialize(
    `SELECT * EXCLUDE (${part}, ${row}) FROM (${earlier} UNION ALL BY NAME ${current}) ORDER BY ${part}, ${row}`,
  );
  const details = { previousVersion: previous.version, rowsAppended: appended.rows - frame.rows };
  return { frame: appended, rowsIn: frame.rows, details };
}
