import { z } from "zod";
import { eventKey, EventRecordSchema, type EventRecord } from "./events.js";

/*
 * The current-state index kept beside the event log: per (asset, partition) the last record and
 * the last success, and how far into the log it has folded (`cursor`). It is a cache, never the
 * truth: any index is a fold of a prefix of the log, so a lost or older index only means more of
 * the log's tail to read; a missing one is rebuilt from the log.
 */

const EntrySchema = z.object({
  last: EventRecordSchema,
  lastSuccess: EventRecordSchema.optional(),
});

export const EventIndexSchema = z.object({
  format: z.literal(1),
  /** Local: a byte offset into events.jsonl. S3: every log key <= this is folded. */
  cursor: z.union([z.number().int().min(0), z.string()]),
  /** S3: keys above the cursor that are folded already. */
  tail: z.array(z.string()).default([]),
  entries: z.record(z.string(), EntrySchema),
});
export type EventIndex = z.infer<typeof EventIndexSchema>;

export function emptyIndex(cursor: number | string): EventIndex {
  return { format: 1, cursor, tail: [], entries: {} };
}

export function parseIndex(text: string): EventIndex | undefined {
  try {
    const parsed = EventIndexSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Fold records (in log order) into the index. */
export function foldRecords(index: EventIndex, records: readonly EventRecord[]): void {
  for (const record of records) {
    const key = eventKey(record.asset, record.partition);
    const entry = index.entries[key];
    // A record that lands late (a slow writer) never replaces a newer one.
    if (entry && record.end < entry.last.end) {
      if (record.status === "success" && !(record.end < (entry.lastSuccess?.end ?? "")))
        entry.lastSuccess = record;
      continue;
    }
    const lastSuccess = record.status === "success" ? record : entry?.lastSuccess;
    index.entries[key] = { last: record, ...(lastSuccess ? { lastSuccess } : {}) };
  }
}

/** What `status` and the plan read: O(assets x partitions), whatever the history. */
export interface CurrentState {
  last: Map<string, EventRecord>;
  lastSuccess: Map<string, EventRecord>;
  /** Asset -> partitions with a record. */
  partitions: Map<string, string[]>;
}

export function currentState(index: EventIndex): CurrentState {
  const last = new Map<string, EventRecord>();
  const lastSuccess = new Map<string, EventRecord>();
  const partitions = new Map<string, string[]>();
  for (const [key, entry] of Object.entries(index.entries)) {
    last.set(key, entry.last);
    if (entry.lastSuccess) lastSuccess.set(key, entry.lastSuccess);
    const list = partitions.get(entry.last.asset) ?? [];
    list.push(entry.last.partition);
    partitions.set(entry.last.asset, list);
  }
  return { last, lastSuccess, partitions };
}

/** JSON lines to records; a line that is not a whole, valid record (a torn write) is skipped. */
export function parseLines(text: string): EventRecord[] {
  const records: EventRecord[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    try {
      const parsed = EventRecordSchema.safeParse(JSON.parse(line));
      if (parsed.success) records.push(parsed.data);
    } catch {
      // Torn.
    }
  }
  return records;
}
