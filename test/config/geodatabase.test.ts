import { execFileSync } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli-run.js";
import { writeProject } from "./helpers.js";

const hasGdal = (() => {
  try {
    execFileSync("ogr2ogr", ["--version"]);
    return true;
  } catch {
    return false;
  }
})();
if (!hasGdal) console.warn("SKIPPED: geodatabase through ogr2ogr (install gdal-bin)");

const POINTS = JSON.stringify({
  type: "FeatureCollection",
  features: [
    {
      type: "Feature",
      properties: { Name: "A", N: 1 },
      geometry: { type: "Point", coordinates: [1, 2] },
    },
    {
      type: "Feature",
      properties: { Name: "B", N: 2 },
      geometry: { type: "Point", coordinates: [3, 4] },
    },
  ],
});

/** A zipped file geodatabase with layers Points (2 features) and Lines (same data). */
async function zippedGdb(dir: string): Promise<string> {
  await fs.writeFile(path.join(dir, "in.geojson"), POINTS);
  const gdb = path.join(dir, "city.gdb");
  execFileSync("ogr2ogr", [
    "-f",
    "OpenFileGDB",
    gdb,
    path.join(dir, "in.geojson"),
    "-nln",
    "Points",
  ]);
  execFileSync("ogr2ogr", [
    "-f",
    "OpenFileGDB",
    "-update",
    gdb,
    path.join(dir, "in.geojson"),
    "-nln",
    "Other",
  ]);
  execFileSync("zip", ["-qr", "city.gdb.zip", "city.gdb"], { cwd: dir });
  return path.join(dir, "city.gdb.zip");
}

const TEMPLATE = `id: city_gdb
source:
  type: local_file
  path: data/city.gdb.zip
dataset_defaults:
  file_format:
    type: geodatabase
    crs: EPSG:4326
  processing_steps:
  - name: clean_column_names
    args: { lower: true }
datasets:
- id: city_points
  file_format:
    layer: Points
- id: city_other
  file_format:
    layer: Other
`;

describe.skipIf(!hasGdal)("geodatabase through ogr2ogr", () => {
  it("reads each dataset's layer of one zipped geodatabase", async () => {
    const root = await writeProject({
      "products/products.yml": "products: []\n",
      "ingest_templates/city_gdb.yml": TEMPLATE,
    });
    await fs.mkdir(path.join(root, "data"));
    await zippedGdb(path.join(root, "data"));
    const run = await runCli(["ingest", "city_gdb", "--version", "1"], { cwd: root });
    expect(run.stderr).not.toContain("Error");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("ingested city_points 1: 2 rows");
    expect(run.stdout).toContain("ingested city_other 1: 2 rows");
    const config = JSON.parse(
      await fs.readFile(
        path.join(root, ".lifecycle/ingest/datasets/city_points/1/config.json"),
        "utf8",
      ),
    );
    expect(config.columns.map((c: { name: string }) => c.name)).toEqual(["name", "n", "geom"]);
  });

  it("without ogr2ogr on the PATH: install gdal-bin or use ingest_command", async () => {
    const root = await writeProject({
      "products/products.yml": "products: []\n",
      "ingest_templates/city_gdb.yml": TEMPLATE,
    });
    await fs.mkdir(path.join(root, "data"));
    await zippedGdb(path.join(root, "data"));
    const saved = process.env.PATH;
    process.env.PATH = path.join(root, "empty-bin");
    try {
      const run = await runCli(["ingest", "city_points", "--version", "1"], { cwd: root });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        "install gdal-bin (apt-get install -y gdal-bin) or set ingest_command",
      );
    } finally {
      process.env.PATH = saved;
    }
  });
});
