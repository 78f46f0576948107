import { UsageError } from "../core/errors.js";
import type { TimeWindowConfig } from "./config.js";
import {
  clockFormatter,
  cronMatches,
  expandCronMacro,
  parseCron,
  wallClock,
  type CronSchedule,
} from "./cron.js";

/**
 * Time-window partitions as Dagster defines them (`TimeWindowPartitionsDefinition`): a partition
 * starts at each tick of `cron` in `timezone`, from the first tick at or after `start`, and ends at
 * the next tick. A partition exists once it has ended (`end_offset` shifts that by whole
 * partitions); `end` is exclusive: a partition exists only if it ends at or before `end`.
 * Daylight saving: a tick at a local time that does not exist runs at the first instant after the
 * change; a local time that happens twice gives two ticks when the cron fires every hour, else one
 * (the second occurrence). Keys are the window's start formatted with `fmt` (strftime subset);
 * a key repeated by a fall-back hour gets the UTC offset appended, as Dagster does (`-0600`).
 */
export interface TimeWindowDefinition {
  cron: string;
  timezone: string;
  fmt: string;
  /** Epoch minutes. */
  start: number;
  /** Epoch minutes, exclusive. */
  end?: number | undefined;
  endOffset: number;
}

export interface TimeWindow {
  key: string;
  /** ISO instants. */
  start: string;
  end: string;
}

const MINUTE_MS = 60_000;
const DAY_MINUTES = 1440;
/** A window list longer than this is a mistake in the definition (say, minutely over years). */
const MAX_WINDOWS = 200_000;

interface Zone {
  formatter: Intl.DateTimeFormat;
  cache: Map<number, number>;
}

function zoneOf(timezone: string): Zone {
  return { formatter: clockFormatter(timezone), cache: new Map() };
}

/** Local wall time at an instant, as minutes since 1970-01-01T00:00 of that wall clock. */
function localMinutes(zone: Zone, instant: number): number {
  const cached = zone.cache.get(instant);
  if (cached !== undefined) return cached;
  const c = wallClock(zone.formatter, new Date(instant * MINUTE_MS));
  const value = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute) / MINUTE_MS;
  zone.cache.set(instant, value);
  return value;
}

/** The instants (epoch minutes) whose local wall time is `wall`: none in a gap, two in an overlap. */
function instantsAt(zone: Zone, wall: number): number[] {
  const guesses = new Set(
    [wall - DAY_MINUTES, wall + DAY_MINUTES].map(
      (probe) => wall - (localMinutes(zone, probe) - probe),
    ),
  );
  return [...guesses].filter((t) => localMinutes(zone, t) === wall).sort((a, b) => a - b);
}

/** The first instant whose local time is at or after `wall` (the end of a daylight-saving gap). */
function firstInstantAfterGap(zone: Zone, wall: number): number {
  let low = wall - (localMinutes(zone, wall + DAY_MINUTES) - (wall + DAY_MINUTES)) - 120;
  let high = wall - (localMinutes(zone, wall - DAY_MINUTES) - (wall - DAY_MINUTES)) + 120;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (localMinutes(zone, mid) >= wall) high = mid;
    else low = mid;
  }
  return high;
}

/** The earliest instant at local wall time `wall`, or the end of the gap that skips it. */
export function wallToInstant(zone: Zone, wall: number): number {
  return instantsAt(zone, wall)[0] ?? firstInstantAfterGap(zone, wall);
}

function firesEveryHour(schedule: CronSchedule): boolean {
  return schedule.hour.size === 24;
}

function sortedValues(set: Set<number>): number[] {
  return [...set].sort((a, b) => a - b);
}

/** The ticks of one local day (wall-day number), as instants in order. */
function ticksOfDay(zone: Zone, schedule: CronSchedule, day: number): number[] {
  const date = new Date(day * DAY_MINUTES * MINUTE_MS);
  const clock = {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: 0,
    minute: 0,
    weekday: date.getUTCDay(),
  };
  const anyHour = sortedValues(schedule.hour)[0] ?? 0;
  const anyMinute = sortedValues(schedule.minute)[0] ?? 0;
  if (!cronMatches(schedule, { ...clock, hour: anyHour, minute: anyMinute })) return [];
  const ticks: number[] = [];
  for (const hour of sortedValues(schedule.hour)) {
    for (const minute of sortedValues(schedule.minute)) {
      const wall = day * DAY_MINUTES + hour * 60 + minute;
      const instants = instantsAt(zone, wall);
      if (instants.length === 0) ticks.push(firstInstantAfterGap(zone, wall));
      else if (instants.length > 1 && !firesEveryHour(schedule)) ticks.push(instants.at(-1) ?? 0);
      else ticks.push(...instants);
    }
  }
  return ticks.sort((a, b) => a - b);
}

/** Ticks at or after `from`, in order, without repeats (ends after 8 years without one). */
function* ticksFrom(zone: Zone, schedule: CronSchedule, from: number): Generator<number> {
  let last = -Infinity;
  let day = Math.floor(localMinutes(zone, from) / DAY_MINUTES) - 1;
  for (let emptyDays = 0; emptyDays < 366 * 8; day += 1) {
    emptyDays += 1;
    for (const tick of ticksOfDay(zone, schedule, day)) {
      if (tick < from || tick <= last) continue;
      emptyDays = 0;
      last = tick;
      yield tick;
    }
  }
}

/**
 * The latest tick of `cron` in `timeZone` at or before `now` (to the minute), looking back at most
 * `maxDays`, with the daylight-saving rules above: a skipped local time fires at the first instant
 * after the change; a repeated one fires once (the second occurrence) unless the cron fires every
 * hour.
 */
export function previousTick(
  cron: string,
  now: Date,
  timeZone: string,
  maxDays = 8,
): Date | undefined {
  const zone = zoneOf(timeZone);
  const nowMinutes = Math.floor(now.getTime() / MINUTE_MS);
  let latest: number | undefined;
  for (const tick of ticksFrom(zone, parseCron(cron), nowMinutes - maxDays * DAY_MINUTES)) {
    if (tick > nowMinutes) break;
    latest = tick;
  }
  return latest === undefined ? undefined : new Date(latest * MINUTE_MS);
}

/** The windows that exist at `now`, oldest first. */
export function timeWindows(definition: TimeWindowDefinition, now: Date): TimeWindow[] {
  const zone = zoneOf(definition.timezone);
  const schedule = parseCron(definition.cron);
  const nowMinutes = Math.floor(now.getTime() / MINUTE_MS);
  const ticks: number[] = [];
  let atOrBeforeNow = 0;
  for (const tick of ticksFrom(zone, schedule, definition.start)) {
    if (definition.end !== undefined && tick > definition.end) break;
    if (tick <= nowMinutes) atOrBeforeNow += 1;
    else if (ticks.length >= atOrBeforeNow + Math.max(definition.endOffset, 0)) break;
    ticks.push(tick);
    if (ticks.length > MAX_WINDOWS)
      throw new UsageError(`time window ${definition.cron} has over ${MAX_WINDOWS} partitions`);
  }
  const ended = Math.max(atOrBeforeNow - 1, 0);
  const count = Math.min(Math.max(ended + definition.endOffset, 0), ticks.length - 1);
  return windowsOf(zone, definition, ticks.slice(0, count + 1));
}

function windowsOf(zone: Zone, definition: TimeWindowDefinition, ticks: number[]): TimeWindow[] {
  const windows: TimeWindow[] = [];
  for (let i = 0; i + 1 < ticks.length; i += 1) {
    const start = ticks[i] ?? 0;
    let key = formatKey(definition.fmt, localMinutes(zone, start));
    if (windows.at(-1)?.key === key) key += utcOffset(localMinutes(zone, start) - start);
    windows.push({ key, start: iso(start), end: iso(ticks[i + 1] ?? 0) });
  }
  return windows;
}

function iso(minutes: number): string {
  return new Date(minutes * MINUTE_MS).toISOString();
}

function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

const FORMAT_CODES: Record<string, (d: Date) => string> = {
  Y: (d) => pad(d.getUTCFullYear(), 4),
  m: (d) => pad(d.getUTCMonth() + 1),
  d: (d) => pad(d.getUTCDate()),
  H: (d) => pad(d.getUTCHours()),
  M: (d) => pad(d.getUTCMinutes()),
  S: () => "00",
  "%": () => "%",
};

/** strftime with %Y %m %d %H %M %S %%, applied to a wall time in minutes. */
export function formatKey(fmt: string, wall: number): string {
  const date = new Date(wall * MINUTE_MS);
  return fmt.replace(/%(.)/g, (whole, code: string) => {
    const format = FORMAT_CODES[code];
    if (!format)
      throw new UsageError(
        `key format ${JSON.stringify(fmt)}: %${code} is not supported; use %Y %m %d %H %M %S`,
      );
    return format(date);
  });
}

/** Parse `text` written with `fmt` (or as ISO `YYYY-MM-DD[THH:MM]`) into a wall time in minutes. */
export function parseWallTime(text: string, fmt: string): number | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (iso) return wallFrom(iso.slice(1, 6).map((v) => Number(v ?? 0)));
  const fields: string[] = [];
  const pattern = fmt
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/%(.)/g, (_w, code: string) => {
      fields.push(code);
      return code === "Y" ? "(\\d{4})" : code === "%" ? "%" : "(\\d{2})";
    });
  const match = new RegExp(`^${pattern}$`).exec(text);
  if (!match) return undefined;
  const parts: Record<string, number> = { Y: 1970, m: 1, d: 1, H: 0, M: 0 };
  fields.filter((f) => f !== "%").forEach((code, i) => (parts[code] = Number(match[i + 1])));
  return wallFrom([parts.Y, parts.m, parts.d, parts.H, parts.M].map((v) => v ?? 0));
}

function wallFrom([year = 1970, month = 1, day = 1, hour = 0, minute = 0]: number[]):
  number | undefined {
  const ms = Date.UTC(year, month - 1, day, hour, minute);
  const back = new Date(ms);
  if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day || hour > 23 || minute > 59)
    return undefined;
  return ms / MINUTE_MS;
}

/** The instant (epoch minutes) that a wall time names in a time zone. */
export function instantOfWall(wall: number, timezone: string): number {
  return wallToInstant(zoneOf(timezone), wall);
}

export const HOURLY_FORMAT = "%Y-%m-%d-%H:%M";
export const DAILY_FORMAT = "%Y-%m-%d";

/** The cron and default key format each kind of window stands for, with Dagster's offsets. */
function cronOf(config: TimeWindowConfig): { cron: string; fmt: string } {
  if ("hourly" in config)
    return { cron: `${config.hourly.minute_offset} * * * *`, fmt: HOURLY_FORMAT };
  if ("daily" in config) {
    const d = config.daily;
    return { cron: `${d.minute_offset} ${d.hour_offset} * * *`, fmt: DAILY_FORMAT };
  }
  if ("weekly" in config) {
    const w = config.weekly;
    return { cron: `${w.minute_offset} ${w.hour_offset} * * ${w.day_offset}`, fmt: DAILY_FORMAT };
  }
  if ("monthly" in config) {
    const m = config.monthly;
    return { cron: `${m.minute_offset} ${m.hour_offset} ${m.day_offset} * *`, fmt: DAILY_FORMAT };
  }
  const schedule = parseCron(config.cron.schedule);
  const daily = schedule.hour.size === 1 && schedule.minute.size === 1;
  return { cron: expandCronMacro(config.cron.schedule), fmt: daily ? DAILY_FORMAT : HOURLY_FORMAT };
}

export function windowFieldsOf(config: TimeWindowConfig) {
  if ("hourly" in config) return config.hourly;
  if ("daily" in config) return config.daily;
  if ("weekly" in config) return config.weekly;
  if ("monthly" in config) return config.monthly;
  return config.cron;
}

/** The definition a `partitions:` time window declares. */
export function timeWindowDefinition(config: TimeWindowConfig): TimeWindowDefinition {
  const { cron, fmt: defaultFormat } = cronOf(config);
  const fields = windowFieldsOf(config);
  const fmt = fields.fmt ?? defaultFormat;
  formatKey(fmt, 0);
  const instant = (what: "start" | "end", text: string) => {
    const wall = parseWallTime(text, fmt);
    if (wall === undefined) {
      throw new UsageError(
        `time window ${what} ${JSON.stringify(text)} is not a date: expected YYYY-MM-DD, YYYY-MM-DDTHH:MM or the key format ${JSON.stringify(fmt)}`,
      );
    }
    return instantOfWall(wall, fields.timezone);
  };
  const start = instant("start", fields.start);
  const end = fields.end === undefined ? undefined : instant("end", fields.end);
  if (end !== undefined && end <= start)
    throw new UsageError(`time window end ${fields.end} is not after its start ${fields.start}`);
  return { cron, timezone: fields.timezone, fmt, start, end, endOffset: fields.end_offset };
}
