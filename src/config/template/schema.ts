import { z } from "zod";
import { FileFormatSchema } from "./formats.js";
import { ProcessingStepSchema } from "./steps.js";

/*
 * The ingest template format of the city planning team (`ingest_templates/<id>.yml`). What lifecycle
 * runs is typed strictly; source types and formats it cannot run are recognised, so that a real
 * template validates, and `runnability()` says why it cannot run here.
 */

const text = z.string().min(1);

export const LocalFileSourceSchema = z.strictObject({ type: z.literal("local_file"), path: text });
export const FileDownloadSourceSchema = z.strictObject({
  type: z.literal("file_download"),
  url: text,
});
export const ApiSourceSchema = z.strictObject({
  type: z.literal("api"),
  endpoint: text,
  format: z.enum(["json", "csv"]),
});
export const SocrataSourceSchema = z.strictObject({
  type: z.literal("socrata"),
  org: text.describe("open data portal: nyc, nys, nys_health, or a base URL"),
  uid: text.describe("the dataset's four-by-four id, e.g. 6z8x-wfk4"),
  format: z.enum(["csv", "geojson", "shapefile"]),
});
export const ArcgisFeatureServerSourceSchema = z.strictObject({
  type: z.literal("arcgis_feature_server"),
  server: text.describe(
    "a known server name (dcp, nyc_maphub, nys_clearinghouse, nys_parks, nps) or a base URL",
  ),
  dataset: text,
  layer_name: text.optional(),
  layer_id: z.number().int().nonnegative().optional(),
  crs: text.optional(),
});

export const RUNNABLE_SOURCE_TYPES = [
  "local_file",
  "file_download",
  "api",
  "socrata",
  "arcgis_feature_server",
  "s3",
] as const;

const s3 = z.strictObject({ type: z.literal("s3"), bucket: text, key: text });
/** Sources that other tools fetch (the team's Python ingest): typed where their shape is known. */
const publishingGis = z.looseObject({
  type: z.literal("edm.publishing.gis"),
  name: text,
  layer: text.optional(),
});
/** Sources lifecycle reads from the team's other stores (`stores:` of lifecycle.yml, docs/config.md). */
export const STORE_TEMPLATE_SOURCE_TYPES = [
  "edm.recipes.datasets",
  "edm.publishing.published",
] as const;
const recipesDataset = z.looseObject({
  type: z.literal("edm.recipes.datasets"),
  key: text,
  file_type: text.optional(),
  filename: text.optional(),
});
const published = z.looseObject({
  type: z.literal("edm.publishing.published"),
  product: text,
  filepath: text.optional(),
  dataset: text.optional(),
});
const ONE_OFF_SOURCE_TYPES = [
  "axway",
  "myschools_nyc",
  "foodbankny",
  "qpl",
  "uscourts",
  "usps_locations",
  "script",
  "de-published",
] as const;
const oneOff = z.looseObject({ type: z.enum(ONE_OFF_SOURCE_TYPES) });

export const SourceSchema = z.discriminatedUnion("type", [
  LocalFileSourceSchema,
  FileDownloadSourceSchema,
  ApiSourceSchema,
  SocrataSourceSchema,
  ArcgisFeatureServerSourceSchema,
  s3,
  publishingGis,
  recipesDataset,
  published,
  oneOff,
]);

export const COLUMN_TYPES = [
  "text",
  "integer",
  "decimal",
  "number",
  "bool",
  "boolean",
  "date",
  "datetime",
  "geometry",
  "bbl",
  "wkb",
] as const;

export const ColumnSchema = z.strictObject({
  id: text,
  name: z.string().optional(),
  data_type: z.enum(COLUMN_TYPES),
  description: z.string().optional(),
  is_required: z.boolean().optional(),
  checks: z.array(z.unknown()).optional(),
});

export const IngestionSchema = z.strictObject({
  source: SourceSchema.optional(),
  file_format: FileFormatSchema,
  target_crs: text.optional(),
  processing_mode: z.string().optional(),
  processing_steps: z.array(ProcessingStepSchema).optional(),
});

export const AclSchema = z.enum(["public-read", "private"]);

/** dcpy's `DatasetAttributes`: every field optional, so lifecycle lets the whole block be left out. */
export const AttributesSchema = z.strictObject({
  name: z.string().nullish(),
  description: z.string().nullish(),
  url: z.string().nullish(),
  custom: z.record(z.string(), z.unknown()).nullish(),
});

export const IngestTemplateSchema = z.strictObject({
  id: text.describe("Dataset id: where the ingest store keeps it and what recipes name"),
  acl: AclSchema.optional(),
  depends_on: z
    .array(text)
    .optional()
    .describe("Datasets this one is made from: their ingests run first"),
  attributes: AttributesSchema.optional()
    .default({})
    .describe("name, description, url, custom: all optional"),
  ingestion: IngestionSchema,
  columns: z.array(ColumnSchema).nullish(),
  checks: z.array(z.unknown()).nullish(),
  outputs: z
    .array(z.enum(["parquet", "csv"]))
    .optional()
    .describe("lifecycle: files written for the dataset (parquet always; csv on request)"),
});

export type IngestTemplate = z.infer<typeof IngestTemplateSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type TemplateColumn = z.infer<typeof ColumnSchema>;
