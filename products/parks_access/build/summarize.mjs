// Step 2: per-borough totals from step 1's outputs plus the borough table -> parks_by_borough.csv.
import { connect, output, scan } from "./lib.mjs";

const sql = await connect();
await sql.run(`CREATE TABLE boroughs AS SELECT * FROM ${scan("dcp_boroughs")}`);
await sql.run(`CREATE TABLE parks AS SELECT * FROM read_csv_auto('${output("parks.csv")}')`);
await sql.run(`CREATE TABLE by_district AS SELECT * FROM read_csv_auto('${output("parks_by_district.csv")}')`);
await sql.run(`
  COPY (
    WITH pop AS (SELECT borocd // 100 AS borocode, sum(pop_2020) AS pop_2020 FROM by_district GROUP BY 1),
         acres AS (SELECT borocode::INTEGER AS borocode, count(*) AS parks, sum(acres) AS park_acres FROM parks GROUP BY 1)
    SELECT b.borocode::INTEGER AS borocode, b.boroname, pop.pop_2020::BIGINT AS pop_2020,
           coalesce(acres.parks, 0) AS parks, round(coalesce(acres.park_acres, 0), 2) AS park_acres,
           round(1000 * coalesce(acres.park_acres, 0) / pop.pop_2020, 3) AS acres_per_1000
    FROM boroughs b
    LEFT JOIN pop ON pop.borocode = b.borocode::INTEGER
    LEFT JOIN acres ON acres.borocode = b.borocode::INTEGER
    ORDER BY borocode
  ) TO '${output("parks_by_borough.csv")}' (HEADER)`);
const rows = (await sql.runAndReadAll(`SELECT boroname, acres_per_1000 FROM read_csv_auto('${output("parks_by_borough.csv")}')`)).getRowObjectsJson();
for (const row of rows) console.log(`summarize: ${row.boroname}: ${row.acres_per_1000} park acres per 1,000 residents`);
