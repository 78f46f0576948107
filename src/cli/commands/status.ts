import { z } from "zod";
import { assetStatus, streamAssetStatus, type AssetStatus } from "../../engine/status.js";
import { formatRollup, rollUp } from "../../ui/rollup.js";
import { parseFlags, type Command, expectNoArguments } from "../command.js";
import { writeJsonRows } from "../json-stream.js";

const FlagsSchema = z.object({
  select: z.string().min(1).optional(),
  format: z.enum(["text", "json"]).default("text"),
  partitions: z.boolean().default(false),
});

export const statusCommand: Command = {
  name: "status",
  usage: "[--select S] [--partitions] [--format text|json]",
  details: `Options:
  --select S         assets, as for materialize (default: all, ingest assets included)
  --partitions       one row per asset and partition instead of one per asset
  --format F         text (default) or json (always per partition): { "assets": [ { asset, group, partition, status,
                     when, durationMs, runId, lastSuccess, stale, staleReason } ] }
Stale: the stage has no output, or its current inputs (configuration, recipe, commands, the
upstream stage's output) differ from those of the output in the store.`,
  options: {
    select: { type: "string" },
    format: { type: "string" },
    partitions: { type: "boolean" },
  },
  async run(context) {
    const flags = parseFlags(FlagsSchema, context.flags);
    expectNoArguments(context, "status", "; use --select");
    const options = {
      root: context.root,
      store: context.store,
      env: context.env,
      select: flags.select,
    };
    if (flags.format === "json")
      await writeJsonRows(context.stdout, "assets", streamAssetStatus(options));
    else {
      const rows = await assetStatus(options);
      context.stdout.write(flags.partitions ? formatTable(rows) : formatRollup(rollUp(rows)));
    }
    return 0;
  },
};

function formatTable(rows: readonly AssetStatus[]): string {
  const header = ["ASSET", "PARTITION", "STATUS", "WHEN", "DURATION", "STALE"];
  const cells = rows.map((r) => [
    r.asset,
    r.partition,
    r.status ?? "never",
    r.when ?? "-",
    r.durationMs === undefined ? "-" : `${(r.durationMs / 1000).toFixed(1)}s`,
    r.stale ? `yes: ${r.staleReason ?? ""}` : "no",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? "").length)));
  const line = (c: string[]) =>
    c.map((v, i) => (i === c.length - 1 ? v : v.padEnd(widths[i] ?? 0))).join("  ");
  const body = cells.length === 0 ? "(no partitions or versions for the selected assets)\n" : "";
  return [line(header), ...cells.map(line)].join("\n") + "\n" + body;
}
