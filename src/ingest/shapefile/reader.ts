import fs from "node:fs/promises";
import path from "node:path";

/** A shapefile part that cannot be read: names the file and the byte offset of the problem. */
export class ShapefileError extends Error {
  constructor(file: string, offset: number, message: string) {
    super(`${path.basename(file)}: ${message} (at byte offset ${offset})`);
    this.name = "ShapefileError";
  }
}

const CHUNK_BYTES = 1 << 20;

/**
 * Reads a file front to back through one reusable buffer, so a file of hundreds of megabytes is
 * never held whole. A range handed out is valid only until the next `read`.
 */
export class SequentialReader {
  private buffer: Buffer = Buffer.alloc(0);
  /** File offset of `buffer[0]`. */
  private bufferStart = 0;
  /** File offset of the next unread byte. */
  private position = 0;

  private constructor(
    readonly file: string,
    private readonly handle: fs.FileHandle,
    readonly size: number,
  ) {}

  static async open(file: string): Promise<SequentialReader> {
    const handle = await fs.open(file, "r");
    const { size } = await handle.stat();
    return new SequentialReader(file, handle, size);
  }

  get offset(): number {
    return this.position;
  }

  get atEnd(): boolean {
    return this.position >= this.size;
  }

  /** The next `length` bytes; `what` names them in the error when the file ends first. */
  async read(length: number, what: string): Promise<Buffer> {
    const start = this.position;
    if (start + length > this.size) {
      throw new ShapefileError(
        this.file,
        start,
        `${what} needs ${length} bytes but the file ends after ${this.size - start}: the file is truncated`,
      );
    }
    if (start + length > this.bufferStart + this.buffer.length) await this.fill(length);
    this.position += length;
    const from = start - this.bufferStart;
    return this.buffer.subarray(from, from + length);
  }

  /** Skip forward to `offset` (not before the current position). */
  async seek(offset: number): Promise<void> {
    if (offset < this.position) throw new Error(`cannot seek backwards in ${this.file}`);
    if (offset > this.size) {
      throw new ShapefileError(
        this.file,
        this.size,
        `expected data up to byte ${offset}: the file is truncated`,
      );
    }
    this.position = offset;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }

  /** Keep the unread bytes and read on, at least `length` bytes past the position. */
  private async fill(length: number): Promise<void> {
    const kept = this.buffer.subarray(Math.max(0, this.position - this.bufferStart));
    const wanted = Math.min(Math.max(CHUNK_BYTES, length), this.size - this.position);
    const next = Buffer.allocUnsafe(wanted);
    const keptLength = Math.min(kept.length, wanted);
    kept.copy(next, 0, 0, keptLength);
    let filled = keptLength;
    while (filled < wanted) {
      const { bytesRead } = await this.handle.read(
        next,
        filled,
        wanted - filled,
        this.position + filled,
      );
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    this.buffer = next.subarray(0, filled);
    this.bufferStart = this.position;
  }
}
