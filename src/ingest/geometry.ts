import type { Geometry } from "../config/template/index.js";
import { ConfigError } from "../core/errors.js";
import type { Frame, FrameColumn } from "./engine.js";

/** Every ingested geometry ends up in this column, as text (GeoJSON, or the source's WKT/WKB text). */
export const GEOM_COLUMN = "geom";

const NUMBER = String.raw`-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?`;

function pointExpr(x: string, y: string): string {
  return `CASE WHEN ${x} IS NOT NULL AND ${y} IS NOT NULL THEN '{"type":"Point","coordinates":[' || ${x} || ',' || ${y} || ']}' END`;
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
 * point parsed from one text column (`point_xy_str: "y, x"`), or an existing geometry column kept
 * as it is and renamed.
 */
export function applyGeometry(frame: Frame, geometry: Geometry | undefined): Frame {
  if (!geometry) return frame;
  const others = (drop: string) =>
    frame.columns.filter((c) => c.name !== drop && c.name !== GEOM_COLUMN);
  if (typeof geometry.geom_column !== "string") {
    const x = `TRY_CAST(${column(frame, geometry.geom_column.x).expr} AS DOUBLE)`;
    const y = `TRY_CAST(${column(frame, geometry.geom_column.y).expr} AS DOUBLE)`;
    return {
      ...frame,
      columns: [...others(GEOM_COLUMN), { name: GEOM_COLUMN, expr: pointExpr(x, y) }],
    };
  }
  const source = column(frame, geometry.geom_column);
  const format = geometry.format;
  if (typeof format === "object") {
    const xFirst = format.point_xy_str.indexOf("x") < format.point_xy_str.indexOf("y");
    const numbers = `regexp_extract_all(CAST(${source.expr} AS VARCHAR), '${NUMBER}')`;
    const [xi, yi] = xFirst ? [1, 2] : [2, 1];
    const x = `TRY_CAST(${numbers}[${xi}] AS DOUBLE)`;
    const y = `TRY_CAST(${numbers}[${yi}] AS DOUBLE)`;
    return {
      ...frame,
      columns: [...others(source.name), { name: GEOM_COLUMN, expr: pointExpr(x, y) }],
    };
  }
  return {
    ...frame,
    columns: frame.columns
      .filter((c) => c.name !== GEOM_COLUMN || c === source)
      .map((c) => (c === source ? { name: GEOM_COLUMN, expr: `CAST(${c.expr} AS VARCHAR)` } : c)),
  };
}
