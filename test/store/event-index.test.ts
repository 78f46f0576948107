import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { emptyIndex, foldRecords, serializeIndex } from "../../src/store/event-index.js";
import { LocalEventStore } from "../../src/store/event-store.js";
import { eventKey, type EventRecord } from "../../src/store/events.js";
import { StoreLayout } from "../../src/store/layout.js";

function record(asset: string, partition: string, minute: number, status = "success"): EventRecord {
  const end = new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();
  return {
    asset,
    partition,
    status: status as EventRecord["status"],
    start: end,
    end,
    durationMs: minute,
    runId: `run-${minute}`,
    fingerprint: "f",
    metadata: { minute },
  };
}

async function storeWith(records: EventRecord[]) {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-index-"));
  const layout = new StoreLayout(root);
  const store = new LocalEventStore(layout);
  await store.append(records);
  return { layout, store };
}

const history = [
  record("a.build", "p1", 1),
  record("a.build", "p2", 2),
  record("a.build", "p1", 3, "failed"),
  record("b.build", "p1", 4),
];

function summary(state: Awaited<ReturnType<LocalEventStore["current"]>>) {
  return [...state.entries].map(([key, e]) => [key, e.last.runId, e.lastSuccess?.runId]);
}

const EXPECTED = [
  [eventKey("a.build", "p1"), "run-3", "run-1"],
  [eventKey("a.build", "p2"), "run-2", "run-2"],
  [eventKey("b.build", "p1"), "run-4", "run-4"],
];

describe("the local current-state index", () => {
  it("is JSON lines: a header with cursor and count, then one entry per line", async () => {
    const { store } = await storeWith(history);
    expect(summary(await store.current())).toEqual(EXPECTED);
    const lines = (await fs.readFile(store.indexFile, "utf8")).trimEnd().split("\n");
    expect(lines).toHaveLength(4);
    const header = JSON.parse(lines[0] ?? "") as { format: number; cursor: number };
    expect(header).toMatchObject({ format: 2, entries: 3 });
    expect(header.cursor).toBe(
      (await fs.stat(path.join(path.dirname(store.indexFile), "events.jsonl"))).size,
    );
    expect(JSON.parse(lines[2] ?? "")).toMatchObject({ lastIsSuccess: true });
    expect(JSON.parse(lines[1] ?? "")).toMatchObject({ lastSuccess: { runId: "run-1" } });
  });

  it("serves status from the index: the log before its cursor is not read again", async () => {
    const { store, layout } = await storeWith(history);
    await store.current();
    // Same length, other content: only a reread of the log's head would see it.
    const log = await fs.readFile(layout.eventsFile, "utf8");
    await fs.writeFile(layout.eventsFile, log.replace('"runId":"run-4"', '"runId":"run-X"'));
    expect(summary(await store.current())).toEqual(EXPECTED);
    await store.append([record("b.build", "p1", 9, "failed")]);
    const after = await store.current();
    expect(after.entries.get(eventKey("b.build", "p1"))?.last.runId).toBe("run-9");
    expect(after.entries.get(eventKey("b.build", "p1"))?.lastSuccess?.runId).toBe("run-4");
  });

  it("a torn, foreign-format or miscounted index is rebuilt from the log", async () => {
    const { store } = await storeWith(history);
    await store.current();
    const good = await fs.readFile(store.indexFile, "utf8");
    const broken = [
      good.slice(0, good.length - 40),
      JSON.stringify({ format: 1, cursor: 0, tail: [], entries: {} }),
      good.replace('"entries":3', '"entries":4'),
      good.replace('"status":"failed"', '"status":"nope"'),
      "",
    ];
    for (const text of broken) {
      await fs.writeFile(store.indexFile, text);
      expect(summary(await store.current())).toEqual(EXPECTED);
    }
  });

  it("a log shorter than the cursor (replaced) is folded again from its start", async () => {
    const { store, layout } = await storeWith(history);
    await store.current();
    await fs.writeFile(layout.eventsFile, `${JSON.stringify(record("c.build", "k", 7))}\n`);
    expect(summary(await store.current())).toEqual([[eventKey("c.build", "k"), "run-7", "run-7"]]);
  });

  it("is written in chunks of lines, none of them the whole index", () => {
    const index = emptyIndex(0);
    foldRecords(
      index,
      Array.from({ length: 10_000 }, (_, i) => record(`p${i % 50}.build`, `k${i}`, i % 60)),
    );
    const chunks = [...serializeIndex(index, 1000)];
    expect(chunks).toHaveLength(1 + 10);
    expect(chunks.slice(1).every((c) => c.split("\n").length === 1001)).toBe(true);
  });
});
