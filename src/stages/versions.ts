import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { isNotFound } from "../config/settings.js";

/**
 * Orders dataset versions oldest first with a natural sort: each version is split into runs of
 * digits and runs of other characters; digit runs compare as numbers, other runs as text, and a
 * version that is a prefix of another is older. So `20240105 < 20240524`, `24v4 < 24v10`,
 * `2025.1.9 < 2025.1.10`, `2024-01-31 < 2024-02-01`. Suffixes such as `-rc1` are not special.
 */
export function compareVersions(a: string, b: string): number {
  const left = versionParts(a);
  const right = versionParts(b);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const order = compareParts(left[i] ?? "", right[i] ?? "");
    if (order !== 0) return order;
  }
  return left.length - right.length || (a < b ? -1 : a > b ? 1 : 0);
}

function versionParts(version: string): string[] {
  return version.match(/\d+|\D+/g) ?? [];
}

function compareParts(a: string, b: string): number {
  const aDigits = /^\d/.test(a);
  const bDigits = /^\d/.test(b);
  if (aDigits && bDigits) {
    const diff = BigInt(a) - BigInt(b);
    return diff === 0n ? 0 : diff < 0n ? -1 : 1;
  }
  if (aDigits !== bDigits) return aDigits ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The versions of a dataset present in the ingest store, oldest first. A version is a directory
 * under the dataset's directory that holds the ingest's `config.json`; anything else is ignored.
 */
export async function availableVersions(datasetDir: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await fs.readdir(datasetDir);
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
  const versions: string[] = [];
  for (const entry of entries) {
    if (await isFile(path.join(datasetDir, entry, "config.json")))
      versions.push(decodeSegment(entry));
  }
  return versions.sort(compareVersions);
}

/** Directory names are `safeSegment(version)`; turn the percent escapes back into the version. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}

/** How a release version is bumped: dcpy's `version_type` (absent = the format's main step). */
export type BumpType = "major" | "minor" | "patch" | undefined;

type ParsedVersion =
  | { kind: "major_minor"; year: number; major: number; minor: number; patch: number }
  | { kind: "fiscal_year" | "quarter" | "month" | "date"; date: Date; patch: number }
  | { kind: "capital_budget"; year: number; release: number; patch: number };

const CAPITAL_RELEASES = ["prelim", "exec", "adopt"] as const;
const FORMATS =
  "24v2, 24v2.1, 24v2.1.3, FY2026, 24Q3, 24Q3.1, 2024-06, 2024-06.1, 2024-06-01, 2024-06-01.1, 26exec, 26exec.1";

/**
 * The version after `previous`, as dcpy's `bump_latest_release` computes it: `24v2` becomes `24v3`
 * (major or no type), `24v2.1` (minor), `24v2.0.1` (patch); `24Q3` becomes `24Q4`; `2024-06`
 * becomes `2024-07`; `FY2026` becomes `FY2027`; `26prelim` becomes `26exec`, then `26adopt`, then
 * `27prelim`; a `.N` patch is bumped by `patch`. Throws an Error naming the formats it knows.
 */
export function bumpVersion(previous: string, type: BumpType, by = 1): string {
  const parsed = parseReleaseVersion(previous);
  if (parsed === undefined)
    throw new Error(`cannot bump version "${previous}": expected one of ${FORMATS}`);
  const bumped = bumpParsed(parsed, type, by);
  if (bumped === undefined)
    throw new Error(`cannot bump version "${previous}" by version_type ${type ?? "(none)"}`);
  return versionLabel(bumped);
}

function parseReleaseVersion(v: string): ParsedVersion | undefined {
  const n = (text: string | undefined) => (text === undefined ? 0 : Number(text));
  let m = /^(\d{2})v(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(v);
  if (m)
    return { kind: "major_minor", year: n(m[1]), major: n(m[2]), minor: n(m[3]), patch: n(m[4]) };
  m = /^FY(\d{4})$/.exec(v);
  if (m) return { kind: "fiscal_year", date: utcDate(n(m[1]), 1, 1), patch: 0 };
  m = /^(\d{2})Q([1-4])(?:\.(\d+))?$/.exec(v);
  if (m)
    return { kind: "quarter", date: utcDate(2000 + n(m[1]), n(m[2]) * 3 - 2, 1), patch: n(m[3]) };
  m = /^(\d{4})-(\d{2})-(\d{2})(?:\.(\d+))?$/.exec(v);
  if (m) return { kind: "date", date: utcDate(n(m[1]), n(m[2]), n(m[3])), patch: n(m[4]) };
  m = /^(\d{4})-(\d{2})(?:\.(\d+))?$/.exec(v);
  if (m) return { kind: "month", date: utcDate(n(m[1]), n(m[2]), 1), patch: n(m[3]) };
  m = /^(\d{2})(prelim|exec|adopt)(?:\.(\d+))?$/.exec(v);
  if (m) {
    const release = CAPITAL_RELEASES.findIndex((name) => name === m?.[2]);
    return { kind: "capital_budget", year: n(m[1]), release, patch: n(m[3]) };
  }
  return undefined;
}

function bumpParsed(v: ParsedVersion, type: BumpType, by: number): ParsedVersion | undefined {
  if (v.kind === "major_minor") {
    if (type === "minor") return { ...v, minor: v.minor + by, patch: 0 };
    if (type === "patch") return { ...v, patch: v.patch + by };
    return { ...v, major: v.major + by, minor: 0, patch: 0 };
  }
  if (type === "patch") return v.kind === "fiscal_year" ? undefined : { ...v, patch: v.patch + by };
  if (type !== undefined) return undefined;
  switch (v.kind) {
    case "capital_budget": {
      const total = v.release + by;
      return { ...v, year: v.year + Math.floor(total / 3), release: total % 3, patch: 0 };
    }
    case "fiscal_year":
      return { ...v, date: addMonths(v.date, 12 * by) };
    case "quarter":
      return { ...v, date: addMonths(v.date, 3 * by), patch: 0 };
    case "month":
      return { ...v, date: addMonths(v.date, by), patch: 0 };
    case "date":
      return undefined; // dcpy: a date version is bumped only by patch
  }
}

function versionLabel(v: ParsedVersion): string {
  const patch = v.patch === 0 ? "" : `.${v.patch}`;
  switch (v.kind) {
    case "major_minor":
      if (v.minor === 0 && v.patch === 0) return `${pad(v.year)}v${v.major}`;
      return `${pad(v.year)}v${v.major}.${v.minor}${patch}`;
    case "capital_budget":
      return `${pad(v.year)}${CAPITAL_RELEASES[v.release] ?? ""}${patch}`;
    case "fiscal_year":
      return `FY${v.date.getUTCFullYear()}`;
    case "quarter":
      return `${pad(v.date.getUTCFullYear() % 100)}Q${Math.floor(v.date.getUTCMonth() / 3) + 1}${patch}`;
    case "month":
      return `${isoDay(v.date).slice(0, 7)}${patch}`;
    case "date":
      return `${isoDay(v.date)}${patch}`;
  }
}

/** `YYYY-MM-DD` of `date` in UTC (the `today` version strategy). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `YYYY-MM-01` of `date` in UTC (the `first_of_month` version strategy). */
export function firstOfMonth(date: Date): string {
  return `${isoDay(date).slice(0, 7)}-01`;
}

function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function addMonths(date: Date, months: number): Date {
  return utcDate(date.getUTCFullYear(), date.getUTCMonth() + 1 + months, date.getUTCDate());
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Fields of an ingest's config.json that change on every run, whatever the data. */
const VOLATILE_INGEST_FIELDS = new Set(["when", "durationMs", "runId", "start", "end"]);

/**
 * The digest of what an ingested version holds: its config.json without the fields that change on
 * every run (when, durations), so re-ingesting the same content leaves dependants up to date,
 * while new data (the raw file's sha256, rows, columns) or other steps change it.
 */
export async function ingestContentDigest(configFile: string): Promise<string> {
  const text = await fs.readFile(configFile, "utf8");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return createHash("sha256").update(text).digest("hex");
  }
  return createHash("sha256")
    .update(JSON.stringify(withoutVolatile(value)))
    .digest("hex");
}

function withoutVolatile(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutVolatile);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !VOLATILE_INGEST_FIELDS.has(key))
      .map(([key, inner]) => [key, withoutVolatile(inner)]),
  );
}
