import fs from "node:fs/promises";
import path from "node:path";
import { withZip } from "../zip.js";

const SIBLING_EXTENSIONS = [".shp", ".shx", ".dbf", ".prj", ".cpg"];

function clean(name: string): string {
  return name.replace(/^(\.?\/)+/, "").replace(/\/+$/, "");
}

function isShp(name: string): boolean {
  return name.toLowerCase().endsWith(".shp");
}

/**
 * The `.shp` entry `wanted` names: the entry itself (a path inside the archive, or a file name),
 * or the only `.shp` under a folder of that name; without `wanted`, the archive's only `.shp`.
 */
function findShp(names: string[], wanted: string | undefined, archive: string): string {
  const shps = names.filter(isShp);
  const listing = `entries: ${names.join(", ") || "(none)"}`;
  if (wanted === undefined) {
    const [only, ...others] = shps;
    if (only !== undefined && others.length === 0) return only;
    throw new Error(
      `${path.basename(archive)} holds ${shps.length} shapefiles; set file_format.unzipped_filename to one of: ${shps.join(", ") || "(none)"}; ${listing}`,
    );
  }
  const target = clean(wanted);
  const exact = names.find(
    (n) => clean(n) === target || (isShp(target) && path.posix.basename(n) === target),
  );
  if (exact !== undefined && isShp(exact)) return exact;
  const inFolder = shps.filter((n) => clean(n).startsWith(`${target}/`));
  const [only, ...others] = inFolder;
  if (only !== undefined && others.length === 0) return only;
  const why =
    exact !== undefined
      ? `"${wanted}" is not a .shp file`
      : inFolder.length > 1
        ? `"${wanted}" holds ${inFolder.length} shapefiles`
        : `no shapefile "${wanted}"`;
  throw new Error(`${path.basename(archive)}: ${why}; ${listing}`);
}

/**
 * Extract a zipped shapefile into `dir`: the `.shp` and its siblings of the same base name
 * (`.shx`, `.dbf`, `.prj`, `.cpg`, any letter case), streamed. Returns the extracted `.shp` path.
 */
export async function extractShapefile(
  archive: string,
  dir: string,
  wanted?: string,
): Promise<string> {
  return withZip(archive, async (zip) => {
    const entries = zip.files;
    const shp = findShp(
      entries.map((e) => e.name),
      wanted,
      archive,
    );
    const base = shp.slice(0, -".shp".length);
    await fs.mkdir(dir, { recursive: true });
    for (const entry of entries) {
      const extension = entry.name.slice(base.length).toLowerCase();
      if (!entry.name.startsWith(base) || !SIBLING_EXTENSIONS.includes(extension)) continue;
      // Lower-case extensions, so the reader finds `.DBF` as `.dbf`; the base name keeps its case.
      await zip.extract(entry, path.join(dir, `${path.posix.basename(base)}${extension}`));
    }
    return path.join(dir, `${path.posix.basename(base)}.shp`);
  });
}
