import fs from "node:fs/promises";
import type { GeometryFormat } from "../../config/settings.js";
import { quoteIdent, quoteString, type Engine, type Frame } from "../engine.js";
import { GEOM_COLUMN, geoJsonGeometrySql } from "../geometry.js";

/** The feature's geometry as JSON text, in the table; `geom` is an expression over it. */
const RAW_GEOMETRY = "__lifecycle_geometry";

/**
 * GeoJSON: one row per feature, its properties as columns (types inferred from every feature) and
 * its geometry as text. The geometry is read again as JSON and put beside the properties row by
 * row: the inferred struct would add members other features have as nulls and reformat numbers.
 * The geometry text is converted when the frame is read (in parallel, from a table).
 */
export async function loadGeoJson(
  engine: Engine,
  file: string,
  format: GeometryFormat,
): Promise<Frame> {
  // A FeatureCollection is one JSON object the size of the file, and DuckDB reserves buffers for
  // the largest object it may meet: ask for what this file needs, not 1 GiB, so the read fits the
  // ingest's memory_limit.
  const { size } = await fs.stat(file);
  const maxObject = Math.min(Math.max(size + 1024, 16 * 1024 * 1024), 2 ** 31 - 1);
  const read = (options: string) =>
    `read_json(${quoteString(file)}, maximum_object_size = ${maxObject}, ${options})`;
  const geometries = await engine.materialize(
    `SELECT unnest(features).geometry AS ${quoteIdent(RAW_GEOMETRY)} FROM ${read("columns = {features: 'STRUCT(geometry JSON)[]'}")}`,
  );
  const properties = await engine
    .materialize(
      `SELECT f.properties AS p FROM (SELECT unnest(features) AS f FROM ${read("sample_size = -1")})`,
    )
    .catch(() => undefined);
  const [column] = properties ? await engine.describe(`SELECT p FROM ${properties.table}`) : [];
  const frame = column?.type.startsWith("STRUCT")
    ? await engine.materialize(
        `SELECT unnest(p.p), g.* FROM ${properties?.table} AS p POSITIONAL JOIN ${geometries.table} AS g`,
      )
    : geometries;
  for (const table of [properties?.table, geometries.table])
    if (table && table !== frame.table) await engine.run(`DROP TABLE ${table}`);
  const geometry = geoJsonGeometrySql(quoteIdent(RAW_GEOMETRY), format);
  return {
    ...frame,
    columns: frame.columns.map((c) =>
      c.name === RAW_GEOMETRY ? { name: GEOM_COLUMN, expr: geometry } : c,
    ),
  };
}
