import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";

export interface FileEntry {
  /** Relative to the listed directory, `/` separators. */
  path: string;
  bytes: number;
  sha256: string;
}

/** Every regular file under `dir`, sorted by path. Symbolic links are refused: they could point anywhere. */
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
    }
  }
  await walk("");
  return found.sort();
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
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
