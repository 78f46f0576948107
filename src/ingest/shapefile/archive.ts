import { createReadStream, createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createInflateRaw } from "node:zlib";

const SIBLING_EXTENSIONS = [".shp", ".shx", ".dbf", ".prj", ".cpg"];

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

/**
 * The entries of a zip archive, from its central directory (read from the end of the file; the
 * archive is never loaded whole). Zip64 archives are not read.
 */
async function zipEntries(handle: fs.FileHandle, archive: string): Promise<ZipEntry[]> {
  const { size } = await handle.stat();
  const tailLength = Math.min(size, 65_557);
  const tail = Buffer.alloc(tailLength);
  await handle.read(tail, 0, tailLength, size - tailLength);
  let end = -1;
  for (let i = tailLength - 22; i >= 0 && end < 0; i--)
    if (tail.readUInt32LE(i) === 0x06054b50) end = i;
  if (end < 0)
    throw new Error(`${path.basename(archive)} is not a zip archive (no end of central directory)`);
  const count = tail.readUInt16LE(end + 10);
  const directoryLength = tail.readUInt32LE(end + 12);
  const directoryOffset = tail.readUInt32LE(end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    throw new Error(`${path.basename(archive)} is a zip64 archive, which lifecycle does not read`);
  }
  const directory = Buffer.alloc(directoryLength);
  await handle.read(directory, 0, directoryLength, directoryOffset);
  const entries: ZipEntry[] = [];
  for (let at = 0, i = 0; i < count; i++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== 0x02014b50) {
      throw new Error(`${path.basename(archive)}: corrupt zip central directory (entry ${i + 1})`);
    }
    const nameLength = directory.readUInt16LE(at + 28);
    entries.push({
      method: directory.readUInt16LE(at + 10),
      compressedSize: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      localHeaderOffset: directory.readUInt32LE(at + 42),
      // Zips made on Windows may separate folders with backslashes.
      name: directory.toString("utf8", at + 46, at + 46 + nameLength).replace(/\\/g, "/"),
    });
    at += 46 + nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
  }
  return entries.filter((e) => !e.name.endsWith("/"));
}

/** Stream one entry out of the archive into `target` (stored or deflated). */
async function extractEntry(
  handle: fs.FileHandle,
  archive: string,
  entry: ZipEntry,
  target: string,
): Promise<void> {
  const local = Buffer.alloc(30);
  await handle.read(local, 0, 30, entry.localHeaderOffset);
  if (local.readUInt32LE(0) !== 0x04034b50) {
    throw new Error(`${path.basename(archive)}: corrupt zip entry ${entry.name} (no local header)`);
  }
  const start = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  if (entry.method !== 0 && entry.method !== 8) {
    throw new Error(
      `zip entry ${entry.name} uses compression method ${entry.method}, which is not supported`,
    );
  }
  if (entry.compressedSize === 0) {
    await fs.writeFile(target, "");
  } else {
    const input = createReadStream(archive, { start, end: start + entry.compressedSize - 1 });
    const output = createWriteStream(target);
    if (entry.method === 8) await pipeline(input, createInflateRaw(), output);
    else await pipeline(input, output);
  }
  const { size } = await fs.stat(target);
  if (size !== entry.size) {
    throw new Error(
      `${path.basename(archive)}: zip entry ${entry.name} unpacks to ${size} bytes, not ${entry.size}: the archive is corrupt`,
    );
  }
}

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
  const handle = await fs.open(archive, "r");
  try {
    const entries = await zipEntries(handle, archive);
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
      await extractEntry(
        handle,
        archive,
        entry,
        path.join(dir, `${path.posix.basename(base)}${extension}`),
      );
    }
    return path.join(dir, `${path.posix.basename(base)}.shp`);
  } finally {
    await handle.close();
  }
}
