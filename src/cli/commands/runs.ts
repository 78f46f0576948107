import { z } from "zod";
import { UsageError } from "../../core/errors.js";
import { readStoreEvents } from "../../ui/store-events.js";
import { withLogTails } from "../../ui/log-tail.js";
import { formatRun, formatRuns, groupRuns } from "../../ui/runs.js";
import { parseFlags, type Command } from "../command.js";

const FlagsSchema = z.object({
  format: z.enum(["text", "json"]).default("text"),
  limit: z.coerce.number().int().positive().default(20),
});

export const runsCommand: Command = {
  name: "runs",
  usage: "[ID] [--limit N] [--format text|json]",
  details: `Options:
  ID                 a run id (or a unique prefix of one): its tasks, failures first with the error
  --limit N          how many runs to list (default 20)
  --format F         text (default) or json: { "runs": [ { runId, start, end, durationMs, counts,
                     outcome, tasks } ] }`,
  options: { format: { type: "string" }, limit: { type: "string" } },
  async run(context) {
    const flags = parseFlags(FlagsSchema, context.flags);
    if (context.positionals.length > 1)
      throw new UsageError(`runs takes at most one run id; got ${context.positionals.join(" ")}`);
    const runs = groupRuns(await readStoreEvents(context.store, context.root, context.env));
    const [id] = context.positionals;
    if (id === undefined) {
      const shown = runs.slice(0, flags.limit);
      context.stdout.write(
        flags.format === "json"
          ? `${JSON.stringify({ runs: shown }, null, 2)}\n`
          : formatRuns(shown),
      );
      return 0;
    }
    const matches = runs.filter((r) => r.runId === id || r.runId.startsWith(id));
    const run =
      matches.find((r) => r.runId === id) ?? (matches.length === 1 ? matches[0] : undefined);
    if (!run) {
      const known = runs.slice(0, 5).map((r) => r.runId);
      const why = matches.length > 1 ? `"${id}" matches ${matches.length} runs` : `no run "${id}"`;
      throw new UsageError(
        `${why} in ${context.store}; recent runs: ${known.join(", ") || "(none)"}`,
      );
    }
    context.stdout.write(
      flags.format === "json"
        ? `${JSON.stringify(run, null, 2)}\n`
        : formatRun({ ...run, tasks: await withLogTails(run.tasks) }),
    );
    return 0;
  },
};
