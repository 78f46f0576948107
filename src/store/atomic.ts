import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { isStillRunning, thisProcess } from "./process-identity.js";

/**
 * Write a directory atomically: `write` fills a fresh staging directory inside `tmpDir` (same
 * filesystem as the target), which then replaces `target` by rename. If `write` throws or the
 * process dies, `target` keeps its previous content. What a killed writer leaves in `tmpDir` is
 * repaired by the next writer that takes the store lock (`src/store/lock.ts`), never here: another
 * process's promotion may be in flight.
 */
export async function writeDirAtomically<T>(
  target: string,
  tmpDir: string,
  write: (stagingDir: string) => Promise<T>,
): Promise<T> {
  await fs.mkdir(tmpDir, { recursive: true });
  const staging = path.join(tmpDir, `${STAGING_PREFIX}${randomUUID()}`);
  await fs.mkdir(staging, { recursive: true });
  try {
    const result = await write(staging);
    await promote(staging, target, tmpDir);
    return result;
  } catch (error) {
    await fs.rm(staging, { recursive: true, force: true });
    throw error;
  }
}

const STAGING_PREFIX = "stage-";

async function promote(staging: string, target: string, tmpDir: string): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  const retired = path.join(tmpDir, `old-${randomUUID()}`);
  const journal = `${retired}.json`;
  await fs.writeFile(journal, JSON.stringify({ target, ...thisProcess() }));
  const hadPrevious = await rename(target, retired);
  try {
    await fs.rename(staging, target);
  } catch (error) {
    if (hadPrevious) await fs.rename(retired, target);
    await fs.rm(journal, { force: true });
    throw error;
  }
  if (hadPrevious) await fs.rm(retired, { recursive: true, force: true });
  await fs.rm(journal, { force: true });
}

/**
 * A process killed between the two renames of a promotion leaves its previous output aside in
 * `tmpDir` with nothing at the target. Put such outputs back; drop the ones already replaced.
 * Call it only while holding the store lock (`acquireStoreLock` does): a journal whose process
 * is alive on this host is still left alone, as it may be a promotion in flight.
 */
export async function recoverInterruptedPromotions(tmpDir: string): Promise<void> {
  const entries = await fs.readdir(tmpDir).catch(() => [] as string[]);
  for (const entry of entries.filter((e) => e.startsWith("old-") && e.endsWith(".json"))) {
    const journal = path.join(tmpDir, entry);
    const retired = journal.slice(0, -".json".length);
    const record = await readJournal(journal);
    if (!record || isInFlight(record)) continue;
    if (!(await exists(record.target)) && (await exists(retired))) {
      await fs.mkdir(path.dirname(record.target), { recursive: true });
      await fs.rename(retired, record.target);
    } else {
      await fs.rm(retired, { recursive: true, force: true });
    }
    await fs.rm(journal, { force: true });
  }
}

/**
 * Delete the staging directories of writers that were killed before promoting (they are never
 * read). Only while holding the store lock: a live writer's staging directory looks the same.
 */
export async function removeAbandonedStaging(tmpDir: string): Promise<void> {
  const entries = await fs.readdir(tmpDir).catch(() => [] as string[]);
  for (const entry of entries.filter((e) => e.startsWith(STAGING_PREFIX)))
    await fs.rm(path.join(tmpDir, entry), { recursive: true, force: true });
}

const JournalSchema = z.object({
  target: z.string(),
  pid: z.number(),
  hostname: z.string().optional(),
  processStart: z.string().optional(),
  bootId: z.string().optional(),
});
type Journal = z.infer<typeof JournalSchema>;

async function readJournal(file: string): Promise<Journal | undefined> {
  try {
    const parsed = JournalSchema.safeParse(JSON.parse(await fs.readFile(file, "utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    // A journal torn by a kill: its promotion never started moving anything.
    return undefined;
  }
}

/**
 * Whether the journal's process (maybe this one) may still be promoting. A pid is only meaningful
 * on its own host; under the lock, another host's writer is finished. Journals written before
 * the store lock carry only a pid.
 */
function isInFlight(record: Journal): boolean {
  if (record.hostname !== undefined && record.hostname !== os.hostname()) return false;
  return isStillRunning(record);
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

async function rename(from: string, to: string): Promise<boolean> {
  try {
    await fs.rename(from, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw error;
  }
}

/** Write a file atomically (temp file in the same directory, then rename). */
export async function writeFileAtomically(
  file: string,
  data: string | Uint8Array | Iterable<string>,
): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${randomUUID()}.tmp`;
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}
