import proj4 from "proj4";
import { ConfigError } from "../../core/errors.js";
import type { Reproject } from "./geojson.js";

/**
 * The coordinate reference systems the templates use, as PROJ strings (from the EPSG
 * definitions). NAD83 to WGS 84 is the null transformation, as PROJ (and so geopandas) applies it
 * without a grid.
 */
const CRS_DEFINITIONS: Readonly<Record<string, string>> = {
  // NAD83 / New York Long Island (ftUS)
  "EPSG:2263":
    "+proj=lcc +lat_1=41.03333333333333 +lat_2=40.66666666666666 +lat_0=40.16666666666666 +lon_0=-74 +x_0=300000.0000000001 +y_0=0 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=us-ft +no_defs",
  // NAD83 / UTM zone 18N
  "EPSG:26918": "+proj=utm +zone=18 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
  // WGS 84, longitude first (as geopandas' to_crs orders it)
  "EPSG:4326": "+proj=longlat +datum=WGS84 +no_defs",
};

export const KNOWN_CRS = Object.keys(CRS_DEFINITIONS);

function definition(crs: string, field: string): string {
  const found = CRS_DEFINITIONS[crs.trim().toUpperCase()];
  if (found === undefined) {
    throw new ConfigError(
      `${field} "${crs}" is not a CRS lifecycle knows; known: ${KNOWN_CRS.join(", ")}`,
    );
  }
  return found;
}

/**
 * The reprojection from `from` to `to` (geopandas' `to_crs`, x = easting or longitude first);
 * undefined when there is no `to` or it names the same CRS. A CRS lifecycle does not know is a
 * configuration error only when a reprojection needs it.
 */
export function reprojection(from: string, to: string | undefined): Reproject | undefined {
  const normal = (crs: string) => crs.trim().toUpperCase();
  if (to === undefined || normal(from) === normal(to)) return undefined;
  const source = definition(from, "file_format.crs");
  const target = definition(to, "ingestion.target_crs");
  if (source === target) return undefined;
  const converter = proj4(source, target);
  const point = { x: 0, y: 0 };
  return (position) => {
    point.x = position[0] ?? NaN;
    point.y = position[1] ?? NaN;
    const moved = converter.forward(point);
    position[0] = moved.x;
    position[1] = moved.y;
  };
}
