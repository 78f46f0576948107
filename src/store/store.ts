import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadSettings, type StoreSettings } from "../config/settings.js";
import { LocalEventStore, type EventStore } from "./event-store.js";
import { StoreLayout } from "./layout.js";
import { listLocalUnits, listUnitFiles, type ManifestFile } from "./units.js";

/*
 * A store is a URL: a local directory (`/path`, `./path`, `file:///path`) or `s3://bucket/prefix`
 * on any S3-compatible service. `openStore` chooses the implementation once; nothing above this
 * interface knows which one it has. See docs/store.md.
 *
 * Consistency rules (both implementations):
 * - Stages and the engine read and write a local working directory laid out as StoreLayout
 *   (`layout`). For a local store it IS the store. For S3 it is a fresh directory per open, into
 *   which `open` materialises what is current (from a sha256-addressed read cache).
 * - A unit (one stage output, one dataset version) becomes current all at once: `commit` makes
 *   the unit's promoted directory current in the store. On S3 the files go under a unique
 *   prefix, then a manifest, then one conditional pointer write. A failed or killed run never
 *   moves a pointer; readers only follow pointers to complete manifests.
 * - Two runs that commit the same unit: the first wins; the second's `commit` throws
 *   StoreConflictError (its files stay unreferenced, never mixed with the winner's).
 * - Events: `events.append` never loses a record with any number of concurrent writers.
 * - Publishing: drafts (`drafts/<p>/<v>/<revision>`) and published versions (`published/<p>/<v>`)
 *   are units committed with no pointer expected, so none is ever overwritten (two publishers of
 *   one version: the second's commit throws StoreConflictError). `published/<p>/latest` moves by
 *   `commitAlias`: on S3 one conditional write of a pointer to the version's manifest.
 * - Dynamic partitions: `close` publishes the keys added or removed in the working directory
 *   (one object per key on S3, so concurrent adds/removes of different keys never lose one).
 */
export interface Store {
  /** As given, for messages (never holds credentials). */
  readonly url: string;
  readonly kind: "local" | "s3";
  /** The working directory. */
  readonly layout: StoreLayout;
  readonly events: EventStore;
  /** Make the unit (`products/<p>/<part>/<stage>` or `ingest/datasets/<id>/<version>`) current. */
  commit(unit: string, runId: string): Promise<void>;
  /**
   * Make `unit` current with exactly the files unit `of` has now (S3: one conditional pointer
   * write naming `of`'s manifest, nothing uploaded). The working directory must hold `unit` already.
   */
  commitAlias(unit: string, of: string, runId: string): Promise<void>;
  /** The units current in the store whose path starts with `prefix` (S3: as listed at open, plus this run's commits). */
  listUnits(prefix: string): Promise<string[]>;
  /** After an ingest: commit every dataset version new or changed in the working directory. */
  commitDatasets(runId: string): Promise<void>;
  /** The files of the unit as the store has it now (S3: its current manifest); undefined: none. */
  unitFiles(unit: string): Promise<ManifestFile[] | undefined>;
  /** The unit's files as read back from the store and hashed (S3: every object downloaded). */
  verifyUnit(unit: string): Promise<ManifestFile[]>;
  /** Publish partition changes; remove an S3 store's working directory. Idempotent. */
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** Project root: relative directories resolve against it, lifecycle.yml is read from it. */
  root: string;
  env: NodeJS.ProcessEnv;
  /** `store:` of lifecycle.yml; read from `root` when absent. */
  settings?: StoreSettings | undefined;
  /** S3: materialise only the units this accepts (default: all). */
  only?: ((unit: string) => boolean) | undefined;
}

export function isS3Url(url: string): boolean {
  return url.startsWith("s3://");
}

/** A local store URL as a directory path; an S3 URL unchanged. */
export function normalizeStoreUrl(url: string, base: string): string {
  if (isS3Url(url)) return url;
  if (url.startsWith("file://")) return fileURLToPath(url);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url))
    throw new Error(
      `store ${JSON.stringify(url)}: expected s3://bucket/prefix, file:///path or a directory`,
    );
  return path.resolve(base, url);
}

/** The store to use: `--store`, else LIFECYCLE_STORE, else `store.url` of lifecycle.yml, else `<root>/.lifecycle`. */
export async function resolveStoreUrl(
  flag: string | undefined,
  root: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<string> {
  if (flag !== undefined) return normalizeStoreUrl(flag, cwd);
  const fromEnv = env.LIFECYCLE_STORE?.trim();
  if (fromEnv) return normalizeStoreUrl(fromEnv, cwd);
  const { settings } = await loadSettings(root).catch(() => ({ settings: {} as never }));
  const configured = (settings as { store?: StoreSettings }).store?.url;
  return configured ? normalizeStoreUrl(configured, root) : path.join(root, ".lifecycle");
}

export async function openStore(url: string, options: OpenStoreOptions): Promise<Store> {
  if (!isS3Url(url)) return new LocalStore(normalizeStoreUrl(url, options.root));
  const settings = options.settings ?? (await loadSettings(options.root)).settings.store ?? {};
  const { openS3Store } = await import("./s3-store.js");
  return openS3Store(url, { ...options, settings });
}

/** The embedded default: the directory is the store; commits are the engine's atomic renames. */
export class LocalStore implements Store {
  readonly kind = "local";
  readonly layout: StoreLayout;
  readonly events: EventStore;
  constructor(readonly url: string) {
    this.layout = new StoreLayout(url);
    this.events = new LocalEventStore(this.layout);
  }
  async commit(): Promise<void> {}
  async commitAlias(): Promise<void> {}
  async listUnits(prefix: string): Promise<string[]> {
    const top = prefix.split("/")[0] || undefined;
    const units = await listLocalUnits(this.layout.root, prefix.includes("/") ? top : undefined);
    return units.filter((u) => u.startsWith(prefix));
  }
  async commitDatasets(): Promise<void> {}
  async unitFiles(unit: string): Promise<ManifestFile[] | undefined> {
    const dir = path.join(this.layout.root, unit);
    return (await fs.stat(dir).catch(() => undefined)) ? listUnitFiles(dir) : undefined;
  }
  verifyUnit(unit: string): Promise<ManifestFile[]> {
    return listUnitFiles(path.join(this.layout.root, unit));
  }
  async close(): Promise<void> {}
}

/** A fresh, private working directory for an S3 store. */
export async function newWorkingDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-store-"));
}
