import { z } from "zod";
import { ChecksSchema } from "../checks/schema.js";
import { DestinationsSchema } from "../distribute/schema.js";
import { ObservationsSchema } from "../sense/schema.js";
import { PartitionsConfigSchema, SchedulesConfigSchema } from "../partitions/config.js";
import { envMap, nonEmptyText, scalarText } from "./fields.js";

export const PRODUCTS_FILE = "products/products.yml";

export const ProductSchema = z.strictObject({
  id: nonEmptyText.describe(
    "Product id: letters, digits, _ and -; used as asset group and directory name",
  ),
  build_command: nonEmptyText
    .optional()
    .describe(
      "Shell command that builds the product into $LIFECYCLE_OUTPUT_DIR (default: the recipe's stage_config builds.build commands)",
    ),
  description: z.string().optional(),
  tags: z.array(z.string()).optional(),
  version: scalarText.optional(),
  recipe: nonEmptyText
    .optional()
    .describe(
      "Recipe file relative to the project root (default products/<id>/recipe.yml when it exists)",
    ),
  partitions: PartitionsConfigSchema.optional(),
  runs_on: z.union([nonEmptyText, z.array(nonEmptyText).min(1)]).optional(),
  timeout_minutes: z.number().int().positive().optional(),
  retries: z.number().int().nonnegative().optional(),
  env: envMap.optional(),
  package_command: nonEmptyText.optional(),
  schedules: SchedulesConfigSchema.optional(),
  destinations: DestinationsSchema.optional().describe(
    "Where `lifecycle distribute` sends a published version: socrata, object_store, github_release, command",
  ),
  observe: ObservationsSchema.optional().describe(
    "Inputs lifecycle observes but does not build, per partition: http or object_store (lifecycle sense)",
  ),
  checks: ChecksSchema.optional().describe(
    "Checks on the build output, run before package: row_count, columns, not_null, unique, sql, command, exists (objects on an object store)",
  ),
});

export const ProductsFileSchema = z.strictObject({
  products: z.array(ProductSchema),
});

export type ProductConfig = z.infer<typeof ProductSchema>;
export type ProductsFile = z.infer<typeof ProductsFileSchema>;

/** Ids usable both as a directory name and as an asset name (Dagster-style). */
export const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

export function isSafeId(id: string): boolean {
  return SAFE_ID.test(id);
}

/** The closest safe spelling of an unsafe id: `pluto cbbr` -> `pluto_cbbr`. */
export function safeIdSuggestion(id: string): string {
  const replaced = id
    .trim()
    .replace(/[^A-Za-z0-9_-]+/g, "_")
    .replace(/^[_-]+/, "")
    .replace(/_+$/, "");
  return replaced === "" ? "product" : replaced;
}
