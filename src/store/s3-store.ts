import fs from "node:fs/promises";
import path from "node:path";
import type { StoreSettings } from "../config/settings.js";
import { BlobCache } from "./blob-cache.js";
import { S3EventStore, type EventStore } from "./event-store.js";
import { StoreLayout } from "./layout.js";
import { resolveS3Connection } from "./s3-client.js";
import { parseS3Url, S3Objects } from "./s3-objects.js";
import { S3Partitions, type PulledPartitions } from "./s3-partitions.js";
import { S3Units, type PulledState } from "./s3-units.js";
import { newWorkingDir, type OpenStoreOptions, type Store } from "./store.js";
import { listLocalUnits, type ManifestFile } from "./units.js";

export interface S3StoreOptions extends OpenStoreOptions {
  settings: StoreSettings & { conditional_writes?: boolean };
}

/** Open `s3://bucket/prefix`: materialise its current state into a fresh working directory. */
export async function openS3Store(url: string, options: S3StoreOptions): Promise<S3Store> {
  const { bucket, prefix } = parseS3Url(url);
  const connection = resolveS3Connection(options.env, options.settings, `store ${url}`);
  const s3 = new S3Objects(bucket, connection);
  const cache = BlobCache.forEnv(options.env);
  const conditional = options.settings.conditional_writes ?? true;
  const store = new S3Store(url, s3, prefix, cache, conditional, await newWorkingDir());
  try {
    await store.pull(options.only);
  } catch (error) {
    await fs.rm(store.layout.root, { recursive: true, force: true });
    throw error;
  }
  return store;
}

export class S3Store implements Store {
  readonly kind = "s3";
  readonly layout: StoreLayout;
  readonly events: EventStore;
  readonly units: S3Units;
  private readonly partitions: S3Partitions;
  private pulled: PulledState = new Map();
  private pulledPartitions: PulledPartitions = new Map();
  /** Dataset version -> mtime of its config.json when pulled or committed. */
  private datasetStamps = new Map<string, number>();
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(
    readonly url: string,
    readonly s3: S3Objects,
    readonly prefix: string,
    cache: BlobCache,
    conditional: boolean,
    workingDir: string,
  ) {
    this.layout = new StoreLayout(workingDir);
    this.units = new S3Units(s3, prefix, cache, conditional);
    this.events = new S3EventStore(s3, prefix);
    this.partitions = new S3Partitions(s3, prefix);
  }

  async pull(only?: (unit: string) => boolean): Promise<void> {
    this.pulled = await this.units.pull(this.layout.root, only);
    this.pulledPartitions = await this.partitions.pull(this.layout.root);
    for (const unit of this.pulled.keys())
      if (unit.startsWith("ingest/")) this.datasetStamps.set(unit, await this.stamp(unit));
  }

  async commit(unit: string, runId: string): Promise<void> {
    const etag = await this.units.commit(this.layout.root, unit, runId, this.pulled.get(unit));
    this.pulled.set(unit, etag);
  }

  async commitAlias(unit: string, of: string, runId: string): Promise<void> {
    const etag = this.pulled.get(of);
    if (etag === undefined) throw new Error(`${this.url}: ${of} has no pointer to alias`);
    const target = { unit: of, etag };
    this.pulled.set(unit, await this.units.alias(unit, target, runId, this.pulled.get(unit)));
  }

  async listUnits(prefix: string): Promise<string[]> {
    return [...this.pulled.keys()].filter((u) => u.startsWith(prefix)).sort();
  }

  /** Serialised: concurrent ingest tasks must not commit one version twice. */
  commitDatasets(runId: string): Promise<void> {
    const next = this.queue.then(async () => {
      for (const unit of await listLocalUnits(this.layout.root)) {
        if (!unit.startsWith("ingest/")) continue;
        const stamp = await this.stamp(unit);
        if (this.datasetStamps.get(unit) === stamp) continue;
        await this.commit(unit, runId);
        this.datasetStamps.set(unit, stamp);
      }
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  async unitFiles(unit: string): Promise<ManifestFile[] | undefined> {
    const etag = this.pulled.get(unit);
    if (etag === undefined) return undefined;
    return (await this.units.readManifest(await this.units.readPointer(unit, etag))).files;
  }

  async verifyUnit(unit: string): Promise<ManifestFile[]> {
    const files = await this.unitFiles(unit);
    if (!files) throw new Error(`${this.url}: ${unit} has no pointer`);
    return this.units.verify(this.layout.tmpDir, unit, this.pulled.get(unit) ?? "", files);
  }

  private async stamp(unit: string): Promise<number> {
    const stat = await fs
      .stat(path.join(this.layout.root, unit, "config.json"))
      .catch(() => undefined);
    return stat?.mtimeMs ?? -1;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.queue;
      await this.partitions.push(this.layout.root, this.pulledPartitions);
    } finally {
      await fs.rm(this.layout.root, { recursive: true, force: true });
    }
  }
}
