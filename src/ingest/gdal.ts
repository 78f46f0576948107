import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { ConfigError } from "../core/errors.js";
import { isZip, withZip } from "./zip.js";

/*
 * Esri file geodatabases are read through GDAL's `ogr2ogr` (Debian's `gdal-bin`, on GitHub's
 * Ubuntu runners through apt): the template's layer is converted to GeoJSON, which the ingest then
 * reads like any GeoJSON file. A zipped `.gdb` folder is read in place through GDAL's /vsizip/.
 */

const run = promisify(execFile);

export const OGR2OGR = "ogr2ogr";

export interface GeodatabaseRead {
  /** `file_format.layer` (default: the geodatabase's first layer). */
  layer?: string | undefined;
  /** `file_format.unzipped_filename`: the `.gdb` folder inside the zip. */
  unzippedFilename?: string | undefined;
  /** `file_format.crs`: the data's CRS when the geodatabase does not say. */
  crs?: string | undefined;
  /** `ingestion.target_crs`: reproject into it. */
  targetCrs?: string | undefined;
  signal?: AbortSignal | undefined;
}

/** Convert one layer of the geodatabase `file` (a `.gdb` folder or a zip of one) to `<workDir>/<layer>.geojson`. */
export async function geodatabaseToGeoJson(
  file: string,
  workDir: string,
  options: GeodatabaseRead,
): Promise<string> {
  const source = await gdalPath(file, options.unzippedFilename);
  const out = path.join(workDir, "geodatabase.geojson");
  await fs.mkdir(workDir, { recursive: true });
  const args = ["-f", "GeoJSON", out, source];
  if (options.layer !== undefined) args.push(options.layer);
  if (options.crs !== undefined) args.push("-a_srs", options.crs);
  if (options.targetCrs !== undefined) args.push("-t_srs", options.targetCrs);
  try {
    await run(OGR2OGR, args, {
      maxBuffer: 16 * 1024 * 1024,
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    throw ogrError(error, options.layer);
  }
  return out;
}

function ogrError(error: unknown, layer: string | undefined): Error {
  if (error instanceof Error && "code" in error && error.code === "ENOENT") {
    return new ConfigError(
      `file format "geodatabase" needs GDAL's ogr2ogr, which is not installed: install gdal-bin (apt-get install -y gdal-bin) or set ingest_command in lifecycle.yml to ingest this template with your own tool`,
    );
  }
  const stderr =
    error instanceof Error && "stderr" in error ? String(error.stderr).trim() : String(error);
  const what = layer === undefined ? "its first layer" : `layer "${layer}"`;
  return new Error(`ogr2ogr could not read ${what} of the geodatabase: ${stderr}`);
}

/** The path GDAL opens: the folder itself, or `/vsizip/<zip>/<dir>.gdb` for a zipped one. */
async function gdalPath(file: string, unzipped: string | undefined): Promise<string> {
  if (!(await isZip(file))) return file;
  const inner = unzipped ?? (await gdbFolderIn(file));
  return `/vsizip/${file}/${inner}`;
}

async function gdbFolderIn(file: string): Promise<string> {
  const folder = await withZip(file, async ({ files }) => {
    for (const { name } of files) {
      const parts = name.split("/");
      const index = parts.findIndex((p) => p.toLowerCase().endsWith(".gdb"));
      if (index >= 0) return parts.slice(0, index + 1).join("/");
    }
    return undefined;
  });
  if (folder !== undefined) return folder;
  throw new Error(
    `${path.basename(file)} holds no .gdb folder; name the folder with file_format.unzipped_filename`,
  );
}
