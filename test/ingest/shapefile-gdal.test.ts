import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Engine, frameSelect } from "../../src/ingest/engine.js";
import { extractShapefile, loadShapefile } from "../../src/ingest/shapefile/index.js";

/**
 * Shapefiles written by GDAL 3.6 (ogr2ogr), and GDAL's own reading of them, with and without PROJ
 * reprojecting them to EPSG:4326: see fixtures/shapefile-gdal/generate.sh.
 */
const FIXTURES = path.resolve(import.meta.dirname, "fixtures/shapefile-gdal");

interface Feature {
  properties: Record<string, unknown>;
  geometry: unknown;
}

async function gdalReading(name: string, kind: "native" | "wgs84"): Promise<Feature[]> {
  const text = await fs.readFile(path.join(FIXTURES, `${name}.${kind}.geojson`), "utf8");
  return (JSON.parse(text) as { features: Feature[] }).features;
}

async function ourReading(name: string, targetCrs?: string): Promise<Feature[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-shp-gdal-"));
  const shp = await extractShapefile(path.join(FIXTURES, `${name}.zip`), dir);
  const engine = await Engine.open();
  try {
    const frame = await loadShapefile(engine, shp, {
      crs: "EPSG:2263",
      targetCrs,
      geometryFormat: "geojson",
    });
    const rows = await engine.rows(frameSelect(frame));
    return rows.map(({ geom, ...attributes }) => ({
      properties: Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, plain(v)])),
      geometry: geom === null ? null : JSON.parse(String(geom)),
    }));
  } finally {
    engine.close();
  }
}

/** Values as GDAL's GeoJSON writes them: integers as numbers, dates as `YYYY-MM-DD`. */
function plain(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value;
}

/** The same structure, every number within `tolerance`. */
function expectClose(actual: unknown, expected: unknown, tolerance: number, at = "geometry"): void {
  if (typeof expected === "number") {
    expect(typeof actual, at).toBe("number");
    expect(Math.abs(Number(actual) - expected), at).toBeLessThan(tolerance);
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual) && actual.length, at).toBe(expected.length);
    expected.forEach((e, i) => expectClose((actual as unknown[])[i], e, tolerance, `${at}[${i}]`));
  } else if (expected !== null && typeof expected === "object") {
    expect(Object.keys(actual as object).sort(), at).toEqual(Object.keys(expected).sort());
    for (const [key, e] of Object.entries(expected)) {
      expectClose((actual as Record<string, unknown>)[key], e, tolerance, `${at}.${key}`);
    }
  } else {
    expect(actual, at).toEqual(expected);
  }
}

const CASES = ["polygons", "polygons1252", "polygonsLatin1", "lines", "multipoints", "points"];

describe("shapefiles written by GDAL", () => {
  it.each(CASES)("%s: reads the attributes and geometry GDAL reads, exactly", async (name) => {
    const ours = await ourReading(name);
    const gdal = await gdalReading(name, "native");
    expect(ours.map((f) => f.properties)).toEqual(gdal.map((f) => f.properties));
    expect(ours.map((f) => f.geometry)).toEqual(gdal.map((f) => f.geometry));
  });

  it.each(CASES)("%s: reprojects to EPSG:4326 as GDAL and PROJ do (within 1e-9°)", async (name) => {
    const ours = await ourReading(name, "EPSG:4326");
    const gdal = await gdalReading(name, "wgs84");
    expect(ours.map((f) => f.properties)).toEqual(gdal.map((f) => f.properties));
    expectClose(
      ours.map((f) => f.geometry),
      gdal.map((f) => f.geometry),
      1e-9,
    );
  });
});
