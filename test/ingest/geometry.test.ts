import fs from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { GeometryFormat } from "../../src/config/settings.js";
import type { IngestOptions } from "../../src/ingest/index.js";
import {
  makeProject,
  readConfig,
  readRows,
  sendJson,
  startServer,
  template,
  type TestProject,
  type TestServer,
} from "./helpers.js";

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** Every GeoJSON geometry type, written as text so the numbers are exactly these. */
const FEATURES: [string, string, string | null][] = [
  ["point", '{"type":"Point","coordinates":[-73.9857,40.748817]}', "POINT (-73.9857 40.748817)"],
  ["point z", '{"type":"Point","coordinates":[1,2,3.5]}', "POINT Z (1 2 3.5)"],
  ["line", '{"type":"LineString","coordinates":[[1,2],[3.5,4.25]]}', "LINESTRING (1 2, 3.5 4.25)"],
  [
    "line z",
    '{"type":"LineString","coordinates":[[1,2,3],[4,5,6]]}',
    "LINESTRING Z (1 2 3, 4 5 6)",
  ],
  [
    "polygon with hole",
    '{"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,0]],[[1,1],[2,1],[2,2],[1,1]]]}',
    "POLYGON ((0 0, 10 0, 10 10, 0 0), (1 1, 2 1, 2 2, 1 1))",
  ],
  ["multipoint", '{"type":"MultiPoint","coordinates":[[1,2],[3,4]]}', "MULTIPOINT ((1 2), (3 4))"],
  [
    "multiline",
    '{"type":"MultiLineString","coordinates":[[[1,2],[3,4]],[[5,6],[7,8]]]}',
    "MULTILINESTRING ((1 2, 3 4), (5 6, 7 8))",
  ],
  [
    "multipolygon",
    '{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[[[5,5],[6,5],[6,6],[5,5]]]]}',
    "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))",
  ],
  [
    "multipolygon z",
    '{"type":"MultiPolygon","coordinates":[[[[0,0,9],[1,0,9],[1,1,9],[0,0,9]]]]}',
    "MULTIPOLYGON Z (((0 0 9, 1 0 9, 1 1 9, 0 0 9)))",
  ],
  [
    "collection",
    '{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[1e-7,2]},{"type":"LineString","coordinates":[[1,2],[3,4]]}]}',
    "GEOMETRYCOLLECTION (POINT (1e-7 2), LINESTRING (1 2, 3 4))",
  ],
  [
    "nested collection z",
    '{"type":"GeometryCollection","geometries":[{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[1,2,3]}]},{"type":"Point","coordinates":[4,5,6]}]}',
    "GEOMETRYCOLLECTION Z (GEOMETRYCOLLECTION Z (POINT Z (1 2 3)), POINT Z (4 5 6))",
  ],
  ["empty collection", '{"type":"GeometryCollection","geometries":[]}', "GEOMETRYCOLLECTION EMPTY"],
  ["empty point", '{"type":"Point","coordinates":[]}', "POINT EMPTY"],
  [
    "precise",
    '{"type":"Point","coordinates":[1012345.678901234567,-0.000012345678901234567,0.1]}',
    "POINT Z (1012345.6789012345 -0.000012345678901234568 0.1)",
  ],
  [
    "as written",
    '{"type":"LineString","coordinates":[[1.0,1.50,-0.0],[1e20,2.5E-7,-73.97412345678901]]}',
    "LINESTRING Z (1 1.5 -0, 100000000000000000000 2.5e-7 -73.97412345678902)",
  ],
  ["no geometry", "null", null],
];

function featureCollection(features: [string, string, unknown][]): string {
  const items = features.map(
    ([name, geometry], i) =>
      `{"type":"Feature","properties":{"name":${JSON.stringify(name)},"n":${i}},"geometry":${geometry}}`,
  );
  return `{"type":"FeatureCollection","features":[\n${items.join(",\n")}\n]}\n`;
}

async function projectWithGeojson(text: string): Promise<TestProject> {
  const project = await makeProject();
  await fs.writeFile(path.join(project.root, "shapes.geojson"), text);
  await project.addTemplate(
    "shapes",
    template(
      "shapes",
      "  source: { type: local_file, path: shapes.geojson }\n  file_format: { type: geojson }",
    ),
  );
  return project;
}

/** Ingest with the project setting `geometry_format` (not the per-run override). */
function ingestWithSetting(
  project: TestProject,
  id: string,
  format: GeometryFormat | undefined,
  options: Partial<IngestOptions> = {},
) {
  const settings = format ? { geometry_format: format } : {};
  return project.ingest(id, {
    version: "1",
    project: { root: project.root, settings, templates: project.templates },
    ...options,
  });
}

function numbersIn(text: string): number[] {
  return (text.match(/-?[0-9][0-9.]*(?:e[-+]?[0-9]+)?/gi) ?? []).map(Number);
}

describe("GeoJSON geometry as WKT", () => {
  it("writes every geometry type as WKT, null as NULL, 3D as Z, every number round-tripping", async () => {
    const project = await projectWithGeojson(featureCollection(FEATURES));
    const result = await ingestWithSetting(project, "shapes", "wkt");
    const rows = await readRows(path.join(result.dir, "shapes.parquet"));
    expect(rows.map((r) => [r.name, r.geom])).toEqual(FEATURES.map(([name, , wkt]) => [name, wkt]));
    for (const [i, [, geojson]] of FEATURES.entries()) {
      const wkt = rows[i]?.geom;
      if (typeof wkt === "string") expect(numbersIn(wkt)).toEqual(numbersIn(geojson));
    }
    expect((await readConfig(result.dir)).geometry).toEqual({ column: "geom", format: "wkt" });
  });

  it("keeps GeoJSON text by default: the geometry as written, no members added, numbers equal", async () => {
    const project = await projectWithGeojson(featureCollection(FEATURES));
    const result = await ingestWithSetting(project, "shapes", undefined);
    const rows = await readRows(path.join(result.dir, "shapes.parquet"));
    expect(rows.map((r) => (r.geom === null ? null : JSON.parse(String(r.geom))))).toEqual(
      FEATURES.map(([, geojson]) => JSON.parse(geojson)),
    );
    expect(rows[0]?.geom).toBe('{"type":"Point","coordinates":[-73.9857,40.748817]}');
    expect((await readConfig(result.dir)).geometry).toEqual({ column: "geom", format: "geojson" });
  });

  it("the per-run override wins over the setting", async () => {
    const project = await projectWithGeojson(featureCollection(FEATURES.slice(0, 1)));
    const result = await ingestWithSetting(project, "shapes", "geojson", { geometryFormat: "wkt" });
    expect(await readRows(path.join(result.dir, "shapes.parquet"))).toEqual([
      { name: "point", n: 0, geom: "POINT (-73.9857 40.748817)" },
    ]);
  });

  it("keeps each feature's properties beside its own geometry on a larger file", async () => {
    const features: [string, string, unknown][] = Array.from({ length: 20_000 }, (_, i) => [
      `f${i}`,
      i % 7 === 0 ? "null" : `{"type":"Point","coordinates":[${i},${i / 4}]}`,
      null,
    ]);
    const project = await projectWithGeojson(featureCollection(features));
    const result = await ingestWithSetting(project, "shapes", "wkt");
    const rows = await readRows(path.join(result.dir, "shapes.parquet"));
    expect(rows).toHaveLength(20_000);
    const wrong = rows.filter((r) => {
      const i = Number(r.n);
      const expected = i % 7 === 0 ? null : `POINT (${i} ${i / 4})`;
      return r.name !== `f${i}` || r.geom !== expected;
    });
    expect(wrong).toEqual([]);
  });

  it.each([
    ["a list too deep", '{"type":"Point","coordinates":[[1,2]]}', "Point"],
    [
      "positions of 2 and 3 numbers",
      '{"type":"LineString","coordinates":[[1,2],[3,4,5]]}',
      "LineString",
    ],
    ["a text coordinate", '{"type":"Polygon","coordinates":[[["1",2],[3,4],[1,2]]]}', "Polygon"],
  ])(
    "fails the ingest on coordinates that do not fit the type: %s",
    async (_name, geometry, type) => {
      const project = await projectWithGeojson(featureCollection([["bad", geometry, null]]));
      await expect(ingestWithSetting(project, "shapes", "wkt")).rejects.toThrow(
        `GeoJSON ${type} coordinates are not lists of numbers nested`,
      );
    },
  );

  it("fails the ingest on a geometry type GeoJSON does not have, naming it", async () => {
    const project = await projectWithGeojson(
      featureCollection([["bad", '{"type":"Circle","coordinates":[1,2]}', null]]),
    );
    await expect(ingestWithSetting(project, "shapes", "wkt")).rejects.toThrow(
      /GeoJSON geometry type "Circle" is not one of Point, LineString/,
    );
  });
});

describe("points and geometry columns as WKT", () => {
  async function csvProject(csv: string, geometry: string): Promise<TestProject> {
    const project = await makeProject();
    await fs.writeFile(path.join(project.root, "places.csv"), csv);
    await project.addTemplate(
      "places",
      template(
        "places",
        `  source: { type: local_file, path: places.csv }\n  file_format:\n    type: csv\n    geometry: ${geometry}`,
      ),
    );
    return project;
  }

  it("builds POINT (x y) from x/y columns; a missing, non-numeric or infinite coordinate is NULL", async () => {
    const project = await csvProject(
      "name,Longitude,Latitude\na,-73.9857,40.748817\nb,,40.5\nc,1,2\nd,abc,3\ne,inf,4\n",
      "{ geom_column: { x: Longitude, y: Latitude }, crs: EPSG:4326 }",
    );
    const result = await ingestWithSetting(project, "places", "wkt");
    expect(await readRows(path.join(result.dir, "places.parquet"))).toEqual([
      { name: "a", Longitude: "-73.9857", Latitude: 40.748817, geom: "POINT (-73.9857 40.748817)" },
      { name: "b", Longitude: null, Latitude: 40.5, geom: null },
      { name: "c", Longitude: "1", Latitude: 2, geom: "POINT (1 2)" },
      { name: "d", Longitude: "abc", Latitude: 3, geom: null },
      { name: "e", Longitude: "inf", Latitude: 4, geom: null },
    ]);
    expect((await readConfig(result.dir)).geometry).toEqual({ column: "geom", format: "wkt" });
  });

  it("builds POINT (x y) from a point_xy_str column", async () => {
    const project = await csvProject(
      'name,position\nlib,"(40.5, -73.9)"\nnone,\n',
      '{ geom_column: position, crs: EPSG:4326, format: { point_xy_str: "y, x" } }',
    );
    const result = await ingestWithSetting(project, "places", "wkt");
    expect(await readRows(path.join(result.dir, "places.parquet"))).toEqual([
      { name: "lib", geom: "POINT (-73.9 40.5)" },
      { name: "none", geom: null },
    ]);
  });

  it("keeps a WKT or WKB column as written, and converts a GeoJSON text column", async () => {
    const wkt = await csvProject(
      'name,the_geom\na,"POINT (-73.90 40.50)"\n',
      "{ geom_column: the_geom, crs: EPSG:4326 }",
    );
    const kept = await ingestWithSetting(wkt, "places", "wkt");
    expect(await readRows(path.join(kept.dir, "places.parquet"))).toEqual([
      { name: "a", geom: "POINT (-73.90 40.50)" },
    ]);
    expect((await readConfig(kept.dir)).geometry).toEqual({ column: "geom", format: "wkt" });
    const wkb = await csvProject(
      "name,wkb_geometry\na,0101000000000000000000F03F0000000000000040\n",
      "{ geom_column: wkb_geometry, crs: EPSG:4326, format: wkb }",
    );
    const keptWkb = await ingestWithSetting(wkb, "places", "wkt");
    expect(await readRows(path.join(keptWkb.dir, "places.parquet"))).toEqual([
      { name: "a", geom: "0101000000000000000000F03F0000000000000040" },
    ]);
    expect((await readConfig(keptWkb.dir)).geometry).toEqual({ column: "geom", format: "wkb" });
    const geojson = await csvProject(
      'name,shape\na,"{""type"":""LineString"",""coordinates"":[[1,2],[3,4]]}"\n',
      "{ geom_column: shape, crs: EPSG:4326, format: geojson }",
    );
    const converted = await ingestWithSetting(geojson, "places", "wkt");
    expect(await readRows(path.join(converted.dir, "places.parquet"))).toEqual([
      { name: "a", geom: "LINESTRING (1 2, 3 4)" },
    ]);
  });

  it("records no geometry for data without one", async () => {
    const project = await makeProject();
    await fs.writeFile(path.join(project.root, "plain.csv"), "a,b\n1,2\n");
    await project.addTemplate(
      "plain",
      template(
        "plain",
        "  source: { type: local_file, path: plain.csv }\n  file_format: { type: csv }",
      ),
    );
    const result = await ingestWithSetting(project, "plain", "wkt");
    expect((await readConfig(result.dir)).geometry).toBeNull();
  });
});

describe("ArcGIS Feature Server layers as WKT", () => {
  it("writes the features' geometry (GeoJSON from the server) as WKT", async () => {
    const features = [
      {
        type: "Feature",
        properties: { OBJECTID: 1 },
        geometry: { type: "Point", coordinates: [-73.5, 40.25] },
      },
      {
        type: "Feature",
        properties: { OBJECTID: 2 },
        geometry: {
          type: "Polygon",
          coordinates: [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 0],
            ],
          ],
        },
      },
      { type: "Feature", properties: { OBJECTID: 3 }, geometry: null },
    ];
    const base = "/ArcGIS/rest/services/Lots/FeatureServer";
    const server = await startServer({
      [base]: sendJson({ layers: [{ id: 0, name: "Lots" }] }),
      [`${base}/0`]: sendJson({ name: "Lots", maxRecordCount: 2, objectIdField: "OBJECTID" }),
      [`${base}/0/query`]: (_request, response, url) => {
        const offset = Number(url.searchParams.get("resultOffset"));
        const page = features.slice(offset, offset + 2);
        response.writeHead(200).end(JSON.stringify({ type: "FeatureCollection", features: page }));
      },
    });
    servers.push(server);
    const project = await makeProject();
    await project.addTemplate(
      "lots",
      template(
        "lots",
        `  source: { type: arcgis_feature_server, server: "${server.url}", dataset: Lots }\n  file_format: { type: geojson }`,
      ),
    );
    const result = await ingestWithSetting(project, "lots", "wkt");
    expect(await readRows(path.join(result.dir, "lots.parquet"))).toEqual([
      { OBJECTID: 1, geom: "POINT (-73.5 40.25)" },
      { OBJECTID: 2, geom: "POLYGON ((0 0, 1 0, 1 1, 0 0))" },
      { OBJECTID: 3, geom: null },
    ]);
    expect((await readConfig(result.dir)).geometry).toEqual({ column: "geom", format: "wkt" });
  });
});
