import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { pack, type Pack } from "tar-stream";
import { refuseSpecialFile } from "./files.js";

/** Fixed metadata, so the same files give the same archive whatever their mtimes and owners. */
const ARCHIVE_MTIME = new Date(0);
const FIXED_OWNER = { uid: 0, gid: 0, uname: "", gname: "" } as const;

export interface ArchiveOptions {
  /** Directory whose files are archived, paths relative to it. */
  dir: string;
  /** Top-level names in `dir` to leave out (the archive itself). */
  exclude: string[];
  archive: string;
  signal: AbortSignal;
}

export interface ArchiveResult {
  bytes: number;
  sha256: string;
}

interface ArchiveEntry {
  /** Relative path with `/` separators; directories end in `/`. */
  name: string;
  absolute: string;
  type: "file" | "directory";
  mode: number;
  size: number;
}

/**
 * Write a reproducible `.tar.gz` of `dir` in-process (tar-stream + Node's zlib): entries sorted by
 * name, directories before their contents, mtime 0, owner 0:0, modes 0644/0755 (executables and
 * directories 0755), and a gzip header without a timestamp. Entries are plain relative paths
 * (`manifest.json`, `output/`, `output/x.csv`); paths too long for ustar get a pax header.
 */
export async function createArchive(options: ArchiveOptions): Promise<ArchiveResult> {
  const entries = await archiveEntries(options.dir, options.exclude);
  const tar = pack();
  const hash = createHash("sha256");
  let bytes = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  const written = pipeline(tar, createGzip(), measure, createWriteStream(options.archive), {
    signal: options.signal,
  });
  const packed = packEntries(tar, entries).then(
    () => tar.finalize(),
    (error: unknown) => tar.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  await Promise.all([written, packed]);
  return { bytes, sha256: hash.digest("hex") };
}

async function packEntries(tar: Pack, entries: ArchiveEntry[]): Promise<void> {
  for (const entry of entries) {
    const header = {
      name: entry.name,
      type: entry.type,
      mode: entry.mode,
      size: entry.size,
      mtime: ARCHIVE_MTIME,
      ...FIXED_OWNER,
    };
    if (entry.type === "directory") {
      await new Promise<void>((resolve, reject) =>
        tar.entry(header, (error) => (error ? reject(error) : resolve())),
      );
      continue;
    }
    await new Promise<void>((resolve, reject) => {
      const sink = tar.entry(header, (error) => (error ? reject(error) : resolve()));
      // The sink errors too when the archive's own pipeline fails (a full disk): without this
      // listener that is an uncaught exception; the pipeline's rejection reports it.
      sink.on("error", reject);
      const source = createReadStream(entry.absolute);
      source.on("error", (error) => {
        sink.destroy(error);
        reject(error);
      });
      source.pipe(sink);
    });
  }
}

/** Every entry under `dir`, depth first, names compared byte-wise; symbolic links are refused. */
async function archiveEntries(dir: string, exclude: readonly string[]): Promise<ArchiveEntry[]> {
  const found: ArchiveEntry[] = [];
  async function walk(relative: string): Promise<void> {
    const absoluteDir = relative === "" ? dir : path.join(dir, relative);
    const names = (await fs.readdir(absoluteDir)).sort(compareBytes);
    for (const name of names) {
      if (relative === "" && exclude.includes(name)) continue;
      const child = relative === "" ? name : `${relative}/${name}`;
      const absolute = path.join(absoluteDir, name);
      const stat = await fs.lstat(absolute);
      if (stat.isSymbolicLink()) throw new Error(`symbolic link not allowed: ${absolute}`);
      refuseSpecialFile(absolute, stat);
      if (stat.isDirectory()) {
        found.push({ name: `${child}/`, absolute, type: "directory", mode: 0o755, size: 0 });
        await walk(child);
      } else if (stat.isFile()) {
        const mode = (stat.mode & 0o111) !== 0 ? 0o755 : 0o644;
        found.push({ name: child, absolute, type: "file", mode, size: stat.size });
      }
    }
  }
  await walk("");
  return found;
}

function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
