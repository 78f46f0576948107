import type { GeometryFormat } from "../config/settings.js";
import type { FileFormat, Geometry } from "../config/template/index.js";
import { ConfigError } from "../core/errors.js";
import type { Frame, FrameColumn } from "./engine.js";

/** Every ingested geometry ends up in this column, as text (GeoJSON or WKT, or the source's WKT/WKB text). */
export const GEOM_COLUMN = "geom";

/** What config.json says of the `geom` column, so downstream builds know how to read it. */
export interface GeometryRecord {
  column: typeof GEOM_COLUMN;
  format: GeometryFormat | "wkb";
}

const NUMBER = String.raw`-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?`;

/** GeometryCollections may hold collections this deep (the SQL grows with every level). */
const MAX_COLLECTION_DEPTH = 3;

const GEOJSON_TYPES = [
  "Point",
  "LineString",
  "Polygon",
  "MultiPoint",
  "MultiLineString",
  "MultiPolygon",
  "GeometryCollection",
];

/** `body` with `name` bound to `value`, which is evaluated once (a lambda over a one-element list). */
function bind(value: string, name: string, body: string): string {
  return `list_transform([${value}], lambda ${name}: ${body})[1]`;
}

/** WKT name and how deep the coordinate lists nest (a position is one level). */
const SHAPES: Record<string, { wkt: string; depth: number }> = {
  Point: { wkt: "POINT", depth: 1 },
  LineString: { wkt: "LINESTRING", depth: 2 },
  MultiPoint: { wkt: "MULTIPOINT", depth: 2 },
  Polygon: { wkt: "POLYGON", depth: 3 },
  MultiLineString: { wkt: "MULTILINESTRING", depth: 3 },
  MultiPolygon: { wkt: "MULTIPOLYGON", depth: 4 },
};

/** A JSON number as the reader prints it (validity is the JSON reader's job; this excludes null, strings, lists). */
const NUMBER_TEXT = "[-+0-9eE.]+";
const FIRST_POSITION = String.raw`\[([^\[\]]*)\]`;

/** The whole coordinates text: lists nested `depth` deep, every position of `dims` numbers. */
function shapePattern(depth: number, dims: number): string {
  let pattern = String.raw`\[${Array<string>(dims).fill(NUMBER_TEXT).join(",")}\]`;
  for (let level = 1; level < depth; level++) pattern = String.raw`\[${pattern}(?:,${pattern})*\]`;
  return pattern;
}

/**
 * The WKT body of compact JSON coordinates already checked against `shapePattern`, edited as plain
 * text (fast, and no number is printed again): the separators between lists become `, ` with the
 * parentheses they close and open, deepest first (`]],[[` ends a ring and starts the next), the
 * commas left inside positions become spaces. A Point or MultiPoint keeps parentheses around each
 * position. A whole number loses its `.0`. `[[1,2],[3.5,4.0]]` becomes `(1 2, 3.5 4)`.
 */
function coordinatesWkt(c: string, depth: number, wrapPositions: boolean): string {
  const parens = (k: number) => (wrapPositions ? k : k - 1);
  let text = c;
  for (let k = depth - 1; k >= 1; k--) {
    const separator = `${"]".repeat(k)},${"[".repeat(k)}`;
    text = `replace(${text}, '${separator}', '${")".repeat(parens(k))}|${"(".repeat(parens(k))}')`;
  }
  text = `replace(replace(${text}, ',', ' '), '|', ', ')[${depth + 1}:-${depth + 1}]`;
  text = `'${"(".repeat(parens(depth))}' || ${text} || '${")".repeat(parens(depth))}'`;
  return `regexp_replace(${text}, '\\.0([ ,)])', '\\1', 'g')`;
}

const DIMENSION_TAGS: Record<number, string> = { 2: "", 3: " Z", 4: " ZM" };

/**
 * The dimension comes from the first position (3 numbers: Z, 4: ZM); coordinates that are not
 * lists of numbers nested as the type says, every position alike, fail the ingest.
 */
function shapeWkt(type: string, c: string, d: string): string {
  const { wkt, depth } = SHAPES[type] ?? { wkt: type, depth: 1 };
  const invalid = `error('GeoJSON ${type} coordinates are not lists of numbers nested ${depth} deep with 2, 3 or 4 numbers in every position: ' || left(${c}, 200))`;
  const dims = `n${d}`;
  const valid = Object.keys(DIMENSION_TAGS)
    .map((n) => `WHEN ${n} THEN regexp_full_match(${c}, '${shapePattern(depth, Number(n))}')`)
    .join(" ");
  const tags = Object.entries(DIMENSION_TAGS)
    .map(([n, tag]) => `WHEN ${n} THEN '${wkt}${tag} '`)
    .join(" ");
  const body = coordinatesWkt(c, depth, depth === 1 || type === "MultiPoint");
  const text = `CASE WHEN CASE ${dims} ${valid} ELSE false END THEN (CASE ${dims} ${tags} END) || ${body} ELSE ${invalid} END`;
  const firstPosition = `len(string_split(regexp_extract(${c}, '${FIRST_POSITION}', 1), ','))`;
  return `CASE WHEN ${c} IS NULL OR ${c} = '[]' THEN '${wkt} EMPTY' ELSE ${bind(firstPosition, dims, text)} END`;
}

function collectionWkt(geometry: string, depth: number): string {
  const d = String(depth);
  if (depth >= MAX_COLLECTION_DEPTH) {
    return `error('a GeoJSON GeometryCollection is nested more than ${MAX_COLLECTION_DEPTH} levels deep')`;
  }
  const members = `ws${d}`;
  const wkts = `list_transform(${geometry}.geometries, lambda m${d}: ${geoJsonToWktSql(`m${d}`, depth + 1)})`;
  // The collection takes the dimension of its first member.
  const tag = `regexp_extract(${members}[1], '^[A-Z]+( ZM| Z)? ', 1)`;
  const text = `CASE WHEN ${members} IS NULL OR len(${members}) = 0 THEN 'GEOMETRYCOLLECTION EMPTY' ELSE 'GEOMETRYCOLLECTION' || ${tag} || ' (' || array_to_string(${members}, ', ') || ')' END`;
  return bind(wkts, members, text);
}

/**
 * SQL for the WKT text of a GeoJSON geometry (`json`: JSON text or a JSON value); NULL for a null
 * geometry. Numbers are written as the JSON reader prints them (the shortest text that reads back
 * as the same double), a whole number without `.0`: `[1.0,-73.9857,1.5e-7]` -> `1 -73.9857 1.5e-7`.
 */
export function geoJsonToWktSql(json: string, depth = 0): string {
  const g = `g${depth}`;
  const parsed = `json_transform(${json}, '{"type": "VARCHAR", "coordinates": "JSON", "geometries": "JSON[]"}')`;
  const coordinates = `CAST(${g}.coordinates AS VARCHAR)`;
  const branches = Object.keys(SHAPES)
    .map((type) => `WHEN '${type}' THEN ${shapeWkt(type, coordinates, String(depth))}`)
    .join(" ");
  const unsupported = `error('GeoJSON geometry type "' || ${g}."type" || '" is not one of ${GEOJSON_TYPES.join(", ")}')`;
  const text = `CASE ${g}."type" ${branches} WHEN 'GeometryCollection' THEN ${collectionWkt(g, depth)} ELSE CASE WHEN ${g}."type" IS NULL THEN NULL ELSE ${unsupported} END END`;
  return bind(parsed, g, text);
}

/** SQL for a GeoJSON geometry (a JSON value) as text in the wanted format. */
export function geoJsonGeometrySql(json: string, format: GeometryFormat): string {
  return format === "wkt" ? geoJsonToWktSql(json) : `CAST(${json} AS VARCHAR)`;
}

/** A double as WKT prints it: its shortest round-trip text, a whole number without `.0`. */
function wktNumber(value: string): string {
  return `regexp_replace(CAST(${value} AS VARCHAR), '\\.0$', '')`;
}

/** A point from two DOUBLE expressions; NULL unless both are finite numbers. */
function pointExpr(x: string, y: string, format: GeometryFormat): string {
  const text =
    format === "wkt"
      ? `'POINT (' || ${wktNumber("xy[1]")} || ' ' || ${wktNumber("xy[2]")} || ')'`
      : `'{"type":"Point","coordinates":[' || xy[1] || ',' || xy[2] || ']}'`;
  return bind(
    `[${x}, ${y}]`,
    "xy",
    `CASE WHEN isfinite(xy[1]) AND isfinite(xy[2]) THEN ${text} END`,
  );
}

function column(frame: Frame, name: string): FrameColumn {
  const found = frame.columns.find((c) => c.name === name);
  if (!found) {
    throw new ConfigError(
      `geometry column "${name}" is not in the data; columns: ${frame.columns.map((c) => c.name).join(", ")}`,
    );
  }
  return found;
}

/**
 * Build the `geom` column the template's `geometry:` describes: a point from x and y columns, a
 * point parsed from one text column (`point_xy_str: "y, x"`), a GeoJSON column in the wanted
 * format, or an existing WKT/WKB geometry column kept as it is and renamed.
 */
export function applyGeometry(
  frame: Frame,
  geometry: Geometry | undefined,
  format: GeometryFormat,
): Frame {
  if (!geometry) return frame;
  const others = (drop: string) =>
    frame.columns.filter((c) => c.name !== drop && c.name !== GEOM_COLUMN);
  if (typeof geometry.geom_column !== "string") {
    const x = `TRY_CAST(${column(frame, geometry.geom_column.x).expr} AS DOUBLE)`;
    const y = `TRY_CAST(${column(frame, geometry.geom_column.y).expr} AS DOUBLE)`;
    return {
      ...frame,
      columns: [...others(GEOM_COLUMN), { name: GEOM_COLUMN, expr: pointExpr(x, y, format) }],
    };
  }
  const source = column(frame, geometry.geom_column);
  const declared = geometry.format;
  if (typeof declared === "object") {
    const xFirst = declared.point_xy_str.indexOf("x") < declared.point_xy_str.indexOf("y");
    const numbers = `regexp_extract_all(CAST(${source.expr} AS VARCHAR), '${NUMBER}')`;
    const [xi, yi] = xFirst ? [1, 2] : [2, 1];
    const x = `TRY_CAST(${numbers}[${xi}] AS DOUBLE)`;
    const y = `TRY_CAST(${numbers}[${yi}] AS DOUBLE)`;
    return {
      ...frame,
      columns: [...others(source.name), { name: GEOM_COLUMN, expr: pointExpr(x, y, format) }],
    };
  }
  const expr =
    declared === "geojson" && format === "wkt"
      ? geoJsonToWktSql(`CAST(${source.expr} AS JSON)`)
      : `CAST(${source.expr} AS VARCHAR)`;
  return {
    ...frame,
    columns: frame.columns
      .filter((c) => c.name !== GEOM_COLUMN || c === source)
      .map((c) => (c === source ? { name: GEOM_COLUMN, expr } : c)),
  };
}

/**
 * The `geometry` entry of config.json: the format of the `geom` column lifecycle built (a GeoJSON
 * file or ArcGIS layer, a shapefile, or the template's `geometry:`); null when it built none. A geom_column kept
 * as written has the format its template declares (`wkt` when it names none).
 */
export function geometryRecord(
  fileFormat: FileFormat,
  columns: readonly { name: string }[],
  format: GeometryFormat,
): GeometryRecord | null {
  if (!columns.some((c) => c.name === GEOM_COLUMN)) return null;
  if (fileFormat.type === "geojson" || fileFormat.type === "shapefile")
    return { column: GEOM_COLUMN, format };
  const geometry = "geometry" in fileFormat ? fileFormat.geometry : undefined;
  if (!geometry) return null;
  const declared = geometry.format;
  if (typeof geometry.geom_column !== "string" || typeof declared === "object")
    return { column: GEOM_COLUMN, format };
  if (declared === "geojson") return { column: GEOM_COLUMN, format };
  return { column: GEOM_COLUMN, format: declared ?? "wkt" };
}
