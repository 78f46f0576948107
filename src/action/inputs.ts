import path from "node:path";
import { z } from "zod";
import { UsageError } from "../core/errors.js";
import { entryItems, type MatrixItem } from "../github/matrix.js";
import { STAGES } from "../store/layout.js";

export const COMMANDS = [
  "matrix",
  "ingest-matrix",
  "stage",
  "ingest",
  "validate",
  "affected",
  "summary",
  "site",
  "schedules-check",
  "schedules-resolve",
  "sense",
  "failure-issue",
  "publish-draft",
  "publish-release",
  "distribute",
] as const;

const booleanInput = z
  .enum(["true", "false", "True", "False", "TRUE", "FALSE", ""])
  .transform((v) => v.toLowerCase() === "true");

const itemSchema = z.union([
  z.strictObject({
    kind: z.literal("product"),
    product: z.string().min(1),
    partition: z.string().min(1),
  }),
  z.strictObject({
    kind: z.literal("ingest"),
    template: z.string().min(1),
    version: z.string().min(1),
  }),
]);

const pair = z.tuple([z.string().min(1), z.string().min(1)]);

/**
 * A matrix entry as the workflow passes it back (`toJSON(matrix)`): the compact form the matrix
 * command writes (`kind` and `[a, b]` pairs), or items spelled out as objects.
 */
export const EntrySchema = z
  .looseObject({
    key: z.string().regex(/^[A-Za-z0-9_.]+$/, "expected a key made by the matrix command"),
    kind: z.enum(["product", "ingest"]).optional(),
    items: z.union([z.array(itemSchema).min(1), z.array(pair).min(1)]),
    upstream: z
      .array(z.string().regex(/^([A-Za-z0-9_.]+|\*)$/, "expected keys made by the matrix command"))
      .optional(),
  })
  .transform((entry, ctx) => {
    const { key, kind, items } = entry;
    if (!isPairs(items)) return { ...entry, key, items };
    if (!kind) {
      ctx.addIssue({ code: "custom", message: "kind: required with [a, b] items" });
      return z.NEVER;
    }
    return { ...entry, key, items: entryItems({ kind, items }) };
  });
function isPairs(items: MatrixItem[] | [string, string][]): items is [string, string][] {
  return Array.isArray(items[0]);
}

export type EntryInput = z.output<typeof EntrySchema>;

const entryInput = z.string().transform((text, ctx): EntryInput | undefined => {
  if (text.trim() === "") return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    ctx.addIssue({ code: "custom", message: "is not JSON; pass ${{ toJSON(matrix) }}" });
    return z.NEVER;
  }
  const parsed = EntrySchema.safeParse(value);
  if (parsed.success) return parsed.data;
  ctx.addIssue({
    code: "custom",
    message: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
  });
  return z.NEVER;
});

/** A runner label, or a JSON list of labels (`["self-hosted", "linux"]`). */
const runsOnInput = z.string().transform((text, ctx): string | string[] => {
  if (!text.trim().startsWith("[")) return text.trim();
  const parsed = z.array(z.string().min(1)).min(1).safeParse(parseJson(text));
  if (parsed.success) return parsed.data;
  ctx.addIssue({ code: "custom", message: "expected a label or a JSON list of labels" });
  return z.NEVER;
});

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A path relative to the project root that stays inside it as written (no `..`, not absolute). */
const repositoryPath = z
  .string()
  .refine(
    (text) =>
      text === "" ||
      (!path.isAbsolute(text) &&
        !text.includes("\\") &&
        !text.includes("\0") &&
        !path.posix.normalize(text).startsWith("../") &&
        path.posix.normalize(text) !== ".."),
    { message: "expected a relative path inside working-directory, without .." },
  );

/**
 * Every input of action.yml, with its default. This schema is the only place defaults are written;
 * action.yml's descriptions name them and a test checks that the two agree.
 */
export const InputsSchema = z.object({
  command: z.enum(COMMANDS),
  "working-directory": z.string().default("."),
  store: z.string().default(""),
  select: z.string().default("*"),
  partition: z.string().default(""),
  templates: z.string().default("*"),
  version: z.string().default(""),
  entry: entryInput.optional(),
  stage: z.enum(STAGES).optional(),
  force: booleanInput.default(false),
  "dry-run": booleanInput.default(false),
  base: z.string().default(""),
  head: z.string().default("HEAD"),
  "artifact-dir": z.string().default(""),
  "site-dir": z.string().default("_site"),
  "runs-on": runsOnInput.default("ubuntu-latest"),
  cron: z.string().default(""),
  schedule: z.string().default(""),
  now: z.string().default(""),
  recipe: repositoryPath.default(""),
  "from-lock": repositoryPath.default(""),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000, "at most 1000 partitions per tick (GitHub's output and matrix limits)")
    .default(256),
  ok: booleanInput.optional(),
  "github-token": z.string().default(""),
  "issue-title": z.string().default(""),
  "issue-label": z
    .string()
    .regex(/^[^,]{1,50}$/, "a label of 1-50 characters, no comma")
    .default("lifecycle-failure"),
  product: z.string().default(""),
  revision: z.string().default(""),
  "github-release": booleanInput.default(false),
  destinations: z
    .string()
    .regex(/^([A-Za-z0-9_.-]+(,[A-Za-z0-9_.-]+)*)?$/, "destination ids, comma-separated")
    .default(""),
});
export type ActionInputs = z.infer<typeof InputsSchema>;
export type ActionCommand = (typeof COMMANDS)[number];

/** The names of every input, as action.yml must declare them. */
export const INPUT_NAMES = Object.keys(InputsSchema.shape);

/**
 * Read inputs the way the runner passes them (`INPUT_<NAME>` with spaces as `_`, upper case),
 * treating empty as absent so the schema's default applies.
 */
export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const raw: Record<string, string> = {};
  for (const name of INPUT_NAMES) {
    const value = env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`]?.trim();
    if (value !== undefined && value !== "") raw[name] = value;
  }
  const parsed = InputsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const messages = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? "");
    const allowed = allowedValues(name);
    return `input "${name}": ${issue.message} (received ${JSON.stringify(raw[name] ?? "")}${allowed ? `; allowed: ${allowed}` : ""})`;
  });
  throw new UsageError(messages.join("\n"));
}

function allowedValues(name: string): string | undefined {
  if (name === "command") return COMMANDS.join(", ");
  if (name === "stage") return STAGES.join(", ");
  if (["force", "dry-run", "ok", "github-release"].includes(name)) return "true, false";
  return undefined;
}
