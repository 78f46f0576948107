import fs from "node:fs/promises";

const TAIL_BYTES = 8192;
const TAIL_LINES = 20;

/** The log file a failed command's error names: `(log: /path/to/file.log)`. */
export function logPathOf(error: string | undefined): string | undefined {
  return /\(log: ([^)\n]+)\)/.exec(error ?? "")?.[1];
}

/** The last lines of the log a failure's error names, or [] when it names none or it is gone. */
export async function readLogTail(error: string | undefined): Promise<string[]> {
  const file = logPathOf(error);
  if (file === undefined) return [];
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(file, "r");
    const { size } = await handle.stat();
    const length = Math.min(size, TAIL_BYTES);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    const lines = buffer.toString("utf8").trimEnd().split(/\r?\n/);
    return (size > length ? lines.slice(1) : lines).slice(-TAIL_LINES);
  } catch {
    return [];
  } finally {
    await handle?.close();
  }
}

/** Each failed record's error with the tail of its log appended, as the summary and site show it. */
export async function withLogTails<T extends { status: string; error?: string | undefined }>(
  records: readonly T[],
): Promise<T[]> {
  return Promise.all(
    records.map(async (r) => {
      if (r.status !== "failed" || r.error === undefined || r.error.includes("\n")) return r;
      const tail = await readLogTail(r.error);
      return tail.length === 0 ? r : { ...r, error: `${r.error}\n${tail.join("\n")}` };
    }),
  );
}
