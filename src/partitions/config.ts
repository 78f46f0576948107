import { z } from "zod";

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

/** `daily: { start, end?, timezone? }`: one partition per calendar day; no `end` = up to yesterday. */
export const DailyWindowSchema = z.strictObject({
  start: isoDate,
  end: isoDate.optional(),
  timezone: timeZone,
});
export const TimeWindowSchema = z.strictObject({ daily: DailyWindowSchema });
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
export const CustomUniverseSchema = z.strictObject({
  custom: dimensionName,
  values: specList.optional(),
});
const simpleUniverse = z.union([
  keyValue,
  MicUniverseSchema,
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
export type DailyWindowConfig = z.infer<typeof DailyWindowSchema>;
export type UniverseEntry = z.infer<typeof UniverseEntrySchema>;
export type DateRangeConfig = z.infer<typeof DateRangeSchema>;
export type BatchFrequency = (typeof BATCH_FREQUENCIES)[number];

const CRON_FIELD = /^[0-9*,/\-A-Za-z?]+$/;
const cron = z.string().refine((c) => isCron(c), {
  message: `expected 5 cron fields "minute hour day-of-month month day-of-week", e.g. "0 6 * * 1-5"`,
});

function isCron(value: string): boolean {
  const fields = value.trim().split(/\s+/);
  return fields.length === 5 && fields.every((f) => CRON_FIELD.test(f));
}

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

export type ScheduledDate = z.infer<typeof ScheduledDateSchema>;
export type ScheduledPartition = z.infer<typeof ScheduledPartitionSchema>;
export type ScheduleConfig = z.infer<typeof ScheduleSchema>;
export type SchedulesConfig = z.infer<typeof SchedulesConfigSchema>;
