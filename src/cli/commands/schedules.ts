import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { UsageError } from "../../core/errors.js";
import { loadScheduledProject } from "../../partitions/project-products.js";
import {
  SCHEDULE_WORKFLOW_PATH,
  generateScheduleWorkflow,
} from "../../partitions/schedule-workflow.js";
import { hasSchedules, resolveDueSchedules } from "../../partitions/schedules.js";
import { writeFileAtomically } from "../../store/atomic.js";
import { parseFlags, type Command, type CommandContext } from "../command.js";

const emptyIsAbsent = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v));

const FlagsSchema = z.object({
  check: z.boolean().default(false),
  output: z.string().min(1).optional(),
  cron: emptyIsAbsent,
  schedule: emptyIsAbsent,
  now: emptyIsAbsent.refine((v) => v === undefined || !Number.isNaN(Date.parse(v)), {
    message: "expected an ISO 8601 time",
  }),
  "github-output": z.boolean().default(false),
  format: z.enum(["text", "json"]).default("text"),
});
type Flags = z.infer<typeof FlagsSchema>;

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

async function generate(context: CommandContext, flags: Flags): Promise<number> {
  const project = await loadScheduledProject(context.root);
  const file = path.resolve(context.root, flags.output ?? SCHEDULE_WORKFLOW_PATH);
  const wanted = !hasSchedules(project) ? undefined : generateScheduleWorkflow(project);
  const current = await readIfExists(file);
  const shown = path.relative(context.root, file);
  if (flags.check) {
    if (current === wanted) {
      context.stdout.write(`${shown}: up to date\n`);
      return 0;
    }
    const why =
      wanted === undefined
        ? "exists but nothing declares schedules"
        : current === undefined
          ? "is missing"
          : "differs from the configuration";
    context.stderr.write(`${shown} ${why}; run "lifecycle schedules generate"\n`);
    return 1;
  }
  if (wanted === undefined) {
    if (current !== undefined) await fs.rm(file);
    context.stdout.write(
      `nothing declares schedules; ${current === undefined ? "nothing to write" : `removed ${shown}`}\n`,
    );
    return 0;
  }
  if (current !== wanted) await writeFileAtomically(file, wanted);
  context.stdout.write(`${shown}: ${current === wanted ? "up to date" : "written"}\n`);
  return 0;
}

async function resolve(context: CommandContext, flags: Flags): Promise<number> {
  const project = await loadScheduledProject(context.root);
  const now = flags.now === undefined ? new Date() : new Date(flags.now);
  const due = resolveDueSchedules(project, { cron: flags.cron, schedule: flags.schedule, now });
  if (flags["github-output"]) {
    const target = context.env.GITHUB_OUTPUT;
    if (!target) throw new UsageError("--github-output: GITHUB_OUTPUT is not set");
    await fs.appendFile(target, due.map((d) => `${d.job}=${d.partition}\n`).join(""));
  }
  context.stdout.write(
    flags.format === "json"
      ? `${JSON.stringify({ due }, null, 2)}\n`
      : due
          .map(
            (d) =>
              `${d.kind === "ingest" ? `ingest ${d.product}` : d.product} (${d.schedule}, tick ${d.tick} ${d.timezone}): ${d.partition}\n`,
          )
          .join(""),
  );
  return 0;
}

export const schedulesCommand: Command = {
  name: "schedules",
  usage:
    "generate [--check] [--output FILE] | resolve (--cron C | --schedule NAME) [--now TIME] [--github-output]",
  details: `Subcommands:
  generate            write ${SCHEDULE_WORKFLOW_PATH} from every product's schedules and
                      lifecycle.yml's ingest_schedules
    --check           write nothing; exit 1 when the file and the configuration disagree
    --output FILE     another path (relative to the root)
  resolve             print the partitions due (used by the generated workflow)
    --cron C          the cron string of the tick (github.event.schedule)
    --schedule NAME   or a schedule by name (a manual run)
    --now TIME        ISO 8601 time to resolve against (default: now)
    --github-output   also append <job>=<partition expression> lines to $GITHUB_OUTPUT
    --format F        text (default) or json
yesterday / today are the tick's date in the schedule's time zone, minus one day / as is.`,
  options: {
    check: { type: "boolean" },
    output: { type: "string" },
    cron: { type: "string" },
    schedule: { type: "string" },
    now: { type: "string" },
    "github-output": { type: "boolean" },
    format: { type: "string" },
  },
  async run(context) {
    const flags = parseFlags(FlagsSchema, context.flags);
    const [sub, ...extra] = context.positionals;
    if (extra.length > 0)
      throw new UsageError(`schedules ${sub ?? ""}: unexpected ${JSON.stringify(extra)}`);
    if (sub === "generate") return generate(context, flags);
    if (sub === "resolve") return resolve(context, flags);
    throw new UsageError(
      `expected a subcommand: generate, resolve (received ${JSON.stringify(sub ?? "")})`,
    );
  },
};
