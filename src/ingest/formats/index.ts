import path from "node:path";
import type { FileFormat } from "../../config/template/index.js";
import { DEFAULT_GEOMETRY_FORMAT, type GeometryFormat } from "../../config/settings.js";
import { ConfigError } from "../../core/errors.js";
import { quoteString, type Engine, type Frame } from "../engine.js";
import { geodatabaseToGeoJson } from "../gdal.js";
import { applyGeometry } from "../geometry.js";
import { loadShapefile } from "../shapefile/index.js";
import { loadCsv } from "./csv.js";
import { loadGeoJson } from "./geojson.js";
import { loadJson, loadXlsx } from "./records.js";

export { isCsvSniffError } from "./csv.js";

export const NOT_SUPPORTED_FORMATS = ["html"] as const;

/** Read the raw data file into a table, per the template's `file_format`. */
export async function loadFormat(
  engine: Engine,
  format: FileFormat,
  file: string,
  options: {
    workDir: string;
    fullSample?: boolean;
    geometryFormat?: GeometryFormat;
    /** `ingestion.target_crs`: a shapefile's coordinates are reprojected into it. */
    targetCrs?: string;
    /** Stops a long read (a shapefile is read record by record in JS). */
    signal?: AbortSignal;
  },
): Promise<Frame> {
  const geometryFormat = options.geometryFormat ?? DEFAULT_GEOMETRY_FORMAT;
  switch (format.type) {
    case "csv":
      return applyGeometry(
        await loadCsv(engine, format, file, options.fullSample === true),
        format.geometry,
        geometryFormat,
      );
    case "json":
      return applyGeometry(
        await loadJson(engine, format, file, options.workDir),
        format.geometry,
        geometryFormat,
      );
    case "geojson":
      return loadGeoJson(engine, file, geometryFormat);
    case "parquet":
      return engine.source(`SELECT * FROM read_parquet(${quoteString(file)})`);
    case "xlsx":
    case "excel":
      return applyGeometry(
        await loadXlsx(engine, format, file, options.workDir),
        format.geometry,
        geometryFormat,
      );
    case "shapefile":
      return loadShapefile(engine, file, {
        crs: format.crs,
        targetCrs: options.targetCrs,
        encoding: format.encoding,
        geometryFormat,
        signal: options.signal,
      });
    case "geodatabase": {
      const { layer, unzipped_filename: unzippedFilename, crs } = format;
      const read = { layer, unzippedFilename, crs, targetCrs: options.targetCrs };
      const geojson = await geodatabaseToGeoJson(file, path.join(options.workDir, "gdb"), {
        ...read,
        signal: options.signal,
      });
      return loadGeoJson(engine, geojson, geometryFormat);
    }
    default:
      throw new ConfigError(
        `file format "${format.type}" is not supported by lifecycle (supported: csv, json, geojson, parquet, xlsx, shapefile, geodatabase); set ingest_command in lifecycle.yml to ingest this template with your own tool`,
      );
  }
}
