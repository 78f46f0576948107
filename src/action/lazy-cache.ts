import type { CacheStore } from "../github/transfer.js";

/**
 * The GitHub cache, loaded on first use: @actions/cache takes over a second to load, which the
 * commands that never touch the cache (and every CLI call into the bundle) should not pay.
 */
export class LazyGitHubCacheStore implements CacheStore {
  private store: Promise<CacheStore> | undefined;

  constructor(
    /** Paths are saved relative to it; undefined: saved as absolute paths. */
    private readonly workspace: string | undefined,
    private readonly log: (line: string) => void,
  ) {}

  async save(key: string, dir: string): Promise<void> {
    return (await this.load()).save(key, dir);
  }

  async restore(
    key: string,
    dir: string,
    restoreKeys: readonly string[],
  ): Promise<string | undefined> {
    return (await this.load()).restore(key, dir, restoreKeys);
  }

  private load(): Promise<CacheStore> {
    this.store ??= import("../github/actions-cache.js").then(
      ({ GitHubCacheStore }) => new GitHubCacheStore(this.workspace, this.log),
    );
    return this.store;
  }
}
