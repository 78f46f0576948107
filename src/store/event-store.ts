import path from "node:path";
import { randomUUID } from "node:crypto";
import { writeFileAtomically } from "./atomic.js";
import {
  bufferLines,
  currentState,
  emptyIndex,
  foldRecords,
  IndexReader,
  parseLines,
  recordsOf,
  serializeIndex,
  type CurrentState,
  type EventIndex,
} from "./event-index.js";
import { appendEvents, readEvents, type EventRecord } from "./events.js";
import type { StoreLayout } from "./layout.js";
import { readLinesFrom } from "./lines.js";
import { mapLimit } from "./limit.js";
import type { S3Objects } from "./s3-objects.js";

/**
 * Where a store keeps its event records. Rules: `append` never loses a record, whatever the
 * number of concurrent writers (locally one O_APPEND write per batch; on S3 one new object per
 * batch); `readAll` is the whole history, oldest first (O(history)); `current` is the index,
 * brought up to date with the records that landed since, and costs O(assets x partitions).
 */
export interface EventStore {
  append(records: readonly EventRecord[]): Promise<void>;
  readAll(): Promise<EventRecord[]>;
  current(): Promise<CurrentState>;
}

/** `events.jsonl` with `events-index.json` beside it. */
export class LocalEventStore implements EventStore {
  constructor(private readonly layout: StoreLayout) {}

  get indexFile(): string {
    return path.join(this.layout.root, "events-index.json");
  }

  append(records: readonly EventRecord[]): Promise<void> {
    return appendEvents(this.layout, records);
  }

  readAll(): Promise<EventRecord[]> {
    return readEvents(this.layout);
  }

  async current(): Promise<CurrentState> {
    const saved = await readLocalIndex(this.indexFile);
    let index = saved && typeof saved.cursor === "number" ? saved : emptyIndex(0);
    let folded = await foldLog(this.layout.eventsFile, index);
    // The log is shorter than the index says: it was replaced; fold it again from the start.
    if (folded === undefined)
      folded = await foldLog(this.layout.eventsFile, (index = emptyIndex(0)));
    if ((folded ?? 0) > 0)
      await writeFileAtomically(this.indexFile, serializeIndex(index)).catch(() => undefined);
    return currentState(index);
  }
}

async function readLocalIndex(file: string): Promise<EventIndex | undefined> {
  const reader = new IndexReader();
  const read = await readLinesFrom(file, 0, (lines) => reader.addLines(lines));
  return read ? reader.result : undefined;
}

/** Fold the log from the index's cursor on; the bytes folded, undefined when the log is shorter. */
async function foldLog(file: string, index: EventIndex): Promise<number | undefined> {
  const bytes = await readLinesFrom(file, index.cursor as number, (lines) =>
    foldRecords(index, recordsOf(lines)),
  );
  if (bytes !== undefined) index.cursor = (index.cursor as number) + bytes;
  return bytes;
}

/** How long a record's key may lag behind the newest (a slow PUT, clock skew) and still be folded. */
const SETTLE_MS = 15 * 60_000;

/**
 * One object per batch, `events/log/<ISO time>-<uuid>.jsonl`, and `events/index.json`. The index
 * folds every key up to its cursor plus the keys above it listed in `tail`; a reader lists only
 * the keys after the cursor. The index is rewritten with If-Match, so an older fold never
 * replaces a newer one.
 */
export class S3EventStore implements EventStore {
  constructor(
    private readonly s3: S3Objects,
    private readonly prefix: string,
  ) {}

  private key(relative: string): string {
    return this.prefix === "" ? relative : `${this.prefix}/${relative}`;
  }

  private get logPrefix(): string {
    return this.key("events/log/");
  }

  async append(records: readonly EventRecord[]): Promise<void> {
    if (records.length === 0) return;
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const key = `${this.logPrefix}${stamp}-${randomUUID()}.jsonl`;
    await this.s3.put(key, records.map((r) => `${JSON.stringify(r)}\n`).join(""), {
      ifNoneMatch: "*",
    });
  }

  async readAll(): Promise<EventRecord[]> {
    const keys: string[] = [];
    for await (const object of this.s3.list(this.logPrefix)) keys.push(object.key);
    const batches = await mapLimit(keys, 16, (key) => this.readBatch(key));
    return batches.flat();
  }

  private async readBatch(key: string): Promise<EventRecord[]> {
    const got = await this.s3.get(key);
    return got ? parseLines(got.body.toString("utf8")) : [];
  }

  async current(): Promise<CurrentState> {
    const indexKey = this.key("events/index.json");
    const saved = await this.s3.get(indexKey);
    const parsed = saved ? parseS3Index(saved.body) : undefined;
    const index: EventIndex = parsed && typeof parsed.cursor === "string" ? parsed : emptyIndex("");
    const folded = new Set(index.tail);
    const fresh: string[] = [];
    const start = index.cursor === "" ? undefined : (index.cursor as string);
    for await (const object of this.s3.list(this.logPrefix, start))
      if (!folded.has(object.key)) fresh.push(object.key);
    if (fresh.length === 0) return currentState(index);
    const batches = await mapLimit(fresh, 16, (key) => this.readBatch(key));
    foldRecords(index, batches.flat());
    this.advance(index, [...folded, ...fresh]);
    const body = Buffer.concat([...serializeIndex(index)].map((chunk) => Buffer.from(chunk)));
    await this.s3.put(indexKey, body, saved ? { ifMatch: saved.etag } : { ifNoneMatch: "*" });
    return currentState(index);
  }

  /** Move the cursor to SETTLE_MS before now; keep in `tail` the folded keys above it. */
  private advance(index: EventIndex, folded: string[]): void {
    const settled = new Date(Date.now() - SETTLE_MS).toISOString().replace(/[:.]/g, "-");
    const cursor = `${this.logPrefix}${settled}`;
    if (typeof index.cursor !== "string" || cursor > index.cursor) index.cursor = cursor;
    index.tail = folded.filter((key) => key > (index.cursor as string)).sort();
  }
}

function parseS3Index(body: Buffer): EventIndex | undefined {
  const reader = new IndexReader();
  const lines: string[] = [];
  for (const line of bufferLines(body)) {
    lines.push(line);
    if (lines.length >= 4096) reader.addLines(lines.splice(0));
  }
  reader.addLines(lines);
  return reader.result;
}
