/**
 * The lifecycle project `lifecycle init` writes: one ingest template reading a CSV kept in the
 * repository (so the first run works offline), one product whose recipe loads it and whose build
 * is a dependency-free Node script, and project settings.
 */

const TEMPLATE = `# An ingest template: where a dataset comes from and how to clean it (docs: ingest).
# This one reads a CSV kept in the repository; swap the source for a URL, an API or s3://.
id: example_counts
acl: public-read

attributes:
  name: Example counts
  description: Counts per borough and category (sample data in ingest_templates/data/).

ingestion:
  source:
    type: local_file
    path: ingest_templates/data/example_counts.csv
  file_format:
    type: csv
  processing_steps:
  - name: clean_column_names
    args:
      lower: true
      replace:
        " ": "_"

columns:
- id: borough
  data_type: text
- id: category
  data_type: text
- id: count
  data_type: integer

# Also write example_counts.csv beside the parquet file, so the build needs no parquet reader.
outputs: [parquet, csv]
`;

const CSV = `Borough,Category,Count
Bronx,parks,40
Bronx,libraries,35
Brooklyn,parks,95
Brooklyn,libraries,60
Manhattan,parks,70
Manhattan,libraries,44
Queens,parks,110
Queens,libraries,65
Staten Island,parks,38
Staten Island,libraries,13
`;

const PRODUCTS = `# The data products of this repository (docs: config). Each runs plan -> load -> build -> package.
products:
- id: example_summary
  description: Totals per borough from the example_counts dataset.
  tags: [example]
  version: "2025.1"
  # Runs in products/example_summary/ with the recipe's inputs in $LIFECYCLE_INPUT_DIR.
  build_command: node build.mjs
  timeout_minutes: 10
`;

const RECIPE = `name: Example summary
product: example_summary

inputs:
  missing_versions_strategy: find_latest
  datasets:
  - name: example_counts
    file_type: csv
    version_env_var: EXAMPLE_COUNTS_VERSION
`;

const BUILD = `// The build of example_summary: reads the ingested example_counts.csv and writes one total per
// borough to $LIFECYCLE_OUTPUT_DIR/borough_totals.csv. Plain Node, no dependencies.
import fs from "node:fs";
import path from "node:path";

const inputDir = required("LIFECYCLE_INPUT_DIR");
const outputDir = required("LIFECYCLE_OUTPUT_DIR");

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(\`\${name} is not set: run this through "lifecycle materialize"\`);
  return value;
}

const input = path.join(inputDir, "example_counts", "example_counts.csv");
const [header, ...rows] = fs.readFileSync(input, "utf8").trim().split("\\n");
const columns = header.split(",");
const at = (name) => {
  const index = columns.indexOf(name);
  if (index < 0) throw new Error(\`\${input}: no column \${name} (columns: \${columns.join(", ")})\`);
  return index;
};
const borough = at("borough");
const count = at("count");

const totals = new Map();
for (const row of rows) {
  const cells = row.split(",");
  totals.set(cells[borough], (totals.get(cells[borough]) ?? 0) + Number(cells[count]));
}

const lines = ["borough,total", ...[...totals].sort().map(([b, t]) => \`\${b},\${t}\`)];
fs.mkdirSync(outputDir, { recursive: true });
fs.writeFileSync(path.join(outputDir, "borough_totals.csv"), \`\${lines.join("\\n")}\\n\`);
console.log(\`borough_totals.csv: \${totals.size} boroughs from \${rows.length} rows\`);
`;

const SETTINGS = `# Project settings (docs: config). An empty file means every default.
#
# To keep the store (ingested datasets, stage outputs, packages) in an object store instead of
# the workflow's artifacts and cache, pass \`store: s3://bucket/prefix\` to the workflows in
# .github/workflows/, and set the endpoint here when it is not AWS:
# store:
#   endpoint: https://s3.example.com
#   region: us-east-1
`;

const GITIGNORE = `# lifecycle's local store: ingested datasets, stage outputs, packages.
.lifecycle/
`;

export const PROJECT_FILES: Record<string, string> = {
  "lifecycle.yml": SETTINGS,
  ".gitignore": GITIGNORE,
  "ingest_templates/example_counts.yml": TEMPLATE,
  "ingest_templates/data/example_counts.csv": CSV,
  "products/products.yml": PRODUCTS,
  "products/example_summary/recipe.yml": RECIPE,
  "products/example_summary/build.mjs": BUILD,
};
