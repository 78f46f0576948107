// Step 1: park acres per community district, per 1,000 residents -> parks_by_district.csv.
// Parks of the types in $EXCLUDED_PARK_TYPES are left out; parks in joint interest areas (no
// community district, e.g. Central Park) are kept for the borough totals in step 2.
import { connect, output, scan, sqlList } from "./lib.mjs";

const sql = await connect();
const excluded = sqlList(process.env.EXCLUDED_PARK_TYPES ?? "");
await sql.run(`CREATE TABLE parks AS SELECT * FROM ${scan("parks")} WHERE typecategory NOT IN (${excluded})`);
await sql.run(`CREATE TABLE districts AS SELECT * FROM ${scan("districts")}`);
await sql.run(`
  COPY (
    SELECT d.borocd::INTEGER AS borocd, d.cd_name, d.pop_2020::BIGINT AS pop_2020,
           count(p.name) AS parks, round(coalesce(sum(p.acres), 0), 2) AS park_acres,
           round(1000 * coalesce(sum(p.acres), 0) / d.pop_2020, 3) AS acres_per_1000
    FROM districts d LEFT JOIN parks p ON p.borocd::INTEGER = d.borocd::INTEGER
    GROUP BY d.borocd, d.cd_name, d.pop_2020 ORDER BY borocd
  ) TO '${output("parks_by_district.csv")}' (HEADER)`);
await sql.run(`COPY (SELECT * FROM parks ORDER BY borocode, name) TO '${output("parks.csv")}' (HEADER)`);
const kept = (await sql.runAndReadAll("SELECT count(*)::INTEGER AS n FROM parks")).getRowObjectsJson()[0]?.n;
console.log(`join_parks: ${kept} parks joined to community districts`);
