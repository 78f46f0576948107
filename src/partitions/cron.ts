import { UsageError } from "../core/errors.js";

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const DAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

interface FieldSpec {
  name: string;
  min: number;
  max: number;
  names?: string[];
  namesStart?: number;
}

const FIELDS: FieldSpec[] = [
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day of month", min: 1, max: 31 },
  { name: "month", min: 1, max: 12, names: MONTHS, namesStart: 1 },
  { name: "day of week", min: 0, max: 7, names: DAYS, namesStart: 0 },
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

function parseNumber(text: string, spec: FieldSpec, cron: string): number {
  const index = spec.names?.indexOf(text.toUpperCase()) ?? -1;
  const value =
    index >= 0 ? index + (spec.namesStart ?? 0) : /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(value) || value < spec.min || value > spec.max) {
    throw new UsageError(
      `cron ${JSON.stringify(cron)}: ${spec.name} ${JSON.stringify(text)} is not in ${spec.min}-${spec.max}`,
    );
  }
  return value;
}

function parseField(text: string, spec: FieldSpec, cron: string): Set<number> {
  const values = new Set<number>();
  for (const part of text.split(",")) {
    const [range = "", stepText] = part.split("/");
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1)
      throw new UsageError(`cron ${JSON.stringify(cron)}: bad step in ${JSON.stringify(part)}`);
    let [low, high] = [spec.min, spec.max];
    if (range !== "*") {
      const [from = "", to] = range.split("-");
      low = parseNumber(from, spec, cron);
      high =
        to === undefined ? (stepText === undefined ? low : spec.max) : parseNumber(to, spec, cron);
    }
    if (high < low)
      throw new UsageError(
        `cron ${JSON.stringify(cron)}: range ${JSON.stringify(range)} runs backwards`,
      );
    for (let v = low; v <= high; v += step)
      values.add(spec.name === "day of week" && v === 7 ? 0 : v);
  }
  return values;
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

/** Parse a 5-field POSIX cron expression (names, lists, ranges and steps, as GitHub accepts) or a macro. */
export function parseCron(cron: string): CronSchedule {
  const fields = expandCronMacro(cron).split(" ");
  if (fields.length !== 5) throw new UsageError(`cron ${JSON.stringify(cron)}: expected 5 fields`);
  const sets = fields.map((f, i) => parseField(f, FIELDS[i] as FieldSpec, cron));
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
