// Build of the borough_ranking demo product: ranks the boroughs of borough_profile's output by
// density and writes borough_ranking.csv into $LIFECYCLE_OUTPUT_DIR.
import fs from "node:fs";
import path from "node:path";

const inputDir = required("LIFECYCLE_INPUT_DIR");
const outputDir = required("LIFECYCLE_OUTPUT_DIR");

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run this through "lifecycle materialize"`);
  return value;
}

const [header, ...lines] = fs
  .readFileSync(path.join(inputDir, "profile", "borough_profile.csv"), "utf8")
  .trim()
  .split("\n")
  .map((line) => line.split(","));
const column = (name) => {
  const index = header.indexOf(name);
  if (index < 0) throw new Error(`borough_profile.csv has no column ${name}`);
  return index;
};
const [name, density] = [column("boroname"), column("persons_per_sqmi")];
const ranked = lines
  .map((row) => ({ borough: row[name], density: Number(row[density]) }))
  .sort((a, b) => b.density - a.density);
const csv = ["rank,boroname,persons_per_sqmi"]
  .concat(ranked.map((r, i) => `${i + 1},${r.borough},${r.density}`))
  .join("\n");
fs.writeFileSync(path.join(outputDir, "borough_ranking.csv"), `${csv}\n`);
console.log(`borough_ranking: densest is ${ranked[0]?.borough}`);
