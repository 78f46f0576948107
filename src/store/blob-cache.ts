import { createHash, randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";

/**
 * The local read cache of an object store: files by sha256 (`<dir>/<aa>/<sha256>`), so a rerun,
 * or another store holding the same bytes, downloads nothing it already has. Entries are
 * immutable: written to a temp file, verified, renamed into place.
 */
export class BlobCache {
  constructor(readonly dir: string) {}

  static forEnv(env: NodeJS.ProcessEnv): BlobCache {
    const explicit = env.LIFECYCLE_STORE_CACHE?.trim();
    const general = env.LIFECYCLE_CACHE_DIR?.trim();
    const base =
      explicit ||
      (general && general !== "off"
        ? path.join(general, "store-blobs")
        : path.join(
            env.XDG_CACHE_HOME?.trim() || path.join(os.homedir(), ".cache"),
            "lifecycle",
            "store-blobs",
          ));
    return new BlobCache(base);
  }

  file(sha256: string): string {
    return path.join(this.dir, sha256.slice(0, 2), sha256);
  }

  async has(sha256: string): Promise<boolean> {
    return fs.access(this.file(sha256)).then(
      () => true,
      () => false,
    );
  }

  /**
   * Fill the entry for `sha256` with `fetch(tempFile)`; the bytes must hash to `sha256`, or the
   * entry is not written and this throws, naming `what`.
   */
  async fill(sha256: string, what: string, fetch: (file: string) => Promise<void>): Promise<void> {
    if (await this.has(sha256)) return;
    const target = this.file(sha256);
    await fs.mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.${randomUUID()}.tmp`;
    try {
      await fetch(temp);
      const got = await hashFile(temp);
      if (got !== sha256)
        throw new Error(`${what}: its content hashes to ${got}, the manifest says ${sha256}`);
      await fs.rename(temp, target);
    } finally {
      await fs.rm(temp, { force: true });
    }
  }

  /** Put the entry at `file`: a hard link when the filesystem allows, else a copy. */
  async materialize(sha256: string, file: string): Promise<void> {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.rm(file, { force: true });
    try {
      await fs.link(this.file(sha256), file);
    } catch {
      await fs.copyFile(this.file(sha256), file);
    }
  }

  /** Add a local file (just uploaded) so that the next pull need not download it. */
  async add(sha256: string, file: string): Promise<void> {
    await this.fill(sha256, file, (temp) => fs.copyFile(file, temp));
  }
}

export async function hashFile(file: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(file), hash);
  return hash.digest("hex");
}
