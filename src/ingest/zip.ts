import fs from "node:fs/promises";
import path from "node:path";
import { inflateRawSync } from "node:zlib";

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

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

export function listZipEntries(archive: Buffer): Entry[] {
  const end = findEndOfCentralDirectory(archive);
  const count = archive.readUInt16LE(end + 10);
  let offset = archive.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (archive.readUInt32LE(offset) !== 0x02014b50)
      throw new Error("corrupt zip: bad central directory");
    const nameLength = archive.readUInt16LE(offset + 28);
    const extraLength = archive.readUInt16LE(offset + 30);
    const commentLength = archive.readUInt16LE(offset + 32);
    entries.push({
      method: archive.readUInt16LE(offset + 10),
      compressedSize: archive.readUInt32LE(offset + 20),
      size: archive.readUInt32LE(offset + 24),
      localHeaderOffset: archive.readUInt32LE(offset + 42),
      name: archive.toString("utf8", offset + 46, offset + 46 + nameLength),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(archive: Buffer): number {
  for (let i = archive.length - 22; i >= Math.max(0, archive.length - 65_557); i--) {
    if (archive.readUInt32LE(i) === 0x06054b50) return i;
  }
  throw new Error("not a zip archive (no end of central directory)");
}

/** Every file entry of an archive in memory, read on demand. */
export function readZipEntries(archive: Buffer): Map<string, () => Buffer> {
  const files = listZipEntries(archive).filter((e) => !e.name.endsWith("/"));
  return new Map(files.map((entry) => [entry.name, () => entryData(archive, entry)]));
}

function entryData(archive: Buffer, entry: Entry): Buffer {
  const at = entry.localHeaderOffset;
  const start = at + 30 + archive.readUInt16LE(at + 26) + archive.readUInt16LE(at + 28);
  const data = archive.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(data);
  if (entry.method === 8) return inflateRawSync(data);
  throw new Error(
    `zip entry ${entry.name} uses compression method ${entry.method}, which is not supported`,
  );
}

/**
 * Extract the entry `wanted` (a path inside the archive) into `dir`; without `wanted`, the only
 * file entry. Returns the extracted file's path.
 */
export async function extractZipEntry(
  archiveFile: string,
  dir: string,
  wanted?: string,
): Promise<string> {
  const archive = await fs.readFile(archiveFile);
  const files = listZipEntries(archive).filter((e) => !e.name.endsWith("/"));
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
  await fs.writeFile(target, entryData(archive, entry));
  return target;
}

function matches(name: string, wanted: string): boolean {
  const clean = (s: string) => s.replace(/^\.?\//, "");
  return clean(name) === clean(wanted) || path.posix.basename(name) === wanted;
}

function onlyEntry(files: Entry[], archiveFile: string): Entry {
  const [first, ...rest] = files;
  if (!first || rest.length > 0) {
    throw new Error(
      `${path.basename(archiveFile)} holds ${files.length} files; set file_format.unzipped_filename to one of: ${files.map((e) => e.name).join(", ")}`,
    );
  }
  return first;
}
