import fs from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../cli-run.js";
import { send, startServer, type TestServer } from "../ingest/helpers.js";
import { writeProject } from "./helpers.js";

const CSV = "Borough,Name,Kind\nBK,Prospect,park\nMN,Central,park\nQN,Flushing,meadow\n";

function sourceTemplate(url: string): string {
  return `id: nyc_parks_source
source:
  type: file_download
  url: ${url}/parks.csv
dataset_defaults:
  file_format:
    type: csv
  processing_steps:
  - name: clean_column_names
    args: { lower: true }
datasets:
- id: nyc_parks
  processing_steps:
  - name: clean_column_names
    args: { lower: true }
  - name: filter_rows
    args: { type: equals, column_name: kind, val: park }
- id: nyc_park_names
  processing_steps:
  - name: clean_column_names
    args: { lower: true }
  - name: filter_columns
    args: { columns: [name] }
`;
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("ingest of a data-source template", () => {
  it("downloads once and writes every dataset under its own id, each recorded", async () => {
    server = await startServer({ "/parks.csv": send(CSV) });
    const root = await writeProject({
      "products/products.yml": "products: []\n",
      "ingest_templates/nyc_parks_source.yml": sourceTemplate(server.url),
    });
    const result = await runCli(["ingest", "nyc_parks_source", "--version", "2025"], {
      cwd: root,
    });
    expect(result.stderr).not.toContain("error");
    expect(result.code).toBe(0);
    expect(server.requests).toEqual(["/parks.csv"]);
    expect(result.stdout).toContain("ingested nyc_parks 2025: 2 rows");
    expect(result.stdout).toContain("ingested nyc_park_names 2025: 3 rows");
    const datasets = path.join(root, ".lifecycle/ingest/datasets");
    expect((await fs.readdir(datasets)).sort()).toEqual(["nyc_park_names", "nyc_parks"]);
    for (const id of ["nyc_parks", "nyc_park_names"]) {
      const dir = path.join(datasets, id, "2025");
      const config = JSON.parse(await fs.readFile(path.join(dir, "config.json"), "utf8"));
      expect(config).toMatchObject({ id, version: "2025", rows: id === "nyc_parks" ? 2 : 3 });
      expect(await fs.readFile(path.join(dir, "raw/parks.csv"), "utf8")).toBe(CSV);
    }
    await fs.access(path.join(datasets, "nyc_parks/2025/nyc_parks.parquet"));
    const events = (await fs.readFile(path.join(root, ".lifecycle/events.jsonl"), "utf8"))
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(events.map((e) => e.asset).sort()).toEqual([
      "ingest.nyc_park_names",
      "ingest.nyc_parks",
    ]);
  });

  it("ingests one dataset of it when named by its id; an unknown one is an error", async () => {
    server = await startServer({ "/parks.csv": send(CSV) });
    const root = await writeProject({
      "products/products.yml": "products: []\n",
      "ingest_templates/nyc_parks_source.yml": sourceTemplate(server.url),
    });
    const one = await runCli(["ingest", "nyc_park_names", "--version", "1"], { cwd: root });
    expect(one.code).toBe(0);
    expect(await fs.readdir(path.join(root, ".lifecycle/ingest/datasets"))).toEqual([
      "nyc_park_names",
    ]);
    const materialized = await runCli(
      ["materialize", "--select", "ingest.nyc_parks", "--partition", "2"],
      { cwd: root },
    );
    expect(materialized.stderr).not.toMatch(/failed/);
    expect(materialized.code).toBe(0);
    const parks = await fs.readdir(path.join(root, ".lifecycle/ingest/datasets/nyc_parks"));
    expect(parks).toEqual(["2"]);
    const unknown = await runCli(["ingest", "nyc_parkz"], { cwd: root });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown ingest template "nyc_parkz"');
  });
});
