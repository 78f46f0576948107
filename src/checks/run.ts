import fs from "node:fs/promises";
import path from "node:path";
import { errorMessage } from "../core/errors.js";
import { Engine, quoteIdent, quoteString } from "../ingest/engine.js";
import type { ProcessRunner } from "../process/runner.js";
import type { S3ConnectionSettings } from "../store/s3-client.js";
import { kindOf, type CheckConfig, type CheckResult } from "./schema.js";

export interface CheckRunOptions {
  checks: readonly CheckConfig[];
  /** The folder whose Parquet and CSV files are the tables (a build's output/). */
  dir: string;
  runner: ProcessRunner;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** lifecycle.yml's `s3:` connection settings, for `exists` checks. */
  s3?: S3ConnectionSettings | undefined;
}

interface Table {
  name: string;
  file: string;
}

const TABLE_FILE = /\.(parquet|csv)$/i;
const NO_SQL: ReadonlySet<string> = new Set(["command", "exists"]);

/** Every Parquet and CSV file under `dir`, named by its path without extension (`/` as `__`). */
async function tablesIn(dir: string): Promise<Table[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && TABLE_FILE.test(e.name))
    .map((e) => {
      const file = path.join(e.parentPath, e.name);
      const name = path.relative(dir, file).replace(TABLE_FILE, "").split(path.sep).join("__");
      return { name, file };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

function reader(table: Table): string {
  const file = quoteString(table.file);
  return /\.parquet$/i.test(table.file) ? `read_parquet(${file})` : `read_csv(${file})`;
}

/** Run every check; a check that cannot run (no such table, bad SQL) fails with the reason. */
export async function runChecks(options: CheckRunOptions): Promise<CheckResult[]> {
  if (options.checks.length === 0) return [];
  const tables = await tablesIn(options.dir);
  const needsSql = options.checks.some((c) => !NO_SQL.has(kindOf(c)));
  const engine = needsSql ? await Engine.open() : undefined;
  try {
    for (const table of tables)
      await engine?.run(`CREATE VIEW ${quoteIdent(table.name)} AS SELECT * FROM ${reader(table)}`);
    const results: CheckResult[] = [];
    for (const check of options.checks)
      results.push(await runOne(check, { ...options, tables, engine }));
    return results;
  } finally {
    engine?.close();
  }
}

interface Context extends CheckRunOptions {
  tables: Table[];
  engine: Engine | undefined;
}

interface Finding {
  passed: boolean;
  observed: unknown;
  expected: unknown;
  message: string;
}

async function runOne(check: CheckConfig, ctx: Context): Promise<CheckResult> {
  const kind = kindOf(check);
  const name = check.name ?? defaultName(check);
  try {
    const finding = await evaluate(check, ctx);
    return { name, kind, severity: check.severity, ...finding };
  } catch (error) {
    const message = `could not run: ${errorMessage(error)}`;
    return {
      name,
      kind,
      severity: check.severity,
      passed: false,
      observed: null,
      expected: null,
      message,
    };
  }
}

function defaultName(check: CheckConfig): string {
  if ("row_count" in check) return `row_count ${check.row_count.table ?? ""}`.trim();
  if ("columns" in check) return `columns ${check.columns.table ?? ""}`.trim();
  if ("not_null" in check) return `not_null ${check.not_null.columns.join(",")}`;
  if ("unique" in check) return `unique ${check.unique.columns.join(",")}`;
  if ("sql" in check) return "sql";
  if ("exists" in check) return `exists ${check.exists.url}`;
  return "command";
}

function tableFor(ctx: Context, wanted: string | undefined): string {
  if (wanted !== undefined) {
    if (!ctx.tables.some((t) => t.name === wanted)) {
      const known = ctx.tables.map((t) => t.name).join(", ") || "none";
      throw new Error(`no output table ${JSON.stringify(wanted)}; tables: ${known}`);
    }
    return quoteIdent(wanted);
  }
  const [only, ...others] = ctx.tables;
  if (!only) throw new Error("the build output has no Parquet or CSV file to check");
  if (others.length > 0)
    throw new Error(
      `the output has ${ctx.tables.length} tables; name one with table: (${ctx.tables.map((t) => t.name).join(", ")})`,
    );
  return quoteIdent(only.name);
}

function sql(ctx: Context): Engine {
  if (!ctx.engine) throw new Error("no SQL engine");
  return ctx.engine;
}

async function evaluate(check: CheckConfig, ctx: Context): Promise<Finding> {
  if ("row_count" in check) return rowCount(check.row_count, ctx);
  if ("columns" in check) return columns(check.columns, ctx);
  if ("not_null" in check) return notNull(check.not_null, ctx);
  if ("unique" in check) return unique(check.unique, ctx);
  if ("sql" in check) return sqlCheck(check.sql, ctx);
  if ("exists" in check) {
    // Loaded here: the S3 SDK is for the checks that name an object store.
    const { checkObjectsExist } = await import("./exists.js");
    return checkObjectsExist(check.exists, ctx.env, ctx.s3);
  }
  return commandCheck(check.command, ctx);
}

async function rowCount(
  c: { table?: string | undefined; min?: number | undefined; max?: number | undefined },
  ctx: Context,
): Promise<Finding> {
  const rows = Number(await sql(ctx).scalar(`SELECT count(*) FROM ${tableFor(ctx, c.table)}`));
  const passed = (c.min === undefined || rows >= c.min) && (c.max === undefined || rows <= c.max);
  const expected = { min: c.min ?? null, max: c.max ?? null };
  const bounds = [
    c.min !== undefined ? `>= ${c.min}` : "",
    c.max !== undefined ? `<= ${c.max}` : "",
  ]
    .filter(Boolean)
    .join(" and ");
  return { passed, observed: rows, expected, message: `${rows} rows; expected ${bounds}` };
}

async function columns(
  c: { table?: string | undefined; required: string[] | Record<string, string> },
  ctx: Context,
): Promise<Finding> {
  const actual = await sql(ctx).describe(`SELECT * FROM ${tableFor(ctx, c.table)}`);
  const types = new Map(actual.map((col) => [col.name, col.type]));
  const required = Array.isArray(c.required)
    ? Object.fromEntries(c.required.map((n) => [n, undefined]))
    : c.required;
  const problems: string[] = [];
  for (const [column, type] of Object.entries(required)) {
    const found = types.get(column);
    if (found === undefined) problems.push(`${column} is missing`);
    else if (type !== undefined && found.toUpperCase() !== type.toUpperCase())
      problems.push(`${column} is ${found}, not ${type}`);
  }
  const observed = Object.fromEntries(types);
  const message = problems.length === 0 ? "every required column is there" : problems.join("; ");
  return { passed: problems.length === 0, observed, expected: c.required, message };
}

async function notNull(
  c: { table?: string | undefined; columns: string[] },
  ctx: Context,
): Promise<Finding> {
  const table = tableFor(ctx, c.table);
  const counts = c.columns.map(
    (col) => `count(*) FILTER (WHERE ${quoteIdent(col)} IS NULL) AS ${quoteIdent(col)}`,
  );
  const [row = {}] = await sql(ctx).rows(`SELECT ${counts.join(", ")} FROM ${table}`);
  const nulls = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]));
  const bad = Object.entries(nulls).filter(([, n]) => n > 0);
  const message =
    bad.length === 0 ? "no nulls" : bad.map(([k, n]) => `${k} has ${n} nulls`).join("; ");
  return { passed: bad.length === 0, observed: nulls, expected: 0, message };
}

async function unique(
  c: { table?: string | undefined; columns: string[] },
  ctx: Context,
): Promise<Finding> {
  const cols = c.columns.map(quoteIdent).join(", ");
  const duplicates = Number(
    await sql(ctx).scalar(
      `SELECT count(*) FROM (SELECT ${cols} FROM ${tableFor(ctx, c.table)} GROUP BY ${cols} HAVING count(*) > 1)`,
    ),
  );
  const message =
    duplicates === 0
      ? `${c.columns.join(", ")} unique`
      : `${duplicates} values of ${c.columns.join(", ")} repeat`;
  return { passed: duplicates === 0, observed: duplicates, expected: 0, message };
}

async function sqlCheck(query: string, ctx: Context): Promise<Finding> {
  const rows = await sql(ctx).rows(query);
  const first = rows[0] === undefined ? undefined : JSON.stringify(rows[0], bigints);
  const message =
    rows.length === 0
      ? "the query returned no rows"
      : `${rows.length} failing rows, first: ${first}`;
  return { passed: rows.length === 0, observed: rows.length, expected: 0, message };
}

function bigints(_key: string, value: unknown): unknown {
  return typeof value === "bigint" ? Number(value) : value;
}

async function commandCheck(command: string, ctx: Context): Promise<Finding> {
  let tail = "";
  const result = await ctx.runner.run(command, {
    cwd: ctx.dir,
    env: ctx.env,
    signal: ctx.signal,
    timeoutMs: ctx.timeoutMs,
    onOutput: (chunk) => {
      tail = (tail + chunk).slice(-2000);
    },
  });
  const passed = result.exitCode === 0;
  const last = tail.trim().split("\n").at(-1) ?? "";
  const end = result.timedOut ? "timed out" : `exited ${result.exitCode ?? result.signal}`;
  return {
    passed,
    observed: result.exitCode,
    expected: 0,
    message: passed ? "exited 0" : `${end}${last ? `: ${last}` : ""}`,
  };
}

/** The failed checks of severity error: what blocks package and publish. */
export function blockingFailures(results: readonly CheckResult[]): CheckResult[] {
  return results.filter((r) => !r.passed && r.severity === "error");
}

/** One line per failed check, for errors and summaries. */
export function describeFailures(results: readonly CheckResult[]): string {
  return results
    .filter((r) => !r.passed)
    .map((r) => `${r.severity} check ${r.name}: ${r.message}`)
    .join("\n");
}
