import { spawn, spawnSync } from "node:child_process";
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import { formatSummary, mib, ms, type Aim, type BenchContext } from "./aims.js";
import { runIngestChild, type ChildResult } from "./ingest-child.js";

const SIZES: Record<BenchContext["size"], number[]> = {
  full: [1_000_000, 10_000_000],
  small: [100_000],
};
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

async function generateCsv(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  out.write("Permit Number,Borough Name,BBL,Zip Code,Amount ($),Issued Date,Job Description\n");
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < rows; i++) {
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

/** $PYTHON, else the first python3 on PATH or the system's one that has pandas. */
function python(): string {
  if (process.env.PYTHON) return process.env.PYTHON;
  const candidates = ["python3", "/usr/bin/python3"];
  const found = candidates.find(
    (candidate) => spawnSync(candidate, ["-c", "import pandas"]).status === 0,
  );
  return found ?? "python3";
}

function pandasEngine(): "pyarrow" | "fastparquet" | "csv" | undefined {
  const probe = (module: string) =>
    spawnSync(python(), ["-c", `import pandas, ${module}`]).status === 0;
  if (!probe("sys")) return undefined;
  if (probe("pyarrow")) return "pyarrow";
  if (probe("fastparquet")) return "fastparquet";
  return "csv";
}

function runPandas(csv: string, dir: string, engine: string): { rows: number; seconds: number } {
  const out = path.join(dir, engine === "csv" ? "pandas.csv" : "pandas.parquet");
  const result = spawnSync(python(), ["-c", PANDAS_SCRIPT, csv, out, engine], {
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`pandas failed: ${result.stderr}`);
  const [rows, seconds] = result.stdout.trim().split(/\s+/).map(Number);
  return { rows: rows ?? 0, seconds: seconds ?? 0 };
}

/**
 * Rows of our Parquet file and pandas' output (Parquet, or CSV when pandas has no Parquet engine)
 * that differ in values or position, every value compared as text.
 */
async function rowsDiffering(ours: string, theirs: string): Promise<number> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const quote = (file: string) => `'${file.replace(/'/g, "''")}'`;
    const reader = (file: string) =>
      file.endsWith(".csv")
        ? `read_csv(${quote(file)}, all_varchar = true)`
        : `read_parquet(${quote(file)})`;
    const numbered = (file: string) =>
      `(SELECT row_number() OVER () AS n, CAST(COLUMNS(*) AS VARCHAR) FROM ${reader(file)})`;
    const result = await connection.runAndReadAll(
      `SELECT count(*) FROM ${numbered(ours)} a FULL JOIN ${numbered(theirs)} b USING (n) WHERE a IS DISTINCT FROM b`,
    );
    return Number(result.getRows()[0]?.[0] ?? -1);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

function rate(rows: number, seconds: number): string {
  return Math.round(rows / seconds).toLocaleString("en");
}

function pandasLine(engine: string, theirs: { rows: number; seconds: number }, rows: number) {
  const output = engine === "csv" ? "CSV (no parquet engine installed)" : `Parquet via ${engine}`;
  return `  pandas + ${output}: ${theirs.seconds.toFixed(2)} s, ${rate(rows, theirs.seconds)} rows/s, ${theirs.rows} rows out`;
}

/** One child process: its own peak RSS, nothing left over from the others. */
function child(args: string[]): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [fileURLToPath(import.meta.url), "--child", ...args], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    proc.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    proc.on("error", reject);
    proc.on("close", (code) => {
      if (code !== 0)
        reject(new Error(`ingest bench child ${args[0] ?? ""} exited ${String(code)}`));
      else resolve(JSON.parse(out.trim().split("\n").pop() ?? "{}") as ChildResult);
    });
  });
}

/**
 * Ingest generated CSVs (1M and 10M rows at full size) with clean_column_names, rename_columns and
 * deduplicate into Parquet; DuckDB's bare CSV -> Parquet conversion of the same file is the anchor.
 * Each runs in its own process, so peak RSS is its own. pandas checks the output row by row.
 */
export async function bench(context: BenchContext): Promise<Aim[]> {
  const aims: Aim[] = [];
  const sizes = SIZES[context.size];
  for (const rows of sizes) {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-bench-ingest-"));
    try {
      await fs.mkdir(path.join(root, "ingest_templates"));
      await fs.writeFile(path.join(root, "ingest_templates/bench_permits.yml"), TEMPLATE);
      const csv = path.join(root, "permits.csv");
      await generateCsv(csv, rows);
      const size = (await fs.stat(csv)).size / 1024 / 1024;
      const label = `${rows.toLocaleString("en")} rows`;
      context.log(
        `ingest bench: ${label}, ${size.toFixed(0)} MiB of CSV -> Parquet (clean_column_names, rename_columns, deduplicate)`,
      );
      const bare = await child(["bare", csv, path.join(root, "bare.parquet")]);
      context.log(
        `  DuckDB bare CSV -> Parquet: ${bare.seconds.toFixed(2)} s, ${rate(rows, bare.seconds)} rows/s, peak RSS ${bare.maxRssMiB.toFixed(0)} MiB`,
      );
      const ours = await child(["lifecycle", root]);
      context.log(
        `  lifecycle ingest: ${ours.seconds.toFixed(2)} s, ${rate(rows, ours.seconds)} rows/s, peak RSS ${ours.maxRssMiB.toFixed(0)} MiB, ${ours.rows ?? "?"} rows out`,
      );
      aims.push({
        name: `ingest ${label}, time`,
        measured: ms("lifecycle", ours.seconds * 1000),
        anchor: ms("DuckDB bare", bare.seconds * 1000),
        max: 1.5,
      });
      if (rows === sizes[sizes.length - 1])
        aims.push({
          name: `ingest ${label}, peak RSS`,
          measured: mib("lifecycle", ours.maxRssMiB),
          anchor: mib("DuckDB bare", bare.maxRssMiB),
          max: 1.5,
        });
      await comparePandas(context, root, csv, rows, ours);
    } finally {
      await fs.rm(root, { recursive: true, force: true });
    }
  }
  return aims;
}

async function comparePandas(
  context: BenchContext,
  root: string,
  csv: string,
  rows: number,
  ours: ChildResult,
) {
  const engine = pandasEngine();
  if (!engine) {
    context.log("  pandas: not available (python3 -c 'import pandas' failed); output not compared");
    return;
  }
  const theirs = runPandas(csv, root, engine);
  context.log(pandasLine(engine, theirs, rows));
  if (theirs.rows !== ours.rows)
    context.log(`  WARNING: row counts differ (${String(ours.rows)} vs ${theirs.rows})`);
  if (ours.parquet) {
    const output = path.join(root, engine === "csv" ? "pandas.csv" : "pandas.parquet");
    const differing = await rowsDiffering(ours.parquet, output);
    context.log(`  rows that differ from pandas' output, position by position: ${differing}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv[2] === "--child") {
    console.log(JSON.stringify(await runIngestChild(process.argv.slice(3), TEMPLATE)));
  } else {
    const cli = path.resolve(path.dirname(process.argv[1]), "../src/cli/bin.js");
    const size = process.env.BENCH_SIZE === "small" ? "small" : "full";
    for (const line of formatSummary(await bench({ log: console.log, size, cli })))
      console.log(line);
  }
}
