// Shared by the parks_access build scripts: DuckDB over the loaded inputs.
import { DuckDBInstance } from "@duckdb/node-api";
import fs from "node:fs";
import path from "node:path";

export function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run this through "lifecycle materialize"`);
  return value;
}

/** The table an ingest wrote for an input (`<id>.parquet`, or `<id>.csv`), as a DuckDB scan. */
export function scan(importAs) {
  const dir = path.join(required("LIFECYCLE_INPUT_DIR"), importAs);
  const files = fs.readdirSync(dir);
  const parquet = files.find((f) => f.endsWith(".parquet"));
  if (parquet) return `read_parquet('${path.join(dir, parquet)}')`;
  const csv = files.find((f) => f.endsWith(".csv"));
  if (csv) return `read_csv_auto('${path.join(dir, csv)}')`;
  throw new Error(`no .parquet or .csv file for input ${importAs} in ${dir}`);
}

export function output(file) {
  return path.join(required("LIFECYCLE_OUTPUT_DIR"), file);
}

export async function connect() {
  const db = await DuckDBInstance.create(":memory:");
  return db.connect();
}

/** `'a','b'` from a comma-separated list, for an SQL IN clause. */
export function sqlList(text) {
  const items = text.split(",").map((s) => s.trim()).filter(Boolean);
  return items.length === 0 ? "NULL" : items.map((s) => `'${s.replaceAll("'", "''")}'`).join(",");
}
