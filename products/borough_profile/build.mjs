// Build of the borough_profile demo product: joins boroughs with their community districts and
// writes borough_profile.csv, district_profile.csv and build_info.json into $LIFECYCLE_OUTPUT_DIR.
import { DuckDBInstance } from "@duckdb/node-api";
import fs from "node:fs";
import path from "node:path";

const inputDir = required("LIFECYCLE_INPUT_DIR");
const outputDir = required("LIFECYCLE_OUTPUT_DIR");
const decimals = Number(process.env.DENSITY_DECIMALS ?? "0");

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run this through "lifecycle materialize"`);
  return value;
}

/** The table an ingest wrote for an input (`<id>.parquet`, or `<id>.csv`), as a DuckDB scan. */
function scan(importAs) {
  const dir = path.join(inputDir, importAs);
  const files = fs.readdirSync(dir);
  const parquet = files.find((f) => f.endsWith(".parquet"));
  if (parquet) return `read_parquet('${path.join(dir, parquet)}')`;
  const csv = files.find((f) => f.endsWith(".csv"));
  if (csv) return `read_csv_auto('${path.join(dir, csv)}')`;
  throw new Error(`no .parquet or .csv file for input ${importAs} in ${dir}`);
}

const db = await DuckDBInstance.create(":memory:");
const sql = await db.connect();
await sql.run(`CREATE TABLE boroughs AS SELECT * FROM ${scan("dcp_boroughs")}`);
await sql.run(`CREATE TABLE districts AS SELECT * FROM ${scan("districts")}`);
await sql.run(`
  CREATE TABLE borough_profile AS
  SELECT b.borocode::INTEGER AS borocode, b.boroname, b.land_area_sqmi::DOUBLE AS land_area_sqmi,
         count(d.borocd) AS districts,
         sum(d.pop_2020)::BIGINT AS pop_2020,
         sum(d.hu_2020)::BIGINT AS hu_2020,
         round(sum(d.pop_2020) / b.land_area_sqmi, ${decimals}) AS persons_per_sqmi,
         round(sum(d.pop_2020) / sum(d.hu_2020), 2) AS persons_per_unit
  FROM boroughs b LEFT JOIN districts d ON d.borocode::INTEGER = b.borocode::INTEGER
  GROUP BY b.borocode, b.boroname, b.land_area_sqmi ORDER BY borocode`);
await sql.run(`
  CREATE TABLE district_profile AS
  SELECT d.borocd::INTEGER AS borocd, d.cd_name, p.boroname, d.pop_2020::BIGINT AS pop_2020,
         d.hu_2020::BIGINT AS hu_2020, round(100.0 * d.pop_2020 / p.pop_2020, 2) AS pct_of_borough_pop
  FROM districts d JOIN borough_profile p ON p.borocode = d.borocode::INTEGER
  ORDER BY borocd`);
for (const table of ["borough_profile", "district_profile"]) {
  await sql.run(`COPY ${table} TO '${path.join(outputDir, `${table}.csv`)}' (HEADER, DELIMITER ',')`);
}
const totals = (await sql.runAndReadAll("SELECT sum(pop_2020)::BIGINT AS pop FROM borough_profile")).getRowObjectsJson();
const info = {
  product: process.env.LIFECYCLE_PRODUCT,
  partition: process.env.LIFECYCLE_PARTITION,
  profile_year: process.env.PROFILE_YEAR,
  inputs: { dcp_boroughs: process.env.BOROUGHS_VERSION, dcp_community_districts: process.env.DISTRICTS_VERSION },
  total_population: totals[0]?.pop,
};
fs.writeFileSync(path.join(outputDir, "build_info.json"), `${JSON.stringify(info, null, 2)}\n`);
console.log(`borough_profile: ${info.total_population} residents in 5 boroughs`);
