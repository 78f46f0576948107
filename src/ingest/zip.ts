import { createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import yauzl from "yauzl";

/**
 * The zip archives that downloads come in, read with yauzl: zip64, entries streamed from the file
 * (the archive is never loaded whole), each entry's size enforced while it unpacks.
 */
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
  compressedSize: number;
  /** What the entry declares it unpacks to; unpacking stops at the first byte past it. */
  size: number;
}

export interface ZipArchive {
  /** The archive's file name, for messages. */
  name: string;
  /** The file entries: folders and entries with no file name of their own (`..`) left out. */
  files: ZipEntry[];
  /** Stream one entry into `target`. */
  extract(entry: ZipEntry, target: string): Promise<void>;
  /** One entry's bytes in memory (a part of a spreadsheet). */
  read(entry: ZipEntry): Promise<Buffer>;
}

/** Open `source` (a file, or an archive in memory named `label`), use it, close it. */
export async function withZip<T>(
  source: string | Buffer,
  use: (archive: ZipArchive) => Promise<T>,
  label = typeof source === "string" ? source : "archive",
): Promise<T> {
  const name = path.basename(label);
  // decodeStrings off: yauzl would fail the whole archive on an entry named `..`; names are
  // decoded and checked below instead, with the same functions.
  const options = { lazyEntries: true, autoClose: false, decodeStrings: false };
  const zipfile = await (
    typeof source === "string"
      ? yauzl.openPromise(source, options)
      : yauzl.fromBufferPromise(source, options)
  ).catch((error: unknown) => {
    throw zipError(name, error);
  });
  try {
    const entries = new Map<ZipEntry, yauzl.Entry>();
    for (const raw of await readDirectory(zipfile, name)) {
      const entry = fileEntry(raw, name);
      if (entry) entries.set(entry, raw);
    }
    const stream = (entry: ZipEntry) => openEntry(zipfile, name, entry, entries.get(entry));
    return await use({
      name,
      files: [...entries.keys()],
      extract: async (entry, target) =>
        pipeline(await stream(entry), createWriteStream(target)).catch((error: unknown) => {
          throw entryError(name, entry, error);
        }),
      read: async (entry) =>
        collect(await stream(entry)).catch((error: unknown) => {
          throw entryError(name, entry, error);
        }),
    });
  } finally {
    zipfile.close();
  }
}

function readDirectory(zipfile: yauzl.ZipFile, name: string): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zipfile.on("entry", (entry: yauzl.Entry) => {
      entries.push(entry);
      zipfile.readEntry();
    });
    zipfile.once("end", () => resolve(entries));
    zipfile.once("error", (error: unknown) => reject(zipError(name, error)));
    zipfile.readEntry();
  });
}

/** The entry as lifecycle sees it; undefined for a folder; an error for an unsafe name. */
function fileEntry(raw: yauzl.Entry, archive: string): ZipEntry | undefined {
  // Names decoded as the zip spec says (UTF-8 flag, Info-ZIP Unicode path, else CP437);
  // backslashes (zips made on Windows) become slashes.
  const name = yauzl.getFileNameLowLevel(
    raw.generalPurposeBitFlag,
    raw.fileNameRaw,
    raw.extraFields,
    false,
  );
  if (isFolder(name)) return undefined;
  const unsafe = yauzl.validateFileName(name);
  if (unsafe !== null) {
    throw new Error(
      `${archive}: zip entry ${JSON.stringify(name)} has an unsafe name (${unsafe}); lifecycle does not read archives with absolute paths or .. in entry names`,
    );
  }
  return { name, compressedSize: raw.compressedSize, size: raw.uncompressedSize };
}

/** A folder entry, or a name with no file name of its own (`..`): never extracted. */
function isFolder(name: string): boolean {
  const last = name.split("/").at(-1) ?? "";
  return last === "" || last === "." || last === "..";
}

async function openEntry(
  zipfile: yauzl.ZipFile,
  archive: string,
  entry: ZipEntry,
  raw: yauzl.Entry | undefined,
): Promise<Readable> {
  if (!raw) throw new Error(`${archive}: ${entry.name} is not an entry of this archive`);
  if (raw.isEncrypted()) throw new Error(`${archive}: zip entry ${entry.name} is encrypted`);
  if (!raw.canDecodeFileData()) {
    throw new Error(
      `${archive}: zip entry ${entry.name} uses compression method ${raw.compressionMethod}, which is not supported (stored or deflated only)`,
    );
  }
  return zipfile.openReadStreamPromise(raw);
}

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function zipError(archive: string, error: unknown): Error {
  const message = messageOf(error);
  if (message.startsWith(`${archive}:`)) return error instanceof Error ? error : new Error(message);
  return new Error(`${archive} is not a readable zip archive: ${message}`, { cause: error });
}

/** yauzl's size checks ("too many bytes in the stream") in lifecycle's words. */
function entryError(archive: string, entry: ZipEntry, error: unknown): Error {
  const message = messageOf(error);
  if (message.startsWith(`${archive}:`)) return error instanceof Error ? error : new Error(message);
  const size = /too (many|few) bytes/.exec(message);
  if (size) {
    const actual = size[1] === "many" ? `more than ${entry.size}` : `fewer than ${entry.size}`;
    return new Error(
      `${archive}: zip entry ${entry.name} unpacks to ${actual} bytes, not ${entry.size}: the archive is corrupt`,
      { cause: error },
    );
  }
  return new Error(`${archive}: zip entry ${entry.name} could not be unpacked: ${message}`, {
    cause: error,
  });
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
  return withZip(archiveFile, async (archive) => {
    const { files } = archive;
    const entry =
      wanted === undefined
        ? onlyEntry(files, archive.name)
        : files.find((e) => matches(e.name, wanted));
    if (!entry) {
      const names = files.map((e) => e.name).join(", ");
      throw new Error(`${archive.name} has no entry "${wanted}"; entries: ${names}`);
    }
    const target = path.join(dir, path.posix.basename(entry.name));
    await fs.mkdir(dir, { recursive: true });
    await archive.extract(entry, target);
    return target;
  });
}

function matches(name: string, wanted: string): boolean {
  const clean = (s: string) => s.replace(/^\.?\//, "");
  return clean(name) === clean(wanted) || path.posix.basename(name) === wanted;
}

function onlyEntry(files: ZipEntry[], archive: string): ZipEntry {
  const [first, ...rest] = files;
  if (!first || rest.length > 0) {
    throw new Error(
      `${archive} holds ${files.length} files; set file_format.unzipped_filename to one of: ${files.map((e) => e.name).join(", ")}`,
    );
  }
  return first;
}
