import path from "node:path";
import { z } from "zod";
import type { Diagnostic } from "../core/diagnostics.js";
import { IngestSchedulesSchema } from "../partitions/config.js";
import { nonEmptyText } from "./fields.js";
import { IngestLimitsSchema } from "./ingest-limits.js";
import { readUtf8 } from "./utf8.js";
import { parseWithSchema, parseYamlFile, type YamlFile } from "./yaml-file.js";

export const SETTINGS_FILE = "lifecycle.yml";

/** How ingested geometry is written as text in the `geom` column. */
export const GEOMETRY_FORMATS = ["geojson", "wkt"] as const;
export const GeometryFormatSchema = z.enum(GEOMETRY_FORMATS);
export type GeometryFormat = z.infer<typeof GeometryFormatSchema>;
export const DEFAULT_GEOMETRY_FORMAT: GeometryFormat = "geojson";

const s3Connection = {
  endpoint: z
    .url({ protocol: /^https?$/ })
    .optional()
    .describe(
      "Base URL of the S3-compatible service, e.g. https://nyc3.digitaloceanspaces.com. AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL or AWS_S3_ENDPOINT override it; default https://s3.<region>.amazonaws.com",
    ),
  region: nonEmptyText
    .optional()
    .describe(
      "Region requests are signed for; AWS_REGION or AWS_DEFAULT_REGION override it; default us-east-1",
    ),
  path_style: z
    .boolean()
    .optional()
    .describe(
      "Path-style addressing (<endpoint>/<bucket>/<key>) instead of <bucket>.<endpoint>; default: on for a custom endpoint, off for AWS",
    ),
};

/** Where `s3` ingest sources read from; the environment (AWS_ENDPOINT_URL_S3, AWS_REGION) wins. */
export const S3SettingsSchema = z.strictObject(s3Connection);

/** Where lifecycle keeps its state: a local directory or s3://bucket/prefix (docs/store.md). */
export const StoreSettingsSchema = z.strictObject({
  url: z
    .string()
    .regex(
      /^(s3:\/\/|file:\/\/\/|\/|\.)/,
      "a store URL: s3://bucket/prefix, file:///path, /path or ./path",
    )
    .optional()
    .describe(
      "The store: s3://bucket/prefix, file:///path or a directory (relative to the project root); --store and LIFECYCLE_STORE override it; default .lifecycle",
    ),
  ...s3Connection,
  attempts: z.int().min(1).max(20).optional().describe("Attempts per S3 request (default 4)"),
  timeout_seconds: z
    .number()
    .positive()
    .max(3600)
    .optional()
    .describe("An S3 request with no answer for this long is retried (default 60)"),
});
export type StoreSettings = z.infer<typeof StoreSettingsSchema>;

/** The names `stores:` may give, one per kind of store of dcpy's (docs/config.md). */
export const SOURCE_STORE_NAMES = ["recipes", "publishing", "private"] as const;
export type SourceStoreName = (typeof SOURCE_STORE_NAMES)[number];

const sourceStoreUrl = z
  .string()
  .regex(
    /^(s3:\/\/|file:\/\/\/|\/|\.)/,
    "a store URL: s3://bucket/prefix, file:///path, /path or ./path",
  );

/** One of the team's other stores that recipe inputs and templates read (read only). */
export const SourceStoreSchema = z.union([
  sourceStoreUrl,
  z.strictObject({ url: sourceStoreUrl, ...s3Connection }),
]);
export type SourceStoreSetting = z.infer<typeof SourceStoreSchema>;

export const SourceStoresSchema = z.strictObject({
  recipes: SourceStoreSchema.optional().describe(
    "dcpy's edm-recipes: edm.recipes.datasets (datasets/<id>/<version>/) and edm.recipes.raw_datasets (raw/<id>/<version>/)",
  ),
  publishing: SourceStoreSchema.optional().describe(
    "dcpy's edm-publishing: edm.publishing.published (<product>/publish/<version>/), .drafts (<product>/draft/<version>/<revision>/), .builds (<product>/build/<name>/)",
  ),
  private: SourceStoreSchema.optional().describe(
    "dcpy's edm-private: edm.private (datasets/<id>/<version>/)",
  ),
});
export type SourceStores = z.infer<typeof SourceStoresSchema>;
export type S3Settings = z.infer<typeof S3SettingsSchema>;

/** How much memory DuckDB may use while ingesting, and where it spills the rest. */
export const DuckDbSettingsSchema = z.strictObject({
  memory_limit: z
    .string()
    .regex(/^[0-9]+(?:\.[0-9]+)?\s*(?:[KMGT]i?B|B)$/i, "a size such as 512MB, 2GB or 1.5GiB")
    .optional()
    .describe(
      "DuckDB's memory_limit for an ingest: beyond it, sorts, joins, aggregates and tables spill to temp_directory instead of growing (default 1GB)",
    ),
  temp_directory: nonEmptyText
    .optional()
    .describe(
      "Where DuckDB spills (relative to the project root; default: the ingest's own work directory, removed afterwards)",
    ),
  threads: z.int().min(1).max(256).optional().describe("DuckDB threads (default: one per core)"),
});
export type DuckDbSettings = z.infer<typeof DuckDbSettingsSchema>;

/** Project-wide settings, `lifecycle.yml` at the project root; every field is optional. */
export const SettingsSchema = z.strictObject({
  ingest_command: nonEmptyText
    .optional()
    .describe("Command the ingest runs for templates whose source lifecycle cannot run itself"),
  geometry_format: GeometryFormatSchema.optional().describe(
    "Text format of every geometry the ingest builds in the geom column (GeoJSON files, ArcGIS layers, shapefiles, points from x/y columns or point_xy_str): geojson (default) or wkt. A geom_column holding WKT or WKB text is kept as written.",
  ),
  duckdb: DuckDbSettingsSchema.optional().describe(
    "Memory bound of ingests: DuckDB's memory_limit, temp_directory and threads",
  ),
  ingest_limits: IngestLimitsSchema.optional().describe(
    "What one ingest may download (max_download_size), inflate (max_decompressed_size, max_decompression_ratio) and write (max_rows)",
  ),
  ingest_schedules: IngestSchedulesSchema.optional().describe(
    "Scheduled ingests: name, cron, timezone, templates (ids, inputs:<product>, tag:<tag>, *) and version (today, yesterday or fixed), generated into the schedules workflow",
  ),
  store: StoreSettingsSchema.optional().describe(
    "Where lifecycle keeps ingested datasets, stage outputs, packages, events and partitions: a local directory or an S3-compatible bucket. Credentials never go here",
  ),
  stores: SourceStoresSchema.optional().describe(
    "The team's other stores, read by recipe inputs and templates whose source is edm.recipes.*, edm.publishing.* or edm.private: a URL (s3://bucket/prefix or a directory), or { url, endpoint, region, path_style }",
  ),
  s3: S3SettingsSchema.optional().describe(
    "Where s3 ingest sources read from. Credentials never go here: they come only from the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN)",
  ),
});

export type Settings = z.infer<typeof SettingsSchema>;

/** An empty file is the same as no file: all defaults. */
export function parseSettingsFile(
  file: string,
  text: string,
): { settings?: Settings; diagnostics: Diagnostic[]; yaml?: YamlFile } {
  const yaml = parseYamlFile(file, text);
  if (yaml.value === undefined) return { diagnostics: yaml.diagnostics };
  if (yaml.value === null) return { settings: {}, diagnostics: [], yaml };
  const { data, diagnostics } = parseWithSchema(yaml, SettingsSchema);
  return { settings: data, diagnostics, yaml };
}

/** Read `lifecycle.yml` under `root`; absent = defaults. */
export async function loadSettings(
  root: string,
): Promise<{ settings: Settings; diagnostics: Diagnostic[]; yaml?: YamlFile }> {
  let text: string;
  try {
    text = await readUtf8(path.join(root, SETTINGS_FILE), SETTINGS_FILE);
  } catch (error) {
    if (isNotFound(error)) return { settings: {}, diagnostics: [] };
    throw error;
  }
  const { settings, diagnostics, yaml } = parseSettingsFile(SETTINGS_FILE, text);
  return { settings: settings ?? {}, diagnostics, ...(yaml ? { yaml } : {}) };
}

export function isNotFound(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ENOENT";
}
