import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  appendEvents,
  latestEvents,
  readEvents,
  type EventRecord,
} from "../../src/store/events.js";
import { StoreLayout } from "../../src/store/layout.js";

function record(asset: string, status: EventRecord["status"], runId = "r1"): EventRecord {
  return {
    asset,
    partition: "main",
    status,
    start: "2025-01-01T00:00:00.000Z",
    end: "2025-01-01T00:00:01.000Z",
    durationMs: 1000,
    runId,
    fingerprint: "f",
    metadata: { n: 1 },
  };
}

async function layout(): Promise<StoreLayout> {
  return new StoreLayout(await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-events-")));
}

describe("event log", () => {
  it("appends records as JSON lines and reads them back in order", async () => {
    const store = await layout();
    expect(await readEvents(store)).toEqual([]);
    await appendEvents(store, [record("a.plan", "success")]);
    await appendEvents(store, [record("a.load", "failed"), record("a.plan", "skipped", "r2")]);
    const text = await fs.readFile(store.eventsFile, "utf8");
    expect(text.split("\n")).toHaveLength(4);
    const events = await readEvents(store);
    expect(events.map((e) => `${e.asset}:${e.status}`)).toEqual([
      "a.plan:success",
      "a.load:failed",
      "a.plan:skipped",
    ]);
    const { last, lastSuccess } = latestEvents(events);
    expect(last.get("a.plan\u0000main")?.runId).toBe("r2");
    expect(lastSuccess.get("a.plan\u0000main")?.runId).toBe("r1");
    expect(lastSuccess.has("a.load\u0000main")).toBe(false);
  });

  it("tolerates a torn last line and keeps the next record whole", async () => {
    const store = await layout();
    await appendEvents(store, [record("a.plan", "success")]);
    await fs.appendFile(store.eventsFile, '{"asset":"a.load","partition":"ma');
    expect((await readEvents(store)).map((e) => e.asset)).toEqual(["a.plan"]);
    await appendEvents(store, [record("a.build", "cancelled")]);
    expect((await readEvents(store)).map((e) => e.asset)).toEqual(["a.plan", "a.build"]);
  });

  it("skips lines that are not records", async () => {
    const store = await layout();
    await fs.mkdir(store.root, { recursive: true });
    await fs.writeFile(
      store.eventsFile,
      `not json\n{"asset":"x"}\n${JSON.stringify(record("a.plan", "success"))}\n\n`,
    );
    expect(await readEvents(store)).toHaveLength(1);
  });

  it("reads a log of many chunks, lines cut across them, and a last record without its newline", async () => {
    const store = await layout();
    await fs.mkdir(store.root, { recursive: true });
    // ~20 MiB of records, 8 MiB read at a time: lines straddle every chunk boundary.
    const lines = Array.from({ length: 60_000 }, (_, i) =>
      JSON.stringify({ ...record(`p${i}.build`, "success"), metadata: { pad: "é".repeat(150) } }),
    );
    await fs.writeFile(
      store.eventsFile,
      `${lines.join("\n")}\n${JSON.stringify(record("z", "failed"))}`,
    );
    const events = await readEvents(store);
    expect(events).toHaveLength(60_001);
    expect(events[59_999]?.asset).toBe("p59999.build");
    expect(events.every((e, i) => i === 60_000 || e.metadata.pad === "é".repeat(150))).toBe(true);
    expect(events[60_000]).toMatchObject({ asset: "z", status: "failed" });
  });
});
