import fs from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseTemplateFile, runnability } from "../../src/config/template/index.js";
import {
  makeProject,
  readConfig,
  readRows,
  startServer,
  template,
  type TestServer,
} from "./helpers.js";
import { shapefileEntries, zip, type TestShapefile } from "./shapefile-writer.js";

/** The corpus sits beside the repository (as in CI: shared/ next to the clone). */
const CORPUS = path.resolve(import.meta.dirname, "../../../shared/corpus/nyc-dcp/ingest_templates");

/** A census block around a Midtown corner, in EPSG:2263 feet, with a courtyard (hole). */
const [X0, Y0] = [989791.457, 212522.519];
const block = (x: number, y: number, size: number): number[][] => [
  [x, y],
  [x, y + size],
  [x + size, y + size],
  [x + size, y],
  [x, y],
];
const courtyard = block(X0 + 100, Y0 + 100, 50).reverse();

/** Laid out like DCP's nycb2010 download: fields and file names as published. */
const censusBlocks: TestShapefile = {
  shapeType: 5,
  shapes: [
    { type: "polygon", parts: [block(X0, Y0, 500), courtyard] },
    { type: "polygon", parts: [block(X0 + 1000, Y0, 200)] },
  ],
  fields: [
    { name: "CB2010", type: "C", length: 4 },
    { name: "BoroCode", type: "C", length: 1 },
    { name: "BoroName", type: "C", length: 32 },
    { name: "CT2010", type: "C", length: 6 },
    { name: "BCTCB2010", type: "C", length: 11 },
    { name: "Shape_Leng", type: "N", length: 19, decimals: 11 },
    { name: "Shape_Area", type: "N", length: 19, decimals: 11 },
  ],
  records: [
    ["1000", "1", "Manhattan", "009100", "10091001000", "2200.00000000000", "247500.00000000000"],
    ["2001", "1", "Manhattan", "009100", "10091002001", "800.00000000000", "40000.00000000000"],
  ],
};

function censusZip(version: string): Buffer {
  const dir = `nycb2010_${version}`;
  return zip([
    { name: `${dir}/` },
    ...shapefileEntries(`${dir}/nycb2010`, censusBlocks),
    {
      name: `${dir}/nycb2010.prj`,
      data: Buffer.from('PROJCS["NAD_1983_StatePlane_New_York_Long_Island_FIPS_3104_Feet"]'),
    },
    { name: `${dir}/nycb2010.shp.xml`, data: Buffer.from("<metadata/>") },
  ]);
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serveZip(route: string, body: Buffer): Promise<string> {
  server = await startServer({
    [route]: (_req, res) => res.writeHead(200, { "content-type": "application/zip" }).end(body),
  });
  return `${server.url}${route}`;
}

async function corpusTemplate(id: string, url: string): Promise<string> {
  const text = await fs.readFile(path.join(CORPUS, `${id}.yml`), "utf8");
  return text.replace(/url: https:\/\/s-media\.nyc\.gov\/\S*\//, `url: ${url}/`);
}

describe("shapefile ingest", () => {
  it("ingests the corpus template dcp_cb2010 from a zip download: reprojected, steps run, columns checked", async () => {
    const url = await serveZip("/census-blocks/nycb2010_25a.zip", censusZip("25a"));
    const project = await makeProject();
    const text = await corpusTemplate("dcp_cb2010", url.slice(0, url.lastIndexOf("/")));
    const parsed = parseTemplateFile("dcp_cb2010.yml", text).template;
    expect(parsed && runnability(parsed).reasons).toEqual([]);
    await project.addTemplate("dcp_cb2010", text);
    const result = await project.ingest("dcp_cb2010", { version: "25a" });
    const rows = await readRows(path.join(result.dir, "dcp_cb2010.parquet"));
    expect(rows.map(({ wkb_geometry: _, ...attributes }) => attributes)).toEqual([
      {
        cb2010: "1000",
        borocode: "1",
        boroname: "Manhattan",
        ct2010: "009100",
        bctcb2010: "10091001000",
        shape_leng: 2200,
        shape_area: 247500,
      },
      {
        cb2010: "2001",
        borocode: "1",
        boroname: "Manhattan",
        ct2010: "009100",
        bctcb2010: "10091002001",
        shape_leng: 800,
        shape_area: 40000,
      },
    ]);
    // `multi` made every polygon a MultiPolygon; the outer ring keeps its hole.
    const first = JSON.parse(String(rows[0]?.wkb_geometry)) as {
      type: string;
      coordinates: number[][][][];
    };
    expect(first.type).toBe("MultiPolygon");
    expect(first.coordinates[0]).toHaveLength(2);
    const [lon, lat] = first.coordinates[0]?.[0]?.[0] ?? [];
    expect(lon).toBeCloseTo(-73.98, 7);
    expect(lat).toBeCloseTo(40.75, 7);
    const config = await readConfig(result.dir);
    expect(config.raw).toMatchObject({ file: "raw/nycb2010_25a.zip", extracted: "nycb2010.shp" });
    expect(config.rows).toBe(2);
  });

  it("writes WKT when geometry_format is wkt", async () => {
    const url = await serveZip("/census-blocks/nycb2010_25a.zip", censusZip("25a"));
    const project = await makeProject();
    await project.addTemplate(
      "dcp_cb2010",
      await corpusTemplate("dcp_cb2010", url.slice(0, url.lastIndexOf("/"))),
    );
    const result = await project.ingest("dcp_cb2010", { version: "25a", geometryFormat: "wkt" });
    const rows = await readRows(path.join(result.dir, "dcp_cb2010.parquet"));
    expect(String(rows[1]?.wkb_geometry)).toMatch(
      /^MULTIPOLYGON \(\(\(-73\.97\d+ 40\.7\d+, -73\.97\d+ 40\.7\d+, /,
    );
  });

  it("uses the only shapefile of a zip without unzipped_filename, or the one in a named folder", async () => {
    const spec: TestShapefile = {
      shapeType: 1,
      shapes: [{ type: "point", point: [500000, 4483000] }],
      fields: [{ name: "NAME", type: "C", length: 8 }],
      records: [["dock"]],
    };
    // Upper-case extensions, as some exports write them, stored uncompressed; another file beside.
    const entries = shapefileEntries("Manned_Facilities/Facilities", spec).map((e) => ({
      ...e,
      stored: true,
      name: e.name.replace(/\.(\w+)$/, (_, x: string) => `.${x.toUpperCase()}`),
    }));
    const url = await serveZip(
      "/facilities.zip",
      zip([...entries, { name: "README.txt", data: Buffer.from("hi") }]),
    );
    const project = await makeProject();
    const cases: [string, string][] = [
      ["bare", ""],
      ["folder", ", unzipped_filename: Manned_Facilities"],
    ];
    for (const [id, unzipped] of cases) {
      const body = `  target_crs: EPSG:4326\n  source: { type: file_download, url: "${url}" }\n  file_format: { type: shapefile, crs: EPSG:26918${unzipped} }`;
      await project.addTemplate(id, template(id, body));
      const result = await project.ingest(id, { version: "1" });
      const [row] = await readRows(path.join(result.dir, `${id}.parquet`));
      expect(row?.NAME).toBe("dock");
      const [lon, lat] = (JSON.parse(String(row?.geom)) as { coordinates: number[] }).coordinates;
      expect(lon).toBeCloseTo(-75, 9);
      expect(lat).toBeGreaterThan(40.49);
      expect(lat).toBeLessThan(40.51);
    }
  });

  it("lists the archive's entries when unzipped_filename names no shapefile", async () => {
    const url = await serveZip("/b.zip", censusZip("25a"));
    const project = await makeProject();
    const body = `  source: { type: file_download, url: "${url}" }\n  file_format: { type: shapefile, crs: EPSG:2263, unzipped_filename: nycb2010_25a/other.shp }`;
    await project.addTemplate("b", template("b", body));
    await expect(project.ingest("b", { version: "1" })).rejects.toThrow(
      'b.zip: no shapefile "nycb2010_25a/other.shp"; entries: nycb2010_25a/nycb2010.shp, nycb2010_25a/nycb2010.shx',
    );
  });

  it("asks for unzipped_filename when a zip holds several shapefiles", async () => {
    const spec: TestShapefile = {
      shapeType: 1,
      shapes: [],
      fields: [{ name: "A", type: "C", length: 1 }],
      records: [],
    };
    const url = await serveZip(
      "/two.zip",
      zip([...shapefileEntries("a", spec), ...shapefileEntries("b", spec)]),
    );
    const project = await makeProject();
    const body = `  source: { type: file_download, url: "${url}" }\n  file_format: { type: shapefile, crs: EPSG:2263 }`;
    await project.addTemplate("two", template("two", body));
    await expect(project.ingest("two", { version: "1" })).rejects.toThrow(
      "two.zip holds 2 shapefiles; set file_format.unzipped_filename to one of: a.shp, b.shp;",
    );
  });

  it("keeps html a clear not-supported error", async () => {
    const project = await makeProject();
    await fs.writeFile(path.join(project.root, "x.gdb"), "");
    const body = "  source: { type: local_file, path: x.gdb }\n  file_format: { type: html }";
    await project.addTemplate("gdb", template("gdb", body));
    await expect(project.ingest("gdb", { version: "1" })).rejects.toThrow(
      /file format "html".*shapefile/,
    );
  });

  it("finds every corpus shapefile template with a runnable source runnable now", async () => {
    const files = (await fs.readdir(CORPUS)).filter((f) => f.endsWith(".yml"));
    const reasons: string[] = [];
    let shapefiles = 0;
    for (const file of files) {
      const { template: parsed } = parseTemplateFile(
        file,
        await fs.readFile(path.join(CORPUS, file), "utf8"),
      );
      if (parsed?.ingestion.file_format.type !== "shapefile") continue;
      shapefiles++;
      const notRunnable = runnability(parsed).reasons.filter(
        (r) => r.includes("file format") || r.includes("step"),
      );
      reasons.push(...notRunnable.map((r) => `${file}: ${r}`));
    }
    expect(shapefiles).toBe(34);
    expect(reasons.filter((r) => r.includes("file format"))).toEqual([]);
  });
});
