import { z } from "zod";
import { senseDue, type Due } from "../../sense/sensor.js";
import { parseFlags, type Command, expectNoArguments } from "../command.js";
import {
  commandLock,
  lockTimeoutFlag,
  lockTimeoutHelp,
  lockTimeoutOption,
} from "../lock-timeout.js";
import { materializeCommand } from "./materialize.js";

const FlagsSchema = z.object({
  select: z.string().min(1).default("*"),
  limit: z
    .string()
    .regex(/^[1-9]\d*$/, { message: "expected a whole number of at least 1" })
    .transform(Number)
    .optional(),
  "dry-run": z.boolean().default(false),
  "no-run": z.boolean().default(false),
  format: z.enum(["text", "json"]).default("text"),
  "lock-timeout": lockTimeoutFlag,
});

export const senseCommand: Command = {
  name: "sense",
  usage:
    "[--select IDS] [--limit N] [--dry-run] [--no-run] [--format text|json] [--lock-timeout S]",
  details: `A product's observe: list names inputs lifecycle watches but does not build (an HTTP
resource or an object-store key per partition, e.g. s3://bucket/trades/{date}/{universe}.csv).
sense finds the partitions whose every observed input exists, leaves out those already packaged
or handed on by an earlier sense (the cursor, <store>/sensors/cursor.json, on S3 replaced only
if nobody moved it since it was read), records the rest in the cursor and materializes them.
Options:
  --select IDS       product ids, comma-separated, or * (default)
  --limit N          hand on at most N partitions in all (the oldest first); the rest wait for
                     the next call
  --dry-run          report what would start; change nothing
  --no-run           record and report them, run nothing (the GitHub sensor dispatches them)
  --format F         text (default) or json: { "due": [ { product, partitions } ] }
${lockTimeoutHelp(21)}`,
  options: {
    select: { type: "string" },
    limit: { type: "string" },
    "dry-run": { type: "boolean" },
    "no-run": { type: "boolean" },
    format: { type: "string" },
    ...lockTimeoutOption,
  },
  async run(context) {
    const flags = parseFlags(FlagsSchema, context.flags);
    expectNoArguments(context, "sense", "; use --select");
    const { due, waiting } = await senseDue({
      root: context.root,
      store: context.store,
      env: context.env,
      signal: context.signal,
      select: flags.select === "*" ? undefined : flags.select.split(",").map((s) => s.trim()),
      limit: flags.limit,
      dryRun: flags["dry-run"],
      lock: commandLock(context, "sense", flags["lock-timeout"]),
    });
    context.stdout.write(
      flags.format === "json" ? `${JSON.stringify({ due, waiting }, null, 2)}\n` : describe(due),
    );
    if (waiting > 0 && flags.format === "text")
      context.stdout.write(`${waiting} more partition(s) wait for the next sense (--limit)\n`);
    if (flags["dry-run"] || flags["no-run"]) return 0;
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
