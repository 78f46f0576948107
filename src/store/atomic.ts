import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

/**
 * Write a directory atomically: `write` fills a fresh staging directory inside `tmpDir` (same
 * filesystem as the target), which then replaces `target` by rename. If `write` throws or the
 * process dies, `target` keeps its previous content.
 */
export async function writeDirAtomically<T>(
  target: string,
  tmpDir: string,
  write: (stagingDir: string) => Promise<T>,
): Promise<T> {
  await fs.mkdir(tmpDir, { recursive: true });
  await recoverInterruptedPromotions(tmpDir);
  const staging = path.join(tmpDir, `stage-${randomUUID()}`);
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

async function promote(staging: string, target: string, tmpDir: string): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  const retired = path.join(tmpDir, `old-${randomUUID()}`);
  const journal = `${retired}.json`;
  await fs.writeFile(journal, JSON.stringify({ target, pid: process.pid }));
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
 */
export async function recoverInterruptedPromotions(tmpDir: string): Promise<void> {
  const entries = await fs.readdir(tmpDir).catch(() => [] as string[]);
  for (const entry of entries.filter((e) => e.startsWith("old-") && e.endsWith(".json"))) {
    const journal = path.join(tmpDir, entry);
    const retired = journal.slice(0, -".json".length);
    const record = await readJournal(journal);
    if (!record || isAlive(record.pid)) continue;
    if (!(await exists(record.target)) && (await exists(retired))) {
      await fs.rename(retired, record.target);
    } else {
      await fs.rm(retired, { recursive: true, force: true });
    }
    await fs.rm(journal, { force: true });
  }
}

async function readJournal(file: string): Promise<{ target: string; pid: number } | undefined> {
  try {
    const parsed: unknown = JSON.parse(await fs.readFile(file, "utf8"));
    if (parsed && typeof parsed === "object" && "target" in parsed && "pid" in parsed) {
      const { target, pid } = parsed;
      if (typeof target === "string" && typeof pid === "number") return { target, pid };
    }
  } catch {
    // A journal torn by a kill: its promotion never started moving anything.
  }
  return undefined;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
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
export async function writeFileAtomically(file: string, data: string | Uint8Array): Promise<void> {
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
