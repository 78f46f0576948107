import path from "node:path";
import { ConfigError } from "../core/errors.js";
import { StoreInputError, StoreSources, type StoreRequest } from "../sources/index.js";
import { safeSegment } from "../store/layout.js";
import type { RawFile, SourceContext, StoreTemplateSource } from "./sources.js";

/*
 * Template sources read from the team's other stores, as dcpy's ingest reads them:
 * `edm.recipes.datasets` (key, file_type default parquet, or filename) reads
 * datasets/<key>/<version>/<key>.<ext> of the `recipes` store; `edm.publishing.published`
 * (product, filepath, dataset) reads <product>/publish/<version>/[<dataset>/]<filepath> of the
 * `publishing` store. The version is the ingest's; without one, the store's latest.
 */

function requestOf(source: StoreTemplateSource, version: string | undefined): StoreRequest {
  if (source.type === "edm.recipes.datasets") {
    const filename = source.filename;
    return {
      source: source.type,
      key: source.key,
      version,
      fileType: source.file_type ?? "parquet",
      custom: filename ? { filename } : undefined,
    };
  }
  const { filepath, dataset } = source;
  return {
    source: source.type,
    key: source.product,
    version,
    custom: { ...(filepath ? { filepath } : {}), ...(dataset ? { dataset } : {}) },
  };
}

function storesOf(context: SourceContext): StoreSources {
  return new StoreSources({ stores: context.stores, s3: context.s3 }, context.root, context.env);
}

function failure(source: StoreTemplateSource, error: unknown): unknown {
  if (!(error instanceof StoreInputError)) return error;
  const key = source.type === "edm.recipes.datasets" ? source.key : source.product;
  return new ConfigError(`template source ${source.type} "${key}": ${error.message}`);
}

/** Without an asked version: the store's latest, as dcpy resolves it. */
export async function storeSourceVersion(
  source: StoreTemplateSource,
  context: SourceContext,
): Promise<string> {
  try {
    return (await storesOf(context).resolve(requestOf(source, undefined))).version;
  } catch (error) {
    throw failure(source, error);
  }
}

/** Download the one file the source names into `rawDir`. */
export async function fetchStoreSource(
  source: StoreTemplateSource,
  context: SourceContext,
  rawDir: string,
): Promise<RawFile> {
  const stores = storesOf(context);
  try {
    const resolved = await stores.resolve(requestOf(source, context.version));
    const [file, ...more] = resolved.files;
    if (!file || more.length > 0)
      throw new StoreInputError(
        `${resolved.files.length} files under ${resolved.folder}/: name one with filepath`,
      );
    const reader = stores.reader(source.type);
    const target = path.join(rawDir, safeSegment(file.key.slice(file.key.lastIndexOf("/") + 1)));
    context.log?.(`downloading ${reader.url}/${file.key}`);
    const got = await reader.download(file.key, target);
    if (!got) throw new StoreInputError(`${reader.url}/${file.key} vanished while being read`);
    return {
      file: `raw/${path.basename(target)}`,
      ...got,
      url: `${reader.url}/${file.key}`,
    };
  } catch (error) {
    throw failure(source, error);
  }
}

/** How config.json records the source: the template's fields and the store it was read from. */
export function storeSourceRecord<T extends StoreTemplateSource>(
  source: T,
  context: SourceContext,
): T & { store: string } {
  return { ...source, store: storesOf(context).reader(source.type).url };
}
