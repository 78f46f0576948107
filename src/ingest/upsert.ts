import type { z } from "zod";
import type { UpsertColumnOfPreviousVersionStep } from "../config/template/steps.js";
import {
  frameSelect,
  quoteIdent,
  quoteString,
  selectList,
  type Engine,
  type Frame,
} from "./engine.js";
import { StepError, type StepResult } from "./step-support.js";
import type { StepContext } from "./steps.js";

export type UpsertArgs = z.infer<typeof UpsertColumnOfPreviousVersionStep>["args"];
type MissingKeyBehavior = NonNullable<UpsertArgs["missing_key_behavior"]>;

/** How many offending keys an error message lists. */
const EXAMPLES = 5;
const MATCHED = quoteIdent("__lifecycle_matched");
const ROW = quoteIdent("__lifecycle_row");

interface Side {
  /** `the new data` or `version "v1"`, for messages. */
  label: string;
  /** A table, or a subquery, holding the side's columns under their own names. */
  relation: string;
  /** An expression of `relation` giving the row order. */
  order: string;
  rows: number;
  columns: { name: string; type: string }[];
}

interface Sides {
  engine: Engine;
  key: string[];
  fresh: Side;
  prior: Side;
}

/**
 * dcpy's `upsert_column_of_previous_version`: the previous version's rows, in its order, with every
 * non-key column of the new data joined in by `key` (a left join of the previous version to the new
 * data; null keys match each other, as in pandas). The new data's keys that the previous version
 * lacks are dropped.
 */
export async function upsertColumnOfPreviousVersion(
  context: Pick<StepContext, "engine" | "previousVersion">,
  input: Frame,
  args: UpsertArgs,
): Promise<StepResult> {
  const { sides, previousVersion } = await openSides(context, input, args.key, args.version);
  const { fresh, prior } = sides;
  checkKeys(sides);
  await checkUnique(sides, fresh);
  await checkUnique(sides, prior);
  const plan = planColumns(sides, args.insert_behavior ?? "allow");
  const behavior = missingKeyBehavior(args.missing_key_behavior);
  const joined = await join(sides, plan.upserted);
  const counts = await countMatches(sides, joined);
  if (behavior === "error" && counts.missing > 0) {
    throw new StepError(
      `${counts.missing} key(s) of ${prior.label} are not in the new data: ${await missingExamples(sides, joined)} (missing_key_behavior: null or coalesce keeps those rows)`,
    );
  }
  const types = await resolveTypes(sides, joined, plan.updated, behavior);
  const columns = [
    ...prior.columns.map(({ name }) => ({
      name,
      expr: plan.updated.includes(name)
        ? updatedValue(sides, name, types.get(name)?.result, behavior)
        : oldColumn(sides, name),
    })),
    ...plan.inserted.map((name) => ({ name, expr: newColumn(sides, name) })),
  ];
  return {
    frame: { table: joined, rows: prior.rows, columns },
    rowsIn: fresh.rows,
    changed: plan.updated,
    details: {
      previousVersion,
      key: args.key,
      columnsUpdated: plan.updated,
      columnsInserted: plan.inserted,
      columnsIgnored: plan.ignored,
      rowsUpdated: counts.matched,
      rowsMissingKey: counts.missing,
      missingKeyBehavior: behavior,
      rowsNotInPrevious: counts.dropped,
      ...(types.size > 0 ? { types: Object.fromEntries(types) } : {}),
    },
  };
}

/** The new data (as a subquery) and the previous version (read into a table). */
async function openSides(
  context: Pick<StepContext, "engine" | "previousVersion">,
  input: Frame,
  key: string[],
  version: string | number | undefined,
): Promise<{ sides: Sides; previousVersion: string }> {
  const { engine } = context;
  const wanted = version === undefined ? "latest" : String(version);
  const found = await context.previousVersion(wanted);
  if (!found) {
    throw new StepError(
      `no ${wanted === "latest" ? "previous" : `"${wanted}"`} version of this dataset in the store to upsert into`,
    );
  }
  const frame = await engine.table(input);
  const fresh: Side = {
    label: "the new data",
    relation: `(SELECT ${selectList(frame)}, rowid AS ${ROW} FROM ${frame.table})`,
    order: ROW,
    rows: frame.rows,
    columns: await engine.describe(frameSelect(frame, "LIMIT 0")),
  };
  // The file's own row numbers: a data column called `rowid` would hide DuckDB's.
  const read = `SELECT * EXCLUDE (file_row_number), file_row_number AS ${ROW} FROM read_parquet(${quoteString(found.parquet)}, file_row_number = true)`;
  const prior = await side(engine, `version "${found.version}"`, read);
  return { sides: { engine, key, fresh, prior }, previousVersion: found.version };
}

/** YAML's unquoted `null` is the "null" behaviour; nothing at all is "error". */
function missingKeyBehavior(value: UpsertArgs["missing_key_behavior"]): MissingKeyBehavior {
  return value === null ? "null" : (value ?? "error");
}

async function side(engine: Engine, label: string, select: string): Promise<Side> {
  const { table, rows } = await engine.materialize(select);
  const columns = await engine.describe(`SELECT * EXCLUDE (${ROW}) FROM ${table}`);
  return { label, relation: table, order: ROW, rows, columns };
}

function typeOf(side: Side, name: string): string {
  return side.columns.find((c) => c.name === name)?.type ?? "";
}

const NUMERIC = /^(U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?|FLOAT|REAL|DOUBLE|DECIMAL(\(.*\))?)$/;

function checkKeys({ key, fresh, prior }: Sides): void {
  for (const side of [fresh, prior]) {
    const missing = key.filter((k) => !side.columns.some((c) => c.name === k));
    if (missing.length > 0) {
      throw new StepError(
        `key: no column ${missing.map((m) => JSON.stringify(m)).join(", ")} in ${side.label}; columns: ${side.columns.map((c) => c.name).join(", ") || "(none)"}`,
      );
    }
  }
  for (const name of key) {
    const [a, b] = [typeOf(fresh, name), typeOf(prior, name)];
    if (a !== b && !(NUMERIC.test(a) && NUMERIC.test(b))) {
      throw new StepError(
        `key column "${name}" is ${a} in the new data but ${b} in ${prior.label}; keys must have comparable types (coerce_column_types can convert it)`,
      );
    }
  }
}

/** `(geotype="boro", geoid="1")` for each row, whose key values are in columns k0, k1, ... */
function renderKeys(rows: Record<string, unknown>[], key: string[], side: Side): string[] {
  return rows.map((row) => {
    const parts = key.map((name, i) => {
      const value = row[`k${i}`];
      const text =
        value === null || value === undefined
          ? "null"
          : typeOf(side, name) === "VARCHAR"
            ? JSON.stringify(String(value))
            : String(value);
      return `${name}=${text}`;
    });
    return `(${parts.join(", ")})`;
  });
}

function keyProjection(key: string[], column: (name: string) => string): string {
  return key.map((name, i) => `CAST(${column(name)} AS VARCHAR) AS k${i}`).join(", ");
}

async function checkUnique({ engine, key }: Sides, side: Side): Promise<void> {
  const group = key.map((k) => quoteIdent(k)).join(", ");
  // Aliases the key columns cannot be called.
  const [times, first, total] = ["times", "first", "total"].map((a) =>
    quoteIdent(`__lifecycle_${a}`),
  );
  const repeated = `SELECT ${group}, count(*) AS ${times}, min(${side.order}) AS ${first}, count(*) OVER () AS ${total} FROM ${side.relation} GROUP BY ${group} HAVING count(*) > 1`;
  const rows = await engine.rows(
    `SELECT ${keyProjection(key, quoteIdent)}, ${times} AS times, ${total} AS total FROM (${repeated}) ORDER BY ${first} LIMIT ${EXAMPLES}`,
  );
  const head = rows[0];
  if (!head) return;
  const listed = renderKeys(rows, key, side).map(
    (text, i) => `${text} ${String(rows[i]?.times)} times`,
  );
  const count = Number(head.total);
  throw new StepError(
    `key (${key.join(", ")}) is not unique in ${side.label}: ${count} key(s) appear more than once: ${listed.join(", ")}${count > rows.length ? ", ..." : ""}`,
  );
}

interface ColumnPlan {
  /** Non-key columns of the new data that are joined in (in the new data's order). */
  upserted: string[];
  /** Of those, the columns the previous version has (their values are replaced)... */
  updated: string[];
  /** ...and the ones it lacks (added after its columns). */
  inserted: string[];
  /** Non-key columns of the new data left out (`insert_behavior: ignore`). */
  ignored: string[];
}

function planColumns(
  { key, fresh, prior }: Sides,
  insertBehavior: NonNullable<UpsertArgs["insert_behavior"]>,
): ColumnPlan {
  const inPrior = (name: string) => prior.columns.some((c) => c.name === name);
  const candidates = fresh.columns.map((c) => c.name).filter((name) => !key.includes(name));
  const extra = candidates.filter((name) => !inPrior(name));
  if (insertBehavior === "error" && extra.length > 0) {
    throw new StepError(
      `insert_behavior is error, and ${extra.length} column(s) of the new data are not in ${prior.label}: ${extra.join(", ")} (insert_behavior: allow adds them, ignore leaves them out)`,
    );
  }
  const ignored = insertBehavior === "ignore" ? extra : [];
  const upserted = candidates.filter((name) => !ignored.includes(name));
  return {
    upserted,
    updated: upserted.filter(inPrior),
    inserted: upserted.filter((name) => !inPrior(name)),
    ignored,
  };
}

/** The new data's column `name` in the joined table. */
function newColumn({ fresh }: Sides, name: string): string {
  return quoteIdent(`n${fresh.columns.findIndex((c) => c.name === name)}`);
}

/** The previous version's column `name` in the joined table. */
function oldColumn({ prior }: Sides, name: string): string {
  return quoteIdent(`p${prior.columns.findIndex((c) => c.name === name)}`);
}

function keyCondition(key: string[], left: (k: string) => string, right: (k: string) => string) {
  return key.map((k) => `${left(k)} IS NOT DISTINCT FROM ${right(k)}`).join(" AND ");
}

/**
 * The previous version left-joined to the new data, in the previous version's row order; columns
 * are renamed `p<i>` / `n<i>` (positions on each side) so that no name can collide.
 */
async function join({ engine, key, fresh, prior }: Sides, upserted: string[]): Promise<string> {
  const priorColumns = prior.columns.map((c, i) => `p.${quoteIdent(c.name)} AS p${i}`);
  const freshColumns = fresh.columns
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => upserted.includes(c.name))
    .map(({ c, i }) => `n.${quoteIdent(c.name)} AS n${i}`);
  const on = keyCondition(
    key,
    (k) => `p.${quoteIdent(k)}`,
    (k) => `n.${quoteIdent(k)}`,
  );
  const right = `(SELECT *, true AS ${MATCHED} FROM ${fresh.relation})`;
  const columns = [...priorColumns, ...freshColumns, `n.${MATCHED} AS matched`].join(", ");
  const table = await engine.materialize(
    `SELECT ${columns} FROM ${prior.relation} p LEFT JOIN ${right} n ON ${on} ORDER BY p.${prior.order}`,
  );
  return table.table;
}

/** Keys are unique on both sides: each matched row of the previous version is one new row. */
async function countMatches(
  { engine, fresh }: Sides,
  joined: string,
): Promise<{ matched: number; missing: number; dropped: number }> {
  const [row] = await engine.rows(
    `SELECT count(*) FILTER (WHERE matched) AS matched, count(*) FILTER (WHERE matched IS NULL) AS missing FROM ${joined}`,
  );
  const matched = Number(row?.matched ?? 0);
  return { matched, missing: Number(row?.missing ?? 0), dropped: fresh.rows - matched };
}

async function missingExamples(sides: Sides, joined: string): Promise<string> {
  const { engine, key, prior } = sides;
  const select = `SELECT ${keyProjection(key, (name) => oldColumn(sides, name))} FROM ${joined} WHERE matched IS NULL ORDER BY rowid LIMIT ${EXAMPLES + 1}`;
  const rendered = renderKeys(await engine.rows(select), key, prior);
  return rendered.slice(0, EXAMPLES).join(", ") + (rendered.length > EXAMPLES ? ", ..." : "");
}

/** Every non-null value of `value` (of type `from`) converts to `to` (numbers without rounding). */
function failures(value: string, from: string, to: string): string {
  const cast = `TRY_CAST(${value} AS ${to})`;
  const lossy =
    NUMERIC.test(from) && NUMERIC.test(to) ? ` OR CAST(${cast} AS ${from}) <> ${value}` : "";
  return `(${value} IS NOT NULL AND (${cast} IS NULL${lossy}))`;
}

/**
 * An updated column keeps the previous version's type when every new value converts to it (as
 * pandas' `astype(..., errors="ignore")` does); otherwise the new data's type, or VARCHAR when
 * `coalesce` keeps old values that do not fit that either.
 */
async function resolveTypes(
  sides: Sides,
  joined: string,
  updated: string[],
  behavior: MissingKeyBehavior,
): Promise<Map<string, { previous: string; new: string; result: string }>> {
  const { fresh, prior } = sides;
  const types = new Map<string, { previous: string; new: string; result: string }>();
  const differing = updated.filter((name) => typeOf(fresh, name) !== typeOf(prior, name));
  if (differing.length === 0) return types;
  const counts = differing.flatMap((name, i) => {
    const [from, to] = [typeOf(fresh, name), typeOf(prior, name)];
    return [
      `count(*) FILTER (WHERE ${failures(newColumn(sides, name), from, to)}) AS a${i}`,
      `count(*) FILTER (WHERE matched IS NULL AND ${failures(oldColumn(sides, name), to, from)}) AS b${i}`,
    ];
  });
  const [row] = await sides.engine.rows(`SELECT ${counts.join(", ")} FROM ${joined}`);
  differing.forEach((name, i) => {
    const [fromType, toType] = [typeOf(fresh, name), typeOf(prior, name)];
    const result =
      Number(row?.[`a${i}`]) === 0
        ? toType
        : behavior !== "coalesce" || Number(row?.[`b${i}`]) === 0
          ? fromType
          : "VARCHAR";
    types.set(name, { previous: toType, new: fromType, result });
  });
  return types;
}

function updatedValue(
  sides: Sides,
  name: string,
  type: string | undefined,
  behavior: MissingKeyBehavior,
): string {
  const cast = (expr: string) => (type ? `CAST(${expr} AS ${type})` : expr);
  const value = cast(newColumn(sides, name));
  if (behavior !== "coalesce") return value;
  return `CASE WHEN matched THEN ${value} ELSE ${cast(oldColumn(sides, name))} END`;
}
