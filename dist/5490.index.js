export const id = 5490;
export const ids = [5490];
export const modules = {

/***/ 25490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initProject: () => (/* binding */ initProject)
});

// UNUSED EXPORTS: scaffoldFiles

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/init/scaffold-project.ts
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
const PROJECT_FILES = {
    "lifecycle.yml": SETTINGS,
    ".gitignore": GITIGNORE,
    "ingest_templates/example_counts.yml": TEMPLATE,
    "ingest_templates/data/example_counts.csv": CSV,
    "products/products.yml": PRODUCTS,
    "products/example_summary/recipe.yml": RECIPE,
    "products/example_summary/build.mjs": BUILD,
};

// EXTERNAL MODULE: ./src/core/release.ts + 1 modules
var release = __webpack_require__(93992);
;// CONCATENATED MODULE: ./src/init/scaffold-workflows.ts

/**
 * The caller workflows `lifecycle init` writes: each calls one of lifecycle's reusable workflows
 * at the release this lifecycle is (`@v<version>`), grants only what that workflow needs, and
 * passes the object-store secrets by name (never `secrets: inherit`). User input reaches the
 * reusable workflows as `with:` values only, never a `run:` line.
 */
function uses(workflow) {
    return `${release/* LIFECYCLE_REPOSITORY */.wP}/.github/workflows/${workflow}@${release/* LIFECYCLE_TAG */.aq}`;
}
const STORE_SECRETS = `    secrets:
      AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}
      AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
      AWS_SESSION_TOKEN: \${{ secrets.AWS_SESSION_TOKEN }}
`;
const STORE_NOTE = `      # Keep the store in an object store instead of artifacts and the cache (docs/adopting.md):
      # store: s3://my-bucket/lifecycle
      # aws-region: us-east-1
`;
const DISPATCH = `# Build products by hand: Actions -> lifecycle -> Run workflow (discover, plan, load, build,
# package). Upgrade lifecycle by changing the tag below (Dependabot can do it).
name: lifecycle

on:
  workflow_dispatch:
    inputs:
      partition:
        description: "Partition key or expression, e.g. main or nightly_qa (empty: each product's default)"
        type: string
        default: ""
      select:
        description: "Selection: *, product ids, tag:x, group:x, +x, x+ (comma-separated)"
        type: string
        default: "*"
      force:
        description: "Rebuild even when nothing changed"
        type: boolean
        default: false

permissions:
  contents: read

jobs:
  lifecycle:
    permissions:
      contents: read
      actions: read
    uses: ${uses("lifecycle.yml")}
    with:
      partition: \${{ inputs.partition }}
      select: \${{ inputs.select }}
      force: \${{ inputs.force }}
${STORE_NOTE}${STORE_SECRETS}`;
const NIGHTLY = `# Every night: the nightly_qa partition of every product.
name: nightly

on:
  schedule:
    - cron: "17 5 * * *"
  workflow_dispatch: {}

permissions:
  contents: read

jobs:
  nightly:
    permissions:
      contents: read
      actions: read
    uses: ${uses("nightly.yml")}
    with:
      select: "*"
${STORE_NOTE}${STORE_SECRETS}`;
const PR_CHECKS = `# Pull requests that change products or ingest templates: validate and list what they affect.
# \`pull_request\` (never pull_request_target): a fork's code runs with no secrets.
name: pr-checks

on:
  pull_request:
    paths:
      - "products/**"
      - "ingest_templates/**"
      - "lifecycle.yml"

permissions:
  contents: read

concurrency:
  group: pr-checks-\${{ github.event.pull_request.number }}
  cancel-in-progress: true

jobs:
  checks:
    permissions:
      contents: read
    uses: ${uses("pr-checks.yml")}
`;
const INGEST = `# Ingest datasets by hand: Actions -> ingest -> Run workflow. Dispatch only, never a pull
# request: only this workflow sees the object-store secrets.
name: ingest

on:
  workflow_dispatch:
    inputs:
      templates:
        description: "Ingest template ids, comma-separated, or * for all"
        type: string
        default: "*"
      version:
        description: "Dataset version to ingest, e.g. 2025-01-15"
        type: string
        required: true

permissions:
  contents: read

jobs:
  ingest:
    permissions:
      contents: read
    uses: ${uses("ingest.yml")}
    with:
      templates: \${{ inputs.templates }}
      version: \${{ inputs.version }}
${STORE_NOTE}${STORE_SECRETS}`;
const WORKFLOW_FILES = {
    ".github/workflows/lifecycle.yml": DISPATCH,
    ".github/workflows/nightly.yml": NIGHTLY,
    ".github/workflows/pr-checks.yml": PR_CHECKS,
    ".github/workflows/ingest.yml": INGEST,
};

;// CONCATENATED MODULE: ./src/init/init.ts





/** Every file `lifecycle init` writes, by path relative to the target folder. */
function scaffoldFiles() {
    return { ...PROJECT_FILES, ...WORKFLOW_FILES };
}
/**
 * Writes the scaffold into `dir` (made when absent). Nothing is written when any of its files
 * exists already: the error names each one, and the caller's files stay as they were.
 */
async function initProject(dir) {
    const files = scaffoldFiles();
    const names = Object.keys(files);
    const existing = (await Promise.all(names.map(async (name) => ((await exists(external_node_path_default().join(dir, name))) ? name : "")))).filter((name) => name !== "");
    if (existing.length > 0)
        throw new errors/* UsageError */.eb(`lifecycle init: ${existing.length} file(s) exist already in ${dir}, nothing was written ` +
            `(move them away or init another folder):\n${existing.map((n) => `  ${n}`).join("\n")}`);
    for (const name of names) {
        const file = external_node_path_default().join(dir, name);
        await promises_default().mkdir(external_node_path_default().dirname(file), { recursive: true });
        // `wx`: a file created since the check above is still never overwritten.
        await promises_default().writeFile(file, files[name] ?? "", { flag: "wx" });
    }
    return names;
}
async function exists(file) {
    return promises_default().lstat(file).then(() => true, () => false);
}


/***/ })

};

//# sourceMappingURL=5490.index.js.map