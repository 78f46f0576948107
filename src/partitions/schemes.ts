import { UsageError } from "../core/errors.js";
import {
  TIME_WINDOW_KINDS,
  type BatchFrequency,
  type DimensionConfig,
  type PartitionsConfig,
  type TimeWindowConfig,
} from "./config.js";
import { addDays, dateInTimeZone, toDayNumber } from "./dates.js";
import { validatePartitionKey } from "./keys.js";
import { timeWindowDefinition, timeWindows, type TimeWindow } from "./time-window.js";
import { buildUniversePartitions } from "./universe.js";

/** A closed date range and the time zone it was declared in. */
export interface DateWindow {
  start: string;
  /** Declared end, or yesterday in the time zone when none was declared. */
  end: string;
  /** The last date a key may name: the declared end, or today in the time zone. */
  limit: string;
  openEnded: boolean;
  timezone: string;
}

/** A time-window dimension: the windows that exist now, oldest first; `keys` in the same order. */
export interface TimeDimension {
  name: string;
  kind: "time";
  windows: TimeWindow[];
  keys: string[];
  /** No declared `end`: the window grows with time; by default only its latest partition runs. */
  openEnded: boolean;
}

export type Dimension = { name: string; kind: "static"; keys: string[] } | TimeDimension;

export type Scheme =
  | { kind: "dynamic" }
  | { kind: "static"; keys: string[] }
  | { kind: "time"; dimension: TimeDimension }
  | { kind: "multi"; dimensions: Dimension[] }
  | { kind: "universe-date"; universes: string[]; window: DateWindow; batch: BatchFrequency };

export const SCHEME_KINDS = ["dynamic", "static", "time", "multi", "universe-date"] as const;

/** `end` of a window, or the day before `now` in its time zone (the last complete day). */
export function closeWindow(
  config: { start: string; end?: string | undefined; timezone: string },
  now: Date,
): DateWindow {
  const today = dateInTimeZone(now, config.timezone);
  const end = config.end ?? addDays(today, -1);
  if (toDayNumber(end) < toDayNumber(config.start)) {
    throw new UsageError(
      `date window ${config.start}..${end} (${config.timezone}) has no complete day yet`,
    );
  }
  return {
    start: config.start,
    end,
    limit: config.end ?? today,
    openEnded: config.end === undefined,
    timezone: config.timezone,
  };
}

export function isTimeWindowConfig(config: object): config is TimeWindowConfig {
  return TIME_WINDOW_KINDS.some((kind) => kind in config);
}

/** A time-window dimension as it stands at `now`. */
export function timeDimension(name: string, config: TimeWindowConfig, now: Date): TimeDimension {
  const definition = timeWindowDefinition(config);
  const windows = timeWindows(definition, now);
  return {
    name,
    kind: "time",
    windows,
    keys: windows.map((w) => w.key),
    openEnded: definition.end === undefined,
  };
}

function dimensionOf(name: string, config: DimensionConfig, now: Date): Dimension {
  if (Array.isArray(config)) return { name, kind: "static", keys: config };
  if ("static" in config) return { name, kind: "static", keys: config.static };
  const dimension = timeDimension(name, config, now);
  const withColon = dimension.keys.find((k) => k.includes(":"));
  if (withColon !== undefined) {
    throw new UsageError(
      `dimension ${name}: key ${JSON.stringify(withColon)} contains ":", which joins the dimensions of a key; give the window a fmt without ":", e.g. "%Y-%m-%dT%H%M"`,
    );
  }
  return dimension;
}

export type SchemeKind = (typeof SCHEME_KINDS)[number];

/** The kind of scheme a product's `partitions:` declares, without resolving any date window. */
export function schemeKindOf(config: PartitionsConfig | undefined): SchemeKind {
  if (config === undefined || config === "dynamic") return "dynamic";
  if (Array.isArray(config) || "static" in config) return "static";
  if (isTimeWindowConfig(config)) return "time";
  if ("dimensions" in config) return "multi";
  return "universe-date";
}

/** The scheme a product's `partitions:` declares; absent means dynamic. */
export function schemeOf(config: PartitionsConfig | undefined, now: Date = new Date()): Scheme {
  if (config === undefined || config === "dynamic") return { kind: "dynamic" };
  if (Array.isArray(config))
    return { kind: "static", keys: config.map((k) => validatePartitionKey(k)) };
  if ("static" in config)
    return { kind: "static", keys: config.static.map((k) => validatePartitionKey(k)) };
  if (isTimeWindowConfig(config))
    return { kind: "time", dimension: timeDimension("date", config, now) };
  if ("dimensions" in config) {
    const dimensions = Object.entries(config.dimensions).map(([name, d]) =>
      dimensionOf(name, d, now),
    );
    return { kind: "multi", dimensions };
  }
  return {
    kind: "universe-date",
    universes: buildUniversePartitions(config.universe),
    window: closeWindow(config.date, now),
    batch: config.date.batch,
  };
}

/** Names a selection expression may use for this scheme. */
export function dimensionNames(scheme: Scheme): string[] {
  switch (scheme.kind) {
    case "dynamic":
    case "static":
      return [];
    case "time":
      return [scheme.dimension.name];
    case "multi":
      return scheme.dimensions.map((d) => d.name);
    case "universe-date":
      return ["universe", "date", "batch"];
  }
}

export function describeAllowed(values: readonly string[], limit = 12): string {
  const shown = values.slice(0, limit).join(", ");
  return values.length > limit ? `${shown}, ... (${values.length} in all)` : shown;
}

/** Throws unless `date` is a date inside the window. */
export function checkDateInWindow(date: string, window: DateWindow, what: string): string {
  const day = toDayNumber(date);
  if (day < toDayNumber(window.start) || day > toDayNumber(window.limit)) {
    const open = window.openEnded ? ` (today in ${window.timezone})` : "";
    throw new UsageError(`${what} ${date} is outside ${window.start}..${window.limit}${open}`);
  }
  return date;
}

/** Every value of a dimension. */
export function allValues(dimension: Dimension): string[] {
  return dimension.keys;
}

/** Throws unless `value` is one of the dimension's values. */
export function checkValue(dimension: Dimension, value: string): string {
  if (dimension.keys.includes(value)) return value;
  if (dimension.kind === "time") {
    const { keys } = dimension;
    const span =
      keys.length === 0
        ? "none exist yet"
        : `they run from ${keys[0]} to ${keys.at(-1)} (${keys.length})`;
    throw new UsageError(
      `${dimension.name} ${JSON.stringify(value)} is not a partition of its time window; ${span}`,
    );
  }
  throw new UsageError(
    `${dimension.name} ${JSON.stringify(value)} is not declared; allowed: ${describeAllowed(dimension.keys)}`,
  );
}

/** The keys of a time dimension from `from` to `to`, inclusive, in time order. */
export function valuesBetween(dimension: TimeDimension, from: string, to: string): string[] {
  const first = dimension.keys.indexOf(checkValue(dimension, from));
  const last = dimension.keys.indexOf(checkValue(dimension, to));
  if (last < first) throw new UsageError(`${dimension.name} range ${from}..${to} runs backwards`);
  return dimension.keys.slice(first, last + 1);
}
