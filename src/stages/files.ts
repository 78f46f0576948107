import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

export interface FileEntry {
  /** Relative to the listed directory, `/` separators. */
  path: string;
  bytes: number;
  sha256: string;
}

interface FileKind {
  isFIFO(): boolean;
  isSocket(): boolean;
  isBlockDevice(): boolean;
  isCharacterDevice(): boolean;
}

/** What a special file is, in words; undefined for regular files, folders and links. */
export function specialKind(entry: FileKind): string | undefined {
  if (entry.isFIFO()) return "FIFO (named pipe)";
  if (entry.isSocket()) return "socket";
  if (entry.isBlockDevice()) return "block device";
  if (entry.isCharacterDevice()) return "character device";
  return undefined;
}

/** Throws for a FIFO, socket or device: reading one can block for ever or never end. */
export function refuseSpecialFile(absolute: string, entry: FileKind): void {
  const kind = specialKind(entry);
  if (kind === undefined) return;
  throw new Error(
    `special file not allowed: ${absolute} is a ${kind}; a stage's files must be regular files or folders`,
  );
}

/**
 * Open a file for reading without ever blocking: O_NONBLOCK makes opening a FIFO return at once,
 * and the opened file is checked to be a regular one (it may have changed since it was listed).
 */
export async function openRegularFile(file: string): Promise<fs.FileHandle> {
  const handle = await fs.open(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  try {
    const stat = await handle.stat();
    refuseSpecialFile(file, stat);
    if (!stat.isFile()) throw new Error(`not a regular file: ${file}`);
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/**
 * Every regular file under `dir`, sorted by path. Symbolic links are refused: they could point
 * anywhere; so are FIFOs, sockets and devices.
 */
export async function listFiles(
  dir: string,
  options: { skip?: (relative: string) => boolean } = {},
): Promise<string[]> {
  const found: string[] = [];
  async function walk(relative: string): Promise<void> {
    const entries = await fs.readdir(path.join(dir, relative), { withFileTypes: true });
    for (const entry of entries) {
      const child = relative === "" ? entry.name : `${relative}/${entry.name}`;
      if (options.skip?.(child)) continue;
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile()) found.push(child);
      else if (entry.isSymbolicLink())
        throw new Error(`symbolic link not allowed: ${path.join(dir, child)}`);
      else refuseSpecialFile(path.join(dir, child), entry);
    }
  }
  await walk("");
  return found.sort();
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  const handle = await openRegularFile(file);
  try {
    for await (const chunk of handle.createReadStream({ autoClose: false }))
      hash.update(chunk as Buffer);
  } finally {
    await handle.close();
  }
  return hash.digest("hex");
}

/** Size and sha256 of every file under `dir`. */
export async function describeFiles(
  dir: string,
  options: { skip?: (relative: string) => boolean } = {},
): Promise<FileEntry[]> {
  const entries: FileEntry[] = [];
  for (const relative of await listFiles(dir, options)) {
    const absolute = path.join(dir, ...relative.split("/"));
    const stat = await fs.stat(absolute);
    entries.push({ path: relative, bytes: stat.size, sha256: await sha256File(absolute) });
  }
  return entries;
}

/**
 * Copy a directory tree. Files are cloned where the filesystem supports it (copy-on-write) and
 * copied otherwise: never hard-linked, so writing to the copy can never change the source.
 */
export async function copyTree(from: string, to: string): Promise<string[]> {
  const files = await listFiles(from);
  await fs.mkdir(to, { recursive: true });
  for (const relative of files) {
    const target = path.join(to, ...relative.split("/"));
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.copyFile(
      path.join(from, ...relative.split("/")),
      target,
      fs.constants.COPYFILE_FICLONE,
    );
  }
  return files;
}

/** A digest of a directory's file names and contents, for fingerprints; undefined when it does not exist. */
export async function treeDigest(
  dir: string,
  skip?: (relative: string) => boolean,
): Promise<string | undefined> {
  try {
    if (!(await fs.stat(dir)).isDirectory()) return undefined;
  } catch {
    return undefined;
  }
  const hash = createHash("sha256");
  for (const entry of await describeFiles(dir, skip ? { skip } : {}))
    hash.update(`${entry.path}\0${entry.sha256}\n`);
  return hash.digest("hex");
}

export async function exists(file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch {
    return false;
  }
}
