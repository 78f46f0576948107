import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatAim, holds, ratio, requests } from "../../bench/aims.js";
import { historyBatches, keysOf, statusAim } from "../../bench/store-status.js";
import { rerunAims, type RerunFigures } from "../../bench/store.js";
import { LocalEventStore } from "../../src/store/event-store.js";
import { parseLines } from "../../src/store/event-index.js";
import { StoreLayout } from "../../src/store/layout.js";

const figures = (products: number, localMs: number, s3Ms: number, count: number): RerunFigures => ({
  products,
  localMs,
  s3Ms,
  requests: count,
  requestLines: [],
});

describe("the store bench's aims", () => {
  it("the s3 rerun is a ratio to the local rerun at the larger size, at most 3x", () => {
    const [time] = rerunAims([figures(20, 500, 900, 7), figures(200, 2000, 6000, 7)]);
    expect(time).toMatchObject({ max: 3, measured: { value: 6000 }, anchor: { value: 2000 } });
    expect(ratio(time!)).toBe(3);
    expect(holds(time!)).toBe(true);
    const [slower] = rerunAims([figures(20, 500, 900, 7), figures(200, 2000, 6001, 7)]);
    expect(holds(slower!)).toBe(false);
  });

  it("requests at the larger size over the smaller: a constant holds, one per product does not", () => {
    const constant = rerunAims([figures(20, 1, 1, 7), figures(200, 1, 1, 7)])[1]!;
    expect(formatAim(constant)).toBe(
      "requests of an unchanged rerun, 200 vs 20 products: at 200 products 7 requests / at 20 7 requests = 1.00x (aim <= 1.5x): holds",
    );
    const perProduct = rerunAims([figures(20, 1, 1, 7 + 20), figures(200, 1, 1, 7 + 200)])[1]!;
    expect(ratio(perProduct)).toBeCloseTo(207 / 27, 12);
    expect(holds(perProduct)).toBe(false);
    expect(holds(rerunAims([figures(20, 1, 1, 6), figures(200, 1, 1, 9)])[1]!)).toBe(true);
    expect(() => rerunAims([figures(20, 1, 1, 7)])).toThrow(/two sizes/);
  });

  it("status is a ratio of the longer history to the shorter, at most 2x", () => {
    const shape = { products: 10, partitions: 50 };
    const aim = statusAim(
      shape,
      { events: 10_000, ms: 400, rebuildMs: 500 },
      { events: 500_000, ms: 800, rebuildMs: 9000 },
    );
    expect(aim.name).toBe("status, 2,000 asset partitions, history 500,000 vs 10,000 events");
    expect(ratio(aim)).toBe(2);
    expect(holds(aim)).toBe(true);
    expect(requests("x", 7)).toEqual({ label: "x", value: 7, unit: "requests" });
  });
});

describe("the synthetic history", () => {
  it("is exactly the records asked for, run after run over every asset partition", () => {
    const shape = { products: 3, partitions: 5 };
    expect(keysOf(shape)).toBe(60);
    const records = parseLines([...historyBatches(shape, 1000)].join(""));
    expect(records).toHaveLength(1000);
    const keys = new Set(records.map((r) => `${r.asset} ${r.partition}`));
    expect(keys.size).toBe(60);
    expect(new Set(records.map((r) => r.runId)).size).toBe(Math.ceil(1000 / 60));
    expect(records.some((r) => r.status === "failed")).toBe(true);
    const ends = records.map((r) => r.end);
    const byRun = records.filter((r) => r.asset === "product_1.build" && r.partition === "k2");
    expect(byRun.map((r) => r.end)).toEqual([...byRun.map((r) => r.end)].sort());
    expect(ends.every((e) => !Number.isNaN(Date.parse(e)))).toBe(true);
  });

  it("read through the store's index: one entry per asset partition, the last run last", async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-bench-history-"));
    const layout = new StoreLayout(root);
    const shape = { products: 4, partitions: 10 };
    await fs.writeFile(layout.eventsFile, [...historyBatches(shape, 160 * 7)].join(""));
    const { entries } = await new LocalEventStore(layout).current();
    expect(entries.size).toBe(keysOf(shape));
    expect(new Set([...entries.values()].map((e) => e.last.runId))).toEqual(new Set(["run-00006"]));
    const failed = [...entries.values()].filter((e) => e.last.status === "failed");
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((e) => e.lastSuccess && e.lastSuccess.end < e.last.end)).toBe(true);
  });
});
