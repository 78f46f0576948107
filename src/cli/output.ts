import type { Output } from "./command.js";

/**
 * A process stream as the CLI's output. When the reader goes away (`lifecycle status | head -1`)
 * the stream fails with EPIPE: further writes are dropped and `onClosed` runs once, so the CLI
 * can stop and exit quietly instead of dying with a stack trace. Other stream errors are thrown.
 */
export function processOutput(stream: NodeJS.WriteStream, onClosed: () => void): Output {
  let closed = false;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    if (!closed) onClosed();
    closed = true;
  });
  return {
    write(text: string) {
      if (!closed) stream.write(text);
    },
    drain() {
      if (closed || !stream.writableNeedDrain) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const done = () => {
          stream.off("drain", done);
          stream.off("close", done);
          resolve();
        };
        stream.on("drain", done);
        stream.on("close", done);
      });
    },
    get isTTY() {
      return stream.isTTY;
    },
    get columns() {
      return stream.columns;
    },
  };
}
