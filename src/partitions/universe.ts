import { UsageError } from "../core/errors.js";
import type { UniverseEntry } from "./config.js";
import { splitDateRange, toDayNumber } from "./dates.js";
import type { BatchFrequency } from "./config.js";

const SPEC_PART = /^[A-Za-z0-9._=-]+$/;
const SPEC_SHAPE = "name or name=value, several joined with + to intersect (e.g. mic=XLON+custom)";

/** One universe of instruments: spec `name=value`, or `name` when there is no value. */
export class UniversePartition {
  constructor(
    readonly name: string,
    readonly value?: string,
  ) {
    if (!/^[A-Za-z0-9._-]+$/.test(name)) {
      throw new UsageError(
        `universe name ${JSON.stringify(name)} is not allowed; expected ${SPEC_SHAPE}`,
      );
    }
    if (value !== undefined && !SPEC_PART.test(value)) {
      throw new UsageError(
        `universe value ${JSON.stringify(value)} is not allowed; expected ${SPEC_SHAPE}`,
      );
    }
  }

  get spec(): string {
    return this.value === undefined ? this.name : `${this.name}=${this.value}`;
  }

  get factors(): readonly UniversePartition[] {
    return [this];
  }
}

/** A product of universes (`mic=XLON+custom`): its members are those common to every factor. */
export class UniverseProduct {
  constructor(readonly factors: readonly UniversePartition[]) {
    if (factors.length < 2) throw new UsageError("a universe product needs at least two factors");
  }

  get spec(): string {
    return this.factors.map((f) => f.spec).join("+");
  }
}

export type Universe = UniversePartition | UniverseProduct;

function parseFactor(spec: string, whole: string): UniversePartition {
  if (spec.length === 0) {
    throw new UsageError(
      `universe spec ${JSON.stringify(whole)} has an empty part; expected ${SPEC_SHAPE}`,
    );
  }
  const eq = spec.indexOf("=");
  return eq < 0
    ? new UniversePartition(spec)
    : new UniversePartition(spec.slice(0, eq), spec.slice(eq + 1));
}

/** `name=value` splits once, on the first `=`; `a+b` is a product of universes. */
export function parseUniverseSpec(spec: string): Universe {
  const parts = spec.split("+");
  if (parts.length === 1) return parseFactor(spec, spec);
  return new UniverseProduct(parts.map((part) => parseFactor(part, spec)));
}

/** A date range: key `start` when start equals end, else `start_end`. */
export class DatePartition {
  constructor(
    readonly start: string,
    readonly end: string = start,
  ) {
    if (toDayNumber(end) < toDayNumber(start)) {
      throw new UsageError(`date partition ${start}_${end} ends before it starts`);
    }
  }

  get key(): string {
    return this.start === this.end ? this.start : `${this.start}_${this.end}`;
  }

  static parse(key: string): DatePartition {
    const [start, end, extra] = key.split("_");
    if (start === undefined || extra !== undefined) {
      throw new UsageError(
        `date partition ${JSON.stringify(key)}: expected YYYY-MM-DD or YYYY-MM-DD_YYYY-MM-DD`,
      );
    }
    return new DatePartition(start, end ?? start);
  }
}

/** Date batches of a range, as DatePartitions (see `splitDateRange`). */
export function buildDatePartitions(
  start: string,
  end: string,
  batch: BatchFrequency = "auto",
): DatePartition[] {
  return splitDateRange(start, end, batch).map((b) => new DatePartition(b.start, b.end));
}

/** One universe over one date range: key `<spec>:<datekey>`. */
export class PartitionRun {
  constructor(
    readonly universe: Universe,
    readonly dates: DatePartition,
  ) {}

  get key(): string {
    return `${this.universe.spec}:${this.dates.key}`;
  }

  static parse(key: string): PartitionRun {
    const colon = key.lastIndexOf(":");
    if (colon <= 0) {
      throw new UsageError(
        `run key ${JSON.stringify(key)}: expected <universe spec>:<date key>, e.g. mic=XLON:2025-01-03_2025-01-09`,
      );
    }
    return new PartitionRun(
      parseUniverseSpec(key.slice(0, colon)),
      DatePartition.parse(key.slice(colon + 1)),
    );
  }
}

/** Every (universe, dates) pair, universe as the outer loop. */
export function buildPartitionRuns(
  universes: readonly (Universe | string)[],
  dates: readonly DatePartition[],
): PartitionRun[] {
  const parsed = universes.map((u) => (typeof u === "string" ? parseUniverseSpec(u) : u));
  return parsed.flatMap((universe) => dates.map((d) => new PartitionRun(universe, d)));
}

/** A structured universe: a spec string or one of the forms of `UniverseEntrySchema`. */
export type StructuredUniverse = UniverseEntry;

function simpleSpecs(entry: Exclude<UniverseEntry, { product: unknown }>): string[] {
  if (typeof entry === "string") return [entry];
  if ("mic" in entry) {
    const allowed = entry.whitelist ? new Set(entry.whitelist) : undefined;
    const denied = new Set(entry.blacklist ?? []);
    return entry.mic
      .filter((m) => (!allowed || allowed.has(m)) && !denied.has(m))
      .map((m) => `mic=${m}`);
  }
  if ("opol" in entry) return entry.opol.map((o) => `opol=${o}`);
  if ("index" in entry) return entry.index.map((i) => `index=${i}`);
  return entry.values ? entry.values.map((v) => `${entry.custom}=${v}`) : [entry.custom];
}

/**
 * The spec strings of structured universes, in order, without duplicates: a MIC list (filtered by
 * `whitelist` when given, minus `blacklist`), an index list, a custom universe (`name` or one spec
 * per value), and a cartesian product of those (specs joined with `+`).
 */
export function buildUniversePartitions(universes: readonly StructuredUniverse[]): string[] {
  const specs = universes.flatMap((entry) => {
    if (typeof entry === "object" && "product" in entry) {
      return entry.product
        .map(simpleSpecs)
        .reduce((acc, next) => acc.flatMap((a) => next.map((n) => `${a}+${n}`)));
    }
    return simpleSpecs(entry);
  });
  for (const spec of specs) parseUniverseSpec(spec);
  return [...new Set(specs)];
}
