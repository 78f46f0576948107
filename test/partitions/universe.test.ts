import { describe, expect, it } from "vitest";
import { splitDateRange, automaticFrequency, dateInTimeZone } from "../../src/partitions/dates.js";
import {
  DatePartition,
  PartitionRun,
  UniversePartition,
  UniverseProduct,
  buildPartitionRuns,
  buildUniversePartitions,
  parseUniverseSpec,
} from "../../src/partitions/universe.js";

describe("universe specs", () => {
  it("splits once, on the first =", () => {
    const u = parseUniverseSpec("custom=a=b");
    expect(u).toBeInstanceOf(UniversePartition);
    expect(u).toMatchObject({ name: "custom", value: "a=b", spec: "custom=a=b" });
    expect(parseUniverseSpec("default")).toMatchObject({
      name: "default",
      value: undefined,
      spec: "default",
    });
  });

  it("reads + as a product of universes", () => {
    const u = parseUniverseSpec("mic=XLON+custom");
    expect(u).toBeInstanceOf(UniverseProduct);
    expect(u.factors.map((f) => [f.name, f.value])).toEqual([
      ["mic", "XLON"],
      ["custom", undefined],
    ]);
    expect(u.spec).toBe("mic=XLON+custom");
  });

  it("rejects empty parts and bad characters", () => {
    expect(() => parseUniverseSpec("mic=XLON+")).toThrow(/empty part/);
    expect(() => parseUniverseSpec("mic=XL/ON")).toThrow(/not allowed/);
    expect(() => parseUniverseSpec("=x")).toThrow(/not allowed/);
  });
});

describe("date partitions and runs", () => {
  it("keys a single day by the day, a range by start_end", () => {
    expect(new DatePartition("2025-01-03").key).toBe("2025-01-03");
    expect(new DatePartition("2025-01-03", "2025-01-09").key).toBe("2025-01-03_2025-01-09");
    expect(() => new DatePartition("2025-01-09", "2025-01-03")).toThrow(/ends before/);
    expect(DatePartition.parse("2025-01-03_2025-01-09")).toMatchObject({
      start: "2025-01-03",
      end: "2025-01-09",
    });
  });

  it("builds every pair with the universe as the outer loop", () => {
    const dates = [new DatePartition("2025-01-01"), new DatePartition("2025-01-02", "2025-01-03")];
    const runs = buildPartitionRuns(["mic=XLON", "mic=XPAR+custom"], dates);
    expect(runs.map((r) => r.key)).toEqual([
      "mic=XLON:2025-01-01",
      "mic=XLON:2025-01-02_2025-01-03",
      "mic=XPAR+custom:2025-01-01",
      "mic=XPAR+custom:2025-01-02_2025-01-03",
    ]);
    expect(PartitionRun.parse("mic=XPAR+custom:2025-01-02_2025-01-03").key).toBe(runs[3]?.key);
  });
});

describe("structured universes", () => {
  it("gives opol=<X> for operating-MIC universes, as the team's layer does", () => {
    expect(buildUniversePartitions([{ opol: ["XLON", "XPAR"] }])).toEqual([
      "opol=XLON",
      "opol=XPAR",
    ]);
  });

  it("gives spec strings for mic lists, indexes, custom universes and products", () => {
    const specs = buildUniversePartitions([
      {
        mic: ["XLON", "XPAR", "XETR", "XAMS"],
        whitelist: ["XLON", "XPAR", "XETR"],
        blacklist: ["XETR"],
      },
      { index: ["FTSE100"] },
      { custom: "liquid" },
      { custom: "sector", values: ["tech", "energy"] },
      { product: [{ mic: ["XLON"] }, { custom: "sector", values: ["tech", "energy"] }] },
      "mic=XLON",
    ]);
    expect(specs).toEqual([
      "mic=XLON",
      "mic=XPAR",
      "index=FTSE100",
      "liquid",
      "sector=tech",
      "sector=energy",
      "mic=XLON+sector=tech",
      "mic=XLON+sector=energy",
    ]);
  });
});

describe("date batches", () => {
  const keys = (start: string, end: string, f?: Parameters<typeof splitDateRange>[2]) =>
    splitDateRange(start, end, f).map((b) => (b.start === b.end ? b.start : `${b.start}_${b.end}`));

  it("aligns weeks on Mondays and clamps the first and last batch to the range", () => {
    // 2025-01-01 is a Wednesday.
    expect(keys("2025-01-01", "2025-01-20", "W")).toEqual([
      "2025-01-01_2025-01-05",
      "2025-01-06_2025-01-12",
      "2025-01-13_2025-01-19",
      "2025-01-20",
    ]);
  });

  it("counts two-week batches from the Monday of the start's week", () => {
    expect(keys("2025-01-01", "2025-02-02", "2W")).toEqual([
      "2025-01-01_2025-01-12",
      "2025-01-13_2025-01-26",
      "2025-01-27_2025-02-02",
    ]);
  });

  it("splits calendar months across month ends and leap years", () => {
    expect(keys("2024-01-31", "2024-03-01", "M")).toEqual([
      "2024-01-31",
      "2024-02-01_2024-02-29",
      "2024-03-01",
    ]);
    expect(keys("2023-02-15", "2023-03-31", "M")).toEqual([
      "2023-02-15_2023-02-28",
      "2023-03-01_2023-03-31",
    ]);
  });

  it("splits years and clamps them", () => {
    expect(keys("2023-06-01", "2025-02-01", "A")).toEqual([
      "2023-06-01_2023-12-31",
      "2024-01-01_2024-12-31",
      "2025-01-01_2025-02-01",
    ]);
  });

  it("gives one batch when the range is shorter than a batch", () => {
    expect(keys("2025-01-07", "2025-01-08", "W")).toEqual(["2025-01-07_2025-01-08"]);
    expect(keys("2025-03-05", "2025-03-05", "M")).toEqual(["2025-03-05"]);
    expect(keys("2025-03-05", "2025-03-05", "A")).toEqual(["2025-03-05"]);
  });

  it("picks the frequency from the range's length at each threshold", () => {
    const end = (days: number) => new Date(Date.UTC(2020, 0, days)).toISOString().slice(0, 10);
    // end(n) is n - 1 days after the start: the team's layer measures `end - start`.
    expect(automaticFrequency("2020-01-01", end(8))).toBe("single");
    expect(automaticFrequency("2020-01-01", end(9))).toBe("W");
    expect(automaticFrequency("2020-01-01", end(61))).toBe("W");
    expect(automaticFrequency("2020-01-01", end(62))).toBe("2W");
    expect(automaticFrequency("2020-01-01", end(181))).toBe("2W");
    expect(automaticFrequency("2020-01-01", end(182))).toBe("M");
    expect(automaticFrequency("2020-01-01", end(731))).toBe("M");
    expect(automaticFrequency("2020-01-01", end(732))).toBe("A");
    expect(keys("2025-01-01", "2025-01-08")).toEqual(["2025-01-01_2025-01-08"]);
    expect(keys("2025-01-06", "2025-01-12")).toEqual(["2025-01-06_2025-01-12"]);
  });

  it("covers every day exactly once", () => {
    for (const f of ["W", "2W", "M", "A", "auto"] as const) {
      const batches = splitDateRange("2023-12-29", "2025-03-03", f);
      expect(batches[0]?.start).toBe("2023-12-29");
      expect(batches.at(-1)?.end).toBe("2025-03-03");
      for (let i = 1; i < batches.length; i += 1) {
        const previousEnd = Date.parse(`${batches[i - 1]?.end}T00:00:00Z`);
        expect(Date.parse(`${batches[i]?.start}T00:00:00Z`) - previousEnd).toBe(86_400_000);
      }
    }
  });

  it("rejects a range that ends before it starts", () => {
    expect(() => splitDateRange("2025-01-02", "2025-01-01")).toThrow(/ends before it starts/);
  });

  it("reads the calendar date in a time zone", () => {
    expect(dateInTimeZone(new Date("2025-01-01T23:30:00Z"), "Asia/Tokyo")).toBe("2025-01-02");
    expect(dateInTimeZone(new Date("2025-01-01T03:30:00Z"), "America/New_York")).toBe("2024-12-31");
  });
});
