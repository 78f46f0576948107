import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { medianProcessMs, ms, timeProcess, type Aim, type BenchContext } from "./aims.js";

const STAGES = ["plan", "load", "build", "package"] as const;

/** A fixed set of assets x partitions; the history grows by whole runs over it. */
export interface HistoryShape {
  products: number;
  partitions: number;
}

export function keysOf(shape: HistoryShape): number {
  return shape.products * STAGES.length * shape.partitions;
}

/**
 * `events` records in the format `lifecycle materialize` writes (events.jsonl), run after run
 * over every asset and partition of `shape` (the last run may stop part-way), in batches of
 * lines. Every 7th build of a run fails, so an entry's last record and last success differ.
 */
export function* historyBatches(shape: HistoryShape, events: number): Generator<string> {
  const start = Date.UTC(2026, 0, 1);
  let written = 0;
  for (let run = 0; written < events; run++) {
    const runId = `run-${String(run).padStart(5, "0")}`;
    for (let p = 0; p < shape.products && written < events; p++) {
      const lines: string[] = [];
      for (let k = 0; k < shape.partitions && written < events; k++)
        for (const stage of STAGES) {
          if (written >= events) break;
          const failed = stage === "build" && (run + p + k) % 7 === 0;
          const end = new Date(start + run * 3_600_000 + k * 1000).toISOString();
          lines.push(
            `${JSON.stringify({ asset: `product_${p}.${stage}`, partition: `k${k}`, status: failed ? "failed" : "success", start: end, end, durationMs: 1000 + k, runId, fingerprint: "f", metadata: { rows: k }, ...(failed ? { error: "exit code 1" } : {}) })}\n`,
          );
          written++;
        }
      yield lines.join("");
    }
  }
}

async function writeHistoryProject(shape: HistoryShape, events: number): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-bench-store-status-"));
  const keys = Array.from({ length: shape.partitions }, (_, k) => `k${k}`).join(", ");
  const products = Array.from(
    { length: shape.products },
    (_, p) => `- id: product_${p}\n  build_command: "true"\n  partitions: { static: [${keys}] }\n`,
  );
  await fs.mkdir(path.join(root, "products"), { recursive: true });
  await fs.writeFile(path.join(root, "products/products.yml"), `products:\n${products.join("")}`);
  await fs.mkdir(path.join(root, ".lifecycle"), { recursive: true });
  const handle = await fs.open(path.join(root, ".lifecycle/events.jsonl"), "w");
  try {
    for (const batch of historyBatches(shape, events)) await handle.write(batch);
  } finally {
    await handle.close();
  }
  return root;
}

export interface StatusTiming {
  events: number;
  /** The first status: no index yet, built from the whole log (once, after an upgrade). */
  rebuildMs: number;
  /** Median of the next runs: the index is current, as every materialize leaves it. */
  ms: number;
}

/** `lifecycle status` over a local store with `events` records of history on `shape`. */
export async function timeStatus(
  context: BenchContext,
  shape: HistoryShape,
  events: number,
  runs: number,
): Promise<StatusTiming> {
  const root = await writeHistoryProject(shape, events);
  try {
    const args = [context.cli, "status", "--format", "json"];
    const first = await timeProcess(process.execPath, args, { cwd: root });
    if (first.exitCode !== 0) throw new Error(`store bench: status failed: ${first.stderr}`);
    const rows = (JSON.parse(first.stdout) as { assets: unknown[] }).assets.length;
    if (rows !== keysOf(shape))
      throw new Error(`store bench: status showed ${rows} rows, expected ${keysOf(shape)}`);
    const warm = await medianProcessMs(runs, process.execPath, args, { cwd: root });
    return { events, rebuildMs: first.ms, ms: warm.ms };
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
}

/** Status is flat in the history: the index serves it, whatever the length of the log. */
export function statusAim(shape: HistoryShape, small: StatusTiming, large: StatusTiming): Aim {
  return {
    name: `status, ${keysOf(shape).toLocaleString("en")} asset partitions, history ${large.events.toLocaleString("en")} vs ${small.events.toLocaleString("en")} events`,
    measured: ms(`status at ${large.events.toLocaleString("en")} events`, large.ms),
    anchor: ms(`at ${small.events.toLocaleString("en")} events`, small.ms),
    // 50x the history; reading the index and the project is the same work at both sizes, and
    // 2x leaves room for a loaded machine while anything O(history) would be 10x or more.
    max: 2,
  };
}
