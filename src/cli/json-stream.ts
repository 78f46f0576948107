import type { Output } from "./command.js";

const FLUSH_CHARS = 1 << 16;

/**
 * Write `{ "<key>": [ ...rows ] }` as `JSON.stringify(value, null, 2)` would, byte for byte, but a
 * row at a time, waiting for the reader whenever the output's buffer is full: the document may be
 * larger than one string can hold (1.2M status rows are ~400 MB), and memory stays at a chunk.
 */
export async function writeJsonRows(
  out: Output,
  key: string,
  rows: AsyncIterable<unknown> | Iterable<unknown>,
): Promise<void> {
  let chunk = `{\n  ${JSON.stringify(key)}: [`;
  let first = true;
  for await (const row of rows) {
    chunk += `${first ? "\n" : ",\n"}    ${JSON.stringify(row, null, 2).replaceAll("\n", "\n    ")}`;
    first = false;
    if (chunk.length >= FLUSH_CHARS) {
      out.write(chunk);
      chunk = "";
      await out.drain?.();
    }
  }
  out.write(`${chunk}${first ? "]" : "\n  ]"}\n}\n`);
  await out.drain?.();
}
