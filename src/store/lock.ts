import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { UsageError } from "../core/errors.js";
import { recoverInterruptedPromotions, removeAbandonedStaging } from "./atomic.js";
import { StoreLayout } from "./layout.js";
import { isStillRunning, thisProcess } from "./process-identity.js";

/** The lock file's name, at the top of the store. Artifacts and caches never include it. */
export const STORE_LOCK_FILE = "writer.lock";

const HolderSchema = z.object({
  pid: z.number().int().positive(),
  hostname: z.string(),
  command: z.string(),
  startedAt: z.string(),
  runId: z.string(),
  /** Unique per acquisition; names the claim file of a takeover, so it must be a safe segment. */
  token: z.string().regex(/^[A-Za-z0-9-]+$/),
  /** When the process started (Linux: ticks since boot), to tell a reused pid from the holder. */
  processStart: z.string().optional(),
  bootId: z.string().optional(),
});
export type StoreLockHolder = z.infer<typeof HolderSchema>;

export interface StoreLockOptions {
  /** The store directory (created when missing). */
  store: string;
  /** What holds the lock, for the message another process prints: `materialize`, `ingest x`. */
  command: string;
  runId: string;
  /** How long to wait for a live holder; 0 (default): fail at once. */
  timeoutSeconds?: number | undefined;
  /** Aborting stops the wait. */
  signal?: AbortSignal | undefined;
  /** Receives "waiting for ..." and "took over a stale lock ..." lines. */
  log?: ((line: string) => void) | undefined;
  /** How often a waiter looks again; default 200 ms. */
  pollMs?: number | undefined;
}

/** The store is held by another live process, and waiting (if any) did not change that: exit code 2. */
export class StoreBusyError extends UsageError {
  constructor(
    message: string,
    readonly lockFile: string,
    readonly holder: StoreLockHolder | undefined,
  ) {
    super(message);
  }
}

/** A held lock. `release` is idempotent and removes the file only while it is still this lock. */
export class StoreLock {
  private released = false;
  constructor(
    readonly file: string,
    readonly holder: StoreLockHolder,
  ) {}

  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    const current = await readHolder(this.file);
    if (current.kind === "held" && current.holder.token === this.holder.token)
      await fs.rm(this.file, { force: true });
  }
}

export function storeLockFile(store: string): string {
  return path.join(store, STORE_LOCK_FILE);
}

/** The current holder of a store's lock, if any (for read-only commands that want to say so). */
export async function readStoreLock(store: string): Promise<StoreLockHolder | undefined> {
  const current = await readHolder(storeLockFile(store));
  return current.kind === "held" ? current.holder : undefined;
}

/** Run `use` while holding the store's lock; released however `use` ends. */
export async function withStoreLock<T>(
  options: StoreLockOptions,
  use: (lock: StoreLock) => Promise<T>,
): Promise<T> {
  const lock = await acquireStoreLock(options);
  try {
    return await use(lock);
  } finally {
    await lock.release();
  }
}

/**
 * Take the store's lock: create the lock file atomically; take over a lock whose process is gone;
 * wait for a live holder up to `timeoutSeconds`, then throw `StoreBusyError`. Once held, repair
 * what killed writers left in the store (interrupted promotions, staging directories).
 */
export async function acquireStoreLock(options: StoreLockOptions): Promise<StoreLock> {
  await fs.mkdir(options.store, { recursive: true });
  const file = storeLockFile(options.store);
  const me: StoreLockHolder = {
    ...thisProcess(),
    command: options.command,
    startedAt: new Date().toISOString(),
    runId: options.runId,
    token: randomUUID(),
  };
  await waitForLock(file, me, options);
  const lock = new StoreLock(file, me);
  try {
    await repairStore(options.store, me);
  } catch (error) {
    await lock.release();
    throw error;
  }
  return lock;
}

async function waitForLock(
  file: string,
  me: StoreLockHolder,
  options: StoreLockOptions,
): Promise<void> {
  const timeoutMs = Math.max(0, (options.timeoutSeconds ?? 0) * 1000);
  const deadline = Date.now() + timeoutMs;
  const log = options.log ?? (() => {});
  let announced = false;
  let takeoverWaits = 0;
  for (;;) {
    if (options.signal?.aborted) throw cancelled(file);
    if (await createExclusively(file, me)) return;
    const current = await readHolder(file);
    if (current.kind === "missing") continue;
    if (current.kind === "unreadable") throw unreadableLock(file, current.reason);
    const holder = current.holder;
    if (isStale(holder)) {
      const outcome = await removeStale(file, holder, me);
      if (outcome === "removed")
        log(`took over the store lock ${file}: ${describeHolder(holder)} is no longer running`);
      if (outcome !== "busy") continue;
      // Another process is taking the stale lock over this very moment: look again shortly.
      if (takeoverWaits++ < 50) {
        await pause(20, options.signal, file);
        continue;
      }
    }
    const left = deadline - Date.now();
    if (left <= 0) throw busy(file, holder, timeoutMs);
    if (!announced) {
      log(
        `waiting up to ${timeoutMs / 1000} s for the store lock ${file}, held by ${describeHolder(holder)}`,
      );
      announced = true;
    }
    await pause(Math.min(options.pollMs ?? 200, left), options.signal, file);
  }
}

async function pause(ms: number, signal: AbortSignal | undefined, file: string): Promise<void> {
  try {
    await sleep(ms, undefined, signal ? { signal } : {});
  } catch {
    throw cancelled(file);
  }
}

function cancelled(file: string): Error {
  return new Error(`cancelled while waiting for the store lock ${file}`);
}

/** A lock is stale when its holder ran on this machine and is gone (see `isStillRunning`). */
function isStale(holder: StoreLockHolder): boolean {
  return holder.hostname === os.hostname() && !isStillRunning(holder);
}

/**
 * Remove the stale lock `file` held by `stale`, unless someone else is doing it. Only the process
 * that creates `<file>.claim-<token>` may remove it, and it checks the file still holds that token,
 * so two waiters never both remove it (one would remove the other's new lock). A claim whose own
 * process died is stale in turn and removed the same way.
 */
async function removeStale(
  file: string,
  stale: StoreLockHolder,
  me: StoreLockHolder,
): Promise<"removed" | "gone" | "busy"> {
  const claim = `${file}.claim-${stale.token}`;
  while (!(await createExclusively(claim, me))) {
    const claimer = await readHolder(claim);
    if (claimer.kind === "missing") continue;
    if (claimer.kind === "unreadable" || !isStale(claimer.holder)) return "busy";
    if ((await removeStale(claim, claimer.holder, me)) === "busy") return "busy";
  }
  try {
    const current = await readHolder(file);
    if (current.kind !== "held" || current.holder.token !== stale.token) return "gone";
    await fs.rm(file, { force: true });
    return "removed";
  } finally {
    await fs.rm(claim, { force: true });
  }
}

/** Create `file` holding `holder`, complete from its first instant (written aside, then hard-linked). */
async function createExclusively(file: string, holder: StoreLockHolder): Promise<boolean> {
  const temp = `${file}.${holder.token}.${randomUUID().slice(0, 8)}.tmp`;
  await fs.writeFile(temp, `${JSON.stringify(holder, null, 2)}\n`);
  try {
    await fs.link(temp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    await fs.rm(temp, { force: true });
  }
}

type ReadResult =
  | { kind: "missing" }
  | { kind: "held"; holder: StoreLockHolder }
  | { kind: "unreadable"; reason: string };

async function readHolder(file: string): Promise<ReadResult> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { kind: "missing" };
    throw error;
  }
  try {
    const parsed = HolderSchema.safeParse(JSON.parse(text));
    if (parsed.success) return { kind: "held", holder: parsed.data };
    const issue = parsed.error.issues[0];
    return { kind: "unreadable", reason: `${issue?.path.join(".")}: ${issue?.message}` };
  } catch {
    return { kind: "unreadable", reason: "not JSON" };
  }
}

/** What killed writers left in the store; safe to clear only while holding the lock. */
async function repairStore(store: string, me: StoreLockHolder): Promise<void> {
  await removeTakeoverLeftovers(store, me);
  const tmpDir = new StoreLayout(store).tmpDir;
  await recoverInterruptedPromotions(tmpDir);
  await removeAbandonedStaging(tmpDir);
}

/**
 * Claims of earlier takeovers are finished (we hold the lock, so the lock they were about is
 * gone). Temp files are another waiter's lock being written this instant, unless old.
 */
async function removeTakeoverLeftovers(store: string, me: StoreLockHolder): Promise<void> {
  const prefix = `${STORE_LOCK_FILE}.`;
  const hourAgo = Date.now() - 60 * 60 * 1000;
  for (const entry of await fs.readdir(store)) {
    if (!entry.startsWith(prefix) || entry.includes(me.token)) continue;
    const file = path.join(store, entry);
    if (entry.endsWith(".tmp")) {
      const stat = await fs.stat(file).catch(() => undefined);
      if (stat && stat.mtimeMs < hourAgo) await fs.rm(file, { force: true });
    } else if (entry.startsWith(`${prefix}claim-`)) {
      await fs.rm(file, { force: true });
    }
  }
}

export function describeHolder(holder: StoreLockHolder): string {
  const where = holder.hostname === os.hostname() ? "" : ` on host ${holder.hostname}`;
  return `pid ${holder.pid}${where} (lifecycle ${holder.command}, run ${holder.runId}, started ${holder.startedAt})`;
}

function busy(file: string, holder: StoreLockHolder, waitedMs: number): StoreBusyError {
  const waited = waitedMs > 0 ? ` after waiting ${waitedMs / 1000} s` : "";
  const otherHost =
    holder.hostname === os.hostname()
      ? ""
      : `; lifecycle cannot tell whether a process on another host is running: if it is not, delete the lock file`;
  return new StoreBusyError(
    `the store is in use by another lifecycle run${waited}: ${describeHolder(holder)}; lock file ${file}${otherHost}. ` +
      `Nothing was run: retry when it ends, or wait for it with --lock-timeout SECONDS`,
    file,
    holder,
  );
}

function unreadableLock(file: string, reason: string): StoreBusyError {
  return new StoreBusyError(
    `${file} is not a lifecycle lock file (${reason}): if no lifecycle run uses this store, delete it`,
    file,
    undefined,
  );
}
