import { describe, expect, it } from "vitest";
import { parseWithSchema, parseYamlFile } from "../../src/config/yaml-file.js";
import { PartitionsConfigSchema, SchedulesConfigSchema } from "../../src/partitions/config.js";

function parse(text: string, schema: typeof PartitionsConfigSchema | typeof SchedulesConfigSchema) {
  return parseWithSchema(parseYamlFile("products.yml", text), schema);
}

describe("partitions: schema", () => {
  it("accepts every scheme", () => {
    for (const text of [
      "dynamic",
      "[us, eu]",
      "static: [us, eu]",
      "daily: { start: 2025-01-01, timezone: Europe/London }",
      "dimensions: { region: [us, eu], day: { daily: { start: 2025-01-01 } }, tier: { static: [a] } }",
      "universe: [mic=XLON, { mic: [XPAR, XETR], blacklist: [XETR] }, { product: [{ index: [FTSE] }, liquid] }]\ndate: { start: 2025-01-01, end: 2025-01-31, timezone: Europe/London, batch: W }",
    ]) {
      expect(parse(text, PartitionsConfigSchema).diagnostics).toEqual([]);
    }
  });

  it("fills defaults", () => {
    const { data } = parse(
      "universe: [mic=XLON]\ndate: { start: 2025-01-01 }",
      PartitionsConfigSchema,
    );
    expect(data).toEqual({
      universe: ["mic=XLON"],
      date: { start: "2025-01-01", timezone: "UTC", batch: "auto" },
    });
  });

  it("locates bad fields with the value received", () => {
    const bad = parse(
      "universe: [mic=XLON]\ndate:\n  start: 2025-02-30\n  batch: D\n",
      PartitionsConfigSchema,
    );
    const messages = bad.diagnostics.map((d) => `${d.line}:${d.column} ${d.path} ${d.message}`);
    expect(messages).toContainEqual(
      expect.stringMatching(/^3:10 date\.start expected a date YYYY-MM-DD/),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/^4:10 date\.batch .*received "D".*"W", "2W", "M", "A", "auto"/),
    );
    const unknown = parse(
      "daily: { start: 2025-01-01, timezone: Mars/Olympus }",
      PartitionsConfigSchema,
    );
    expect(unknown.diagnostics[0]?.message).toContain("IANA time zone");
    const extra = parse("static: [a]\nextra: 1", PartitionsConfigSchema);
    expect(extra.diagnostics.length).toBeGreaterThan(0);
  });
});

describe("schedules: schema", () => {
  it("accepts schedules with yesterday, today and fixed dates", () => {
    const { data, diagnostics } = parse(
      `- name: nightly
  cron: "0 6 * * 1-5"
  timezone: Europe/London
  partitions:
    - { date: yesterday, universe: [mic=XLON, mic=XPAR] }
    - { date: today }
    - { date: 2025-01-02, universe: mic=XLON }
`,
      SchedulesConfigSchema,
    );
    expect(diagnostics).toEqual([]);
    expect(SchedulesConfigSchema.parse(data)[0]?.partitions?.[0]).toEqual({
      date: "yesterday",
      universe: ["mic=XLON", "mic=XPAR"],
    });
  });

  it("rejects a bad cron and a bad date with their location", () => {
    const { diagnostics } = parse(
      `- name: nightly\n  cron: "0 6 * *"\n  partitions: [{ date: tomorrow }]\n`,
      SchedulesConfigSchema,
    );
    expect(diagnostics.map((d) => d.path)).toEqual(["[0].cron", "[0].partitions[0].date"]);
    expect(diagnostics[0]?.message).toContain("5 cron fields");
  });

  it("reports a cron field out of range where the YAML has it, for schedules and cron windows", () => {
    const schedules = parse(`- name: nightly\n  cron: "0 25 * * *"\n`, SchedulesConfigSchema);
    expect(schedules.diagnostics).toMatchObject([
      { path: "[0].cron", line: 2, message: expect.stringContaining('hour "25" is not in 0-23') },
    ]);
    const window = parse(
      `cron:\n  start: 2025-01-01\n  schedule: "0 0 L * *"\n`,
      PartitionsConfigSchema,
    );
    expect(window.diagnostics).toMatchObject([
      {
        path: "cron.schedule",
        line: 3,
        message: expect.stringContaining('day of month "L" is not valid; allowed: 1-31'),
      },
    ]);
  });
});
