// package_command of parks_access: adds README.md (files, row counts, input versions) to the package.
import fs from "node:fs";
import path from "node:path";

const packageDir = process.env.LIFECYCLE_PACKAGE_DIR;
const outputDir = process.env.LIFECYCLE_OUTPUT_DIR;
if (!packageDir || !outputDir) throw new Error("run this through lifecycle's package stage");
const lines = [
  `# parks_access ${process.env.LIFECYCLE_PARTITION}`,
  "",
  "Park acreage per 1,000 residents, per community district and per borough.",
  "",
  "| file | rows |",
  "| --- | --- |",
];
for (const file of fs.readdirSync(outputDir).sort()) {
  if (!file.endsWith(".csv")) continue;
  const rows = fs.readFileSync(path.join(outputDir, file), "utf8").trim().split("\n").length - 1;
  lines.push(`| output/${file} | ${rows} |`);
}
fs.writeFileSync(path.join(packageDir, "README.md"), `${lines.join("\n")}\n`);
console.log(`package: README.md written for ${process.env.LIFECYCLE_PRODUCT}`);
