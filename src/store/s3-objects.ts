import { createWriteStream } from "node:fs";
import { createHash } from "node:crypto";
import type { Readable } from "node:stream";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from "@aws-sdk/client-s3";
import { createS3Client, describeS3Error, endpointLabel, type S3Connection } from "./s3-client.js";

/** A request that failed for good (after the retries): names the operation, bucket and key. */
export class S3RequestError extends Error {
  override readonly name = "S3RequestError";
  constructor(
    readonly operation: string,
    readonly bucket: string,
    readonly key: string,
    readonly status: number | undefined,
    readonly code: string,
    detail: string,
  ) {
    super(`S3 ${operation} s3://${bucket}/${key} failed: ${detail}`);
  }
}

export interface PutCondition {
  /** Write only if the object's ETag is this (a pointer moved by nobody else). */
  ifMatch?: string;
  /** `*`: write only if no object has the key. */
  ifNoneMatch?: "*";
}

export interface ListedObject {
  key: string;
  etag: string;
  size: number;
}

/**
 * The few S3 operations the store makes, on one bucket; every failure is an S3RequestError. A
 * precondition that does not hold (412, or 409 for a concurrent conditional write) is not an
 * error: `put` resolves to "conflict".
 */
export class S3Objects {
  readonly client: S3Client;
  /** Requests sent (not counting the SDK's retries), for the bench. */
  requests = 0;

  constructor(
    readonly bucket: string,
    readonly connection: S3Connection,
  ) {
    this.client = createS3Client(connection);
  }

  async get(key: string): Promise<{ body: Buffer; etag: string } | undefined> {
    try {
      this.requests++;
      const answer = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: key }),
      );
      const bytes = await answer.Body?.transformToByteArray();
      return { body: Buffer.from(bytes ?? []), etag: answer.ETag ?? "" };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw this.failure("GET", key, error);
    }
  }

  /** Stream an object to `file`; resolves to its sha256 and size, or undefined when absent. */
  async download(
    key: string,
    file: string,
  ): Promise<{ sha256: string; bytes: number } | undefined> {
    try {
      this.requests++;
      const answer = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: key }),
      );
      const hash = createHash("sha256");
      let bytes = 0;
      const tap = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          bytes += chunk.length;
          done(null, chunk);
        },
      });
      await pipeline(answer.Body as Readable, tap, createWriteStream(file));
      return { sha256: hash.digest("hex"), bytes };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw this.failure("GET", key, error);
    }
  }

  async put(
    key: string,
    body: Buffer | string | Readable,
    condition: PutCondition = {},
    length?: number,
  ): Promise<{ etag: string } | "conflict"> {
    try {
      this.requests++;
      const answer = await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: body,
          ...(length !== undefined ? { ContentLength: length } : {}),
          ...(condition.ifMatch !== undefined ? { IfMatch: condition.ifMatch } : {}),
          ...(condition.ifNoneMatch !== undefined ? { IfNoneMatch: condition.ifNoneMatch } : {}),
        }),
      );
      return { etag: answer.ETag ?? "" };
    } catch (error) {
      const { status } = describeS3Error(error);
      if (status === 412 || status === 409) return "conflict";
      throw this.failure("PUT", key, error);
    }
  }

  async delete(key: string): Promise<void> {
    try {
      this.requests++;
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
    } catch (error) {
      if (isNotFound(error)) return;
      throw this.failure("DELETE", key, error);
    }
  }

  /** Every object under `prefix`, in key order, after `startAfter` when given. */
  async *list(prefix: string, startAfter?: string): AsyncGenerator<ListedObject> {
    let token: string | undefined;
    do {
      let page;
      try {
        this.requests++;
        page = await this.client.send(
          new ListObjectsV2Command({
            Bucket: this.bucket,
            Prefix: prefix,
            ...(token !== undefined ? { ContinuationToken: token } : {}),
            ...(token === undefined && startAfter !== undefined ? { StartAfter: startAfter } : {}),
          }),
        );
      } catch (error) {
        throw this.failure("LIST", `${prefix}*`, error);
      }
      for (const item of page.Contents ?? [])
        if (item.Key !== undefined)
          yield { key: item.Key, etag: item.ETag ?? "", size: item.Size ?? 0 };
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token !== undefined);
  }

  /** The names of the "folders" right under `prefix` (which ends in `/`): one LIST per 1,000. */
  async folders(prefix: string): Promise<string[]> {
    return (await this.children(prefix)).folders;
  }

  /** What is right under `prefix` (which ends in `/`): "folder" names and object keys. */
  async children(prefix: string): Promise<{ folders: string[]; objects: string[] }> {
    const folders: string[] = [];
    const objects: string[] = [];
    let token: string | undefined;
    do {
      let page;
      try {
        this.requests++;
        page = await this.client.send(
          new ListObjectsV2Command({
            Bucket: this.bucket,
            Prefix: prefix,
            Delimiter: "/",
            ...(token !== undefined ? { ContinuationToken: token } : {}),
          }),
        );
      } catch (error) {
        throw this.failure("LIST", `${prefix}*/`, error);
      }
      for (const common of page.CommonPrefixes ?? []) {
        const name = common.Prefix?.slice(prefix.length).replace(/\/$/, "");
        if (name) folders.push(name);
      }
      for (const item of page.Contents ?? [])
        if (item.Key !== undefined && item.Key !== prefix) objects.push(item.Key);
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token !== undefined);
    return { folders, objects };
  }

  /** Whether an object has the key (a HEAD). */
  async exists(key: string): Promise<boolean> {
    try {
      this.requests++;
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw this.failure("HEAD", key, error);
    }
  }

  private failure(operation: string, key: string, error: unknown): S3RequestError {
    const { status, code, message, attempts } = describeS3Error(error);
    const tries = attempts !== undefined && attempts > 1 ? ` after ${attempts} attempts` : "";
    const what = status !== undefined ? `HTTP ${status} ${code}` : code;
    const detail = `${what}${message && message !== code ? ` (${message})` : ""}${tries} at ${endpointLabel(this.connection)}`;
    return new S3RequestError(operation, this.bucket, key, status, code, detail);
  }
}

function isNotFound(error: unknown): boolean {
  const { status, code } = describeS3Error(error);
  return status === 404 || code === "NoSuchKey" || code === "NotFound";
}

/** `s3://bucket/prefix` split; the prefix has no leading or trailing slash ("" for the bucket root). */
export function parseS3Url(url: string, what = "store"): { bucket: string; prefix: string } {
  const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(url);
  const bucket = match?.[1] ?? "";
  if (!match || !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket))
    throw new Error(
      `${what} ${JSON.stringify(url)}: expected s3://<bucket>/<prefix>, a bucket name of 3-63 lowercase letters, digits, dots and hyphens`,
    );
  const prefix = (match[2] ?? "").replace(/^\/+|\/+$/g, "");
  if (prefix.split("/").some((s) => s === "." || s === ".."))
    throw new Error(`${what} ${JSON.stringify(url)}: the prefix has a "." or ".." segment`);
  return { bucket, prefix };
}
