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
  const hadPrevious = await rename(target, retired);
  try {
    await fs.rename(staging, target);
  } catch (error) {
    if (hadPrevious) await fs.rename(retired, target);
    throw error;
  }
  if (hadPrevious) await fs.rm(retired, { recursive: true, force: true });
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
