import { z } from "zod";

const text = z.string().min(1);
const columnList = z.array(text).min(1);
const oneOrMoreColumns = z.union([text, columnList]);
/** `mode`: the step runs only when the ingest is run in that mode. */
const mode = z.string().optional();

function step<N extends string, A extends z.ZodType>(name: N, args: A) {
  return z.strictObject({ name: z.literal(name), args, mode });
}

export const CleanColumnNamesStep = step(
  "clean_column_names",
  z.strictObject({
    replace: z.record(z.string(), z.string()).optional(),
    lower: z.boolean().optional(),
    strip: z.boolean().optional(),
  }),
);
export const RenameColumnsStep = step(
  "rename_columns",
  z.strictObject({ map: z.record(text, text), drop_others: z.boolean().optional() }),
);
export const FilterColumnsStep = step(
  "filter_columns",
  z.strictObject({ columns: columnList, mode: z.enum(["keep", "drop"]).optional() }),
);
export const COERCE_TYPES = ["numeric", "integer", "bigint", "string", "date", "datetime"] as const;
export const CoerceColumnTypesStep = step(
  "coerce_column_types",
  z.strictObject({
    column_types: z.record(text, z.enum(COERCE_TYPES)),
    errors: z.enum(["raise", "coerce"]).optional(),
  }),
);
export const StripColumnsStep = step(
  "strip_columns",
  z.strictObject({ cols: columnList.optional() }).optional(),
);
export const DeduplicateStep = step(
  "deduplicate",
  z
    .strictObject({
      sort_columns: oneOrMoreColumns.optional(),
      sort_ascending: z.boolean().optional(),
      by: oneOrMoreColumns.optional(),
    })
    .optional(),
);
const scalar = z.union([z.string(), z.number()]);
export const FilterRowsStep = step(
  "filter_rows",
  z.strictObject({
    type: z.enum(["equals", "contains"]),
    column_name: z.union([text, z.number().int().nonnegative()]),
    val: scalar,
  }),
);
export const UpdateColumnStep = step(
  "update_column",
  z.strictObject({ column_name: text, val: z.union([scalar, z.boolean(), z.null()]) }),
);
export const AppendPrevStep = step(
  "append_prev",
  z.strictObject({ version: z.union([text, z.number()]).optional() }).optional(),
);
export const UPSERT_INSERT_BEHAVIORS = ["allow", "ignore", "error"] as const;
export const UPSERT_MISSING_KEY_BEHAVIORS = ["null", "coalesce", "error"] as const;
/** The previous version's rows, with the new data's non-key columns joined in by `key`. */
export const UpsertColumnOfPreviousVersionStep = step(
  "upsert_column_of_previous_version",
  z.strictObject({
    key: columnList.refine((names) => new Set(names).size === names.length, {
      message: "a key column is listed twice",
    }),
    version: z.union([text, z.number()]).optional(),
    insert_behavior: z.enum(UPSERT_INSERT_BEHAVIORS).optional(),
    // YAML reads an unquoted `null` as null, which means the "null" behaviour (as in dcpy).
    missing_key_behavior: z.enum(UPSERT_MISSING_KEY_BEHAVIORS).nullable().optional(),
  }),
);
/** Polygons, lines and points become their multi- kinds (the geometry column, wherever renamed). */
export const MultiStep = step("multi", z.strictObject({}).nullish());

export const RunnableStepSchema = z.discriminatedUnion("name", [
  CleanColumnNamesStep,
  RenameColumnsStep,
  FilterColumnsStep,
  CoerceColumnTypesStep,
  StripColumnsStep,
  DeduplicateStep,
  FilterRowsStep,
  UpdateColumnStep,
  AppendPrevStep,
  UpsertColumnOfPreviousVersionStep,
  MultiStep,
]);

export const RUNNABLE_STEPS = [
  "clean_column_names",
  "rename_columns",
  "filter_columns",
  "coerce_column_types",
  "strip_columns",
  "deduplicate",
  "filter_rows",
  "update_column",
  "append_prev",
  "upsert_column_of_previous_version",
  "multi",
] as const;

const runnableNames: ReadonlySet<string> = new Set(RUNNABLE_STEPS);

/**
 * Steps of the team's Python ingest, recognised so that their templates validate, but not run by
 * lifecycle (an `ingest_command` runs them).
 */
export const OTHER_STEPS = [
  "python_script",
  "pd_df_func",
  "pd_series_func",
  "convert_to_geometry",
  "geocode_bbl",
  "geocode_bin",
  "geocode_address",
  "groupby",
  "reproject",
  "sort",
  "drop_columns",
  "rename_geodataframe",
] as const;

const OtherStepSchema = z.strictObject({
  name: z.enum(OTHER_STEPS),
  args: z.record(z.string(), z.unknown()).nullish(),
  mode,
});

export const ProcessingStepSchema = z.discriminatedUnion("name", [
  ...RunnableStepSchema.options,
  OtherStepSchema,
]);

export type RunnableStep = z.infer<typeof RunnableStepSchema>;
export type ProcessingStep = z.infer<typeof ProcessingStepSchema>;

export function isRunnableStep(step: ProcessingStep): step is RunnableStep {
  return runnableNames.has(step.name);
}
