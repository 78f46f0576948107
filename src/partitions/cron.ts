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

/** Parse a 5-field POSIX cron expression (names, lists, ranges and steps, as GitHub accepts). */
export function parseCron(cron: string): CronSchedule {
  const fields = cron.trim().split(/\s+/);
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

function wallMinutes(clock: WallClock): number {
  return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute) / 60_000;
}

function clockAt(minutes: number): WallClock {
  const date = new Date(minutes * 60_000);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    weekday: date.getUTCDay(),
  };
}

/** Did the cron fall in local times that a clock change skipped (between `before` and `after`)? */
function firedInGap(schedule: CronSchedule, before: WallClock, after: WallClock): boolean {
  for (let m = wallMinutes(before) + 1; m < wallMinutes(after); m += 1) {
    if (cronMatches(schedule, clockAt(m))) return true;
  }
  return false;
}

/**
 * The latest instant at or before `now` (to the minute) when `cron` fires in `timeZone`, looking
 * back at most `maxDays`; undefined when it did not fire in that time. A local time skipped by a
 * daylight-saving change fires at the first minute after the change, as GitHub does.
 */
export function previousTick(
  cron: string,
  now: Date,
  timeZone: string,
  maxDays = 8,
): Date | undefined {
  const schedule = parseCron(cron);
  const formatter = clockFormatter(timeZone);
  const start = Math.floor(now.getTime() / 60_000) * 60_000;
  let later: WallClock | undefined;
  for (let t = start; t > start - maxDays * 86_400_000; t -= 60_000) {
    const current = wallClock(formatter, new Date(t));
    const gap = later !== undefined && wallMinutes(later) - wallMinutes(current) > 1;
    if (later !== undefined && gap && firedInGap(schedule, current, later))
      return new Date(t + 60_000);
    if (cronMatches(schedule, current)) return new Date(t);
    later = current;
  }
  return undefined;
}
