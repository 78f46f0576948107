import fs from "node:fs/promises";

const CHUNK_BYTES = 8 << 20;

/**
 * Read `file` from byte `offset` up to its last newline, a chunk at a time, handing each chunk's
 * complete lines to `onLines`; memory stays at a chunk, whatever the size of the file. Resolves to
 * the bytes consumed (a torn last line is left for later, unless `lastLine`), or undefined when the file is shorter
 * than `offset` (it was replaced) or missing while `offset` is past 0.
 */
export async function readLinesFrom(
  file: string,
  offset: number,
  onLines: (lines: string[]) => void,
  options: { lastLine?: boolean } = {},
): Promise<number | undefined> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, "r");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return offset === 0 ? 0 : undefined;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    if (size < offset) return undefined;
    let position = offset;
    let carry = Buffer.alloc(0);
    let consumed = 0;
    while (position < size) {
      const chunk = Buffer.alloc(Math.min(CHUNK_BYTES, size - position));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
      if (bytesRead === 0) break;
      position += bytesRead;
      const data = carry.length > 0 ? Buffer.concat([carry, chunk.subarray(0, bytesRead)]) : chunk;
      const end = data.lastIndexOf(0x0a) + 1;
      if (end > 0) onLines(data.toString("utf8", 0, end - 1).split("\n"));
      consumed += end;
      carry = Buffer.from(data.subarray(end));
    }
    // `lastLine`: also the text after the last newline (not counted in what is consumed).
    if (options.lastLine && carry.length > 0) onLines([carry.toString("utf8")]);
    return consumed;
  } finally {
    await handle.close();
  }
}
