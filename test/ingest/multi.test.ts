import fs from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makeProject, readRows, template } from "./helpers.js";

const point = { type: "Point", coordinates: [-73.98, 40.75] };
const line = {
  type: "LineString",
  coordinates: [
    [0, 0],
    [1.5, 2.25],
  ],
};
const polygon = {
  type: "Polygon",
  coordinates: [
    [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 0],
    ],
    [
      [1, 1],
      [2, 1],
      [2, 2],
      [1, 1],
    ],
  ],
};
const multiPolygon = { type: "MultiPolygon", coordinates: [polygon.coordinates] };

function feature(name: string, geometry: unknown) {
  return { type: "Feature", properties: { name }, geometry };
}

async function ingestGeoJson(features: unknown[], steps: string) {
  const project = await makeProject();
  await fs.writeFile(
    path.join(project.root, "shapes.geojson"),
    JSON.stringify({ type: "FeatureCollection", features }),
  );
  const body = `  source: { type: local_file, path: shapes.geojson }\n  file_format: { type: geojson }\n  processing_steps:\n${steps}`;
  await project.addTemplate("shapes", template("shapes", body));
  const result = await project.ingest("shapes", { version: "1" });
  return { result, rows: await readRows(path.join(result.dir, "shapes.parquet")) };
}

async function ingestCsv(csv: string, steps: string) {
  const project = await makeProject();
  await fs.writeFile(path.join(project.root, "shapes.csv"), csv);
  const body = `  source: { type: local_file, path: shapes.csv }\n  file_format:\n    type: csv\n    geometry: { geom_column: wkt, crs: EPSG:4326 }\n  processing_steps:\n${steps}`;
  await project.addTemplate("shapes", template("shapes", body));
  const result = await project.ingest("shapes", { version: "1" });
  return { result, rows: await readRows(path.join(result.dir, "shapes.parquet")) };
}

describe("multi", () => {
  it("makes GeoJSON points, lines and polygons multi, keeping the others and nulls, after a rename", async () => {
    const { rows, result } = await ingestGeoJson(
      [
        feature("point", point),
        feature("line", line),
        feature("polygon", polygon),
        feature("already", multiPolygon),
        feature("none", null),
      ],
      `  - name: rename_columns\n    args: { map: { geom: wkb_geometry } }\n  - name: multi`,
    );
    const geometries = rows.map((r) =>
      typeof r.wkb_geometry === "string" ? JSON.parse(r.wkb_geometry) : r.wkb_geometry,
    );
    expect(geometries).toEqual([
      { type: "MultiPoint", coordinates: [point.coordinates] },
      { type: "MultiLineString", coordinates: [line.coordinates] },
      multiPolygon,
      multiPolygon,
      null,
    ]);
    expect(rows.map((r) => r.name)).toEqual(["point", "line", "polygon", "already", "none"]);
    const steps = result.metadata.steps as { name: string; columns: { changed: string[] } }[];
    expect(steps[1]).toMatchObject({ name: "multi", columns: { changed: ["wkb_geometry"] } });
  });

  it("makes WKT geometries multi, whatever their case, dimensions or emptiness", async () => {
    const csv = [
      "name,wkt",
      'a,"POINT (1 2)"',
      'b,"linestring z (0 0 1, 1 1 2)"',
      'c,"POLYGON ((0 0, 4 0, 4 4, 0 0), (1 1, 2 1, 2 2, 1 1))"',
      'd,"POLYGON EMPTY"',
      'e,"MULTIPOINT ((1 2))"',
      "f,",
      'g,"POLYGON ((0 0, 1 0,\n 1 1, 0 0))"',
    ].join("\n");
    const { rows } = await ingestCsv(`${csv}\n`, "  - name: multi");
    expect(rows.map((r) => r.geom)).toEqual([
      "MULTIPOINT ((1 2))",
      "MULTILINESTRING Z ((0 0 1, 1 1 2))",
      "MULTIPOLYGON (((0 0, 4 0, 4 4, 0 0), (1 1, 2 1, 2 2, 1 1)))",
      "MULTIPOLYGON EMPTY",
      "MULTIPOINT ((1 2))",
      null,
      "MULTIPOLYGON (((0 0, 1 0,\n 1 1, 0 0)))",
    ]);
  });

  it("fails clearly on data without a geometry, or a geometry it cannot read", async () => {
    await expect(ingestCsv("name,wkt\na,0101000000\n", "  - name: multi")).rejects.toThrow(
      'processing step 1 (multi): column "geom" holds a value that is neither GeoJSON nor WKT: "0101000000"',
    );
    await expect(
      ingestGeoJson(
        [feature("point", point)],
        "  - name: filter_columns\n    args: { columns: [name] }\n  - name: multi",
      ),
    ).rejects.toThrow("processing step 2 (multi): the data has no geometry column");
  });
});
