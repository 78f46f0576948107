import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { errorMessage } from "../core/errors.js";
import type { CacheStore } from "../github/transfer.js";
import type { DuckDBModule, DuckDBProvider } from "./duckdb.js";
import type { PackageInstaller } from "./npm-installer.js";
import { describePlatform, duckdbPlatformId, type RuntimePlatform } from "./platform.js";

const COMPLETE_MARKER = ".lifecycle-complete";
/** Bump to drop every cache entry written in an older layout. */
const CACHE_FORMAT = "v1";

export interface ToolCacheDuckDBOptions {
  /** `$RUNNER_TOOL_CACHE`. */
  toolCache: string;
  /** The exact `@duckdb/node-api` version. */
  version: string;
  platform: RuntimePlatform;
  installer: PackageInstaller;
  /** Keeps the installed folder across runs; a cache that fails only costs a fresh install. */
  cache?: CacheStore;
  log: (line: string) => void;
  signal?: AbortSignal;
}

/**
 * `@duckdb/node-api` installed on first use into
 * `<tool cache>/lifecycle-duckdb/<version>/<platform>/`, kept across runs through the cache, and
 * loaded from there by absolute path (nothing beside the action needs a node_modules).
 */
export class ToolCacheDuckDB implements DuckDBProvider {
  readonly description: string;
  readonly dir: string;
  readonly cacheKey: string;
  private readonly platformId: string;

  constructor(private readonly options: ToolCacheDuckDBOptions) {
    this.platformId = duckdbPlatformId(options.platform);
    this.dir = path.join(options.toolCache, "lifecycle-duckdb", options.version, this.platformId);
    this.cacheKey = `lifecycle-duckdb-${CACHE_FORMAT}-${options.version}-${this.platformId}`;
    this.description = `the tool cache (${this.dir})`;
  }

  async load(): Promise<DuckDBModule> {
    await this.provide();
    return importFrom(this.dir);
  }

  /** Ensures the folder holds a complete install: already there, restored, or installed now. */
  async provide(): Promise<"present" | "restored" | "installed"> {
    if (await isComplete(this.dir)) return "present";
    await fs.rm(this.dir, { recursive: true, force: true });
    if (await this.restore()) return "restored";
    await this.install();
    await this.save();
    return "installed";
  }

  private async restore(): Promise<boolean> {
    const { cache, log } = this.options;
    if (!cache) return false;
    try {
      const key = await cache.restore(this.cacheKey, this.dir, []);
      if (key && (await isComplete(this.dir))) {
        log(
          `DuckDB ${this.options.version} (${this.platformId}): restored from the cache (${key})`,
        );
        return true;
      }
    } catch (error) {
      log(`DuckDB: could not restore ${this.cacheKey} from the cache (${errorMessage(error)})`);
    }
    await fs.rm(this.dir, { recursive: true, force: true });
    return false;
  }

  private async install(): Promise<void> {
    const { version, installer, log, platform, signal } = this.options;
    const staging = `${this.dir}.tmp-${randomUUID()}`;
    const started = Date.now();
    try {
      await installer.install(
        [`@duckdb/node-api@${version}`, `@duckdb/node-bindings-${this.platformId}@${version}`],
        staging,
        signal,
      );
      await assertInstalled(staging, this.platformId, platform);
      await fs.writeFile(
        path.join(staging, COMPLETE_MARKER),
        JSON.stringify({ version, platform: this.platformId }),
      );
      await publish(staging, this.dir);
    } finally {
      await fs.rm(staging, { recursive: true, force: true });
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    log(`DuckDB ${version} (${this.platformId}): installed into ${this.dir} in ${seconds} s`);
  }

  private async save(): Promise<void> {
    const { cache, log } = this.options;
    if (!cache) return;
    try {
      await cache.save(this.cacheKey, this.dir);
      log(`DuckDB: saved to the cache as ${this.cacheKey}`);
    } catch (error) {
      log(`DuckDB: could not save ${this.cacheKey} to the cache (${errorMessage(error)})`);
    }
  }
}

async function isComplete(dir: string): Promise<boolean> {
  return fs.access(path.join(dir, COMPLETE_MARKER)).then(
    () => true,
    () => false,
  );
}

/** Another job on the same runner may have published first: theirs is as good as ours. */
async function publish(staging: string, dir: string): Promise<void> {
  await fs.mkdir(path.dirname(dir), { recursive: true });
  try {
    await fs.rename(staging, dir);
  } catch (error) {
    if (!(await isComplete(dir))) throw error;
  }
}

async function assertInstalled(dir: string, platformId: string, platform: RuntimePlatform) {
  const binding = path.join(dir, "node_modules", "@duckdb", `node-bindings-${platformId}`);
  try {
    await fs.access(binding);
  } catch {
    throw new Error(
      `npm installed no DuckDB binary for ${describePlatform(platform)} (no ${binding})`,
    );
  }
}

async function importFrom(dir: string): Promise<DuckDBModule> {
  const packageDir = path.join(dir, "node_modules", "@duckdb", "node-api");
  const manifest = JSON.parse(await fs.readFile(path.join(packageDir, "package.json"), "utf8")) as {
    main?: string;
  };
  const entry = pathToFileURL(path.join(packageDir, manifest.main ?? "index.js")).href;
  return (await import(/* webpackIgnore: true */ entry)) as DuckDBModule;
}
