import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { ConfigError } from "../core/errors.js";
import { safeSegment } from "../store/layout.js";
import {
  RUNNABLE_SOURCE_TYPES,
  STORE_TEMPLATE_SOURCE_TYPES,
  type Source,
} from "../config/template/index.js";
import { hashFile } from "./hash.js";
import { download, type HttpContext } from "./http.js";
import type { S3Settings, SourceStores } from "../config/settings.js";
import { fetchS3Source, s3SourceRecord } from "./s3.js";
import { arcgisVersion, fetchArcgisLayer } from "./arcgis.js";
import { socrataExportUrl, socrataVersion } from "./socrata.js";
import { fetchStoreSource, storeSourceRecord, storeSourceVersion } from "./store-source.js";

/** Base URLs of the open-data portals and ArcGIS servers that templates name. */
export interface Endpoints {
  socrata: Record<string, string>;
  arcgis: Record<string, string>;
}

export const DEFAULT_ENDPOINTS: Endpoints = {
  socrata: {
    nyc: "https://data.cityofnewyork.us",
    nys: "https://data.ny.gov",
    nys_health: "https://health.data.ny.gov",
  },
  arcgis: {
    dcp: "https://services5.arcgis.com/GfwWNkhOj9bNBqoJ",
    nps: "https://services1.arcgis.com/fBc8EJBxQRMcHlei",
    nyc_maphub: "https://services6.arcgis.com/yG5s3afENB5iO9fj",
    nys_clearinghouse: "https://services6.arcgis.com/DZHaqZm9cxOD4CWM",
    nys_parks: "https://services.arcgis.com/1xFZPtKn1wKC6POA",
    us_fws: "https://services.arcgis.com/QVENGdaPbd4LUkLV",
  },
};

export interface SourceContext extends HttpContext {
  root: string;
  templateId: string;
  endpoints: Endpoints;
  /** Where `s3` sources find their endpoint, region and credentials. */
  env: NodeJS.ProcessEnv;
  /** `s3:` of lifecycle.yml. */
  s3?: S3Settings;
  /** `stores:` of lifecycle.yml, where edm.recipes.datasets and edm.publishing.published read. */
  stores?: SourceStores;
  /** The version being ingested, once chosen (a store source reads that version). */
  version?: string;
}

export interface RawFile {
  /** Relative to the dataset version directory, e.g. `raw/data.csv`. */
  file: string;
  sha256: string;
  bytes: number;
  url?: string;
  finalUrl?: string;
}

export type RunnableSource = Extract<
  Source,
  { type: (typeof RUNNABLE_SOURCE_TYPES)[number] | (typeof STORE_TEMPLATE_SOURCE_TYPES)[number] }
>;
export type StoreTemplateSource = Extract<
  Source,
  { type: (typeof STORE_TEMPLATE_SOURCE_TYPES)[number] }
>;

/** Store sources count as runnable here; `runnability` says when their store is not named. */
const runnableTypes: ReadonlySet<string> = new Set([
  ...RUNNABLE_SOURCE_TYPES,
  ...STORE_TEMPLATE_SOURCE_TYPES,
]);

export function isRunnableSource(source: Source): source is RunnableSource {
  return runnableTypes.has(source.type);
}

/** The version a source publishes (last update date as YYYYMMDD), when it has one. */
export async function sourceVersion(
  source: RunnableSource,
  context: SourceContext,
): Promise<string | undefined> {
  if (source.type === "socrata") return socrataVersion(source, context);
  if (source.type === "arcgis_feature_server") return arcgisVersion(source, context);
  if (source.type === "edm.recipes.datasets" || source.type === "edm.publishing.published")
    return storeSourceVersion(source, context);
  return undefined;
}

/**
 * A raw file in the store whose hash may still be computing: a local file's copy is hashed while
 * the data is read.
 */
export type FetchedRaw = Omit<RawFile, "sha256"> & { sha256: Promise<string> };

/** Fetch the source's raw file into `rawDir`. */
export async function fetchSource(
  source: RunnableSource,
  context: SourceContext,
  rawDir: string,
): Promise<FetchedRaw> {
  await fs.mkdir(rawDir, { recursive: true });
  if (source.type === "local_file")
    return copyLocalFile(path.resolve(context.root, source.path), rawDir);
  const { sha256, ...raw } = await fetchRemote(source, context, rawDir);
  return { ...raw, sha256: Promise.resolve(sha256) };
}

async function fetchRemote(
  source: Exclude<RunnableSource, { type: "local_file" }>,
  context: SourceContext,
  rawDir: string,
): Promise<RawFile> {
  switch (source.type) {
    case "file_download":
      return downloadTo(
        context,
        source.url,
        path.join(rawDir, fileNameFromUrl(source.url, context.templateId)),
      );
    case "api":
      return downloadTo(
        context,
        source.endpoint,
        path.join(rawDir, `${safeSegment(context.templateId)}.${source.format}`),
      );
    case "socrata": {
      const url = socrataExportUrl(source, context.endpoints);
      const extension = source.format === "shapefile" ? "zip" : source.format;
      return downloadTo(
        context,
        url,
        path.join(rawDir, `${safeSegment(context.templateId)}.${extension}`),
      );
    }
    case "arcgis_feature_server": {
      const file = path.join(rawDir, `${safeSegment(context.templateId)}.geojson`);
      const { url } = await fetchArcgisLayer(source, context, file);
      return { ...(await hashFile(file)), file: relativeRaw(file), url };
    }
    case "s3":
      return fetchS3Source(source, context, rawDir);
    case "edm.recipes.datasets":
    case "edm.publishing.published":
      return fetchStoreSource(source, context, rawDir);
  }
}

/** The source as config.json records it: as the template gives it, plus where an s3 source read from. */
export function sourceRecord(source: RunnableSource, context: SourceContext): RunnableSource {
  if (source.type === "s3") return s3SourceRecord(source, context);
  if (source.type === "edm.recipes.datasets" || source.type === "edm.publishing.published")
    return storeSourceRecord(source, context);
  return source;
}

async function downloadTo(context: SourceContext, url: string, file: string): Promise<RawFile> {
  checkHttpUrl(url);
  context.log?.(`downloading ${url}`);
  const result = await download(context, url, file);
  const raw: RawFile = { file: relativeRaw(file), sha256: result.sha256, bytes: result.bytes, url };
  if (result.finalUrl !== url) raw.finalUrl = result.finalUrl;
  return raw;
}

const HttpUrl = z.url({ protocol: /^https?$/ });

function checkHttpUrl(url: string): void {
  if (!HttpUrl.safeParse(url).success) {
    throw new ConfigError(`source URL ${JSON.stringify(url)} is not an http or https URL`);
  }
}

async function copyLocalFile(file: string, rawDir: string): Promise<FetchedRaw> {
  try {
    await fs.access(file);
  } catch {
    throw new ConfigError(`local_file source: ${file} does not exist`);
  }
  const target = path.join(rawDir, safeSegment(path.basename(file)));
  // The kernel copies (faster than streaming through this process); the hash is of the copy kept.
  await fs.copyFile(file, target);
  const { size: bytes } = await fs.stat(target);
  const sha256 = hashFile(target).then((hashed) => hashed.sha256);
  // Awaited later; until then a failure must not surface as an unhandled rejection.
  sha256.catch(() => {});
  return { file: relativeRaw(target), bytes, sha256 };
}

function relativeRaw(file: string): string {
  return `raw/${path.basename(file)}`;
}

/** The last path segment of a URL, made safe; the template id when the URL has none. */
export function fileNameFromUrl(url: string, fallback: string): string {
  let name = "";
  try {
    name = decodeURIComponent(new URL(url).pathname.split("/").pop() ?? "");
  } catch {
    name = "";
  }
  return safeSegment(name || fallback);
}
