import { UsageError } from "../core/errors.js";
import { isIsoDate, type BatchFrequency } from "./config.js";

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
export function toDayNumber(date: string): number {
  if (!isIsoDate(date))
    throw new UsageError(`${JSON.stringify(date)} is not a date; expected YYYY-MM-DD`);
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

export function daysBetweenInclusive(start: string, end: string): number {
  return toDayNumber(end) - toDayNumber(start) + 1;
}

/** Every date from start to end, inclusive. */
export function eachDay(start: string, end: string): string[] {
  const out: string[] = [];
  for (let day = toDayNumber(start); day <= toDayNumber(end); day += 1)
    out.push(fromDayNumber(day));
  return out;
}

/** The calendar date at `instant` in `timeZone`, as YYYY-MM-DD. */
export function dateInTimeZone(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/**
 * The frequency the range's length picks, measured as the market-data team's layer measures it,
 * `end - start` in days (so 2025-01-01..2025-01-08 is 7 days): <=7 one batch, <=60 W, <=180 2W,
 * <=730 M, else A.
 */
export function automaticFrequency(start: string, end: string): BatchFrequency | "single" {
  const days = toDayNumber(end) - toDayNumber(start);
  if (days <= 7) return "single";
  if (days <= 60) return "W";
  if (days <= 180) return "2W";
  if (days <= 730) return "M";
  return "A";
}

/** Start of the batch period that contains `day` (a day number). */
function nextBoundary(day: number, frequency: BatchFrequency, anchorMonday: number): number {
  const date = new Date(day * DAY_MS);
  const year = date.getUTCFullYear();
  switch (frequency) {
    case "W":
      return day + 7 - ((day - anchorMonday) % 7);
    case "2W":
      return day + 14 - ((day - anchorMonday) % 14);
    case "M":
      return Math.round(Date.UTC(year, date.getUTCMonth() + 1, 1) / DAY_MS);
    case "A":
      return Math.round(Date.UTC(year + 1, 0, 1) / DAY_MS);
    case "auto":
      throw new Error("resolve 'auto' before computing boundaries");
  }
}

/** 1970-01-01 was a Thursday; the Monday on or before `day`. */
export function mondayOnOrBefore(day: number): number {
  return day - ((day + 3) % 7);
}

export interface DateBatch {
  start: string;
  end: string;
}

/**
 * Split [start, end] into batches: Monday-aligned weeks (W), two weeks counted from the Monday of
 * the start's week (2W), calendar months (M), calendar years (A), or by the range's length (auto).
 * Every batch is clamped to the range.
 */
export function splitDateRange(
  start: string,
  end: string,
  frequency: BatchFrequency = "auto",
): DateBatch[] {
  const first = toDayNumber(start);
  const last = toDayNumber(end);
  if (last < first) throw new UsageError(`date range ${start}..${end} ends before it starts`);
  const chosen = frequency === "auto" ? automaticFrequency(start, end) : frequency;
  if (chosen === "single") return [{ start, end }];
  const anchor = mondayOnOrBefore(first);
  const batches: DateBatch[] = [];
  for (let day = first; day <= last;) {
    const next = nextBoundary(day, chosen, anchor);
    batches.push({ start: fromDayNumber(day), end: fromDayNumber(Math.min(next - 1, last)) });
    day = next;
  }
  return batches;
}
