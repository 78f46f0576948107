import type { MaterializeOptions, MaterializeResult } from "../engine/materialize.js";
import { STAGES } from "../store/layout.js";
import { itemId } from "./matrix.js";

export interface UpToDateOptions {
  root: string;
  store: string;
  select: string;
  partition: string | undefined;
  signal: AbortSignal;
  /** For an s3:// store (default: process.env). */
  env?: NodeJS.ProcessEnv;
  /** The engine's entry point, passed in (a dry run: nothing is written). */
  materialize: (options: MaterializeOptions) => Promise<MaterializeResult>;
}

/**
 * The (product, partition) items of a selection whose every stage is up to date in the store, as
 * a dry run of the engine decides it: what discover leaves out of the matrix. Item ids as
 * `itemId` writes them (`product@partition`).
 */
export async function upToDateItems(options: UpToDateOptions): Promise<Set<string>> {
  const result = await options.materialize({
    root: options.root,
    store: options.store,
    select: options.select,
    partition: options.partition,
    dryRun: true,
    stages: [...STAGES],
    signal: options.signal,
    env: options.env,
    reporter: { report: () => undefined },
  });
  const current = new Map<string, boolean>();
  for (const task of result.tasks) {
    const dot = task.asset.lastIndexOf(".");
    const stage = task.asset.slice(dot + 1);
    if (dot < 0 || !(STAGES as readonly string[]).includes(stage)) continue;
    const product = task.asset.slice(0, dot);
    const id = itemId({ kind: "product", product, partition: task.partition });
    current.set(id, (current.get(id) ?? true) && task.outcome === "up-to-date");
  }
  return new Set([...current].filter(([, upToDate]) => upToDate).map(([id]) => id));
}
