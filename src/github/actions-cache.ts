import path from "node:path";
import * as cache from "@actions/cache";
import type { CacheStore } from "./transfer.js";

/**
 * The GitHub Actions cache. It restores files to the paths they were saved from, and its entry
 * version hashes the path strings, so paths are passed relative to the workspace (the same in
 * every job of a repository). Entries are immutable: saving an existing key is a no-op.
 */
export class GitHubCacheStore implements CacheStore {
  constructor(
    private readonly workspace: string,
    private readonly log: (line: string) => void,
  ) {}

  async save(key: string, dir: string): Promise<void> {
    try {
      await cache.saveCache([this.relative(dir)], key);
    } catch (error) {
      if (error instanceof cache.ReserveCacheError) {
        this.log(`cache ${key} already exists; kept the first one saved`);
        return;
      }
      throw error;
    }
  }

  async restore(key: string, dir: string, restoreKeys: readonly string[]): Promise<string | undefined> {
    return cache.restoreCache([this.relative(dir)], key, [...restoreKeys]);
  }

  private relative(dir: string): string {
    const rel = path.relative(this.workspace, dir);
    if (rel.startsWith("..") || path.isAbsolute(rel)) {
      throw new Error(`cache folder ${dir} must be inside the workspace ${this.workspace}`);
    }
    return rel.split(path.sep).join("/");
  }
}
