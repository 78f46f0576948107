import fs from "node:fs/promises";
import path from "node:path";
import { safeSegment, type StoreLayout } from "../store/layout.js";
import type { CacheStore } from "./transfer.js";

/** Bump to drop every cache entry written in an older layout. */
const CACHE_FORMAT = "v1";

export function datasetCacheKey(template: string, version: string): string {
  return `${datasetCachePrefix(template)}${safeSegment(version)}`;
}

/** Ends with `/`, which ids never contain, so one template's prefix never matches another's keys. */
export function datasetCachePrefix(template: string): string {
  return `lifecycle-ingest-${CACHE_FORMAT}/${safeSegment(template)}/`;
}

/**
 * Where a template's cache entry is staged. The GitHub cache restores files to the paths they
 * were saved from, so every version of a template goes through this same folder, holding
 * `<version>/`.
 */
export function cacheStagingDir(stagingRoot: string, template: string): string {
  return path.join(stagingRoot, safeSegment(template));
}

export interface DatasetCacheContext {
  cache: CacheStore;
  layout: StoreLayout;
  stagingRoot: string;
}

/** Save one ingested dataset version from the store to the cache. */
export async function saveDataset(
  context: DatasetCacheContext,
  template: string,
  version: string,
): Promise<string> {
  const staging = cacheStagingDir(context.stagingRoot, template);
  await fs.rm(staging, { recursive: true, force: true });
  const source = context.layout.datasetVersionDir(template, version);
  await fs.cp(source, path.join(staging, safeSegment(version)), { recursive: true });
  const key = datasetCacheKey(template, version);
  await context.cache.save(key, staging);
  await fs.rm(staging, { recursive: true, force: true });
  return key;
}

export interface RestoredDataset {
  template: string;
  key: string;
  /** The version folder restored into the store (a path segment). */
  versionDir: string;
}

/**
 * Restore a dataset into the store: the pinned `version` when cached, else the newest version.
 * Undefined when the cache holds no version of the template.
 */
export async function restoreDataset(
  context: DatasetCacheContext,
  template: string,
  version: string | undefined,
): Promise<RestoredDataset | undefined> {
  const staging = cacheStagingDir(context.stagingRoot, template);
  await fs.rm(staging, { recursive: true, force: true });
  const prefix = datasetCachePrefix(template);
  const key = version === undefined ? `${prefix}latest` : datasetCacheKey(template, version);
  const restored = await context.cache.restore(key, staging, [prefix]);
  if (restored === undefined) return undefined;
  const versionDir = restored.slice(prefix.length);
  if (!/^[A-Za-z0-9_=+%-][A-Za-z0-9._=+%-]*$/.test(versionDir)) {
    throw new Error(`cache key ${JSON.stringify(restored)} does not end with a version`);
  }
  const target = path.join(context.layout.datasetDir(template), versionDir);
  await fs.rm(target, { recursive: true, force: true });
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.cp(path.join(staging, versionDir), target, { recursive: true });
  await fs.rm(staging, { recursive: true, force: true });
  return { template, key: restored, versionDir };
}
