import type { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { loadDuckDB } from "../runtime/duckdb.js";

/**
 * The data being ingested: a materialised DuckDB table plus the columns to read from it, each an
 * SQL expression over that table. Steps that only touch columns (rename, clean, coerce, ...) edit
 * the expressions and cost nothing; steps that change rows materialise a new table.
 */
export interface Frame {
  table: string;
  columns: FrameColumn[];
  /** Unknown while `table` is a view over the raw file that nothing has read yet. */
  rows: number | undefined;
}

export interface FrameColumn {
  name: string;
  expr: string;
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function quoteString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export function selectList(frame: Frame): string {
  return frame.columns
    .map((c) => (c.expr === quoteIdent(c.name) ? c.expr : `${c.expr} AS ${quoteIdent(c.name)}`))
    .join(", ");
}

/** `SELECT <columns> FROM <table>`, rows in table order. */
export function frameSelect(frame: Frame, tail = ""): string {
  const columns = frame.columns.length > 0 ? selectList(frame) : "NULL AS __empty";
  return `SELECT ${columns} FROM ${frame.table}${tail ? ` ${tail}` : ""}`;
}

export interface EngineOptions {
  /** DuckDB's memory_limit (`1GB`): past it, operators and tables spill to `tempDirectory`. */
  memoryLimit?: string;
  tempDirectory?: string;
  threads?: number;
}

/**
 * Without a limit DuckDB may take 80% of the machine's memory (3.3 GiB to deduplicate 10M rows);
 * with one it spills to the temp directory, so a 100M-row ingest fits a 7 GB runner.
 */
export const DEFAULT_MEMORY_LIMIT = "1GB";

export function engineConfig(options: EngineOptions): Record<string, string> {
  return {
    preserve_insertion_order: "true",
    memory_limit: options.memoryLimit ?? DEFAULT_MEMORY_LIMIT,
    ...(options.tempDirectory ? { temp_directory: options.tempDirectory } : {}),
    ...(options.threads !== undefined ? { threads: String(options.threads) } : {}),
  };
}

export class Engine {
  private tables = 0;

  private constructor(
    private readonly instance: DuckDBInstance,
    readonly connection: DuckDBConnection,
  ) {}

  static async open(options: EngineOptions = {}): Promise<Engine> {
    const { DuckDBInstance } = await loadDuckDB();
    const instance = await DuckDBInstance.create(":memory:", engineConfig(options));
    try {
      return new Engine(instance, await instance.connect());
    } catch (error) {
      instance.closeSync();
      throw error;
    }
  }

  /** Run a statement; resolves to the rows it changed (for COPY: the rows written). */
  async run(sql: string): Promise<number> {
    return (await this.connection.run(sql)).rowsChanged;
  }

  async rows(sql: string): Promise<Record<string, unknown>[]> {
    const reader = await this.connection.runAndReadAll(sql);
    return reader.getRowObjectsJS();
  }

  async scalar(sql: string): Promise<unknown> {
    const [row] = await this.rows(sql);
    return row ? Object.values(row)[0] : undefined;
  }

  /** Run `select` into a new table; its columns are the table's columns, unchanged. */
  async materialize(select: string): Promise<Frame & { rows: number }> {
    const table = `t${++this.tables}`;
    await this.run(`CREATE TABLE ${table} AS ${select}`);
    const rows = Number(await this.scalar(`SELECT count(*) FROM ${table}`));
    const names = await this.columnNames(`SELECT * FROM ${table}`);
    return { table, rows, columns: names.map((name) => ({ name, expr: quoteIdent(name) })) };
  }

  /**
   * A view over `select` (the raw file, or a step's result), read only when something needs its
   * rows: the last step's rows go straight into the Parquet output.
   */
  async source(select: string): Promise<Frame> {
    const table = `t${++this.tables}`;
    await this.run(`CREATE VIEW ${table} AS ${select}`);
    // From the catalog: DESCRIBE would bind the view again (for a CSV file: sniff it again).
    const rows = await this.rows(
      `SELECT column_name FROM duckdb_columns() WHERE table_name = ${quoteString(table)} ORDER BY column_index`,
    );
    const names = rows.map((r) => String(r.column_name));
    return {
      table,
      rows: undefined,
      columns: names.map((name) => ({ name, expr: quoteIdent(name) })),
    };
  }

  /** The frame as a table (materialised when it is still a view): rows counted, `rowid` usable. */
  async table(frame: Frame): Promise<Frame & { rows: number }> {
    if (frame.rows !== undefined) return { ...frame, rows: frame.rows };
    return this.materialize(frameSelect(frame));
  }

  async columnNames(select: string): Promise<string[]> {
    return (await this.describe(select)).map((c) => c.name);
  }

  async describe(select: string): Promise<{ name: string; type: string }[]> {
    const rows = await this.rows(`DESCRIBE ${select}`);
    return rows.map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
  }

  /** Stop the running query (on abort). */
  interrupt(): void {
    this.connection.interrupt();
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}
