import { ConfigError, UsageError } from "../core/errors.js";
import type {
  PartitionsConfig,
  ScheduleConfig,
  ScheduledDate,
  ScheduledPartition,
  SchedulesConfig,
} from "./config.js";
import { expandCronMacro } from "./cron.js";
import type { IngestScheduleJob } from "./ingest-schedules.js";
import { previousTick } from "./time-window.js";
import { addDays, dateInTimeZone } from "./dates.js";
import { resolvePartitions } from "./resolve.js";
import { schemeKindOf, schemeOf } from "./schemes.js";

export interface ScheduledProduct {
  id: string;
  version?: string | undefined;
  partitions?: PartitionsConfig | undefined;
  schedules?: SchedulesConfig | undefined;
}

export interface ScheduledProject {
  products: readonly ScheduledProduct[];
  /** lifecycle.yml's ingest schedules, their templates resolved (see ingest-schedules.ts). */
  ingest?: readonly IngestScheduleJob[];
}

/** One product's schedule: one job of the generated workflow. */
export interface ScheduleJob {
  jobId: string;
  product: ScheduledProduct;
  schedule: ScheduleConfig;
}

/** A schedule that is due: the partition expression to materialise (the version to ingest). */
export interface DueRun {
  job: string;
  kind: "product" | "ingest";
  /** The product; for an ingest schedule, its templates comma-separated. */
  product: string;
  schedule: string;
  /** The tick the dates were resolved against, ISO 8601. */
  tick: string;
  timezone: string;
  partition: string;
}

/** `yesterday` / `today` at the tick's time in `timeZone`, or a fixed date. */
export function resolveScheduledDate(spec: ScheduledDate, tick: Date, timeZone: string): string {
  if (spec === "today") return dateInTimeZone(tick, timeZone);
  if (spec === "yesterday") return addDays(dateInTimeZone(tick, timeZone), -1);
  return spec;
}

function jobIdPart(text: string): string {
  return text.replace(/[^A-Za-z0-9_]/g, "_");
}

/** Every product's schedules, checked: unique job ids, one time zone per cron string. */
export function scheduleJobs(project: ScheduledProject): ScheduleJob[] {
  const jobs: ScheduleJob[] = [];
  const ids = new Map<string, string>();
  const zones = new Map<string, string>();
  for (const product of project.products) {
    for (const schedule of product.schedules ?? []) {
      const jobId = `schedule_${jobIdPart(product.id)}__${jobIdPart(schedule.name)}`;
      const where = `product ${product.id}, schedule ${schedule.name}`;
      const clash = ids.get(jobId);
      if (clash)
        throw new ConfigError(`${where}: its job id ${jobId} is also ${clash}'s; rename one`);
      ids.set(jobId, where);
      const cron = normaliseCron(schedule.cron);
      const zone = zones.get(cron);
      if (zone !== undefined && zone !== schedule.timezone) {
        throw new ConfigError(
          `${where}: cron "${cron}" is also used with time zone ${zone}; GitHub reports only the cron string of a tick, so give it a different minute or the same time zone`,
        );
      }
      zones.set(cron, schedule.timezone);
      checkSchedulePartitions(product, schedule, where);
      jobs.push({ jobId, product, schedule });
    }
  }
  checkIngestSchedules(project.ingest ?? [], ids, zones);
  return jobs;
}

/** Ingest schedules share the triggers: the same rule of one time zone per cron string. */
function checkIngestSchedules(
  ingest: readonly IngestScheduleJob[],
  ids: Map<string, string>,
  zones: Map<string, string>,
): void {
  for (const { jobId, schedule } of ingest) {
    const where = `lifecycle.yml, ingest schedule ${schedule.name}`;
    if (ids.has(jobId)) throw new ConfigError(`${where}: its name is used twice; rename one`);
    ids.set(jobId, where);
    const cron = normaliseCron(schedule.cron);
    const zone = zones.get(cron);
    if (zone !== undefined && zone !== schedule.timezone)
      throw new ConfigError(
        `${where}: cron "${cron}" is also used with time zone ${zone}; GitHub reports only the cron string of a tick, so give it a different minute or the same time zone`,
      );
    zones.set(cron, schedule.timezone);
  }
}

/** Whether there is anything to schedule: a product schedule or an ingest schedule. */
export function hasSchedules(project: ScheduledProject): boolean {
  return scheduleJobs(project).length > 0 || (project.ingest ?? []).length > 0;
}

/** The cron as GitHub's `schedule:` takes it: macros expanded, fields single-spaced. */
export function normaliseCron(cron: string): string {
  return expandCronMacro(cron);
}

function checkSchedulePartitions(
  product: ScheduledProduct,
  schedule: ScheduleConfig,
  where: string,
): void {
  const kind = schemeKindOf(product.partitions);
  for (const entry of schedule.partitions ?? []) {
    if (entry.key !== undefined && (entry.date !== undefined || entry.universe !== undefined)) {
      throw new ConfigError(
        `${where}: a scheduled partition gives either key or date/universe, not both`,
      );
    }
    if (entry.universe !== undefined && kind !== "universe-date") {
      throw new ConfigError(
        `${where}: universe is only for universe x date partitions (this product is ${kind})`,
      );
    }
    if (entry.key === undefined && kind !== "universe-date" && kind !== "time") {
      throw new ConfigError(
        `${where}: ${kind} partitions are scheduled by key, e.g. { key: nightly_qa }`,
      );
    }
    checkEntryResolves(product, entry, where);
  }
}

/** A start date the product declares, to try relative dates (yesterday, today) against. */
function declaredStart(product: ScheduledProduct): string | undefined {
  const config = product.partitions;
  if (typeof config !== "object" || Array.isArray(config)) return undefined;
  if ("daily" in config) return config.daily.start.slice(0, 10);
  if ("date" in config) return config.date.start;
  return undefined;
}

/** Keys, fixed dates and universes must resolve now; relative dates are tried on the start date. */
function checkEntryResolves(product: ScheduledProduct, entry: ScheduledPartition, where: string) {
  const start = declaredStart(product);
  const relative = entry.date === undefined || entry.date === "yesterday" || entry.date === "today";
  const probe = relative && start !== undefined ? { ...entry, date: start } : entry;
  const now = start === undefined ? new Date() : new Date(`${start}T12:00:00Z`);
  const expression = entryExpression(probe, product, now, "UTC");
  try {
    resolvePartitions(product, expression, relative ? { now: new Date() } : {});
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    throw new ConfigError(`${where}: partitions ${JSON.stringify(expression)}: ${error.message}`);
  }
}

function entryExpression(
  entry: ScheduledPartition,
  product: ScheduledProduct,
  tick: Date,
  zone: string,
): string {
  if (entry.key !== undefined) return entry.key;
  const date = `date=${resolveScheduledDate(entry.date ?? "yesterday", tick, zone)}`;
  if (entry.universe === undefined) return date;
  const universes = Array.isArray(entry.universe) ? entry.universe : [entry.universe];
  return schemeKindOf(product.partitions) === "universe-date"
    ? `universe=${universes.join(",")};${date}`
    : date;
}

/**
 * A scheduled time window without `partitions:` runs its latest complete period at the tick (as
 * the market-data team's layer runs yesterday), whether or not the window declares an end.
 */
function latestCompletePeriod(
  product: ScheduledProduct,
  tick: Date,
  zone: string,
): string | undefined {
  const scheme = schemeOf(product.partitions, tick);
  if (scheme.kind === "time") {
    const last = scheme.dimension.keys.at(-1);
    return last === undefined ? undefined : `date=${last}`;
  }
  if (scheme.kind !== "universe-date") return undefined;
  const yesterday = resolveScheduledDate("yesterday", tick, zone);
  return `date=${yesterday < scheme.window.end ? yesterday : scheme.window.end}`;
}

/** The partition expression a schedule stands for at `tick` (no partitions = the product's default). */
export function scheduleExpression(job: ScheduleJob, tick: Date): string | undefined {
  const entries = job.schedule.partitions;
  if (entries === undefined) return latestCompletePeriod(job.product, tick, job.schedule.timezone);
  return entries.map((e) => entryExpression(e, job.product, tick, job.schedule.timezone)).join("|");
}

/**
 * The schedules due: those whose cron string is `cron` (a scheduled tick), or named `schedule`
 * (a manual run). Dates resolve against the tick: the latest time at or before `now` when the cron
 * fires in the schedule's time zone (GitHub may start a run late), or `now` for a manual run.
 */
export function resolveDueSchedules(
  project: ScheduledProject,
  options: { cron?: string | undefined; schedule?: string | undefined; now: Date },
): DueRun[] {
  if (!options.cron && !options.schedule)
    throw new UsageError("give the tick's cron string or a schedule name");
  const jobs = scheduleJobs(project).filter((job) =>
    options.cron
      ? normaliseCron(job.schedule.cron) === normaliseCron(options.cron)
      : job.schedule.name === options.schedule,
  );
  const ingest = dueIngest(project.ingest ?? [], options);
  if (jobs.length === 0 && ingest.length === 0) {
    const what = options.cron ? `cron "${options.cron}"` : `name "${options.schedule}"`;
    throw new UsageError(`no schedule has the ${what}`);
  }
  const products = jobs.map((job) => {
    const { timezone } = job.schedule;
    const tick = options.cron
      ? (previousTick(job.schedule.cron, options.now, timezone) ?? options.now)
      : options.now;
    const partition = scheduleExpression(job, tick);
    const resolved = resolvePartitions(job.product, partition, { now: tick });
    return {
      job: job.jobId,
      kind: "product" as const,
      product: job.product.id,
      schedule: job.schedule.name,
      tick: tick.toISOString(),
      timezone,
      partition: partition ?? resolved.map((p) => p.key).join(","),
    };
  });
  return [...products, ...ingest];
}

/** The ingest schedules due, each with the version it ingests at the tick. */
function dueIngest(
  ingest: readonly IngestScheduleJob[],
  options: { cron?: string | undefined; schedule?: string | undefined; now: Date },
): DueRun[] {
  const due = ingest.filter(({ schedule }) =>
    options.cron
      ? normaliseCron(schedule.cron) === normaliseCron(options.cron)
      : schedule.name === options.schedule,
  );
  return due.map(({ jobId, schedule, templates }) => {
    const tick = options.cron
      ? (previousTick(schedule.cron, options.now, schedule.timezone) ?? options.now)
      : options.now;
    const version =
      schedule.version === "today" || schedule.version === "yesterday"
        ? resolveScheduledDate(schedule.version, tick, schedule.timezone)
        : schedule.version;
    return {
      job: jobId,
      kind: "ingest",
      product: templates.join(","),
      schedule: schedule.name,
      tick: tick.toISOString(),
      timezone: schedule.timezone,
      partition: version,
    };
  });
}
