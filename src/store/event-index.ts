import { z } from "zod";
import { EVENT_STATUSES, eventKey, EventRecordSchema, type EventRecord } from "./events.js";

/*
 * The current-state index kept beside the event log: per (asset, partition) the last record and
 * the last success, and how far into the log it has folded (`cursor`). It is a cache, never the
 * truth: any index is a fold of a prefix of the log, so a lost or older index only means more of
 * the log's tail to read; a missing or unreadable one is rebuilt from the log.
 *
 * Stored as JSON lines (format 2), never one JSON document: at 200 products x 4 stages x 1,500
 * partitions it is ~600 MB, more than one JavaScript string can hold. Line 1 is the header
 * (format, cursor, tail), then one entry per line; `lastIsSuccess` stands for a lastSuccess equal
 * to last (the common case), so it is not written twice.
 */

export const INDEX_FORMAT = 2;

const HeaderSchema = z.object({
  format: z.literal(INDEX_FORMAT),
  /** Local: a byte offset into events.jsonl. S3: every log key <= this is folded. */
  cursor: z.union([z.number().int().min(0), z.string()]),
  /** S3: keys above the cursor that are folded already. */
  tail: z.array(z.string()).default([]),
  entries: z.number().int().min(0),
});

export interface IndexEntry {
  last: EventRecord;
  lastSuccess?: EventRecord;
}

export interface EventIndex {
  cursor: number | string;
  tail: string[];
  /** eventKey(asset, partition) -> entry. */
  entries: Map<string, IndexEntry>;
}

export function emptyIndex(cursor: number | string): EventIndex {
  return { cursor, tail: [], entries: new Map() };
}

/** The index as JSON lines, in chunks of about `chunkEntries` entries (never one big string). */
export function* serializeIndex(index: EventIndex, chunkEntries = 2048): Generator<string> {
  const header = { format: INDEX_FORMAT, cursor: index.cursor, tail: index.tail };
  yield `${JSON.stringify({ ...header, entries: index.entries.size })}\n`;
  let lines: string[] = [];
  for (const { last, lastSuccess } of index.entries.values()) {
    const line =
      lastSuccess === undefined
        ? { last }
        : lastSuccess === last
          ? { last, lastIsSuccess: true }
          : { last, lastSuccess };
    lines.push(`${JSON.stringify(line)}\n`);
    if (lines.length >= chunkEntries) {
      yield lines.join("");
      lines = [];
    }
  }
  if (lines.length > 0) yield lines.join("");
}

/**
 * Reads an index line by line. `add` throws nothing: a line that does not parse, a header of
 * another format or a count that does not match makes `result` undefined (rebuild from the log).
 */
export class IndexReader {
  private index: EventIndex | undefined;
  private expected = -1;
  private broken = false;

  /** Lines of the index, in order (one JSON.parse for them all: the file is ours, written whole). */
  addLines(lines: readonly string[]): void {
    const present = lines.filter((line) => line.trim() !== "");
    const parsed = parseJson(`[${present.join(",")}]`);
    if (Array.isArray(parsed) && parsed.length === present.length)
      for (const value of parsed) this.addValue(value);
    else for (const line of present) this.addValue(parseJson(line));
  }

  private addValue(parsed: unknown): void {
    if (this.broken) return;
    if (this.index === undefined) {
      const header = HeaderSchema.safeParse(parsed);
      if (!header.success) return void (this.broken = true);
      this.index = { cursor: header.data.cursor, tail: header.data.tail, entries: new Map() };
      this.expected = header.data.entries;
      return;
    }
    const entry = asEntryLine(parsed);
    if (!entry) return void (this.broken = true);
    const success = entry.lastIsSuccess === true ? entry.last : entry.lastSuccess;
    this.index.entries.set(eventKey(entry.last.asset, entry.last.partition), {
      last: entry.last,
      ...(success ? { lastSuccess: success } : {}),
    });
  }

  /** The index read, or undefined when it was missing, torn or not this format. */
  get result(): EventIndex | undefined {
    if (this.broken || this.index === undefined) return undefined;
    return this.index.entries.size === this.expected ? this.index : undefined;
  }
}

/*
 * An index line checked by hand, not by zod: the index is lifecycle's own cache (a bad one is only
 * rebuilt), it holds a million entries at full size, and zod copies every object it parses, which
 * doubled the heap and made reading the index five times slower.
 */
function asEntryLine(
  value: unknown,
): { last: EventRecord; lastSuccess?: EventRecord; lastIsSuccess?: unknown } | undefined {
  if (!isObject(value) || !isRecord(value.last)) return undefined;
  if (value.lastSuccess !== undefined && !isRecord(value.lastSuccess)) return undefined;
  return value as { last: EventRecord; lastSuccess?: EventRecord; lastIsSuccess?: unknown };
}

const STRING_FIELDS = ["asset", "partition", "start", "end", "runId", "fingerprint"] as const;

function isRecord(value: unknown): value is EventRecord {
  return (
    isObject(value) &&
    STRING_FIELDS.every((field) => typeof value[field] === "string") &&
    EVENT_STATUSES.includes(value.status as EventRecord["status"]) &&
    typeof value.durationMs === "number" &&
    isObject(value.metadata) &&
    (value.error === undefined || typeof value.error === "string")
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

/** Fold records (in log order) into the index. */
export function foldRecords(index: EventIndex, records: Iterable<EventRecord>): void {
  for (const record of records) {
    const key = eventKey(record.asset, record.partition);
    const entry = index.entries.get(key);
    // A record that lands late (a slow writer) never replaces a newer one.
    if (entry && record.end < entry.last.end) {
      if (record.status === "success" && !(record.end < (entry.lastSuccess?.end ?? "")))
        entry.lastSuccess = record;
      continue;
    }
    const lastSuccess = record.status === "success" ? record : entry?.lastSuccess;
    index.entries.set(key, { last: record, ...(lastSuccess ? { lastSuccess } : {}) });
  }
}

/** What `status` reads: O(assets x partitions), whatever the history. */
export interface CurrentState {
  /** eventKey(asset, partition) -> its last record and last success. */
  entries: ReadonlyMap<string, IndexEntry>;
  /** Asset -> partitions with a record. */
  partitions: Map<string, string[]>;
}

export function currentState(index: EventIndex): CurrentState {
  const partitions = new Map<string, string[]>();
  for (const { last } of index.entries.values()) {
    const list = partitions.get(last.asset);
    if (list) list.push(last.partition);
    else partitions.set(last.asset, [last.partition]);
  }
  return { entries: index.entries, partitions };
}

/** A JSON line to a record; undefined for a line that is not a whole, valid record (a torn write). */
export function parseRecordLine(line: string): EventRecord | undefined {
  if (line.trim() === "") return undefined;
  const parsed = EventRecordSchema.safeParse(parseJson(line));
  return parsed.success ? parsed.data : undefined;
}

/** JSON lines to records; a line that is not a whole, valid record is skipped. */
export function parseLines(text: string): EventRecord[] {
  return recordsOf(text.split("\n"));
}

export function recordsOf(lines: Iterable<string>): EventRecord[] {
  const records: EventRecord[] = [];
  for (const line of lines) {
    const record = parseRecordLine(line);
    if (record) records.push(record);
  }
  return records;
}

/** The lines of a buffer, each decoded on its own (the buffer may exceed the longest string). */
export function* bufferLines(buffer: Buffer): Generator<string> {
  let start = 0;
  while (start < buffer.length) {
    const newline = buffer.indexOf(0x0a, start);
    const end = newline === -1 ? buffer.length : newline;
    yield buffer.toString("utf8", start, end);
    start = end + 1;
  }
}
