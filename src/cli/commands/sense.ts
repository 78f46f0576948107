import { z } from "zod";
import { loadProjectWithPipelines } from "../../partitions/project-products.js";
import { duePartitions, observedPartitions, readCursor, writeCursor } from "../../sense/sense.js";
import { StoreLayout } from "../../store/layout.js";
import { UsageError } from "../../core/errors.js";
import { parseFlags, type Command } from "../command.js";
import { materializeCommand } from "./materialize.js";

const FlagsSchema = z.object({
  select: z.string().min(1).default("*"),
  "dry-run": z.boolean().default(false),
  "no-run": z.boolean().default(false),
  format: z.enum(["text", "json"]).default("text"),
});

interface Due {
  product: string;
  partitions: string[];
}

export const senseCommand: Command = {
  name: "sense",
  usage: "[--select IDS] [--dry-run] [--no-run] [--format text|json]",
  details: `A product's observe: list names inputs lifecycle watches but does not build (an HTTP
resource or an object-store key per partition, e.g. s3://bucket/trades/{date}/{universe}.csv).
sense finds the partitions whose every observed input exists, leaves out those already packaged
or started by an earlier sense (the cursor, <store>/sensors/cursor.json), records the rest in the
cursor and materializes them. Options:
  --select IDS       product ids, comma-separated, or * (default)
  --dry-run          report what would start; change nothing
  --no-run           record and report them, run nothing (the GitHub sensor dispatches them)
  --format F         text (default) or json: { "due": [ { product, partitions } ] }`,
  options: {
    select: { type: "string" },
    "dry-run": { type: "boolean" },
    "no-run": { type: "boolean" },
    format: { type: "string" },
  },
  async run(context) {
    const flags = parseFlags(FlagsSchema, context.flags);
    const { project } = await loadProjectWithPipelines(context.root);
    const wanted =
      flags.select === "*" ? undefined : new Set(flags.select.split(",").map((s) => s.trim()));
    for (const id of wanted ?? [])
      if (!project.products.some((p) => p.id === id))
        throw new UsageError(`--select: unknown product ${JSON.stringify(id)}`);
    const layout = new StoreLayout(context.store);
    const cursor = await readCursor(layout);
    const due: Due[] = [];
    for (const product of project.products) {
      if (
        (wanted && !wanted.has(product.id)) ||
        !("observe" in product) ||
        !product.observe?.length
      )
        continue;
      const observed = await observedPartitions(product, { signal: context.signal });
      const partitions = await duePartitions(layout, product, observed, cursor);
      if (partitions.length > 0) due.push({ product: product.id, partitions });
    }
    context.stdout.write(
      flags.format === "json" ? `${JSON.stringify({ due }, null, 2)}\n` : describe(due),
    );
    if (flags["dry-run"] || due.length === 0) return 0;
    for (const { product, partitions } of due)
      cursor.started[product] = [...(cursor.started[product] ?? []), ...partitions];
    await writeCursor(layout, cursor);
    if (flags["no-run"]) return 0;
    let code = 0;
    for (const { product, partitions } of due) {
      const flagsForRun = { select: product, partition: partitions.join(",") };
      code = Math.max(
        code,
        await materializeCommand.run({ ...context, positionals: [], flags: flagsForRun }),
      );
    }
    return code;
  },
};

function describe(due: readonly Due[]): string {
  if (due.length === 0) return "nothing to start: every observed partition is built or started\n";
  return due.map((d) => `${d.product}: ${d.partitions.join(", ")}`).join("\n") + "\n";
}
