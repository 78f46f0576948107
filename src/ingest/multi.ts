import { quoteString, type Engine, type Frame } from "./engine.js";
import { findColumn, StepError, type StepResult } from "./step-support.js";

const SINGLE_TO_MULTI: Record<string, string> = {
  Point: "MultiPoint",
  LineString: "MultiLineString",
  Polygon: "MultiPolygon",
};

/** GeoJSON text: a single geometry wrapped as the one member of its multi- kind. */
function geoJsonMulti(value: string): string {
  const type = `json_extract_string(${value}, '$.type')`;
  const coordinates = `CAST(json_extract(${value}, '$.coordinates') AS VARCHAR)`;
  const cases = Object.entries(SINGLE_TO_MULTI)
    .map(
      ([single, multi]) =>
        `WHEN ${quoteString(single)} THEN '{"type":"${multi}","coordinates":[' || ${coordinates} || ']}'`,
    )
    .join(" ");
  return `CASE ${type} ${cases} ELSE ${value} END`;
}

const WKT_SINGLE = String.raw`^\s*(POINT|LINESTRING|POLYGON)\b`;
const WKT_EMPTY = String.raw`\bEMPTY\s*$`;
const WKT_BODY = String.raw`(?s)^\s*([A-Z]+(?:\s+(?:ZM|Z|M))?)\s*\((.*)\)\s*$`;

/** WKT text: `POLYGON ((...))` becomes `MULTIPOLYGON (((...)))`; `POINT EMPTY`, `MULTIPOINT EMPTY`. */
function wktMulti(value: string): string {
  const upper = `upper(${value})`;
  return `CASE WHEN NOT regexp_matches(${upper}, '${WKT_SINGLE}') THEN ${value}
    WHEN regexp_matches(${upper}, '${WKT_EMPTY}') THEN 'MULTI' || ltrim(${upper})
    ELSE regexp_replace(${upper}, '${WKT_BODY}', 'MULTI\\1 ((\\2))') END`;
}

function isGeoJson(value: string): string {
  return `starts_with(ltrim(${value}), '{')`;
}

const WKT_ANY = String.raw`^\s*(MULTI)?(POINT|LINESTRING|POLYGON)|^\s*GEOMETRYCOLLECTION`;

/**
 * dcpy's `multi`: every Polygon, LineString and Point of the geometry column becomes a
 * MultiPolygon, MultiLineString or MultiPoint; other geometries and nulls are kept. Works on the
 * geometry as lifecycle keeps it: GeoJSON or WKT text.
 */
export async function multi(
  engine: Engine,
  frame: Frame,
  geometry: string | undefined,
): Promise<StepResult> {
  if (geometry === undefined) {
    throw new StepError(
      "the data has no geometry column (a geojson file, or file_format.geometry)",
    );
  }
  findColumn(frame, geometry);
  const table = await engine.table(frame);
  const column = findColumn(table, geometry);
  const value = `CAST(${column.expr} AS VARCHAR)`;
  const unreadable = await engine.scalar(
    `SELECT ${value} FROM ${table.table} WHERE ${value} IS NOT NULL AND NOT ${isGeoJson(value)} AND NOT regexp_matches(upper(${value}), '${WKT_ANY}') LIMIT 1`,
  );
  if (unreadable !== undefined) {
    throw new StepError(
      `column "${geometry}" holds a value that is neither GeoJSON nor WKT: ${JSON.stringify(String(unreadable).slice(0, 80))}`,
    );
  }
  const expr = `CASE WHEN ${isGeoJson(value)} THEN ${geoJsonMulti(value)} ELSE ${wktMulti(value)} END`;
  const columns = table.columns.map((c) => (c === column ? { name: c.name, expr } : c));
  return { frame: { ...table, columns }, rowsIn: table.rows, changed: [geometry] };
}
