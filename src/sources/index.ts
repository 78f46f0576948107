import type { S3Settings, SourceStores, StoreSettings } from "../config/settings.js";
import { isStoreSource, STORE_SOURCES, StoreInputError, type StoreRequest } from "./layouts.js";
import type { StoreSourceType } from "./layouts.js";
import { cachingReader, openSourceStore, type SourceStoreReader } from "./reader.js";
import { resolveStoreInput, type StoreResolution } from "./resolve.js";

export { isStoreSource, StoreInputError, STORE_SOURCES } from "./layouts.js";
export type { StoreRequest, StoreSourceType } from "./layouts.js";
export type { SourceStoreReader, StoredFile } from "./reader.js";
export type { StoreResolution } from "./resolve.js";

/** dcpy's bucket behind each name of `stores:`, for messages. */
const DCPY_BUCKETS = {
  recipes: "edm-recipes",
  publishing: "edm-publishing",
  private: "edm-private",
};

export interface StoreSourceSettings {
  stores?: SourceStores | undefined;
  s3?: S3Settings | undefined;
  /** lifecycle's own store: its connection is the last default of the stores'. */
  store?: StoreSettings | undefined;
}

/**
 * The store source an input reads, or undefined when it reads lifecycle's own ingest store. An
 * input without `source` is dcpy's default, edm.recipes.datasets; that one reads the `recipes`
 * store only for a dataset no template of this repo writes, and only when lifecycle.yml names
 * that store. (Inputs that are another product of this repo are decided before this.)
 */
export function storeSourceFor(
  source: string | undefined,
  hasTemplate: boolean,
  stores: SourceStores | undefined,
): StoreSourceType | undefined {
  const type = source ?? "edm.recipes.datasets";
  if (!isStoreSource(type)) return undefined;
  if (type !== "edm.recipes.datasets") return type;
  return !hasTemplate && stores?.recipes !== undefined ? type : undefined;
}

/** The team's other stores, opened on first use; each resolution made once per instance. */
export class StoreSources {
  private readonly readers = new Map<string, SourceStoreReader>();
  private readonly resolved = new Map<string, Promise<StoreResolution>>();

  constructor(
    private readonly settings: StoreSourceSettings,
    private readonly root: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  /** The reader of the store `source` reads; a StoreInputError when lifecycle.yml names none. */
  reader(source: StoreSourceType): SourceStoreReader {
    const name = STORE_SOURCES[source];
    const setting = this.settings.stores?.[name];
    if (setting === undefined)
      throw new StoreInputError(
        `source ${source} reads the team's ${name} store (dcpy's ${DCPY_BUCKETS[name]} bucket), which lifecycle.yml does not name: add \`stores: { ${name}: s3://<bucket>/<prefix> }\` (or a directory) to lifecycle.yml`,
      );
    let reader = this.readers.get(name);
    if (!reader) {
      reader = cachingReader(
        openSourceStore(setting, {
          root: this.root,
          env: this.env,
          s3: this.settings.s3,
          store: this.settings.store,
          what: `stores.${name}`,
        }),
      );
      this.readers.set(name, reader);
    }
    return reader;
  }

  resolve(request: StoreRequest): Promise<StoreResolution> {
    const id = JSON.stringify([
      request.source,
      request.key,
      request.version ?? null,
      request.fileType ?? null,
      request.custom ?? null,
    ]);
    let found = this.resolved.get(id);
    if (!found) {
      found = Promise.resolve().then(() => resolveStoreInput(this.reader(request.source), request));
      this.resolved.set(id, found);
    }
    return found;
  }
}
