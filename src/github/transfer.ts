import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { safeSegment } from "../store/layout.js";

/** Moves stage outputs between the jobs of one workflow run. */
export interface ArtifactStore {
  upload(name: string, dir: string): Promise<void>;
  /** Copies the artifact's files into `dir`; false when there is no such artifact. */
  download(name: string, dir: string): Promise<boolean>;
  /** Names of the artifacts present, those matching `prefix` when given. */
  list(prefix?: string): Promise<string[]>;
}

/** Keeps ingested datasets across workflow runs. */
export interface CacheStore {
  save(key: string, dir: string): Promise<void>;
  /**
   * Fills `dir` from the entry saved under `key`, else from the newest entry whose key starts with
   * one of `restoreKeys` (tried in order). Resolves to the key restored, or undefined.
   */
  restore(key: string, dir: string, restoreKeys: readonly string[]): Promise<string | undefined>;
}

/**
 * An artifact store in a local directory: artifact `name` is the folder `<root>/<name>/`, the
 * layout actions/download-artifact produces with `merge-multiple: true` when every artifact holds
 * one top folder named after itself. So with `uploadRoot` (on a runner), `upload` writes
 * `<uploadRoot>/<name>/<name>/` and actions/upload-artifact uploads `uploadPathOf(name)`: the
 * artifact carries its own name, and lands in `<root>/<name>/` however many artifacts a download
 * matches (download-artifact extracts a lone match straight into its path, dropping the name).
 * Without `uploadRoot` (tests, one folder for every job) uploads go straight to `<root>/<name>/`.
 */
export class LocalArtifactStore implements ArtifactStore {
  constructor(
    readonly root: string,
    readonly uploadRoot?: string,
  ) {}

  /** The folder that holds artifact `name` once downloaded. */
  pathOf(name: string): string {
    return path.join(this.root, safeSegment(name));
  }

  /** The folder to give actions/upload-artifact for artifact `name`. */
  uploadPathOf(name: string): string {
    return this.uploadRoot ? path.join(this.uploadRoot, safeSegment(name)) : this.pathOf(name);
  }

  async upload(name: string, dir: string): Promise<void> {
    if (!this.uploadRoot) return replaceDir(dir, this.pathOf(name), this.root);
    const wrapper = this.uploadPathOf(name);
    await fs.mkdir(wrapper, { recursive: true });
    await replaceDir(dir, path.join(wrapper, safeSegment(name)), this.uploadRoot);
  }

  async download(name: string, dir: string): Promise<boolean> {
    const source = this.pathOf(name);
    if (!(await isDir(source))) return false;
    await fs.mkdir(dir, { recursive: true });
    await fs.cp(source, dir, { recursive: true, force: true });
    return true;
  }

  async list(prefix = ""): Promise<string[]> {
    const names = await readDirNames(this.root);
    return names.filter((n) => !n.startsWith(".") && n.startsWith(prefix)).sort();
  }
}

interface CacheMeta {
  key: string;
  savedAt: number;
  sequence: number;
}

/**
 * A cache in a local directory, with the semantics of the GitHub Actions cache: entries are
 * immutable (saving an existing key keeps the first), restore-keys are prefixes matched newest first.
 */
export class LocalCacheStore implements CacheStore {
  constructor(readonly root: string) {}

  async save(key: string, dir: string): Promise<void> {
    const entry = this.entryDir(key);
    if (await isDir(entry)) return;
    const meta: CacheMeta = { key, savedAt: Date.now(), sequence: await this.nextSequence() };
    await fs.mkdir(this.root, { recursive: true });
    const staging = path.join(this.root, `.tmp-${randomUUID()}`);
    await fs.cp(dir, path.join(staging, "files"), { recursive: true });
    await fs.writeFile(path.join(staging, "meta.json"), JSON.stringify(meta));
    try {
      await fs.rename(staging, entry);
    } catch (error) {
      await fs.rm(staging, { recursive: true, force: true });
      if (!(await isDir(entry))) throw error;
    }
  }

  async restore(
    key: string,
    dir: string,
    restoreKeys: readonly string[],
  ): Promise<string | undefined> {
    const metas = await this.entries();
    const exact = metas.find((m) => m.key === key);
    const match = exact ?? newestWithPrefix(metas, restoreKeys);
    if (!match) return undefined;
    await fs.mkdir(dir, { recursive: true });
    await fs.cp(path.join(this.entryDir(match.key), "files"), dir, {
      recursive: true,
      force: true,
    });
    return match.key;
  }

  private entryDir(key: string): string {
    return path.join(this.root, safeSegment(key));
  }

  private async entries(): Promise<CacheMeta[]> {
    const names = (await readDirNames(this.root)).filter((n) => !n.startsWith("."));
    // Only folders with a meta.json are entries: the folder may be shared (LIFECYCLE_CACHE_DIR
    // also holds the config parse cache).
    const metas = await Promise.all(
      names.map(async (n) => {
        const text = await fs
          .readFile(path.join(this.root, n, "meta.json"), "utf8")
          .catch(() => "");
        return text === "" ? undefined : (JSON.parse(text) as CacheMeta);
      }),
    );
    return metas.filter((m): m is CacheMeta => m !== undefined);
  }

  private async nextSequence(): Promise<number> {
    const metas = await this.entries();
    return metas.reduce((max, m) => Math.max(max, m.sequence), 0) + 1;
  }
}

function newestWithPrefix(metas: readonly CacheMeta[], prefixes: readonly string[]) {
  for (const prefix of prefixes) {
    const matches = metas.filter((m) => m.key.startsWith(prefix));
    matches.sort((a, b) => b.sequence - a.sequence);
    if (matches[0]) return matches[0];
  }
  return undefined;
}

async function replaceDir(source: string, target: string, root: string): Promise<void> {
  await fs.mkdir(root, { recursive: true });
  const staging = path.join(root, `.tmp-${randomUUID()}`);
  await fs.cp(source, staging, { recursive: true });
  await fs.rm(target, { recursive: true, force: true });
  await fs.rename(staging, target);
}

async function isDir(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isDirectory();
  } catch {
    return false;
  }
}

async function readDirNames(dir: string): Promise<string[]> {
  try {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isDirectory()).map((e) => e.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}
