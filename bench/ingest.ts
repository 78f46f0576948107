import { spawnSync } from "node:child_process";
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import { parseTemplateFile } from "../src/config/template/index.js";
import { ingestDataset } from "../src/ingest/index.js";
import { StoreLayout } from "../src/store/layout.js";

const ROWS = 1_000_000;
/** One row in this many repeats an earlier one, so deduplicate has work to do. */
const DUPLICATE_EVERY = 10;

const TEMPLATE = `id: bench_permits
attributes:
  name: Generated permits
ingestion:
  source: { type: local_file, path: permits.csv }
  file_format: { type: csv, dtype: { BBL: str, Zip Code: str } }
  processing_steps:
  - name: clean_column_names
    args: { replace: { " ": "_", "(": "", ")": "" }, lower: true }
  - name: rename_columns
    args: { map: { permit_number: permit_id, borough_name: borough, amount_$: amount } }
  - name: deduplicate
`;

/** The same work in pandas, timed inside Python from read_csv to the written Parquet file. */
const PANDAS_SCRIPT = `
import sys, time
import pandas as pd
src, out, engine = sys.argv[1], sys.argv[2], sys.argv[3]
start = time.perf_counter()
df = pd.read_csv(src, dtype={"BBL": str, "Zip Code": str})
cols = [c.replace(" ", "_").replace("(", "").replace(")", "").lower() for c in df.columns]
df.columns = cols
df = df.rename(columns={"permit_number": "permit_id", "borough_name": "borough", "amount_$": "amount"}, errors="raise")
df = df.drop_duplicates().reset_index(drop=True)
if engine == "csv":
    df.to_csv(out, index=False)
else:
    df.to_parquet(out, index=False, engine=engine)
print(len(df), time.perf_counter() - start)
`;

const BOROUGHS = ["Manhattan", "Bronx", "Brooklyn", "Queens", "Staten Island"];

async function generateCsv(file: string): Promise<void> {
  const out = createWriteStream(file);
  out.write("Permit Number,Borough Name,BBL,Zip Code,Amount ($),Issued Date,Job Description\n");
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < ROWS; i++) {
    const n = i % DUPLICATE_EVERY === DUPLICATE_EVERY - 1 ? i - 1 : i;
    const borough = BOROUGHS[n % 5] ?? "";
    const bbl = `${(n % 5) + 1}${String(n % 99999).padStart(5, "0")}${String(n % 9999).padStart(4, "0")}`;
    const amount = (Math.floor(random() * 1_000_000) / 100).toFixed(2);
    const day = String((n % 28) + 1).padStart(2, "0");
    const line = `P${n},${borough},${bbl},${10001 + (n % 400)},${n % DUPLICATE_EVERY === 0 ? amount : (n % 977) * 10},2024-03-${day},"Alteration type ${n % 3}, floor ${n % 40}"\n`;
    if (!out.write(line)) await once(out, "drain");
  }
  out.end();
  await once(out, "close");
}

function pandasEngine(): "pyarrow" | "fastparquet" | "csv" | undefined {
  const probe = (module: string) =>
    spawnSync("python3", ["-c", `import pandas, ${module}`]).status === 0;
  if (!probe("sys")) return undefined;
  if (probe("pyarrow")) return "pyarrow";
  if (probe("fastparquet")) return "fastparquet";
  return "csv";
}

function runPandas(csv: string, dir: string, engine: string): { rows: number; seconds: number } {
  const out = path.join(dir, engine === "csv" ? "pandas.csv" : "pandas.parquet");
  const result = spawnSync("python3", ["-c", PANDAS_SCRIPT, csv, out, engine], {
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`pandas failed: ${result.stderr}`);
  const [rows, seconds] = result.stdout.trim().split(/\s+/).map(Number);
  return { rows: rows ?? 0, seconds: seconds ?? 0 };
}

async function runLifecycle(
  root: string,
): Promise<{ rows: number; seconds: number; parquet: string }> {
  const file = "ingest_templates/bench_permits.yml";
  const { template } = parseTemplateFile(file, TEMPLATE);
  if (!template) throw new Error("bench template is invalid");
  const start = performance.now();
  const result = await ingestDataset({
    project: { root, settings: {}, templates: new Map([["bench_permits", { file, template }]]) },
    layout: new StoreLayout(path.join(root, ".lifecycle")),
    templateId: "bench_permits",
    version: "bench",
  });
  const seconds = (performance.now() - start) / 1000;
  const parquet = path.join(result.dir, "bench_permits.parquet");
  return { rows: Number(result.metadata.rows), seconds, parquet };
}

/**
 * Ingest a generated 1,000,000-row CSV with clean_column_names, rename_columns and deduplicate
 * into Parquet, and the same with pandas, in one run; print rows per second and the ratio.
 */
export async function runIngestBench(log: (line: string) => void = console.log): Promise<void> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-bench-ingest-"));
  try {
    await fs.mkdir(path.join(root, "ingest_templates"));
    await fs.writeFile(path.join(root, "ingest_templates/bench_permits.yml"), TEMPLATE);
    const csv = path.join(root, "permits.csv");
    await generateCsv(csv);
    const size = (await fs.stat(csv)).size / 1024 / 1024;
    log(
      `ingest bench: ${ROWS.toLocaleString("en")} rows, ${size.toFixed(0)} MiB of CSV -> Parquet (clean_column_names, rename_columns, deduplicate)`,
    );
    const ours = await runLifecycle(root);
    log(
      `  lifecycle (DuckDB): ${ours.seconds.toFixed(2)} s, ${rate(ROWS, ours.seconds)} rows/s in, ${ours.rows} rows out (whole ingest: copy, sha256, config.json)`,
    );
    const floor = await plainDuckDbCopy(csv, path.join(root, "plain.parquet"));
    log(
      `  DuckDB alone, CSV -> Parquet with no steps, no archive, no hash (the floor): ${floor.toFixed(2)} s, ${rate(ROWS, floor)} rows/s`,
    );
    const engine = pandasEngine();
    if (!engine) {
      log("  pandas: not available (python3 -c 'import pandas' failed); no ratio");
      return;
    }
    const theirs = runPandas(csv, root, engine);
    const output = engine === "csv" ? "CSV (no parquet engine installed)" : `Parquet via ${engine}`;
    log(
      `  pandas + ${output}: ${theirs.seconds.toFixed(2)} s, ${rate(ROWS, theirs.seconds)} rows/s in, ${theirs.rows} rows out (read_csv to file, in-process)`,
    );
    if (theirs.rows !== ours.rows)
      log(`  WARNING: row counts differ (${ours.rows} vs ${theirs.rows})`);
    if (engine !== "csv") {
      const differing = await rowsDiffering(ours.parquet, path.join(root, "pandas.parquet"));
      log(`  rows that differ from pandas' output, position by position: ${differing}`);
    }
    log(
      `  ratio: lifecycle is ${(theirs.seconds / ours.seconds).toFixed(1)}x faster than pandas (aim: 5x); DuckDB's bare conversion is ${(theirs.seconds / floor).toFixed(1)}x`,
    );
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
}

/** One COPY statement in a fresh DuckDB: the least any DuckDB-based ingest of this file costs. */
async function plainDuckDbCopy(csv: string, parquet: string): Promise<number> {
  const start = performance.now();
  const instance = await DuckDBInstance.create(":memory:", { preserve_insertion_order: "true" });
  const connection = await instance.connect();
  try {
    const quote = (file: string) => `'${file.replace(/'/g, "''")}'`;
    await connection.run(
      `COPY (SELECT * FROM read_csv(${quote(csv)})) TO ${quote(parquet)} (FORMAT parquet)`,
    );
    return (performance.now() - start) / 1000;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Rows of the two Parquet files that differ (values or order), compared as text. */
async function rowsDiffering(ours: string, theirs: string): Promise<number> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const numbered = (file: string) =>
      `(SELECT row_number() OVER () AS n, CAST(COLUMNS(*) AS VARCHAR) FROM read_parquet('${file.replace(/'/g, "''")}'))`;
    const reader = await connection.runAndReadAll(
      `SELECT count(*) FROM ${numbered(ours)} a FULL JOIN ${numbered(theirs)} b USING (n) WHERE a IS DISTINCT FROM b`,
    );
    return Number(reader.getRows()[0]?.[0] ?? -1);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

function rate(rows: number, seconds: number): string {
  return Math.round(rows / seconds).toLocaleString("en");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runIngestBench();
}
