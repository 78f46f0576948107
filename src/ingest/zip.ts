import { createReadStream, createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createInflateRaw, inflateRawSync } from "node:zlib";

/** Reads the zip archives that downloads come in (stored or deflated entries, no zip64). */
export async function isZip(file: string): Promise<boolean> {
  const handle = await fs.open(file, "r");
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head.readUInt32LE(0) === 0x04034b50;
  } finally {
    await handle.close();
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY_MAX = 65_557;

/** Where the central directory is, from the archive's last bytes (`tail`). */
function directoryLocation(tail: Buffer, archive: string) {
  let end = -1;
  for (let i = tail.length - 22; i >= 0 && end < 0; i--)
    if (tail.readUInt32LE(i) === 0x06054b50) end = i;
  if (end < 0)
    throw new Error(`${path.basename(archive)} is not a zip archive (no end of central directory)`);
  const count = tail.readUInt16LE(end + 10);
  const length = tail.readUInt32LE(end + 12);
  const offset = tail.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    throw new Error(`${path.basename(archive)} is a zip64 archive, which lifecycle does not read`);
  }
  return { count, length, offset };
}

/** The file entries (folders left out) of a central directory of `count` entries. */
function parseDirectory(directory: Buffer, count: number, archive: string): ZipEntry[] {
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
  return entries.filter((e) => !isFolder(e.name));
}

/** A folder entry, or a name with no file name of its own (`..`): never extracted. */
function isFolder(name: string): boolean {
  const last = name.split("/").at(-1) ?? "";
  return last === "" || last === "." || last === "..";
}

/**
 * The file entries of an open archive, from its central directory (read from the end of the file;
 * the archive is never loaded whole).
 */
export async function zipEntries(handle: fs.FileHandle, archive: string): Promise<ZipEntry[]> {
  const { size } = await handle.stat();
  const tailLength = Math.min(size, END_OF_DIRECTORY_MAX);
  const tail = Buffer.alloc(tailLength);
  await handle.read(tail, 0, tailLength, size - tailLength);
  const { count, length, offset } = directoryLocation(tail, archive);
  const directory = Buffer.alloc(length);
  await handle.read(directory, 0, length, offset);
  return parseDirectory(directory, count, archive);
}

function checkMethod(entry: ZipEntry): void {
  if (entry.method !== 0 && entry.method !== 8) {
    throw new Error(
      `zip entry ${entry.name} uses compression method ${entry.method}, which is not supported`,
    );
  }
}

/** Stream one entry out of the archive into `target` (stored or deflated), checking its size. */
export async function extractEntry(
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
  checkMethod(entry);
  if (entry.compressedSize === 0) {
    await fs.writeFile(target, "");
  } else {
    const input = createReadStream(archive, { start, end: start + entry.compressedSize - 1 });
    const output = createWriteStream(target);
    const limit = sizeLimit(archive, entry);
    if (entry.method === 8) await pipeline(input, createInflateRaw(), limit, output);
    else await pipeline(input, limit, output);
  }
  const { size } = await fs.stat(target);
  if (size !== entry.size) throw wrongSize(archive, entry, size);
}

function wrongSize(archive: string, entry: ZipEntry, size: number | string): Error {
  return new Error(
    `${path.basename(archive)}: zip entry ${entry.name} unpacks to ${size} bytes, not ${entry.size}: the archive is corrupt`,
  );
}

/** Passes bytes through until there are more than the entry declares (a zip bomb stops early). */
function sizeLimit(archive: string, entry: ZipEntry): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (seen > entry.size) callback(wrongSize(archive, entry, `more than ${entry.size}`));
      else callback(null, chunk);
    },
  });
}

/** Every file entry of a small archive held in memory (a spreadsheet), read on demand. */
export function readZipEntries(archive: Buffer, name = "archive"): Map<string, () => Buffer> {
  const tail = archive.subarray(Math.max(0, archive.length - END_OF_DIRECTORY_MAX));
  const { count, length, offset } = directoryLocation(tail, name);
  const files = parseDirectory(archive.subarray(offset, offset + length), count, name);
  return new Map(files.map((entry) => [entry.name, () => entryData(archive, entry, name)]));
}

function entryData(archive: Buffer, entry: ZipEntry, name: string): Buffer {
  const at = entry.localHeaderOffset;
  const start = at + 30 + archive.readUInt16LE(at + 26) + archive.readUInt16LE(at + 28);
  const data = archive.subarray(start, start + entry.compressedSize);
  checkMethod(entry);
  if (entry.method === 0) return Buffer.from(data);
  let out: Buffer;
  try {
    // maxOutputLength: a zip bomb fails instead of filling memory.
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
  } catch {
    throw wrongSize(name, entry, `more than ${entry.size}`);
  }
  if (out.length !== entry.size) throw wrongSize(name, entry, out.length);
  return out;
}

/**
 * Extract the entry `wanted` (a path inside the archive) into `dir`, streamed; without `wanted`,
 * the only file entry. Returns the extracted file's path.
 */
export async function extractZipEntry(
  archiveFile: string,
  dir: string,
  wanted?: string,
): Promise<string> {
  const handle = await fs.open(archiveFile, "r");
  try {
    const files = await zipEntries(handle, archiveFile);
    const entry =
      wanted === undefined
        ? onlyEntry(files, archiveFile)
        : files.find((e) => matches(e.name, wanted));
    if (!entry) {
      const names = files.map((e) => e.name).join(", ");
      throw new Error(`${path.basename(archiveFile)} has no entry "${wanted}"; entries: ${names}`);
    }
    const target = path.join(dir, path.basename(entry.name));
    await fs.mkdir(dir, { recursive: true });
    await extractEntry(handle, archiveFile, entry, target);
    return target;
  } finally {
    await handle.close();
  }
}

function matches(name: string, wanted: string): boolean {
  const clean = (s: string) => s.replace(/^\.?\//, "");
  return clean(name) === clean(wanted) || path.posix.basename(name) === wanted;
}

function onlyEntry(files: ZipEntry[], archiveFile: string): ZipEntry {
  const [first, ...rest] = files;
  if (!first || rest.length > 0) {
    throw new Error(
      `${path.basename(archiveFile)} holds ${files.length} files; set file_format.unzipped_filename to one of: ${files.map((e) => e.name).join(", ")}`,
    );
  }
  return first;
}
