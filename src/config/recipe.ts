import { z } from "zod";
import type { Diagnostic } from "../core/diagnostics.js";
import { envMap, envNames, nonEmptyText, scalarText } from "./fields.js";
import { parseWithSchema, parseYamlFile, type FieldPath, type YamlFile } from "./yaml-file.js";

/**
 * The build recipe `products/<id>/recipe.yml`, the format of NYC Planning's dcpy
 * (`dcpy/models/lifecycle/builds.py`): unknown fields are errors there too.
 */

export const FILE_TYPES = [
  "pg_dump",
  "csv",
  "parquet",
  "xlsx",
  "json",
  "shapefile",
  "gdb",
  "Other",
] as const;
export const DESTINATIONS = ["postgres", "df", "file", "duckdb"] as const;
export const MISSING_VERSIONS_STRATEGIES = ["find_latest", "copy_latest_release"] as const;
export const VERSION_STRATEGIES = ["first_of_month", "bump_latest_release", "today"] as const;
export const COMMAND_TYPES = ["shell", "python"] as const;

const PreprocessorSchema = z.strictObject({ module: nonEmptyText, function: nonEmptyText });
const customMap = z.record(z.string(), z.unknown());

export const InputDatasetSchema = z
  .strictObject({
    name: nonEmptyText.optional().describe("Dataset id (same as `id`)"),
    id: nonEmptyText.optional().describe("Dataset id (same as `name`)"),
    version: scalarText
      .optional()
      .describe("Pinned version; `latest` or absent = resolved at plan time"),
    source: nonEmptyText.optional(),
    file_type: z.enum(FILE_TYPES).optional(),
    version_env_var: nonEmptyText.optional(),
    import_as: nonEmptyText.optional(),
    preprocessor: PreprocessorSchema.optional(),
    destination: z.enum(DESTINATIONS).optional(),
    custom: customMap.optional(),
  })
  .refine((d) => (d.name === undefined) !== (d.id === undefined), {
    message: "a dataset needs exactly one of `name` or `id`",
  })
  .transform(({ name, id, ...rest }) => ({ id: id ?? name ?? "", ...rest }));

export const DatasetDefaultsSchema = z.strictObject({
  file_type: z.enum(FILE_TYPES).optional(),
  source: nonEmptyText.optional(),
  preprocessor: PreprocessorSchema.optional(),
  destination: z.enum(DESTINATIONS).optional(),
  load_engine: nonEmptyText.optional(),
});

export const RecipeInputsSchema = z
  .strictObject({
    missing_versions_strategy: z.enum(MISSING_VERSIONS_STRATEGIES).optional(),
    datasets: z.array(InputDatasetSchema).default([]),
    dataset_defaults: DatasetDefaultsSchema.optional(),
  })
  .superRefine(({ datasets }, ctx) => {
    // The same input twice (same name, version and import_as) is a copy-paste slip. The same dataset at
    // several versions is how dcpy recipes read a decade of data (edde): allowed.
    const seen = new Map<string, number>();
    datasets.forEach((dataset, index) => {
      const name = dataset.id;
      const key = JSON.stringify([name, dataset.version ?? null, dataset.import_as ?? null]);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else
        ctx.addIssue({
          code: "custom",
          path: ["datasets", index],
          message: `duplicate input "${name}"${dataset.version === undefined ? "" : ` version ${dataset.version}`} (also inputs.datasets[${first}]): list it once, or give one an import_as`,
          input: name,
        });
    });
  });

export const RecipeCommandSchema = z.strictObject({
  name: nonEmptyText,
  run: nonEmptyText.describe(
    "Shell command, or a python `module` / `module:function` (command_type: python)",
  ),
  command_type: z.enum(COMMAND_TYPES).default("shell"),
});

const ConnectorArgSchema = z.strictObject({
  name: nonEmptyText,
  value: scalarText.optional(),
  value_from: z.record(z.string(), z.string()).optional(),
});

export const StageConfigSchema = z.strictObject({
  commands: z.array(RecipeCommandSchema).optional(),
  env: envMap.optional(),
  destination: nonEmptyText.optional(),
  destination_key: nonEmptyText.optional(),
  connector_args: z.array(ConnectorArgSchema).optional(),
});

export const VersionStrategySchema = z.union([
  z.enum(VERSION_STRATEGIES),
  z.strictObject({ bump_latest_release: z.number().int().positive() }),
  z.strictObject({ pin_to_source_dataset: nonEmptyText }),
]);

export const ExportDatasetSchema = z.strictObject({
  name: nonEmptyText,
  filename: nonEmptyText.optional(),
  format: nonEmptyText,
  custom: customMap.optional(),
});

export const ExportsSchema = z.strictObject({
  output_folder: nonEmptyText.optional(),
  zip_name: nonEmptyText.optional(),
  datasets: z.array(ExportDatasetSchema).default([]),
});

export const DistributionSchema = z.strictObject({
  destination_ids: z.array(nonEmptyText).default([]),
});

export const RecipeSchema = z.strictObject({
  name: nonEmptyText.optional().describe("The recipe's name, for people (default: the product id)"),
  product: nonEmptyText
    .optional()
    .describe("Publishing name of the product, e.g. db-pluto (default: the product id)"),
  base_recipe: nonEmptyText.optional(),
  version: scalarText.optional(),
  version_type: z.enum(["major", "minor", "patch"]).optional(),
  version_strategy: VersionStrategySchema.optional(),
  vars: envMap.optional(),
  env: envMap.optional(),
  env_from_secrets: envNames
    .optional()
    .describe(
      "Names of environment variables the build reads from lifecycle's own environment (set from secrets); their values are never written to recipe.lock.yml",
    ),
  custom: customMap.optional(),
  inputs: RecipeInputsSchema.default({ datasets: [] }).describe(
    "The datasets the build reads; leave it out when there are none",
  ),
  stage_config: z.record(z.string(), StageConfigSchema).default({}),
  exports: ExportsSchema.optional(),
  distribution: DistributionSchema.optional(),
});

export type Recipe = z.infer<typeof RecipeSchema>;
export type RecipeInputDataset = z.infer<typeof InputDatasetSchema>;
export type RecipeCommand = z.infer<typeof RecipeCommandSchema>;

/** The stage whose commands build the product. */
export const BUILD_STAGE = "builds.build";

/** The dataset ids a recipe reads, each once, in order of first mention. */
export function recipeInputIds(recipe: Pick<Recipe, "inputs">): string[] {
  return [...new Set(recipe.inputs.datasets.map((d) => d.id))];
}

export function recipeBuildCommands(recipe: Recipe): RecipeCommand[] {
  return recipe.stage_config[BUILD_STAGE]?.commands ?? [];
}

/** Parse a recipe file. Repeated keys are warnings, as upstream's PyYAML accepts them. */
export function parseRecipeFile(
  file: string,
  text: string,
): { recipe?: Recipe; yaml: YamlFile; diagnostics: Diagnostic[] } {
  const yaml = parseYamlFile(file, text, { duplicateKeys: "warning" });
  if (yaml.value === undefined) return { yaml, diagnostics: yaml.diagnostics };
  keepVersionsAsWritten(yaml);
  const { data, diagnostics } = parseWithSchema(yaml, RecipeSchema);
  return { recipe: data, yaml, diagnostics: [...yaml.diagnostics, ...diagnostics] };
}

/** `version: 0812` is the version "0812", not the number 812. */
function keepVersionsAsWritten(yaml: YamlFile): void {
  const value = yaml.value;
  if (!isRecord(value)) return;
  restoreScalar(yaml, value, ["version"]);
  const inputs = value.inputs;
  if (!isRecord(inputs) || !Array.isArray(inputs.datasets)) return;
  inputs.datasets.forEach((dataset: unknown, index) => {
    if (isRecord(dataset)) restoreScalar(yaml, dataset, ["inputs", "datasets", index, "version"]);
  });
}

function restoreScalar(yaml: YamlFile, parent: Record<string, unknown>, path: FieldPath): void {
  const key = path[path.length - 1];
  if (typeof key !== "string" || typeof parent[key] !== "number") return;
  const source = yaml.scalarSource(path);
  if (source !== undefined) parent[key] = source;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
