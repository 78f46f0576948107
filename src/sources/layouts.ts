import type { SourceStoreName } from "../config/settings.js";
import type { SourceStoreReader, StoredFile } from "./reader.js";

/*
 * Where dcpy keeps each store-backed source, and how a version like `latest` resolves
 * (dcpy/connectors/ingest_datastore.py, dcpy/connectors/edm/connectors.py and models.py):
 *
 *   edm.recipes.datasets      recipes     datasets/<id>/<version>/<id>.<ext>, latest/config.json
 *   edm.recipes.raw_datasets  recipes     raw/<id>/<version>/<file>, latest/config.json
 *   edm.publishing.published  publishing  <product>/publish/<version>/...
 *   edm.publishing.drafts     publishing  <product>/draft/<version>/<revision>/...
 *   edm.publishing.builds     publishing  <product>/build/<name>/...  (no latest)
 *   edm.private               private     datasets/<id>/<version>/...
 */

export const STORE_SOURCES = {
  "edm.recipes.datasets": "recipes",
  "edm.recipes.raw_datasets": "recipes",
  "edm.publishing.published": "publishing",
  "edm.publishing.drafts": "publishing",
  "edm.publishing.builds": "publishing",
  "edm.private": "private",
} as const satisfies Record<string, SourceStoreName>;
export type StoreSourceType = keyof typeof STORE_SOURCES;

export function isStoreSource(source: string | undefined): source is StoreSourceType {
  return source !== undefined && Object.hasOwn(STORE_SOURCES, source);
}

/** dcpy's file extension of each recipe `file_type` (`DatasetType.to_extension`). */
export const FILE_TYPE_EXTENSIONS: Record<string, string> = {
  pg_dump: "sql",
  csv: "csv",
  parquet: "parquet",
  xlsx: "xlsx",
  json: "json",
  shapefile: "shp",
  gdb: "gdb.zip",
  Other: "dat",
};

/** dcpy's choice of file type when a recipe gives none (builds/plan.py RECIPE_FILE_TYPE_PREFERENCE). */
const PREFERRED_FILE_TYPES = ["pg_dump", "parquet", "csv"] as const;

/** dcpy's recipe names whose folder in edm-publishing differs (connectors.py PRODUCT_NAME_MAPPING). */
const PUBLISHING_NAMES: Record<string, string> = {
  zoningtaxlots: "db-zoningtaxlots",
  zap: "db-zap",
  template: "db-template",
  pluto: "db-pluto",
  lion: "db-lion",
  "gru-qaqc": "db-gru-qaqc",
  "green-fast-track": "db-green-fast-track",
  factfinder: "db-factfinder",
  facilities: "db-facilities",
  edde: "db-eddt",
  developments: "db-developments",
  cscl: "db-cscl",
  cpdb: "db-cpdb",
  "community-profiles": "db-community-profiles",
  colp: "db-colp",
  checkbook: "db-checkbook",
  ceqr: "db-ceqr",
  cdbg: "db-cdbg",
  cbbr: "db-cbbr",
};

/** A problem with what a store holds or what was asked of it; the message says it all. */
export class StoreInputError extends Error {
  override readonly name = "StoreInputError";
}

export interface StoreRequest {
  source: StoreSourceType;
  /** The dataset id, or the product's publishing name. */
  key: string;
  /** Absent or `latest`: the newest, as the layout defines it. */
  version?: string | undefined;
  fileType?: string | undefined;
  /** The recipe input's `custom`: `filepath` or `filename` (one file), `dataset` (a sub-folder), `revision` (drafts). */
  custom?: Record<string, unknown> | undefined;
}

export interface Layout {
  /** The folder that holds `key`'s versions. */
  home(key: string): string;
  /** Every version present, sorted as dcpy sorts them (by name). */
  versions(reader: SourceStoreReader, key: string, request: StoreRequest): Promise<string[]>;
  latest(
    reader: SourceStoreReader,
    key: string,
    request: StoreRequest,
  ): Promise<string | undefined>;
  /** The folder of one version. */
  folder(key: string, version: string): string;
  /** Which files a request without `filepath`/`filename` gets: one (`<id>.<ext>`) or all. */
  whole: boolean;
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const notLatest = (names: string[]) => names.filter((n) => n !== "latest").sort(byName);

/** dcpy's ingest datastore: a `latest/` copy whose config.json names the version. */
function ingestDatastore(root: string): Layout {
  return {
    home: (key) => `${root}/${key}`,
    versions: async (reader, key) => notLatest(await reader.folders(`${root}/${key}`)),
    async latest(reader, key, request) {
      const text = await reader.read(`${root}/${key}/latest/config.json`);
      const named = text === undefined ? undefined : configVersion(text);
      return named ?? (await this.versions(reader, key, request)).at(-1);
    },
    folder: (key, version) => `${root}/${key}/${version}`,
    whole: false,
  };
}

/** The version a dcpy config.json records (dcpy's SparseConfig: ingest, raw, or library's). */
function configVersion(text: string): string | undefined {
  let config: { version?: unknown; timestamp?: unknown; dataset?: { version?: unknown } };
  try {
    config = JSON.parse(text) as typeof config;
  } catch {
    return undefined;
  }
  const version = config.version ?? config.timestamp ?? config.dataset?.version;
  return typeof version === "string" || typeof version === "number" ? String(version) : undefined;
}

/** A publishing folder (`publish`, `build`) whose sub-folders are the versions; latest: the last by name. */
function publishingFolder(kind: string, supportsLatest: boolean): Layout {
  const home = (key: string) => `${publishingName(key)}/${kind}`;
  return {
    home,
    versions: async (reader, key) => notLatest(await reader.folders(home(key))),
    async latest(reader, key, request) {
      if (!supportsLatest)
        throw new StoreInputError(
          `edm.publishing.builds has no latest build (as in dcpy): give the build's name as the version; builds present: ${listed(await this.versions(reader, key, request))}`,
        );
      return (await this.versions(reader, key, request)).at(-1);
    },
    folder: (key, version) => `${home(key)}/${version}`,
    whole: true,
  };
}

/** Drafts: `<version>/<revision>/`, versions named `<version>.<revision>` as dcpy names them. */
const drafts: Layout = {
  home: (key) => `${publishingName(key)}/draft`,
  async versions(reader, key, request) {
    const home = this.home(key);
    const revision = customText(request.custom, "revision");
    const found: string[] = [];
    for (const version of await reader.folders(home)) {
      for (const r of await reader.folders(`${home}/${version}`))
        if (revision === undefined || r === revision) found.push(`${version}.${r}`);
    }
    return found.sort(byName);
  },
  async latest(reader, key, request) {
    return (await this.versions(reader, key, request)).at(-1);
  },
  folder(key, version) {
    const dot = version.lastIndexOf(".");
    if (dot <= 0 || dot === version.length - 1)
      throw new StoreInputError(
        `draft version "${version}" should be "<version>.<revision>", e.g. 25v1.1-initial-build (as in dcpy)`,
      );
    return `${this.home(key)}/${version.slice(0, dot)}/${version.slice(dot + 1)}`;
  },
  whole: true,
};

const private_: Layout = {
  home: (key) => `datasets/${key}`,
  versions: async (reader, key) => notLatest(await reader.folders(`datasets/${key}`)),
  async latest(reader, key, request) {
    return (await this.versions(reader, key, request)).at(-1);
  },
  folder: (key, version) => `datasets/${key}/${version}`,
  whole: true,
};

export const LAYOUTS: Record<StoreSourceType, Layout> = {
  "edm.recipes.datasets": ingestDatastore("datasets"),
  "edm.recipes.raw_datasets": ingestDatastore("raw"),
  "edm.publishing.published": publishingFolder("publish", true),
  "edm.publishing.drafts": drafts,
  "edm.publishing.builds": publishingFolder("build", false),
  "edm.private": private_,
};

export function publishingName(key: string): string {
  return PUBLISHING_NAMES[key] ?? key;
}

export function customText(
  custom: Record<string, unknown> | undefined,
  field: string,
): string | undefined {
  const value = custom?.[field];
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** The file type dcpy would choose among the files present (pg_dump, then parquet, then csv). */
export function preferredFileType(files: readonly StoredFile[]): string | undefined {
  const extensions = new Set(files.map((f) => f.key.slice(f.key.lastIndexOf(".") + 1)));
  return PREFERRED_FILE_TYPES.find((t) => extensions.has(FILE_TYPE_EXTENSIONS[t] ?? ""));
}

export function listed(names: readonly string[], max = 10): string {
  if (names.length === 0) return "none";
  const shown = names.slice(-max).join(", ");
  return names.length > max ? `... ${shown} (${names.length} in all)` : shown;
}
