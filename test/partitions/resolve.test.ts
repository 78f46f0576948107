import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/core/errors.js";
import { PartitionsConfigSchema, type PartitionsConfig } from "../../src/partitions/config.js";
import { EXPRESSION_GRAMMAR, parseExpression } from "../../src/partitions/expr.js";
import { resolvePartitions } from "../../src/partitions/resolve.js";

const now = new Date("2025-01-10T12:00:00Z");
const product = (partitions?: unknown, version?: string) => ({
  id: "p",
  version,
  partitions: partitions === undefined ? undefined : PartitionsConfigSchema.parse(partitions),
});
const keys = (
  partitions: PartitionsConfig | undefined | unknown,
  expr?: string,
  known?: string[],
) => resolvePartitions(product(partitions), expr, { now, known }).map((p) => p.key);
const failure = (fn: () => unknown): Error => {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a failure");
};

describe("partition expressions", () => {
  it("parses keys, all, and selections with lists and ranges", () => {
    expect(parseExpression("*", [])).toEqual({ kind: "all" });
    expect(parseExpression("a-1,b-2", [])).toEqual({ kind: "keys", keys: ["a-1", "b-2"] });
    expect(
      parseExpression("universe=mic=XLON,mic=XPAR;date=2025-01-02..2025-01-31", [
        "universe",
        "date",
      ]),
    ).toEqual({
      kind: "selection",
      terms: [
        {
          name: "universe",
          values: [
            { kind: "value", value: "mic=XLON" },
            { kind: "value", value: "mic=XPAR" },
          ],
        },
        { name: "date", values: [{ kind: "range", from: "2025-01-02", to: "2025-01-31" }] },
      ],
    });
    expect(parseExpression("mic=XLON:2025-01-02", ["universe", "date"])).toEqual({
      kind: "keys",
      keys: ["mic=XLON:2025-01-02"],
    });
  });

  it.each([
    ["", "empty"],
    ["a,,b", "empty key"],
    ["a b", "white space"],
    ["universe=x;;date=2025-01-01", "empty term"],
    ["universe=x;colour=red", 'unknown dimension "colour"'],
    ["date=2025-01-01..", "bad range"],
    ["date=2025-01-01;date=2025-01-02", "given twice"],
  ])("rejects %j and shows the grammar", (text, why) => {
    const error = failure(() => parseExpression(text, ["universe", "date"]));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toContain(why);
    expect(error.message).toContain(EXPRESSION_GRAMMAR);
  });
});

describe("dynamic products", () => {
  it("defaults to main and expands * to the starters and the known keys", () => {
    expect(keys(undefined)).toEqual(["main"]);
    expect(keys("dynamic", "*", ["2025.1-x", "main"])).toEqual(["main", "nightly_qa", "2025.1-x"]);
  });

  it("gives version, note and env", () => {
    const [main] = resolvePartitions(product(undefined, "2025.2"), undefined, {});
    expect(main).toEqual({
      key: "main",
      version: "2025.2",
      note: "main",
      dimensions: { version: "2025.2", note: "main" },
      env: {
        LIFECYCLE_PARTITION: "main",
        LIFECYCLE_VERSION: "2025.2",
        LIFECYCLE_BUILD_NOTE: "main",
      },
    });
    const [built] = resolvePartitions(product(undefined, "2025.2"), "2025.1.1-2_ar_build", {});
    expect(built?.env).toMatchObject({
      LIFECYCLE_VERSION: "2025.1.1",
      LIFECYCLE_BUILD_NOTE: "2_ar_build",
    });
  });

  it("names the product in errors and rejects selections", () => {
    expect(failure(() => keys(undefined, "../x")).message).toMatch(
      /^product p: dynamic partition key/,
    );
    expect(failure(() => keys(undefined, "a=1;b=2")).message).toContain(
      "none (this product takes keys only)",
    );
  });
});

describe("static and daily products", () => {
  it("takes declared keys only", () => {
    expect(keys(["us", "eu"])).toEqual(["us", "eu"]);
    expect(keys({ static: ["us", "eu"] }, "eu")).toEqual(["eu"]);
    expect(failure(() => keys(["us", "eu"], "asia")).message).toContain(
      '"asia" is not declared; allowed: us, eu',
    );
  });

  it("expands daily windows, defaulting an open window to yesterday in its time zone", () => {
    const open = { daily: { start: "2025-01-01", timezone: "Asia/Tokyo" } };
    expect(keys(open)).toEqual(["2025-01-09"]);
    expect(keys(open, "date=2025-01-07..2025-01-09")).toEqual([
      "2025-01-07",
      "2025-01-08",
      "2025-01-09",
    ]);
    expect(keys(open, "2025-01-02,2025-01-03")).toEqual(["2025-01-02", "2025-01-03"]);
    // Today's partition has not ended, so it does not exist yet (Dagster), unless end_offset: 1.
    expect(failure(() => keys(open, "2025-01-10")).message).toContain(
      'date "2025-01-10" is not a partition of its time window; they run from 2025-01-01 to 2025-01-09 (9)',
    );
    const withToday = { daily: { start: "2025-01-01", timezone: "Asia/Tokyo", end_offset: 1 } };
    expect(keys(withToday, "2025-01-10")).toEqual(["2025-01-10"]);
    // `end` is exclusive, as Dagster's: 2025-01-01..2025-01-03 is two days.
    expect(keys({ daily: { start: "2025-01-01", end: "2025-01-03" } })).toHaveLength(2);
    const [day] = resolvePartitions(product(open), "2025-01-02", { now });
    expect(day?.env.LIFECYCLE_PARTITION_DATE).toBe("2025-01-02");
  });
});

describe("multi-dimensional products", () => {
  const multi = {
    dimensions: {
      region: ["us", "eu"],
      tier: { static: ["a", "b"] },
      day: { daily: { start: "2025-01-01", end: "2025-01-03" } },
    },
  };

  it("joins dimension keys with ':' in declared order, any number of dimensions", () => {
    expect(keys(multi)).toEqual([
      "us:a:2025-01-01",
      "us:a:2025-01-02",
      "us:b:2025-01-01",
      "us:b:2025-01-02",
      "eu:a:2025-01-01",
      "eu:a:2025-01-02",
      "eu:b:2025-01-01",
      "eu:b:2025-01-02",
    ]);
    expect(keys(multi, "day=2025-01-02;region=eu")).toEqual(["eu:a:2025-01-02", "eu:b:2025-01-02"]);
    const [one] = resolvePartitions(product(multi), "eu:b:2025-01-01", { now });
    expect(one?.dimensions).toEqual({ region: "eu", tier: "b", day: "2025-01-01" });
    expect(one?.env).toMatchObject({
      LIFECYCLE_PARTITION_REGION: "eu",
      LIFECYCLE_PARTITION_DAY: "2025-01-01",
    });
  });

  it("explains a key of the wrong shape and a range on a static dimension", () => {
    expect(failure(() => keys(multi, "eu:b")).message).toContain("<region>:<tier>:<day>");
    expect(failure(() => keys(multi, "region=us..eu")).message).toContain("not a time dimension");
  });
});

describe("universe x date products", () => {
  const ud = {
    universe: ["mic=XLON", { mic: ["XPAR"] }],
    date: { start: "2025-01-01", end: "2025-01-31", batch: "W" },
  };

  it("defaults to every universe over the whole range in batches, universe first", () => {
    const all = keys(ud);
    expect(all).toHaveLength(10);
    expect(all.slice(0, 2)).toEqual([
      "mic=XLON:2025-01-01_2025-01-05",
      "mic=XLON:2025-01-06_2025-01-12",
    ]);
    expect(all[5]).toBe("mic=XPAR:2025-01-01_2025-01-05");
  });

  it("expands lists and ranges, batching ranges with the product's frequency or batch=", () => {
    expect(keys(ud, "universe=mic=XPAR;date=2025-01-02..2025-01-08")).toEqual([
      "mic=XPAR:2025-01-02_2025-01-05",
      "mic=XPAR:2025-01-06_2025-01-08",
    ]);
    expect(keys(ud, "date=2025-01-02..2025-01-08;batch=auto")).toEqual([
      "mic=XLON:2025-01-02_2025-01-08",
      "mic=XPAR:2025-01-02_2025-01-08",
    ]);
    expect(keys(ud, "date=2025-01-03,2025-01-04_2025-01-20;universe=mic=XLON")).toEqual([
      "mic=XLON:2025-01-03",
      "mic=XLON:2025-01-04_2025-01-20",
    ]);
    expect(keys(ud, "mic=XLON:2025-01-03")).toEqual(["mic=XLON:2025-01-03"]);
  });

  it("sets the universe and date variables", () => {
    const [run] = resolvePartitions(product(ud, "1.0"), "mic=XLON:2025-01-03_2025-01-09", { now });
    expect(run).toEqual({
      key: "mic=XLON:2025-01-03_2025-01-09",
      version: "1.0",
      note: "",
      dimensions: { universe: "mic=XLON", date: "2025-01-03_2025-01-09" },
      env: {
        LIFECYCLE_PARTITION: "mic=XLON:2025-01-03_2025-01-09",
        LIFECYCLE_VERSION: "1.0",
        LIFECYCLE_BUILD_NOTE: "",
        LIFECYCLE_UNIVERSE: "mic=XLON",
        LIFECYCLE_START_DATE: "2025-01-03",
        LIFECYCLE_END_DATE: "2025-01-09",
        UNIVERSE: "mic=XLON",
        START_DATE: "2025-01-03",
        END_DATE: "2025-01-09",
      },
    });
  });

  it("rejects undeclared universes, dates outside the range and bad batches", () => {
    expect(failure(() => keys(ud, "universe=mic=XETR")).message).toContain(
      "allowed: mic=XLON, mic=XPAR",
    );
    expect(failure(() => keys(ud, "mic=XLON:2024-12-31")).message).toContain(
      "outside 2025-01-01..2025-01-31",
    );
    expect(failure(() => keys(ud, "date=2025-01-09..2025-01-02")).message).toContain(
      "ends before it starts",
    );
    expect(failure(() => keys(ud, "batch=D")).message).toContain(
      "batch takes one of W, 2W, M, A, auto",
    );
    expect(failure(() => keys(ud, "mic=XLON")).message).toContain("<universe spec>:<date key>");
  });

  it("reads main and nightly_qa as the default partitions, noted as such", () => {
    const runs = resolvePartitions(product(ud), "nightly_qa", { now });
    expect(runs.map((r) => r.key)).toEqual(keys(ud));
    expect(runs[0]?.note).toBe("nightly_qa");
    expect(runs[0]?.env.LIFECYCLE_BUILD_NOTE).toBe("nightly_qa");
    expect(keys(["main", "other"], "main")).toEqual(["main"]);
  });

  it("refuses more runs than the limit", () => {
    const error = failure(() => resolvePartitions(product(ud), "*", { now, maxRuns: 3 }));
    expect(error.message).toContain("10 partitions, more than the limit of 3");
  });
});
