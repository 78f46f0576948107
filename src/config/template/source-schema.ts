import { z } from "zod";
import { FileFormatSchema } from "./formats.js";
import {
  AttributesSchema,
  ColumnSchema,
  SourceSchema,
  type IngestTemplate,
  AclSchema,
} from "./schema.js";
import { ProcessingStepSchema } from "./steps.js";

/*
 * dcpy's second template shape (`DataSourceDefinition`): one source, downloaded and archived once,
 * split into several datasets (a geodatabase's layers, a workbook's sheets). Each dataset is
 * `dataset_defaults` deep-merged with its own entry (the entry wins), as dcpy's `resolve_definition`.
 */

const text = z.string().min(1);

/** What a dataset entry and `dataset_defaults` share; `file_format` is checked after the merge. */
const mergedFields = {
  target_crs: text.optional(),
  processing_steps: z.array(ProcessingStepSchema).optional(),
};

export const DatasetDefaultsSchema = z.strictObject({
  attributes: z.record(z.string(), z.unknown()).nullish(),
  file_format: z.record(z.string(), z.unknown()).nullish(),
  ...mergedFields,
});

export const DownstreamDatasetSchema = z.strictObject({
  id: text,
  acl: AclSchema.optional(),
  attributes: AttributesSchema.optional(),
  file_format: FileFormatSchema,
  ...mergedFields,
  columns: z.array(ColumnSchema).nullish(),
  checks: z.array(z.unknown()).nullish(),
  outputs: z.array(z.enum(["parquet", "csv"])).optional(),
});

export const DataSourceTemplateSchema = z.strictObject({
  id: text,
  acl: AclSchema.optional(),
  depends_on: z.array(text).optional(),
  attributes: AttributesSchema.optional(),
  source: SourceSchema,
  dataset_defaults: DatasetDefaultsSchema.optional(),
  datasets: z
    .array(DownstreamDatasetSchema)
    .min(1, "a data source template needs at least one entry under datasets: (- id: <dataset>)"),
});

export type DataSourceTemplate = z.infer<typeof DataSourceTemplateSchema>;

/** A YAML value that is written in the data-source shape (top-level `datasets`, no `ingestion`). */
export function isDataSourceShape(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && !("ingestion" in value) && ("datasets" in value || "source" in value);
}

/**
 * The file's value with `dataset_defaults` merged into every dataset entry, so that the schema checks
 * each dataset as dcpy resolves it; the paths stay those of the file (a field that came from the
 * defaults is located at its dataset entry).
 */
export function mergeDatasetDefaults(value: Record<string, unknown>): Record<string, unknown> {
  const defaults = value.dataset_defaults;
  if (!isRecord(defaults) || !Array.isArray(value.datasets)) return value;
  const datasets: unknown[] = value.datasets.map((entry: unknown) =>
    isRecord(entry) ? deepMerge(defaults, entry) : entry,
  );
  return { ...value, datasets };
}

/** dcpy's `deep_merge_dict`: mappings merge key by key, anything else from `override` wins. */
function deepMerge(
  base: Record<string, unknown>,
  override: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(base)) if (value !== null) out[key] = value;
  for (const [key, value] of Object.entries(override)) {
    if (value === null || value === undefined) continue;
    const current = out[key];
    out[key] = isRecord(current) && isRecord(value) ? deepMerge(current, value) : value;
  }
  return out;
}

/** Each dataset of a data source as a one-dataset template reading the source's download. */
export function expandDataSource(source: DataSourceTemplate): IngestTemplate[] {
  return source.datasets.map((dataset) => ({
    id: dataset.id,
    ...((dataset.acl ?? source.acl) ? { acl: dataset.acl ?? source.acl } : {}),
    ...(source.depends_on ? { depends_on: source.depends_on } : {}),
    attributes: dataset.attributes ?? {},
    ingestion: {
      source: source.source,
      file_format: dataset.file_format,
      ...(dataset.target_crs ? { target_crs: dataset.target_crs } : {}),
      ...(dataset.processing_steps ? { processing_steps: dataset.processing_steps } : {}),
    },
    ...(dataset.columns ? { columns: dataset.columns } : {}),
    ...(dataset.checks ? { checks: dataset.checks } : {}),
    ...(dataset.outputs ? { outputs: dataset.outputs } : {}),
  }));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
