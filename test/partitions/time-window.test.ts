import { describe, expect, it } from "vitest";
import { TimeWindowSchema } from "../../src/partitions/config.js";
import { instantOfWall, parseWallTime, previousTick } from "../../src/partitions/time-window.js";
import { timeDimension } from "../../src/partitions/schemes.js";

// Cases and literal expected values from Dagster's own tests:
// python_modules/dagster/dagster_tests/definitions_tests/partition_tests/test_time_window_partitions.py
// (dagster-io/dagster). `now` there is a naive datetime (UTC) unless the case names a time zone.

type Kind = "hourly" | "daily" | "weekly" | "monthly";

function windows(kind: Kind, fields: Record<string, unknown>, now: string, timezone = "UTC") {
  const config = TimeWindowSchema.parse({ [kind]: fields });
  return timeDimension("date", config, localInstant(now, timezone)).windows;
}

function keys(kind: Kind, fields: Record<string, unknown>, now: string, timezone = "UTC") {
  return windows(kind, { timezone, ...fields }, now, timezone).map((w) => w.key);
}

/** A local wall time (`YYYY-MM-DD[THH:MM]`) in a zone, as a Date. */
function localInstant(text: string, timezone: string): Date {
  const wall = parseWallTime(text, "%Y-%m-%d");
  if (wall === undefined) throw new Error(`bad time ${text}`);
  return new Date(instantOfWall(wall, timezone) * 60_000);
}

const span = (start: string, end: string) => ({
  start: new Date(`${start}Z`).toISOString(),
  end: new Date(`${end}Z`).toISOString(),
});
const spans = (list: { start: string; end: string }[]) =>
  list.map(({ start, end }) => ({ start, end }));

describe("time windows as Dagster's tests give them", () => {
  it("test_daily_partitions, _with_end_offset, _with_negative_end_offset, _with_time_offset", () => {
    expect(spans(windows("daily", { start: "2021-05-05" }, "2021-05-07"))).toEqual([
      span("2021-05-05T00:00", "2021-05-06T00:00"),
      span("2021-05-06T00:00", "2021-05-07T00:00"),
    ]);
    expect(keys("daily", { start: "2021-05-05", end_offset: 2 }, "2021-05-07")).toEqual([
      "2021-05-05",
      "2021-05-06",
      "2021-05-07",
      "2021-05-08",
    ]);
    expect(keys("daily", { start: "2021-05-01", end_offset: -2 }, "2021-05-07")).toEqual([
      "2021-05-01",
      "2021-05-02",
      "2021-05-03",
      "2021-05-04",
    ]);
    const offset = windows("daily", { start: "2021-05-05", minute_offset: 15 }, "2021-05-07");
    expect(offset.map((w) => w.key)).toEqual(["2021-05-05"]);
    expect(spans(offset)).toEqual([span("2021-05-05T00:15", "2021-05-06T00:15")]);
  });

  it("test_monthly_partitions, _with_end_offset, _with_time_offset", () => {
    expect(spans(windows("monthly", { start: "2021-05-01" }, "2021-07-03"))).toEqual([
      span("2021-05-01T00:00", "2021-06-01T00:00"),
      span("2021-06-01T00:00", "2021-07-01T00:00"),
    ]);
    expect(keys("monthly", { start: "2021-05-01", end_offset: 2 }, "2021-07-03")).toEqual([
      "2021-05-01",
      "2021-06-01",
      "2021-07-01",
      "2021-08-01",
    ]);
    const fields = { start: "2021-05-01", minute_offset: 15, hour_offset: 3, day_offset: 12 };
    const offset = windows("monthly", fields, "2021-07-13");
    expect(offset.map((w) => w.key)).toEqual(["2021-05-12", "2021-06-12"]);
    expect(spans(offset)).toEqual([
      span("2021-05-12T03:15", "2021-06-12T03:15"),
      span("2021-06-12T03:15", "2021-07-12T03:15"),
    ]);
  });

  it("test_hourly_partitions, _with_time_offset", () => {
    expect(keys("hourly", { start: "2021-05-05-01:00" }, "2021-05-05T03:00")).toEqual([
      "2021-05-05-01:00",
      "2021-05-05-02:00",
    ]);
    const offset = windows(
      "hourly",
      { start: "2021-05-05-01:00", minute_offset: 15 },
      "2021-05-05T03:30",
    );
    expect(offset.map((w) => w.key)).toEqual(["2021-05-05-01:15", "2021-05-05-02:15"]);
    expect(spans(offset)).toEqual([
      span("2021-05-05T01:15", "2021-05-05T02:15"),
      span("2021-05-05T02:15", "2021-05-05T03:15"),
    ]);
  });

  it("test_weekly_partitions, _with_time_offset", () => {
    expect(spans(windows("weekly", { start: "2021-05-01" }, "2021-05-18"))).toEqual([
      span("2021-05-02T00:00", "2021-05-09T00:00"),
      span("2021-05-09T00:00", "2021-05-16T00:00"),
    ]);
    const fields = { start: "2021-05-01", minute_offset: 15, hour_offset: 4, day_offset: 3 };
    expect(keys("weekly", fields, "2021-05-20")).toEqual(["2021-05-05", "2021-05-12"]);
  });

  it("test_partitioned_config_invalid_offsets: a day offset outside the week or month is refused", () => {
    expect(
      TimeWindowSchema.safeParse({ weekly: { start: "2021-01-01", day_offset: 8 } }).success,
    ).toBe(false);
    expect(
      TimeWindowSchema.safeParse({ monthly: { start: "2021-01-01", day_offset: 32 } }).success,
    ).toBe(false);
  });

  it.each([
    [
      "2021-01-01",
      0,
      "2021-01-06T01:20",
      ["2021-01-01", "2021-01-02", "2021-01-03", "2021-01-04", "2021-01-05"],
    ],
    [
      "2021-01-01",
      1,
      "2021-01-06T01:20",
      ["2021-01-01", "2021-01-02", "2021-01-03", "2021-01-04", "2021-01-05", "2021-01-06"],
    ],
    [
      "2021-01-01",
      2,
      "2021-01-06T01:20",
      [
        "2021-01-01",
        "2021-01-02",
        "2021-01-03",
        "2021-01-04",
        "2021-01-05",
        "2021-01-06",
        "2021-01-07",
      ],
    ],
    [
      "2021-01-01",
      -2,
      "2021-01-08T01:20",
      ["2021-01-01", "2021-01-02", "2021-01-03", "2021-01-04", "2021-01-05"],
    ],
    [
      "2020-12-29",
      0,
      "2021-01-03T01:20",
      ["2020-12-29", "2020-12-30", "2020-12-31", "2021-01-01", "2021-01-02"],
    ],
    ["2020-02-28", 0, "2020-03-03T01:20", ["2020-02-28", "2020-02-29", "2020-03-01", "2020-03-02"]],
    ["2021-02-28", 0, "2021-03-03T01:20", ["2021-02-28", "2021-03-01", "2021-03-02"]],
  ])(
    "test_time_partitions_daily_partitions: start %s, end_offset %i, now %s",
    (start, end_offset, now, expected) => {
      expect(keys("daily", { start, end_offset }, now)).toEqual(expected);
    },
  );

  it.each([
    ["2021-01-01", 0, "2021-03-01T01:20", ["2021-01-01", "2021-02-01"]],
    ["2021-01-01", 1, "2021-03-01T01:20", ["2021-01-01", "2021-02-01", "2021-03-01"]],
    ["2021-01-01", 2, "2021-03-01T01:20", ["2021-01-01", "2021-02-01", "2021-03-01", "2021-04-01"]],
    ["2021-01-01", -1, "2021-03-27", ["2021-01-01"]],
    ["2021-01-03", 0, "2021-01-31", []],
  ])(
    "test_time_partitions_monthly_partitions: start %s, end_offset %i, now %s",
    (start, end_offset, now, expected) => {
      expect(keys("monthly", { start, end_offset }, now)).toEqual(expected);
    },
  );

  it.each([
    ["2021-01-01", 0, "2021-01-31T01:20", ["2021-01-03", "2021-01-10", "2021-01-17", "2021-01-24"]],
    [
      "2021-01-01",
      1,
      "2021-01-31T01:20",
      ["2021-01-03", "2021-01-10", "2021-01-17", "2021-01-24", "2021-01-31"],
    ],
    [
      "2021-01-01",
      2,
      "2021-01-31T01:20",
      ["2021-01-03", "2021-01-10", "2021-01-17", "2021-01-24", "2021-01-31", "2021-02-07"],
    ],
    ["2021-01-01", -2, "2021-01-24T01:20", ["2021-01-03"]],
    ["2021-01-04", 0, "2021-01-09", []],
  ])(
    "test_time_partitions_weekly_partitions: start %s, end_offset %i, now %s",
    (start, end_offset, now, expected) => {
      expect(keys("weekly", { start, end_offset }, now)).toEqual(expected);
    },
  );

  // US/Central is a link to America/Chicago.
  it.each([
    [
      "2021-01-01T00:00",
      "UTC",
      0,
      "2021-01-01T04:01",
      ["2021-01-01-00:00", "2021-01-01-01:00", "2021-01-01-02:00", "2021-01-01-03:00"],
    ],
    [
      "2021-01-01T00:00",
      "UTC",
      1,
      "2021-01-01T04:01",
      [
        "2021-01-01-00:00",
        "2021-01-01-01:00",
        "2021-01-01-02:00",
        "2021-01-01-03:00",
        "2021-01-01-04:00",
      ],
    ],
    ["2021-01-01T00:00", "UTC", -1, "2021-01-01T03:30", ["2021-01-01-00:00", "2021-01-01-01:00"]],
    ["2021-01-01T00:02", "UTC", 0, "2021-01-01T00:59", []],
    [
      "2021-03-14T01:00",
      "UTC",
      0,
      "2021-03-14T04:01",
      ["2021-03-14-01:00", "2021-03-14-02:00", "2021-03-14-03:00"],
    ],
    [
      "2021-03-14T01:00",
      "America/Chicago",
      0,
      "2021-03-14T04:01",
      ["2021-03-14-01:00", "2021-03-14-03:00"],
    ],
    [
      "2021-11-07T00:00",
      "UTC",
      0,
      "2021-11-07T04:01",
      ["2021-11-07-00:00", "2021-11-07-01:00", "2021-11-07-02:00", "2021-11-07-03:00"],
    ],
    [
      "2021-11-07T00:00",
      "America/Chicago",
      0,
      "2021-11-07T04:01",
      [
        "2021-11-07-00:00",
        "2021-11-07-01:00",
        "2021-11-07-01:00-0600",
        "2021-11-07-02:00",
        "2021-11-07-03:00",
      ],
    ],
  ])(
    "test_time_partitions_hourly_partitions: start %s %s, end_offset %i, now %s",
    (start, timezone, end_offset, now, expected) => {
      expect(keys("hourly", { start, end_offset }, now, timezone)).toEqual(expected);
    },
  );

  it("test_twice_daily_partitions and test_start_not_aligned: cron-defined windows", () => {
    const twice = TimeWindowSchema.parse({
      cron: { schedule: "0 0,11 * * *", start: "2021-05-05" },
    });
    expect(spans(timeDimension("d", twice, new Date("2021-05-07T00:00Z")).windows)).toEqual([
      span("2021-05-05T00:00", "2021-05-05T11:00"),
      span("2021-05-05T11:00", "2021-05-06T00:00"),
      span("2021-05-06T00:00", "2021-05-06T11:00"),
      span("2021-05-06T11:00", "2021-05-07T00:00"),
    ]);
    const late = TimeWindowSchema.parse({
      cron: { schedule: "0 7 * * *", start: "2021-05-05", fmt: "%Y-%m-%d-%H:%M" },
    });
    const lateWindows = timeDimension("d", late, new Date("2021-05-08T00:00Z")).windows;
    expect(spans(lateWindows)).toEqual([
      span("2021-05-05T07:00", "2021-05-06T07:00"),
      span("2021-05-06T07:00", "2021-05-07T07:00"),
    ]);
    expect(lateWindows[0]?.key).toBe("2021-05-05-07:00");
  });

  it("test_invalid_get_partition_keys_in_range: end is exclusive (2020-01-01..2020-01-05 ends on the 4th)", () => {
    expect(keys("daily", { start: "2020-01-01", end: "2020-01-05" }, "2026-01-01")).toEqual([
      "2020-01-01",
      "2020-01-02",
      "2020-01-03",
      "2020-01-04",
    ]);
    // The example: 2022-01-01..2022-02-01 is 31 partitions, as in Dagster.
    expect(keys("daily", { start: "2022-01-01", end: "2022-02-01" }, "2026-01-01")).toHaveLength(
      31,
    );
  });

  it("formats keys with fmt, and accepts cron macros", () => {
    expect(keys("daily", { start: "2021-05-05", fmt: "%Y%m%d" }, "2021-05-07")).toEqual([
      "20210505",
      "20210506",
    ]);
    const macro = TimeWindowSchema.parse({ cron: { schedule: "@daily", start: "2021-05-05" } });
    expect(timeDimension("d", macro, new Date("2021-05-07T00:00Z")).keys).toEqual([
      "2021-05-05",
      "2021-05-06",
    ]);
  });
});

describe("daylight saving: schedules tick as Dagster's do", () => {
  it("America/New_York: 02:30 on the spring-forward day runs at 03:00 EDT, the next existing time", () => {
    const tick = previousTick("30 2 * * *", new Date("2021-03-14T12:00:00Z"), "America/New_York");
    expect(tick?.toISOString()).toBe("2021-03-14T07:00:00.000Z");
  });

  it("America/New_York: 01:30 on the fall-back day runs once, at the second occurrence (EST)", () => {
    const at = (iso: string) =>
      previousTick("30 1 * * *", new Date(iso), "America/New_York")?.toISOString();
    // 05:45Z is 01:45 EDT (first pass): the 01:30 tick of that day has not happened yet.
    expect(at("2021-11-07T05:45:00Z")).toBe("2021-11-06T05:30:00.000Z");
    expect(at("2021-11-07T06:45:00Z")).toBe("2021-11-07T06:30:00.000Z");
  });

  it("Europe/London: 01:30 is skipped in spring (runs at 02:00 BST) and repeated once in autumn", () => {
    expect(
      previousTick("30 1 * * *", new Date("2021-03-28T12:00:00Z"), "Europe/London")?.toISOString(),
    ).toBe("2021-03-28T01:00:00.000Z");
    expect(
      previousTick("30 1 * * *", new Date("2021-10-31T12:00:00Z"), "Europe/London")?.toISOString(),
    ).toBe("2021-10-31T01:30:00.000Z");
    const daily = TimeWindowSchema.parse({
      daily: { start: "2021-10-30", timezone: "Europe/London", hour_offset: 1, minute_offset: 30 },
    });
    const around = timeDimension("d", daily, new Date("2021-11-02T00:00Z")).windows;
    expect(spans(around)).toEqual([
      span("2021-10-30T00:30", "2021-10-31T01:30"),
      span("2021-10-31T01:30", "2021-11-01T01:30"),
    ]);
  });

  it("an hourly cron fires on both passes of a repeated hour", () => {
    const tick = previousTick("0 * * * *", new Date("2021-11-07T06:30:00Z"), "America/New_York");
    expect(tick?.toISOString()).toBe("2021-11-07T06:00:00.000Z");
    const first = previousTick("0 * * * *", new Date("2021-11-07T05:30:00Z"), "America/New_York");
    expect(first?.toISOString()).toBe("2021-11-07T05:00:00.000Z");
  });
});
