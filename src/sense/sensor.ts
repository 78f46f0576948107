import { UsageError } from "../core/errors.js";
import { loadProjectWithPipelines } from "../partitions/project-products.js";
import { newRunId } from "../store/events.js";
import { withStoreLock } from "../store/lock.js";
import { openStore } from "../store/store.js";
import { cursorDocument, type Cursor } from "./cursor.js";
import { s3ObjectLister } from "./objects.js";
import { duePartitions, observedPartitions } from "./sense.js";

export interface Due {
  product: string;
  partitions: string[];
}

export interface SenseOptions {
  root: string;
  /** The store URL: a directory or s3://bucket/prefix. */
  store: string;
  env: NodeJS.ProcessEnv;
  signal: AbortSignal;
  /** Product ids; undefined: every product with an `observe:` list. */
  select?: readonly string[] | undefined;
  /** At most this many partitions in all are handed on; the rest wait for the next call. */
  limit?: number | undefined;
  /** Report what is due; leave the cursor as it is. */
  dryRun: boolean;
  /** The local store's lock while the cursor is read and written. */
  lock: { timeoutSeconds?: number | undefined; log: (line: string) => void };
}

export interface SenseResult {
  /** What this call hands on (and, unless a dry run, recorded in the cursor). */
  due: Due[];
  /** Partitions due but over `limit`: the next call hands them on. */
  waiting: number;
}

const CURSOR_ATTEMPTS = 5;

/**
 * One sensor tick: observe every selected product's inputs, leave out what the store has packaged
 * and what the cursor says was handed on, and advance the cursor by exactly what is handed on.
 * The cursor write is conditional: when another sensor moved it first, this one reads it again.
 */
export async function senseDue(options: SenseOptions): Promise<SenseResult> {
  const observed = await observeAll(options);
  const store = await openStore(options.store, {
    root: options.root,
    env: options.env,
    only: () => false,
  });
  try {
    const lock = {
      store: store.layout.root,
      command: "sense",
      runId: newRunId(),
      signal: options.signal,
      ...options.lock,
    };
    return await withStoreLock(lock, async () => {
      const document = cursorDocument(store);
      for (let attempt = 1; attempt <= CURSOR_ATTEMPTS; attempt++) {
        const { cursor, version } = await document.read();
        const all: Due[] = [];
        for (const [product, partitions] of observed) {
          const due = await duePartitions(store, product, partitions, cursor);
          if (due.length > 0) all.push({ product, partitions: due });
        }
        const result = withinLimit(all, options.limit);
        if (options.dryRun || result.due.length === 0) return result;
        if (await document.write(advance(cursor, result.due), version)) return result;
        options.lock.log(`sense: the cursor was moved by another sensor; reading it again`);
      }
      throw new Error(
        `sense: the cursor in ${options.store} moved ${CURSOR_ATTEMPTS} times while this sensor wrote it; nothing was handed on`,
      );
    });
  } finally {
    await store.close();
  }
}

async function observeAll(options: SenseOptions) {
  const { project } = await loadProjectWithPipelines(options.root);
  for (const id of options.select ?? [])
    if (!project.products.some((p) => p.id === id))
      throw new UsageError(
        `select: unknown product ${JSON.stringify(id)} (products: ${project.products.map((p) => p.id).join(", ") || "none"})`,
      );
  const wanted = options.select === undefined ? undefined : new Set(options.select);
  const objects = s3ObjectLister(options.env, project.settings.s3);
  const observed = new Map<string, Awaited<ReturnType<typeof observedPartitions>>>();
  for (const product of project.products) {
    if ((wanted && !wanted.has(product.id)) || !("observe" in product) || !product.observe?.length)
      continue;
    observed.set(
      product.id,
      await observedPartitions(product, { objects, signal: options.signal }),
    );
  }
  return observed;
}

function withinLimit(all: readonly Due[], limit: number | undefined): SenseResult {
  const total = all.reduce((n, d) => n + d.partitions.length, 0);
  if (limit === undefined || total <= limit) return { due: [...all], waiting: 0 };
  const due: Due[] = [];
  let left = limit;
  for (const { product, partitions } of all) {
    if (left === 0) break;
    due.push({ product, partitions: partitions.slice(0, left) });
    left -= Math.min(left, partitions.length);
  }
  return { due, waiting: total - limit };
}

function advance(cursor: Cursor, due: readonly Due[]): Cursor {
  const started = { ...cursor.started };
  for (const { product, partitions } of due)
    started[product] = [...(started[product] ?? []), ...partitions];
  return { started };
}
