import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { StoreLayout } from "./layout.js";
import { readLinesFrom } from "./lines.js";

export const EVENT_STATUSES = ["success", "failed", "cancelled", "skipped"] as const;

/** One materialisation record, one JSON object per line of `events.jsonl`. */
export const EventRecordSchema = z.object({
  asset: z.string(),
  partition: z.string(),
  status: z.enum(EVENT_STATUSES),
  /** ISO timestamps. */
  start: z.string(),
  end: z.string(),
  durationMs: z.number(),
  runId: z.string(),
  fingerprint: z.string(),
  metadata: z.record(z.string(), z.unknown()).default({}),
  error: z.string().optional(),
});
export type EventRecord = z.infer<typeof EventRecordSchema>;

/** A run's id: when it started, and a random suffix (`2026-11-22T05-30-50-123Z-1a2b3c4d`). */
export function newRunId(now: Date = new Date()): string {
  return `${now.toISOString().replace(/[:.]/g, "-")}-${randomUUID().slice(0, 8)}`;
}

/**
 * Append records to the event log. One `appendFile` call per batch: O_APPEND writes of one line
 * each are not interleaved with other writers on a local filesystem.
 */
export async function appendEvents(
  layout: StoreLayout,
  records: readonly EventRecord[],
): Promise<void> {
  if (records.length === 0) return;
  await fs.mkdir(path.dirname(layout.eventsFile), { recursive: true });
  const prefix = (await endsWithPartialLine(layout.eventsFile)) ? "\n" : "";
  await fs.appendFile(layout.eventsFile, prefix + records.map(toLine).join(""));
}

/**
 * The event log of one run: records appended in order, batched while a write is in flight. The
 * torn-tail check runs once, before the first write.
 */
export class EventLog {
  private pending: EventRecord[] = [];
  private writing: Promise<void> = Promise.resolve();
  private first = true;
  private failure: unknown;

  /** Records go to `sink` (a store's EventStore), or to the local log of `layout`. */
  constructor(
    private readonly layout: StoreLayout,
    private readonly sink?: { append(records: readonly EventRecord[]): Promise<void> },
  ) {}

  append(record: EventRecord): void {
    this.pending.push(record);
    if (this.pending.length === 1) this.writing = this.writing.then(() => this.flush());
  }

  /** Resolves once every appended record is written; rejects if a write failed. */
  async settled(): Promise<void> {
    await this.writing;
    if (this.failure !== undefined) throw this.failure;
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    try {
      if (this.sink) await this.sink.append(batch);
      else if (this.first) await appendEvents(this.layout, batch);
      else await fs.appendFile(this.layout.eventsFile, batch.map(toLine).join(""));
      this.first = false;
    } catch (error) {
      this.failure ??= error;
    }
  }
}

function toLine(record: EventRecord): string {
  return `${JSON.stringify(record)}\n`;
}

/** A process killed mid-write leaves a torn last line; start on a fresh line so the next record is whole. */
async function endsWithPartialLine(file: string): Promise<boolean> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(file, "r");
    const { size } = await handle.stat();
    if (size === 0) return false;
    const last = Buffer.alloc(1);
    await handle.read(last, 0, 1, size - 1);
    return last[0] !== 0x0a;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw error;
  } finally {
    await handle?.close();
  }
}

/**
 * Every readable record, oldest first, read a chunk at a time (the log may be longer than one
 * string can hold). Lines that are not a whole, valid record (a torn write) are skipped.
 */
export async function readEvents(layout: StoreLayout): Promise<EventRecord[]> {
  const records: EventRecord[] = [];
  const collect = (lines: string[]) => {
    for (const line of lines) {
      const record = parseLine(line);
      if (record) records.push(record);
    }
  };
  await readLinesFrom(layout.eventsFile, 0, collect, { lastLine: true });
  return records;
}

function parseLine(line: string): EventRecord | undefined {
  if (line.trim() === "") return undefined;
  try {
    const parsed = EventRecordSchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function eventKey(asset: string, partition: string): string {
  return `${asset}\u0000${partition}`;
}

/** The latest record per (asset, partition), and the latest success per (asset, partition). */
export function latestEvents(records: readonly EventRecord[]): {
  last: Map<string, EventRecord>;
  lastSuccess: Map<string, EventRecord>;
} {
  const last = new Map<string, EventRecord>();
  const lastSuccess = new Map<string, EventRecord>();
  for (const record of records) {
    const key = eventKey(record.asset, record.partition);
    last.set(key, record);
    if (record.status === "success") lastSuccess.set(key, record);
  }
  return { last, lastSuccess };
}
