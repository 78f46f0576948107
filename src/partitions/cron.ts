import { CronExpressionParser, type CronFieldCollection } from "cron-parser";
import { errorMessage, UsageError } from "../core/errors.js";

const DAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

interface FieldSpec {
  name: string;
  min: number;
  max: number;
  names?: string[];
}

const FIELDS: FieldSpec[] = [
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day of month", min: 1, max: 31 },
  { name: "month", min: 1, max: 12, names: MONTHS },
  { name: "day of week", min: 0, max: 7, names: DAYS },
];

export interface CronSchedule {
  minute: Set<number>;
  hour: Set<number>;
  dayOfMonth: Set<number>;
  month: Set<number>;
  dayOfWeek: Set<number>;
  /** POSIX: when both day fields are restricted, a day matches if either does. */
  dayOfMonthAny: boolean;
  dayOfWeekAny: boolean;
}

function allowed(spec: FieldSpec): string {
  const names = spec.names ? `, ${spec.names[0]}-${spec.names.at(-1)}` : "";
  return `allowed: ${spec.min}-${spec.max}${names}, *, lists (a,b), ranges (a-b) and steps (*/n, a-b/n)`;
}

/**
 * The values of one item of a field (`5`, `1-5`, `*\/15`, `MON-FRI`), expanded by cron-parser.
 * Items are expanded one at a time: cron-parser refuses a value listed twice (`0,7` in the day of
 * week), which POSIX cron and GitHub accept. Its extensions (L, W, #, H, ?) are not cron as
 * GitHub's `schedule:` reads it, so they are refused before it sees them.
 */
function itemValues(item: string, index: number, cron: string): number[] {
  const spec = FIELDS[index] as FieldSpec;
  const where = `cron ${JSON.stringify(cron)}: ${spec.name} ${JSON.stringify(item)}`;
  const words = item.match(/[a-z]+/gi) ?? [];
  if (!/^[0-9a-z*/-]+$/i.test(item) || words.some((w) => !spec.names?.includes(w.toUpperCase())))
    throw new UsageError(`${where} is not valid; ${allowed(spec)}`);
  const fields = ["*", "*", "*", "*", "*"];
  fields[index] = item;
  let parsed: CronFieldCollection;
  try {
    parsed = CronExpressionParser.parse(fields.join(" ")).fields;
  } catch (error) {
    throw new UsageError(itemProblem(where, item, spec, errorMessage(error)));
  }
  const field = [parsed.minute, parsed.hour, parsed.dayOfMonth, parsed.month, parsed.dayOfWeek][
    index
  ];
  return (field?.values ?? []).map((v) => (index === 4 && v === 7 ? 0 : Number(v)));
}

/** cron-parser's complaint about an item, in lifecycle's words. */
function itemProblem(where: string, item: string, spec: FieldSpec, reason: string): string {
  if (/Constraint error, got (value|range)/.test(reason))
    return `${where} is not in ${spec.min}-${spec.max}`;
  if (/Invalid range: .*min\(/.test(reason))
    return `${where}: the range runs backwards; write its low end first`;
  if (/repeat|step/i.test(reason)) return `${where}: bad step; ${allowed(spec)}`;
  return `${where} is not valid (${reason}); ${allowed(spec)}`;
}

function parseField(text: string, index: number, cron: string): Set<number> {
  const values = text.split(",").flatMap((item) => itemValues(item, index, cron));
  return new Set(values.sort((a, b) => a - b));
}

/** The macros Dagster and most crons accept; GitHub's `schedule:` does not, so they are expanded. */
export const CRON_MACROS: Readonly<Record<string, string>> = {
  "@yearly": "0 0 1 1 *",
  "@annually": "0 0 1 1 *",
  "@monthly": "0 0 1 * *",
  "@weekly": "0 0 * * 0",
  "@daily": "0 0 * * *",
  "@midnight": "0 0 * * *",
  "@hourly": "0 * * * *",
};

/** `@daily` and the other macros as 5 fields; anything else trimmed, fields single-spaced. */
export function expandCronMacro(cron: string): string {
  const trimmed = cron.trim();
  return CRON_MACROS[trimmed.toLowerCase()] ?? trimmed.split(/\s+/).join(" ");
}

/**
 * Parse a 5-field POSIX cron expression (names, lists, ranges and steps, as GitHub accepts) or a
 * macro. The ticks are lifecycle's own (time-window.ts): cron-parser's iterator runs a local time
 * repeated by a fall-back change at its first occurrence, Dagster at its second.
 */
export function parseCron(cron: string): CronSchedule {
  const fields = expandCronMacro(cron).split(" ");
  if (fields.length !== 5) throw new UsageError(`cron ${JSON.stringify(cron)}: expected 5 fields`);
  const sets = fields.map((f, i) => parseField(f, i, cron));
  const [minute, hour, dayOfMonth, month, dayOfWeek] = sets as [
    Set<number>,
    Set<number>,
    Set<number>,
    Set<number>,
    Set<number>,
  ];
  return {
    minute,
    hour,
    dayOfMonth,
    month,
    dayOfWeek,
    dayOfMonthAny: fields[2]?.startsWith("*") ?? true,
    dayOfWeekAny: fields[4]?.startsWith("*") ?? true,
  };
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: number;
}

export function wallClock(formatter: Intl.DateTimeFormat, instant: Date): WallClock {
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    weekday: DAYS.indexOf(String(parts.weekday).slice(0, 3).toUpperCase()),
  };
}

export function clockFormatter(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    weekday: "short",
  });
}

export function cronMatches(schedule: CronSchedule, clock: WallClock): boolean {
  if (
    !schedule.minute.has(clock.minute) ||
    !schedule.hour.has(clock.hour) ||
    !schedule.month.has(clock.month)
  ) {
    return false;
  }
  const dom = schedule.dayOfMonth.has(clock.day);
  const dow = schedule.dayOfWeek.has(clock.weekday);
  if (schedule.dayOfMonthAny || schedule.dayOfWeekAny) return dom && dow;
  return dom || dow;
}
