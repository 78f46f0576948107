import type { AssetStatus } from "../engine/status.js";
import { seconds, textTable } from "./table.js";

/** The states a partition can be in, as the status site and `status` show them. */
export const PARTITION_STATES = [
  "success",
  "failed",
  "stale",
  "missing",
  "running",
  "cancelled",
] as const;
export type PartitionState = (typeof PARTITION_STATES)[number];

/** One partition's state: its last record's outcome, stale when a success is out of date. */
export function partitionState(row: AssetStatus): PartitionState {
  if (row.status === undefined) return "missing";
  if (row.status === "failed") return "failed";
  if (row.status === "cancelled") return "cancelled";
  return row.stale ? "stale" : "success";
}

export interface AssetRollup {
  asset: string;
  group: string;
  partitions: number;
  counts: Record<PartitionState, number>;
  /** The newest record's run and when it ended. */
  lastRunId?: string;
  lastWhen?: string;
  lastDurationMs?: number;
}

function emptyCounts(): Record<PartitionState, number> {
  return { success: 0, failed: 0, stale: 0, missing: 0, running: 0, cancelled: 0 };
}

/** Per asset, in the order given: counts by state, the last run, how many are stale. */
export function rollUp(rows: readonly AssetStatus[]): AssetRollup[] {
  const byAsset = new Map<string, AssetRollup>();
  for (const row of rows) {
    let rollup = byAsset.get(row.asset);
    if (!rollup) {
      rollup = { asset: row.asset, group: row.group, partitions: 0, counts: emptyCounts() };
      byAsset.set(row.asset, rollup);
    }
    rollup.partitions += 1;
    rollup.counts[partitionState(row)] += 1;
    if (row.when !== undefined && (rollup.lastWhen === undefined || row.when > rollup.lastWhen)) {
      rollup.lastWhen = row.when;
      rollup.lastRunId = row.runId;
      rollup.lastDurationMs = row.durationMs;
    }
  }
  return [...byAsset.values()];
}

/** `status` without `--partitions`: one line per asset. */
export function formatRollup(rollups: readonly AssetRollup[]): string {
  if (rollups.length === 0) return "(no partitions or versions for the selected assets)\n";
  const rows = rollups.map((r) => [
    r.asset,
    String(r.partitions),
    String(r.counts.success),
    String(r.counts.failed + r.counts.cancelled),
    String(r.counts.stale),
    String(r.counts.missing),
    r.lastWhen ?? "never",
    seconds(r.lastDurationMs),
    r.lastRunId ?? "-",
  ]);
  const header = ["ASSET", "PARTITIONS", "OK", "FAILED", "STALE", "MISSING", "LAST", "TOOK", "RUN"];
  return textTable(header, rows);
}
