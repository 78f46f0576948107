// Step 3: playgrounds per borough (from the Socrata-served dpr_playgrounds) next to park acreage.
import { connect, output, scan } from "./lib.mjs";

const sql = await connect();
await sql.run(`CREATE TABLE playgrounds AS SELECT * FROM ${scan("playgrounds")}`);
await sql.run(`CREATE TABLE by_borough AS SELECT * FROM read_csv_auto('${output("parks_by_borough.csv")}')`);
await sql.run(`
  COPY (
    SELECT b.borocode, b.boroname, count(p.name) AS playgrounds,
           round(1000000 * count(p.name) / b.pop_2020, 1) AS playgrounds_per_million
    FROM by_borough b
    LEFT JOIN playgrounds p ON p.borocd // 100 = b.borocode
    GROUP BY b.borocode, b.boroname, b.pop_2020
    ORDER BY b.borocode
  ) TO '${output("playgrounds_by_borough.csv")}' (HEADER)`);
const rows = (await sql.runAndReadAll(`SELECT boroname, playgrounds FROM read_csv_auto('${output("playgrounds_by_borough.csv")}')`)).getRowObjectsJson();
for (const row of rows) console.log(`playgrounds: ${row.boroname}: ${row.playgrounds}`);
