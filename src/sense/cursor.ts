import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { S3Store } from "../store/s3-store.js";
import type { Store } from "../store/store.js";

const CursorSchema = z.strictObject({ started: z.record(z.string(), z.array(z.string())) });
/** Which partitions a sensor handed on already, per product. */
export type Cursor = z.infer<typeof CursorSchema>;

/** Where the cursor lives, relative to the store: `<store>/sensors/cursor.json`. */
export const CURSOR_PATH = "sensors/cursor.json";

/** The cursor as read, with the version a write must still find to replace it. */
export interface ReadCursor {
  cursor: Cursor;
  /** Local: the file's text; S3: the object's ETag; undefined: there is no cursor yet. */
  version: string | undefined;
}

/**
 * The cursor in the store itself, so that it outlives the run and every sensor of the store sees
 * it. A write replaces it whole and only if nobody replaced it since it was read (S3: If-Match /
 * If-None-Match; local: compared under the store lock the caller holds), so two sensors never
 * both hand on one partition.
 */
export interface CursorDocument {
  read(): Promise<ReadCursor>;
  /** False: another sensor moved the cursor since `read`; read again. */
  write(cursor: Cursor, version: string | undefined): Promise<boolean>;
}

export function cursorDocument(store: Store): CursorDocument {
  return isS3Store(store) ? new S3CursorDocument(store) : new LocalCursorDocument(store.url);
}

function isS3Store(store: Store): store is S3Store {
  return store.kind === "s3";
}

function parseCursor(text: string, where: string): Cursor {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`${where}: the sensor cursor is not JSON`);
  }
  const parsed = CursorSchema.safeParse(value);
  if (!parsed.success)
    throw new Error(
      `${where}: the sensor cursor is not { "started": { product: [keys] } } (${parsed.error.issues[0]?.message ?? ""})`,
    );
  return parsed.data;
}

const serialise = (cursor: Cursor) => `${JSON.stringify(cursor, null, 2)}\n`;

class LocalCursorDocument implements CursorDocument {
  private readonly file: string;
  constructor(root: string) {
    this.file = path.join(root, CURSOR_PATH);
  }

  async read(): Promise<ReadCursor> {
    const text = await fs.readFile(this.file, "utf8").catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    });
    if (text === undefined) return { cursor: { started: {} }, version: undefined };
    return { cursor: parseCursor(text, this.file), version: text };
  }

  /** Written whole (temp file, then rename), so a killed sensor never leaves half a cursor. */
  async write(cursor: Cursor, version: string | undefined): Promise<boolean> {
    if ((await this.read()).version !== version) return false;
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    await fs.writeFile(temp, serialise(cursor));
    await fs.rename(temp, this.file);
    return true;
  }
}

class S3CursorDocument implements CursorDocument {
  private readonly key: string;
  constructor(private readonly store: S3Store) {
    this.key = store.prefix === "" ? CURSOR_PATH : `${store.prefix}/${CURSOR_PATH}`;
  }

  async read(): Promise<ReadCursor> {
    const got = await this.store.s3.get(this.key);
    if (!got) return { cursor: { started: {} }, version: undefined };
    const where = `s3://${this.store.s3.bucket}/${this.key}`;
    return { cursor: parseCursor(got.body.toString("utf8"), where), version: got.etag };
  }

  async write(cursor: Cursor, version: string | undefined): Promise<boolean> {
    const condition = version === undefined ? { ifNoneMatch: "*" as const } : { ifMatch: version };
    return (await this.store.s3.put(this.key, serialise(cursor), condition)) !== "conflict";
  }
}
