import path from "node:path";
import * as cache from "@actions/cache";
import type { CacheStore } from "./transfer.js";

/**
 * The GitHub Actions cache. It restores files to the paths they were saved from, and its entry
 * version hashes the path strings, so paths are passed relative to the workspace (the same in
 * every job of a repository). Entries are immutable: saving an existing key is a no-op. Without a
 * workspace, paths are saved as they are: for folders outside it at a fixed place (the tool cache).
 */
export class GitHubCacheStore implements CacheStore {
  constructor(
    private readonly workspace: string | undefined,
    private readonly log: (line: string) => void,
  ) {}

  /**
   * `saveCache` only warns when it cannot save (and when the key exists): a save that made nothing
   * is checked with a lookup, so an ingest that could not reach the cache fails instead of passing.
   */
  async save(key: string, dir: string): Promise<void> {
    const paths = [this.relative(dir)];
    assertAvailable();
    const id = await cache.saveCache(paths, key);
    if (id !== -1) return;
    const existing = await cache.restoreCache(paths, key, [], { lookupOnly: true });
    if (existing !== key)
      throw new Error(
        `could not save the cache entry ${key}: the Actions cache does not hold it after saving ` +
          "(@actions/cache's lines above say why: this run may only read the cache, " +
          "or the cache service failed)",
      );
    this.log(`cache ${key} already exists; kept the first one saved`);
  }

  async restore(
    key: string,
    dir: string,
    restoreKeys: readonly string[],
  ): Promise<string | undefined> {
    assertAvailable();
    return cache.restoreCache([this.relative(dir)], key, [...restoreKeys]);
  }

  private relative(dir: string): string {
    if (this.workspace === undefined) return path.resolve(dir);
    const rel = path.relative(this.workspace, dir);
    if (rel.startsWith("..") || path.isAbsolute(rel)) {
      throw new Error(`cache folder ${dir} must be inside the workspace ${this.workspace}`);
    }
    return rel.split(path.sep).join("/");
  }
}

function assertAvailable(): void {
  if (cache.isFeatureAvailable()) return;
  throw new Error(
    "the GitHub Actions cache is not available here (no cache service in the environment); " +
      "set LIFECYCLE_CACHE_DIR to use a local folder instead",
  );
}
