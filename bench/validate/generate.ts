import fs from "node:fs/promises";
import path from "node:path";

export interface GeneratedRepoSize {
  products: number;
  templates: number;
  /** Recipe inputs per product. */
  inputsPerRecipe: number;
}

/** Write a project shaped like the city planning team's, at the given size, under `root`. */
export async function generateRepo(root: string, size: GeneratedRepoSize): Promise<void> {
  await fs.mkdir(path.join(root, "ingest_templates"), { recursive: true });
  const products = Array.from({ length: size.products }, (_, i) => productEntry(i)).join("");
  await fs.mkdir(path.join(root, "products"), { recursive: true });
  await fs.writeFile(path.join(root, "products/products.yml"), `products:\n${products}`);
  const writes: Promise<void>[] = [];
  for (let i = 0; i < size.templates; i++) {
    const id = templateId(i);
    writes.push(fs.writeFile(path.join(root, "ingest_templates", `${id}.yml`), templateText(id)));
  }
  for (let i = 0; i < size.products; i++) {
    const inputs = Array.from({ length: size.inputsPerRecipe }, (_, k) =>
      templateId((i * 7 + k * 13) % size.templates),
    );
    writes.push(writeRecipe(root, i, inputs));
  }
  await Promise.all(writes);
}

function productId(i: number): string {
  return `product_${String(i).padStart(4, "0")}`;
}

function templateId(i: number): string {
  return `dcp_dataset_${String(i).padStart(4, "0")}`;
}

function productEntry(i: number): string {
  return `- id: ${productId(i)}
  build_command: bash build.sh
  description: Generated product ${i}
  tags: [generated, bench]
  timeout_minutes: 30
  retries: 1
  env:
    BUILD_ENGINE: duckdb
`;
}

async function writeRecipe(root: string, i: number, inputs: string[]): Promise<void> {
  const dir = path.join(root, "products", productId(i));
  await fs.mkdir(dir, { recursive: true });
  const datasets = inputs
    .map((id, k) => `    - name: ${id}\n${k % 3 === 0 ? "      version: 20240101\n" : ""}`)
    .join("");
  const text = `name: Product ${i}
product: db-${productId(i)}
version_strategy: first_of_month
inputs:
  missing_versions_strategy: find_latest
  datasets:
${datasets}stage_config:
  builds.build:
    commands:
      - name: build
        run: bash build.sh
        command_type: shell
`;
  await fs.writeFile(path.join(dir, "recipe.yml"), text);
}

/** About the size of a typical corpus template (~40 lines). */
function templateText(id: string): string {
  const columns = Array.from(
    { length: 8 },
    (_, k) => `- id: column_${k}\n  data_type: ${k === 0 ? "geometry" : "text"}\n`,
  ).join("");
  return `id: ${id}
acl: public-read

attributes:
  name: Generated dataset ${id}
  description: >
    A generated dataset used to measure how long validating a large repository takes.
  url: https://data.cityofnewyork.us/d/abcd-1234

ingestion:
  source:
    type: socrata
    org: nyc
    uid: abcd-1234
    format: geojson
  file_format:
    type: geojson
  processing_steps:
    - name: clean_column_names
      args: { "replace": { " ": "_" }, "lower": True }
    - name: rename_columns
      args:
        map: { "the_geom": "geom" }

columns:
${columns}`;
}
