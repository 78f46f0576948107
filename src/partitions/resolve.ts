import { UsageError, errorMessage } from "../core/errors.js";
import { BATCH_FREQUENCIES, type BatchFrequency, type PartitionsConfig } from "./config.js";
import { toDayNumber } from "./dates.js";
import { parseExpression, type Expression, type ExpressionValue } from "./expr.js";
import {
  DEFAULT_VERSION,
  STARTER_NOTES,
  isStarterNote,
  parseDynamicKey,
  validatePartitionKey,
} from "./keys.js";
import {
  valuesBetween,
  allValues,
  checkDateInWindow,
  checkValue,
  describeAllowed,
  dimensionNames,
  schemeOf,
  type DateWindow,
  type Dimension,
  type Scheme,
} from "./schemes.js";
import {
  DatePartition,
  PartitionRun,
  buildDatePartitions,
  buildPartitionRuns,
} from "./universe.js";

export interface ResolvedPartition {
  key: string;
  version: string;
  note: string;
  dimensions: Record<string, string>;
  env: Record<string, string>;
}

export interface PartitionedProduct {
  id: string;
  version?: string | undefined;
  partitions?: PartitionsConfig | undefined;
}

export interface ResolveOptions {
  /** Dynamic keys persisted for the product (the registry); `*` expands to the starters plus these. */
  known?: readonly string[];
  /** The clock for open-ended date windows (default: now). */
  now?: Date;
  /** Refuse expressions that stand for more runs than this (default 100,000). */
  maxRuns?: number;
}

/**
 * The partitions `expr` stands for, in order, without duplicates. `expr` undefined means the
 * product's default: `main` for dynamic products, otherwise everything declared, where an
 * open-ended date window contributes only its last complete day. In declared schemes the
 * starters `main` and `nightly_qa` stand for that default, with the starter as the build note.
 */
export function resolvePartitions(
  product: PartitionedProduct,
  expr: string | undefined,
  options: ResolveOptions = {},
): ResolvedPartition[] {
  try {
    const scheme = schemeOf(product.partitions, options.now ?? new Date());
    const alternatives = expr === undefined ? [undefined] : expr.split("|");
    const resolved = dedupe(
      alternatives.flatMap((alternative) => {
        if (alternative !== undefined && isStarterAlias(scheme, alternative)) {
          return resolveScheme(product, scheme, undefined, []).map((p) => withNote(p, alternative));
        }
        const parsed =
          alternative === undefined
            ? undefined
            : parseExpression(alternative, dimensionNames(scheme));
        return resolveScheme(product, scheme, parsed, options.known ?? []);
      }),
    );
    const max = options.maxRuns ?? 100_000;
    if (resolved.length > max) {
      throw new UsageError(
        `stands for ${resolved.length} partitions, more than the limit of ${max}`,
      );
    }
    return resolved;
  } catch (error) {
    if (error instanceof UsageError)
      throw new UsageError(`product ${product.id}: ${errorMessage(error)}`);
    throw error;
  }
}

/** In a declared scheme, `main` and `nightly_qa` stand for the default partitions (with that note). */
function isStarterAlias(scheme: Scheme, text: string): boolean {
  if (scheme.kind === "dynamic" || !isStarterNote(text)) return false;
  return !(scheme.kind === "static" && scheme.keys.includes(text));
}

function withNote(partition: ResolvedPartition, note: string): ResolvedPartition {
  return { ...partition, note, env: { ...partition.env, LIFECYCLE_BUILD_NOTE: note } };
}

function dedupe(partitions: ResolvedPartition[]): ResolvedPartition[] {
  const seen = new Set<string>();
  return partitions.filter((p) => !seen.has(p.key) && seen.add(p.key));
}

function resolveScheme(
  product: PartitionedProduct,
  scheme: Scheme,
  expr: Expression | undefined,
  known: readonly string[],
): ResolvedPartition[] {
  const version = product.version ?? DEFAULT_VERSION;
  switch (scheme.kind) {
    case "dynamic":
      return dynamicKeys(expr, known).map((key) => dynamicPartition(key, product.version));
    case "static":
      return staticKeys(scheme.keys, expr).map((key) => base(key, version, { key }));
    case "time":
      return dimensionalRuns([scheme.dimension], expr).map((d) => dimensionalPartition(d, version));
    case "multi":
      return dimensionalRuns(scheme.dimensions, expr).map((d) => dimensionalPartition(d, version));
    case "universe-date":
      return universeDateRuns(scheme, expr).map((run) => universeDatePartition(run, version));
  }
}

function base(
  key: string,
  version: string,
  dimensions: Record<string, string>,
  note = "",
): ResolvedPartition {
  validatePartitionKey(key);
  const env = { LIFECYCLE_PARTITION: key, LIFECYCLE_VERSION: version, LIFECYCLE_BUILD_NOTE: note };
  return { key, version, note, dimensions, env };
}

function dynamicKeys(expr: Expression | undefined, known: readonly string[]): string[] {
  if (expr === undefined) return ["main"];
  if (expr.kind === "all") return [...STARTER_NOTES, ...known];
  if (expr.kind === "keys") return expr.keys;
  throw new UsageError("dynamic partitions take keys, not dimension=value terms");
}

function dynamicPartition(key: string, productVersion: string | undefined): ResolvedPartition {
  const parsed = parseDynamicKey(key, productVersion);
  return base(key, parsed.version, { version: parsed.version, note: parsed.note }, parsed.note);
}

function staticKeys(keys: string[], expr: Expression | undefined): string[] {
  if (expr === undefined || expr.kind === "all") return keys;
  if (expr.kind === "selection")
    throw new UsageError("static partitions take keys, not dimension=value terms");
  return expr.keys.map((key) => checkValue({ name: "partition", kind: "static", keys }, key));
}

/** An open-ended time window runs its latest complete partition by default; anything else, all. */
function defaultValues(dimension: Dimension): string[] {
  if (dimension.kind === "time" && dimension.openEnded) return dimension.keys.slice(-1);
  return allValues(dimension);
}

function expandValue(dimension: Dimension, value: ExpressionValue): string[] {
  if (value.kind === "all") return allValues(dimension);
  if (value.kind === "value") return [checkValue(dimension, value.value)];
  if (dimension.kind !== "time")
    throw new UsageError(`${dimension.name} is not a time dimension; ranges need one`);
  return valuesBetween(dimension, value.from, value.to);
}

function cartesian(lists: string[][]): string[][] {
  return lists.reduce<string[][]>(
    (acc, list) => acc.flatMap((row) => list.map((v) => [...row, v])),
    [[]],
  );
}

/** Rows of dimension values, in declared dimension order. */
function dimensionalRuns(
  dimensions: Dimension[],
  expr: Expression | undefined,
): Record<string, string>[] {
  let lists: string[][];
  if (expr === undefined) lists = dimensions.map(defaultValues);
  else if (expr.kind === "all") lists = dimensions.map(allValues);
  else if (expr.kind === "keys") return expr.keys.map((key) => splitKey(dimensions, key));
  else {
    const terms = new Map(expr.terms.map((t) => [t.name, t.values]));
    lists = dimensions.map((d) => {
      const values = terms.get(d.name);
      return values ? values.flatMap((v) => expandValue(d, v)) : allValues(d);
    });
  }
  return cartesian(lists).map((row) =>
    Object.fromEntries(dimensions.map((d, i) => [d.name, row[i] ?? ""])),
  );
}

function splitKey(dimensions: Dimension[], key: string): Record<string, string> {
  const parts = key.split(":");
  if (parts.length !== dimensions.length) {
    const shape = dimensions.map((d) => `<${d.name}>`).join(":");
    throw new UsageError(`partition key ${JSON.stringify(key)} does not have the shape ${shape}`);
  }
  return Object.fromEntries(dimensions.map((d, i) => [d.name, checkValue(d, parts[i] ?? "")]));
}

function dimensionalPartition(
  dimensions: Record<string, string>,
  version: string,
): ResolvedPartition {
  const partition = base(Object.values(dimensions).join(":"), version, dimensions);
  for (const [name, value] of Object.entries(dimensions)) {
    partition.env[`LIFECYCLE_PARTITION_${name.toUpperCase()}`] = value;
  }
  return partition;
}

type UniverseDateScheme = Extract<Scheme, { kind: "universe-date" }>;

function checkRun(scheme: UniverseDateScheme, run: PartitionRun): PartitionRun {
  checkUniverse(scheme, run.universe.spec);
  checkDateInWindow(run.dates.start, scheme.window, "date");
  checkDateInWindow(run.dates.end, scheme.window, "date");
  return run;
}

function checkUniverse(scheme: UniverseDateScheme, spec: string): string {
  if (!scheme.universes.includes(spec)) {
    throw new UsageError(
      `universe ${JSON.stringify(spec)} is not declared; allowed: ${describeAllowed(scheme.universes)}`,
    );
  }
  return spec;
}

function batches(
  window: DateWindow,
  start: string,
  end: string,
  batch: BatchFrequency,
): DatePartition[] {
  checkDateInWindow(start, window, "date");
  checkDateInWindow(end, window, "date");
  if (toDayNumber(end) < toDayNumber(start))
    throw new UsageError(`date range ${start}..${end} ends before it starts`);
  return buildDatePartitions(start, end, batch);
}

function dateValue(
  scheme: UniverseDateScheme,
  value: ExpressionValue,
  batch: BatchFrequency,
): DatePartition[] {
  const { window } = scheme;
  if (value.kind === "all") return batches(window, window.start, window.end, batch);
  if (value.kind === "range") return batches(window, value.from, value.to, batch);
  const dates = DatePartition.parse(value.value);
  checkDateInWindow(dates.start, window, "date");
  checkDateInWindow(dates.end, window, "date");
  return [dates];
}

function universeDateRuns(
  scheme: UniverseDateScheme,
  expr: Expression | undefined,
): PartitionRun[] {
  const { window } = scheme;
  if (expr?.kind === "keys")
    return expr.keys.map((key) => checkRun(scheme, PartitionRun.parse(key)));
  if (expr === undefined || expr.kind === "all") {
    const lastDayOnly = expr === undefined && window.openEnded;
    const dates = lastDayOnly
      ? [new DatePartition(window.end)]
      : buildDatePartitions(window.start, window.end, scheme.batch);
    return buildPartitionRuns(scheme.universes, dates);
  }
  const terms = new Map(expr.terms.map((t) => [t.name, t.values]));
  const batch = batchOf(expr.terms.find((t) => t.name === "batch")?.values) ?? scheme.batch;
  const universes = (terms.get("universe") ?? [{ kind: "all" }]).flatMap((v) => {
    if (v.kind === "all") return scheme.universes;
    if (v.kind === "range") throw new UsageError("universe values cannot be ranges");
    return [checkUniverse(scheme, v.value)];
  });
  const dates = (terms.get("date") ?? [{ kind: "all" }]).flatMap((v) =>
    dateValue(scheme, v, batch),
  );
  return buildPartitionRuns(universes, dates);
}

function batchOf(values: ExpressionValue[] | undefined): BatchFrequency | undefined {
  if (values === undefined) return undefined;
  const [only] = values;
  const allowed: readonly string[] = BATCH_FREQUENCIES;
  if (values.length !== 1 || only?.kind !== "value" || !allowed.includes(only.value)) {
    throw new UsageError(`batch takes one of ${BATCH_FREQUENCIES.join(", ")}`);
  }
  return BATCH_FREQUENCIES.find((b) => b === only.value);
}

function universeDatePartition(run: PartitionRun, version: string): ResolvedPartition {
  const { spec } = run.universe;
  const { start, end } = run.dates;
  const partition = base(run.key, version, { universe: spec, date: run.dates.key });
  Object.assign(partition.env, {
    LIFECYCLE_UNIVERSE: spec,
    LIFECYCLE_START_DATE: start,
    LIFECYCLE_END_DATE: end,
    UNIVERSE: spec,
    START_DATE: start,
    END_DATE: end,
  });
  return partition;
}
