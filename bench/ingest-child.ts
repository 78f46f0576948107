import path from "node:path";
import { parseTemplateFile } from "../src/config/template/index.js";
import { engineConfig } from "../src/ingest/engine.js";
import { ingestDataset } from "../src/ingest/index.js";
import { StoreLayout } from "../src/store/layout.js";

export interface ChildResult {
  seconds: number;
  /** Peak resident set of the whole child process. */
  maxRssMiB: number;
  rows?: number;
  parquet?: string;
}

/**
 * One side of the ingest bench, run in a process of its own: `bare CSV PARQUET` (one COPY in a
 * fresh DuckDB, with lifecycle's default memory settings) or `lifecycle ROOT` (the whole ingest).
 */
export async function runIngestChild(args: string[], template: string): Promise<ChildResult> {
  const [mode, first = "", second = ""] = args;
  const start = performance.now();
  if (mode === "bare") {
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const instance = await DuckDBInstance.create(":memory:", engineConfig({}));
    const connection = await instance.connect();
    const quote = (file: string) => `'${file.replace(/'/g, "''")}'`;
    await connection.run(
      `COPY (SELECT * FROM read_csv(${quote(first)})) TO ${quote(second)} (FORMAT parquet)`,
    );
    connection.closeSync();
    instance.closeSync();
    return finished(start, {});
  }
  if (mode !== "lifecycle") throw new Error(`unknown ingest bench child: ${String(mode)}`);
  const file = "ingest_templates/bench_permits.yml";
  const parsed = parseTemplateFile(file, template);
  if (!parsed.template) throw new Error("bench template is invalid");
  const result = await ingestDataset({
    project: {
      root: first,
      settings: {},
      templates: new Map([["bench_permits", { file, template: parsed.template }]]),
    },
    layout: new StoreLayout(path.join(first, ".lifecycle")),
    templateId: "bench_permits",
    version: "bench",
  });
  const parquet = path.join(result.dir, "bench_permits.parquet");
  return finished(start, { rows: Number(result.metadata.rows), parquet });
}

function finished(start: number, extra: Partial<ChildResult>): ChildResult {
  return {
    seconds: (performance.now() - start) / 1000,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    ...extra,
  };
}
