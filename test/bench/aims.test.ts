import { describe, expect, it } from "vitest";
import {
  formatAim,
  formatSummary,
  holds,
  median,
  medianProcessMs,
  mib,
  ms,
  ratio,
  type Aim,
} from "../../bench/aims.js";
import { BENCH_MODULES, runBenches } from "../../bench/run.js";

const aim = (measured: number, anchor: number, max: number): Aim => ({
  name: "thing",
  measured: ms("ours", measured),
  anchor: ms("theirs", anchor),
  max,
});

describe("the bench's arithmetic", () => {
  it("a ratio is measured over anchor, and an aim holds up to and including its maximum", () => {
    for (const [measured, anchor, max] of [
      [300, 100, 3],
      [299, 100, 3],
      [301, 100, 3],
      [50, 200, 1],
      [201, 200, 1],
    ] as const) {
      const a = aim(measured, anchor, max);
      expect(ratio(a)).toBeCloseTo(measured / anchor, 12);
      expect(holds(a)).toBe(measured / anchor <= max);
    }
  });

  it("a missing or zero anchor never makes an aim hold", () => {
    expect(holds(aim(1, 0, 10))).toBe(false);
    expect(holds(aim(Number.NaN, 5, 10))).toBe(false);
    expect(holds(aim(1, Number.NaN, 10))).toBe(false);
    expect(formatAim(aim(1, 0, 10))).toMatch(/= n\/a .*MISSED$/);
  });

  it("the median of an odd count is the middle value, of an even count the mean of the two middles", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
    const values = [9, 2, 7, 4, 4];
    expect(median(values)).toBe(4);
    expect(values).toEqual([9, 2, 7, 4, 4]);
  });

  it("prints the figure, the anchor, the ratio, the aim and the verdict; the summary counts what holds", () => {
    const held = aim(250, 100, 3);
    const missed: Aim = {
      name: "rss",
      measured: mib("ours", 900),
      anchor: mib("bare", 500),
      max: 1.5,
    };
    expect(formatAim(held)).toBe("thing: ours 250 ms / theirs 100 ms = 2.50x (aim <= 3x): holds");
    expect(formatAim(missed)).toBe(
      "rss: ours 900 MiB / bare 500 MiB = 1.80x (aim <= 1.5x): MISSED",
    );
    const summary = formatSummary([held, missed]);
    expect(summary[summary.length - 1]).toBe("1 of 2 aims hold");
    expect(summary).toContain(`  ${formatAim(missed)}`);
  });

  it("times real processes and reports a failing one", async () => {
    const timed = await medianProcessMs(3, process.execPath, ["-e", "setTimeout(() => {}, 30)"]);
    expect(timed.runs).toHaveLength(3);
    expect(timed.ms).toBe(median(timed.runs));
    expect(timed.ms).toBeGreaterThanOrEqual(30);
    await expect(medianProcessMs(1, process.execPath, ["-e", "process.exit(3)"])).rejects.toThrow(
      /exited 3/,
    );
  });

  it("runs only the listed modules, and skips a listed module that is not there", async () => {
    expect(BENCH_MODULES).toEqual(
      expect.arrayContaining(["validate", "engine", "ingest", "store", "action", "ui"]),
    );
    const lines: string[] = [];
    const context = { log: (l: string) => lines.push(l), size: "small" as const, cli: "" };
    expect(await runBenches(context, { only: ["none-of-them"] })).toEqual([]);
    expect(lines).toEqual([]);
    expect(await runBenches(context, { modules: ["not-a-bench"] })).toEqual([]);
    expect(lines).toEqual([
      "(not-a-bench: no bench/not-a-bench.ts exporting bench() in this build; skipped)",
    ]);
  });
});
