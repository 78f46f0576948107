import { z } from "zod";
import { UsageError } from "../../core/errors.js";
import { STARTER_NOTES } from "../../partitions/keys.js";
import { runPipelineModule } from "../../partitions/pipelines.js";
import { findProduct, loadPartitionedProducts } from "../../partitions/project-products.js";
import { addPartition, listPartitions, removePartition } from "../../partitions/registry.js";
import { resolvePartitions, type ResolvedPartition } from "../../partitions/resolve.js";
import { schemeKindOf, schemeOf } from "../../partitions/schemes.js";
import { parseFlags, type Command, type CommandContext } from "../command.js";
import { lockTimeoutHelp, lockTimeoutFlag, lockTimeoutOption } from "../lock-timeout.js";
import { withOpenStore, withStoreWriteLock } from "../open-store.js";

const FlagsSchema = z.object({
  format: z.enum(["text", "json"]).default("text"),
  now: z
    .string()
    .refine((v) => !Number.isNaN(Date.parse(v)), { message: "expected an ISO 8601 time" })
    .transform((v) => new Date(v))
    .optional(),
  "lock-timeout": lockTimeoutFlag,
});
type Flags = z.infer<typeof FlagsSchema>;

const SUBCOMMANDS = ["list", "add", "remove", "expand"] as const;
type Subcommand = (typeof SUBCOMMANDS)[number];

function args(context: CommandContext): { sub: Subcommand; product: string; rest: string[] } {
  const [sub, product, ...rest] = context.positionals;
  const allowed: readonly string[] = SUBCOMMANDS;
  if (sub === undefined || !allowed.includes(sub)) {
    throw new UsageError(
      `expected a subcommand: ${SUBCOMMANDS.join(", ")} (received ${JSON.stringify(sub ?? "")})`,
    );
  }
  if (product === undefined) throw new UsageError(`partitions ${sub}: give a product id`);
  return { sub: SUBCOMMANDS.find((s) => s === sub) ?? "list", product, rest };
}

function oneKey(sub: string, rest: string[]): string {
  if (rest.length !== 1 || rest[0] === undefined)
    throw new UsageError(`partitions ${sub}: give exactly one key`);
  return rest[0];
}

function formatRuns(partitions: readonly ResolvedPartition[]): string {
  const lines = partitions.map((p) => {
    const extra = Object.entries(p.dimensions)
      .map(([k, v]) => `${k}=${v}`)
      .join(" ");
    return `${p.key}\t${extra}`;
  });
  return `${lines.join("\n")}\n${partitions.length} partition${partitions.length === 1 ? "" : "s"}\n`;
}

async function list(context: CommandContext, flags: Flags, productId: string): Promise<number> {
  const product = findProduct(await loadPartitionedProducts(context.root), productId);
  const scheme = schemeOf(product.partitions, flags.now);
  const added =
    scheme.kind === "dynamic"
      ? await withOpenStore(context, {}, (store) => listPartitions(store.layout, product.id))
      : [];
  const partitions = resolvePartitions(product, "*", {
    known: added.map((p) => p.key),
    now: flags.now,
  });
  if (flags.format === "json") {
    const rows = partitions.map((p) => ({
      ...p,
      added: added.find((a) => a.key === p.key)?.added ?? null,
    }));
    context.stdout.write(
      `${JSON.stringify({ product: product.id, scheme: scheme.kind, partitions: rows }, null, 2)}\n`,
    );
    return 0;
  }
  const starters: readonly string[] = STARTER_NOTES;
  const lines = partitions.map((p) => {
    const when = added.find((a) => a.key === p.key)?.added;
    const origin =
      starters.includes(p.key) && scheme.kind === "dynamic"
        ? "starter"
        : when
          ? `added ${when}`
          : "declared";
    return `${p.key}\t${origin}`;
  });
  context.stdout.write(`# ${product.id}: ${scheme.kind} partitions\n${lines.join("\n")}\n`);
  return 0;
}

async function change(
  context: CommandContext,
  flags: Flags,
  sub: "add" | "remove",
  productId: string,
  key: string,
) {
  const product = findProduct(await loadPartitionedProducts(context.root), productId);
  const kind = schemeKindOf(product.partitions);
  if (kind !== "dynamic") {
    throw new UsageError(
      `product ${product.id} has ${kind} partitions, declared in products.yml; only dynamic partitions are added or removed`,
    );
  }
  // S3: close publishes the one object of this key (concurrent changes of other keys stay).
  const changed = await withOpenStore(context, {}, (store) =>
    withStoreWriteLock(
      context,
      store,
      `partitions ${sub} ${product.id} ${key}`,
      flags["lock-timeout"],
      () =>
        sub === "add"
          ? addPartition(store.layout, product.id, key)
          : removePartition(store.layout, product.id, key),
    ),
  );
  const verb =
    sub === "add" ? (changed ? "added" : "already present") : changed ? "removed" : "not present";
  context.stdout.write(`${product.id}: ${key} ${verb}\n`);
  return 0;
}

async function expand(context: CommandContext, flags: Flags, productId: string, rest: string[]) {
  const expression = oneKey("expand", rest);
  const product = findProduct(await loadPartitionedProducts(context.root), productId);
  const known = (
    await withOpenStore(context, {}, (store) => listPartitions(store.layout, product.id))
  ).map((p) => p.key);
  const partitions = resolvePartitions(product, expression, { known, now: flags.now });
  context.stdout.write(
    flags.format === "json"
      ? `${JSON.stringify({ product: product.id, expression, count: partitions.length, partitions }, null, 2)}\n`
      : formatRuns(partitions),
  );
  return 0;
}

export const partitionsCommand: Command = {
  name: "partitions",
  usage:
    "list|add|remove|expand <product> [key|expression] [--format text|json] [--now TIME] [--lock-timeout S]",
  details: `Subcommands:
  list <product>           every partition: starters (main, nightly_qa) and added keys for dynamic
                           products, the declared ones otherwise
  add <product> <key>      add a dynamic key <version>-<note> (stored in <store>/partitions/)
  remove <product> <key>   remove an added dynamic key
  expand <product> <expr>  the partitions an expression stands for, e.g.
                           "universe=mic=XLON,mic=XPAR;date=2025-01-02..2025-01-31"
Options:
  --format F               text (default) or json
  --now TIME               resolve open-ended date windows as of this ISO 8601 time
add and remove write the store, so they take its lock (list and expand only read):
${lockTimeoutHelp(27)}
See docs/partitions.md for the schemes and the expression grammar.`,
  options: { format: { type: "string" }, now: { type: "string" }, ...lockTimeoutOption },
  async run(context) {
    const flags = parseFlags(FlagsSchema, context.flags);
    const { sub, product, rest } = args(context);
    if (sub === "list") {
      if (rest.length > 0) throw new UsageError("partitions list takes only a product id");
      return list(context, flags, product);
    }
    if (sub === "expand") return expand(context, flags, product, rest);
    return change(context, flags, sub, product, oneKey(sub, rest));
  },
};

export const pipelineCommand: Command = {
  name: "pipeline",
  usage: "run <module-file>",
  details: `The build command of every product discovered in pipelines/ (docs/partitions.md).
Reads LIFECYCLE_PARTITION, LIFECYCLE_UNIVERSE, LIFECYCLE_START_DATE, LIFECYCLE_END_DATE,
LIFECYCLE_OUTPUT_DIR and LIFECYCLE_INPUT_DIR.`,
  options: {},
  async run(context) {
    const [sub, file, ...extra] = context.positionals;
    if (sub !== "run" || file === undefined || extra.length > 0) {
      throw new UsageError("usage: lifecycle pipeline run <module-file>");
    }
    await runPipelineModule(file, context.env, context.root);
    return 0;
  },
};
