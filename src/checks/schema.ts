import { z } from "zod";

const name = z
  .string()
  .min(1)
  .max(100)
  .optional()
  .describe("Shown in results; default: the kind and its target");
const severity = z
  .enum(["error", "warn"])
  .default("error")
  .describe("error blocks package and publish; warn is recorded");
const table = z
  .string()
  .min(1)
  .optional()
  .describe(
    "Output table: a Parquet or CSV file's name without extension (optional when there is one)",
  );
const columnList = z.array(z.string().min(1)).min(1);

const common = { name, severity };

export const RowCountCheckSchema = z.strictObject({
  ...common,
  row_count: z
    .strictObject({
      table,
      min: z.number().int().nonnegative().optional(),
      max: z.number().int().nonnegative().optional(),
    })
    .refine((c) => c.min !== undefined || c.max !== undefined, {
      message: "give min, max or both",
    }),
});
export const ColumnsCheckSchema = z.strictObject({
  ...common,
  columns: z.strictObject({
    table,
    required: z.union([columnList, z.record(z.string().min(1), z.string().min(1))]),
  }),
});
export const NotNullCheckSchema = z.strictObject({
  ...common,
  not_null: z.strictObject({ table, columns: columnList }),
});
export const UniqueCheckSchema = z.strictObject({
  ...common,
  unique: z.strictObject({ table, columns: columnList }),
});
export const SqlCheckSchema = z.strictObject({
  ...common,
  sql: z
    .string()
    .min(1)
    .describe("A DuckDB query over the output tables; the check passes when it returns no rows"),
});
export const CommandCheckSchema = z.strictObject({
  ...common,
  command: z
    .string()
    .min(1)
    .describe("A shell command run in the build output folder; passes on exit 0"),
});

export const ExistsCheckSchema = z.strictObject({
  ...common,
  exists: z.strictObject({
    url: z
      .string()
      .regex(/^s3:\/\/[^/]+/, "an s3://bucket/key URL")
      .describe(
        "s3://bucket/key (head) or s3://bucket/prefix/ (list, recursive); ${NAME} from the build's environment, e.g. ${LIFECYCLE_PARTITION}",
      ),
    mode: z
      .enum(["head", "list", "recursive"])
      .optional()
      .describe(
        "head: that object; list: direct children of the prefix; recursive: anything below. Default: head, or recursive for a URL ending in /",
      ),
    min: z
      .number()
      .int()
      .positive()
      .optional()
      .describe("list, recursive: how many there must be (default 1)"),
  }),
});

/** One check on a product's build output (or an ingested dataset). */
export const CheckSchema = z.union([
  RowCountCheckSchema,
  ColumnsCheckSchema,
  NotNullCheckSchema,
  UniqueCheckSchema,
  SqlCheckSchema,
  CommandCheckSchema,
  ExistsCheckSchema,
]);
export const ChecksSchema = z.array(CheckSchema);

export type CheckConfig = z.infer<typeof CheckSchema>;
export const CHECK_KINDS = [
  "row_count",
  "columns",
  "not_null",
  "unique",
  "sql",
  "command",
  "exists",
] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

/** What one check found: recorded in the package's record and manifest, shown in status and the site. */
export interface CheckResult {
  name: string;
  kind: CheckKind;
  severity: "error" | "warn";
  passed: boolean;
  observed: unknown;
  expected: unknown;
  message: string;
}

export function kindOf(check: CheckConfig): CheckKind {
  const kind = CHECK_KINDS.find((k) => k in check);
  if (!kind) throw new Error("a check without a kind passed validation");
  return kind;
}
