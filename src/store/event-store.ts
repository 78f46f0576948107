import fs from "node:fs/promises";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { writeFileAtomically } from "./atomic.js";
import {
  currentState,
  emptyIndex,
  foldRecords,
  parseIndex,
  parseLines,
  type CurrentState,
  type EventIndex,
} from "./event-index.js";
import { appendEvents, readEvents, type EventRecord } from "./events.js";
import type { StoreLayout } from "./layout.js";
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
    const saved = parseIndex(await fs.readFile(this.indexFile, "utf8").catch(() => ""));
    let index = saved && typeof saved.cursor === "number" ? saved : emptyIndex(0);
    const tail = await readFrom(this.layout.eventsFile, index.cursor as number);
    if (tail === undefined) index = emptyIndex(0);
    else if (tail.bytes > 0) {
      foldRecords(index, parseLines(tail.text));
      index.cursor = (index.cursor as number) + tail.bytes;
      await writeFileAtomically(this.indexFile, JSON.stringify(index)).catch(() => undefined);
    }
    return currentState(index);
  }
}

/** The log from byte `offset` up to its last newline; undefined when the log is shorter (replaced). */
async function readFrom(
  file: string,
  offset: number,
): Promise<{ text: string; bytes: number } | undefined> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(file, "r");
    const { size } = await handle.stat();
    if (size < offset) return undefined;
    const buffer = Buffer.alloc(size - offset);
    await handle.read(buffer, 0, buffer.length, offset);
    const end = buffer.lastIndexOf(0x0a) + 1;
    return { text: buffer.subarray(0, end).toString("utf8"), bytes: end };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT")
      return offset === 0 ? { text: "", bytes: 0 } : undefined;
    throw error;
  } finally {
    await handle?.close();
  }
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
    const parsed = saved ? parseIndex(saved.body.toString("utf8")) : undefined;
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
    const body = JSON.stringify(index);
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
