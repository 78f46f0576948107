import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EventRecord } from "../../src/store/events.js";
import { LocalEventStore, S3EventStore, type EventStore } from "../../src/store/event-store.js";
import { StoreLayout } from "../../src/store/layout.js";
import { resolveS3Connection } from "../../src/store/s3-client.js";
import { S3Objects } from "../../src/store/s3-objects.js";
import { startS3Server, type S3Server } from "../support/s3-server.js";

let server: S3Server;
beforeAll(async () => {
  server = await startS3Server(["events"]);
});
afterAll(async () => server.stop());

function record(writer: number, n: number): EventRecord {
  const now = new Date().toISOString();
  return {
    asset: `p${writer % 8}.build`,
    partition: `w${writer}`,
    status: "success",
    start: now,
    end: now,
    durationMs: 0,
    runId: `run-${writer}`,
    fingerprint: String(n),
    metadata: { n },
  };
}

/** 64 writers x 1,000 records, each writer appending batches of `batch` as fast as it can. */
async function hammer(store: EventStore, batch: number): Promise<void> {
  await Promise.all(
    Array.from({ length: 64 }, async (_, writer) => {
      for (let n = 0; n < 1000; n += batch)
        await store.append(Array.from({ length: batch }, (_, i) => record(writer, n + i)));
    }),
  );
}

async function check(store: EventStore): Promise<void> {
  const all = await store.readAll();
  expect(all).toHaveLength(64_000);
  expect(new Set(all.map((r) => `${r.runId}/${r.fingerprint}`)).size).toBe(64_000);
  const current = await store.current();
  expect(current.entries.size).toBe(64);
}

describe("64 concurrent writers x 1,000 records lose none", () => {
  it("locally (events.jsonl, one append per record)", async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-events-"));
    const store = new LocalEventStore(new StoreLayout(root));
    await hammer(store, 1);
    await check(store);
  });

  it("on moto (one object per batch of 50)", async () => {
    const s3 = new S3Objects("events", resolveS3Connection(server.env));
    const store = new S3EventStore(s3, "x");
    await hammer(store, 50);
    await check(store);
    const before = s3.requests;
    await store.current();
    // GET the index, then LIST the keys still inside the 15-minute settle window (1,280 here: 2 pages).
    expect(s3.requests - before).toBe(3);
  }, 300_000);
});
