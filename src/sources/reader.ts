import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { Transform } from "node:stream";
import { fileURLToPath } from "node:url";
import type { S3Settings, SourceStoreSetting } from "../config/settings.js";
import { resolveS3Connection } from "../store/s3-client.js";
import { parseS3Url, S3Objects } from "../store/s3-objects.js";

/*
 * Read-only access to one of the team's other stores (dcpy's edm-recipes, edm-publishing,
 * edm-private): an S3 bucket (with a prefix) or a local directory. Keys are relative to the
 * store's root and `/`-separated.
 */

export interface StoredFile {
  key: string;
  bytes: number;
  /** The S3 ETag; for a local directory, size and modification time. */
  etag: string;
}

export interface SourceStoreReader {
  /** The store as lifecycle.yml names it, for messages and the lock (never holds credentials). */
  readonly url: string;
  /** Names of the folders right under `folder`. */
  folders(folder: string): Promise<string[]>;
  /** Every file under `folder`, at any depth, in key order. */
  files(folder: string): Promise<StoredFile[]>;
  /** A small file's text, or undefined when there is none. */
  read(key: string): Promise<string | undefined>;
  /** Copy a file to `file`; its size and sha256, or undefined when there is none. */
  download(key: string, file: string): Promise<{ bytes: number; sha256: string } | undefined>;
}

/**
 * The reader of a store of `stores:`. Its connection: its own fields, else `s3:` of lifecycle.yml,
 * else the endpoint, region and path style of `store:` (the same object store as lifecycle's own).
 */
export function openSourceStore(
  setting: SourceStoreSetting,
  options: {
    root: string;
    env: NodeJS.ProcessEnv;
    s3?: S3Settings | undefined;
    store?: S3Settings | undefined;
    what: string;
  },
): SourceStoreReader {
  const { url, ...own } = typeof setting === "string" ? { url: setting } : setting;
  if (url.startsWith("s3://")) {
    const { endpoint, region, path_style } = options.store ?? {};
    const shared = { endpoint, region, path_style };
    const settings = [own, options.s3 ?? {}].find((s) => Object.keys(s).length > 0) ?? shared;
    const connection = resolveS3Connection(options.env, settings, options.what);
    const { bucket, prefix } = parseS3Url(url);
    return new S3SourceStore(url, new S3Objects(bucket, connection), prefix);
  }
  const dir = url.startsWith("file://") ? fileURLToPath(url) : path.resolve(options.root, url);
  return new LocalSourceStore(url, dir);
}

/**
 * The listings and small files of `reader`, each read once: a recipe with 55 inputs from one
 * dataset (cscl) lists its folder once. Downloads are not cached.
 */
export function cachingReader(reader: SourceStoreReader): SourceStoreReader {
  const memo = new Map<string, Promise<unknown>>();
  const once = <T>(id: string, read: () => Promise<T>): Promise<T> => {
    let found = memo.get(id) as Promise<T> | undefined;
    if (!found) {
      found = read();
      memo.set(id, found);
    }
    return found;
  };
  return {
    url: reader.url,
    folders: (folder) => once(`folders:${folder}`, () => reader.folders(folder)),
    files: (folder) => once(`files:${folder}`, () => reader.files(folder)),
    read: (key) => once(`read:${key}`, () => reader.read(key)),
    download: (key, file) => reader.download(key, file),
  };
}

class S3SourceStore implements SourceStoreReader {
  constructor(
    readonly url: string,
    private readonly objects: S3Objects,
    private readonly prefix: string,
  ) {}

  private full(key: string): string {
    return this.prefix ? `${this.prefix}/${key}` : key;
  }

  private relative(key: string): string {
    return this.prefix ? key.slice(this.prefix.length + 1) : key;
  }

  folders(folder: string): Promise<string[]> {
    return this.objects.folders(`${this.full(folder)}/`);
  }

  async files(folder: string): Promise<StoredFile[]> {
    const found: StoredFile[] = [];
    for await (const object of this.objects.list(`${this.full(folder)}/`)) {
      if (object.key.endsWith("/")) continue; // a "folder" object some tools write
      found.push({ key: this.relative(object.key), bytes: object.size, etag: object.etag });
    }
    return found;
  }

  async read(key: string): Promise<string | undefined> {
    return (await this.objects.get(this.full(key)))?.body.toString("utf8");
  }

  download(key: string, file: string) {
    return this.objects.download(this.full(key), file);
  }
}

class LocalSourceStore implements SourceStoreReader {
  constructor(
    readonly url: string,
    private readonly dir: string,
  ) {}

  private full(key: string): string {
    return path.join(this.dir, ...key.split("/"));
  }

  async folders(folder: string): Promise<string[]> {
    const entries = await readDir(this.full(folder));
    return entries.filter((e) => e.isDirectory()).map((e) => e.name);
  }

  async files(folder: string): Promise<StoredFile[]> {
    const found: StoredFile[] = [];
    for (const entry of await readDir(this.full(folder), true)) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      const { size, mtimeMs } = await fs.stat(file);
      const key = path.relative(this.dir, file).split(path.sep).join("/");
      found.push({ key, bytes: size, etag: `${size}-${Math.trunc(mtimeMs)}` });
    }
    return found.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  async read(key: string): Promise<string | undefined> {
    return fs.readFile(this.full(key), "utf8").catch((error: unknown) => {
      if (isMissing(error)) return undefined;
      throw error;
    });
  }

  async download(key: string, file: string) {
    const source = this.full(key);
    try {
      await fs.copyFile(source, file);
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
    const hash = createHash("sha256");
    let bytes = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        bytes += chunk.length;
        done();
      },
    });
    await pipeline(createReadStream(file), tap);
    return { bytes, sha256: hash.digest("hex") };
  }
}

async function readDir(dir: string, recursive = false) {
  try {
    return await fs.readdir(dir, { withFileTypes: true, recursive });
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === "ENOENT" || code === "ENOTDIR";
}
