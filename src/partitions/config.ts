import { z } from "zod";
import { errorMessage } from "../core/errors.js";
import { CRON_MACROS, parseCron } from "./cron.js";

/** Characters a partition key (or one dimension's key) may use; see keys.ts for the full rules. */
export const KEY_CHARS = "A-Z a-z 0-9 . _ - = +";
const KEY_VALUE = /^[A-Za-z0-9._=+-]+$/;
const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const isoDate = z.string().refine(isIsoDate, { message: "expected a date YYYY-MM-DD" });
const timeZone = z
  .string()
  .refine(isTimeZone, { message: "expected an IANA time zone such as UTC or Europe/London" })
  .default("UTC");
const keyValue = z
  .string()
  .min(1)
  .max(100)
  .regex(KEY_VALUE, { message: `expected 1-100 characters from ${KEY_CHARS}` })
  .refine((v) => v !== "." && v !== ".." && !v.includes(".."), {
    message: `must not contain ".."`,
  });
const dimensionName = z
  .string()
  .regex(NAME, { message: "expected a name: a letter, then letters, digits or _" });

const offset = (max: number, min = 0) => z.number().int().min(min).max(max);
/** Fields every time window has; `end` is exclusive, as in Dagster. */
const windowFields = {
  start: z.string().min(1),
  end: z.string().min(1).optional(),
  timezone: timeZone,
  end_offset: z.number().int().default(0),
  fmt: z.string().min(1).optional(),
};
export const HourlyWindowSchema = z.strictObject({
  ...windowFields,
  minute_offset: offset(59).default(0),
});
export const DailyWindowSchema = z.strictObject({
  ...windowFields,
  minute_offset: offset(59).default(0),
  hour_offset: offset(23).default(0),
});
export const WeeklyWindowSchema = z.strictObject({
  ...windowFields,
  minute_offset: offset(59).default(0),
  hour_offset: offset(23).default(0),
  day_offset: offset(6).default(0),
});
export const MonthlyWindowSchema = z.strictObject({
  ...windowFields,
  minute_offset: offset(59).default(0),
  hour_offset: offset(23).default(0),
  day_offset: offset(31, 1).default(1),
});
const CRON_FIELD = /^[0-9*,/\-A-Za-z?]+$/;
const CRON_SHAPE = `expected 5 cron fields "minute hour day-of-month month day-of-week", e.g. "0 6 * * 1-5", or one of @hourly @daily @midnight @weekly @monthly @yearly @annually`;

/** A cron as GitHub's `schedule:` takes it; a bad field is reported where the YAML has it. */
const cron = z.string().superRefine((value, ctx) => {
  const problem = cronProblem(value);
  if (problem !== undefined) ctx.addIssue({ code: "custom", message: problem });
});

function cronProblem(value: string): string | undefined {
  if (/^@[a-z]+$/i.test(value.trim()))
    return value.trim().toLowerCase() in CRON_MACROS ? undefined : CRON_SHAPE;
  const fields = value.trim().split(/\s+/);
  if (fields.length !== 5 || !fields.every((f) => CRON_FIELD.test(f))) return CRON_SHAPE;
  try {
    parseCron(value);
  } catch (error) {
    return errorMessage(error);
  }
  return undefined;
}

export const CronWindowSchema = z.strictObject({ ...windowFields, schedule: cron });
/**
 * `{ hourly | daily | weekly | monthly: { start, end?, timezone?, end_offset?, fmt?, *_offset? } }`
 * or `{ cron: { schedule, start, ... } }`: Dagster's time-window partitions (end exclusive).
 */
export const TimeWindowSchema = z.union([
  z.strictObject({ hourly: HourlyWindowSchema }),
  z.strictObject({ daily: DailyWindowSchema }),
  z.strictObject({ weekly: WeeklyWindowSchema }),
  z.strictObject({ monthly: MonthlyWindowSchema }),
  z.strictObject({ cron: CronWindowSchema }),
]);
export const TIME_WINDOW_KINDS = ["hourly", "daily", "weekly", "monthly", "cron"] as const;
export const StaticListSchema = z.array(keyValue).min(1);
export const StaticSchema = z.strictObject({ static: StaticListSchema });

/** One dimension of a multi-dimensional scheme: a static list, or daily windows. */
export const DimensionSchema = z.union([StaticListSchema, StaticSchema, TimeWindowSchema]);
export const MultiDimensionalSchema = z.strictObject({
  dimensions: z
    .record(dimensionName, DimensionSchema)
    .refine((d) => Object.keys(d).length > 0, { message: "expected at least one dimension" }),
});

const specList = z.array(keyValue).min(1);
/** Structured universes (issue 6); `buildUniversePartitions` turns them into spec strings. */
export const MicUniverseSchema = z.strictObject({
  mic: specList,
  whitelist: specList.optional(),
  blacklist: z.array(keyValue).optional(),
});
export const IndexUniverseSchema = z.strictObject({ index: specList });
/** Operating MICs (`{opol: [XLON]}` → `opol=XLON`), as the market-data team's layer has them. */
export const OpolUniverseSchema = z.strictObject({ opol: specList });
export const CustomUniverseSchema = z.strictObject({
  custom: dimensionName,
  values: specList.optional(),
});
const simpleUniverse = z.union([
  keyValue,
  MicUniverseSchema,
  OpolUniverseSchema,
  IndexUniverseSchema,
  CustomUniverseSchema,
]);
export const ProductUniverseSchema = z.strictObject({ product: z.array(simpleUniverse).min(2) });
export const UniverseEntrySchema = z.union([simpleUniverse, ProductUniverseSchema]);

export const BATCH_FREQUENCIES = ["W", "2W", "M", "A", "auto"] as const;
export const DateRangeSchema = z.strictObject({
  start: isoDate,
  end: isoDate.optional(),
  timezone: timeZone,
  batch: z.enum(BATCH_FREQUENCIES).default("auto"),
});
export const UniverseDateSchema = z.strictObject({
  universe: z.array(UniverseEntrySchema).min(1),
  date: DateRangeSchema,
});

/**
 * A product's `partitions:` field. Absent (or `dynamic`) = dynamic `<version>-<note>` keys; a list
 * or `{ static: [...] }`; `{ daily: {...} }`; `{ dimensions: { name: ..., ... } }`; or
 * `{ universe: [...], date: {...} }`.
 */
export const PartitionsConfigSchema = z.union([
  z.literal("dynamic"),
  StaticListSchema,
  StaticSchema,
  TimeWindowSchema,
  MultiDimensionalSchema,
  UniverseDateSchema,
]);

export type PartitionsConfig = z.infer<typeof PartitionsConfigSchema>;
export type DimensionConfig = z.infer<typeof DimensionSchema>;
export type TimeWindowConfig = z.infer<typeof TimeWindowSchema>;
export type UniverseEntry = z.infer<typeof UniverseEntrySchema>;
export type DateRangeConfig = z.infer<typeof DateRangeSchema>;
export type BatchFrequency = (typeof BATCH_FREQUENCIES)[number];

/** `date` of a scheduled partition: resolved at the tick, in the schedule's time zone. */
export const ScheduledDateSchema = z.union([z.literal("yesterday"), z.literal("today"), isoDate]);
export const ScheduledPartitionSchema = z.strictObject({
  date: ScheduledDateSchema.optional(),
  universe: z.union([keyValue, z.array(keyValue).min(1)]).optional(),
  key: z.string().min(1).optional(),
});
export const ScheduleSchema = z.strictObject({
  name: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]*$/, { message: "expected lower-case letters, digits, _ or -" }),
  cron,
  timezone: timeZone,
  partitions: z.array(ScheduledPartitionSchema).min(1).optional(),
});
/** A product's `schedules:` field. */
export const SchedulesConfigSchema = z.array(ScheduleSchema);

/**
 * One of lifecycle.yml's `ingest_schedules:`: which templates to ingest at each tick (ids,
 * `inputs:<product>`, `tag:<tag>` = the inputs of the products with that tag, or `*`), and the
 * version to ingest them at (`today`, `yesterday` in the schedule's time zone, or a fixed text).
 */
export const IngestScheduleSchema = z.strictObject({
  name: ScheduleSchema.shape.name,
  cron,
  timezone: timeZone,
  templates: z.array(z.string().min(1)).min(1),
  version: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
      message: "expected today, yesterday or a version such as 2025-01-15 or 25v1",
    })
    .default("today"),
});
export const IngestSchedulesSchema = z.array(IngestScheduleSchema);

export type ScheduledDate = z.infer<typeof ScheduledDateSchema>;
export type ScheduledPartition = z.infer<typeof ScheduledPartitionSchema>;
export type ScheduleConfig = z.infer<typeof ScheduleSchema>;
export type SchedulesConfig = z.infer<typeof SchedulesConfigSchema>;
export type IngestScheduleConfig = z.infer<typeof IngestScheduleSchema>;
