import { organizeRings } from "./polygons.js";
import type { Position, Shape } from "./shp.js";

/** Moves one position, in place, into the target CRS (z, when present, is kept as it is). */
export type Reproject = (position: Position) => void;

/**
 * The GeoJSON text of a shape, as GDAL reads it and geopandas writes it: Point, MultiPoint (always,
 * even of one point), LineString or MultiLineString by part count, Polygon or MultiPolygon by outer
 * ring count; a null shape, and one without points, is null. Rings are organised in the file's
 * CRS, then reprojected.
 */
export function shapeGeoJson(shape: Shape, reproject: Reproject | undefined): string | null {
  const move = (positions: Position[]) => {
    if (reproject) for (const position of positions) reproject(position);
    return positions;
  };
  const text = (type: string, coordinates: unknown) => JSON.stringify({ type, coordinates });
  const parts = shape.parts;
  const [first = []] = parts;
  // GDAL reads a record without parts (or a multipoint without points) as no geometry.
  if (shape.kind === "null" || parts.length === 0 || first.length === 0) return null;
  switch (shape.kind) {
    case "point":
      return text("Point", move(first)[0]);
    case "multipoint":
      return text("MultiPoint", move(first));
    case "polyline":
      if (parts.length === 1) return text("LineString", move(first));
      return text("MultiLineString", parts.map(move));
    case "polygon": {
      const polygons = organizeRings(parts, shape.zOrM).map((rings) => rings.map(move));
      if (polygons.length === 1) return text("Polygon", polygons[0]);
      return text("MultiPolygon", polygons);
    }
  }
}
