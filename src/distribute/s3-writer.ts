import fs from "node:fs/promises";
import { PutObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import {
  createS3Client,
  describeS3Error,
  resolveS3Connection,
  type S3ConnectionSettings,
} from "../store/s3-client.js";
import type { ObjectWriter } from "./distribute.js";

/**
 * The object_store destination's writer: a PUT per file under `s3://bucket/prefix`, through the
 * ingest `s3` source's connection (the AWS variables, then lifecycle.yml's `s3:`). One client per
 * bucket, made on first use.
 */
export function s3ObjectWriter(
  env: NodeJS.ProcessEnv,
  settings: S3ConnectionSettings | undefined,
): ObjectWriter & { close(): void } {
  let client: S3Client | undefined;
  return {
    async put(url, key, file) {
      const { bucket, prefix } = splitUrl(url);
      const object = prefix === "" ? key : `${prefix}/${key}`;
      client ??= createS3Client(resolveS3Connection(env, settings, "object_store destination"));
      const body = await fs.readFile(file);
      try {
        await client.send(new PutObjectCommand({ Bucket: bucket, Key: object, Body: body }));
      } catch (error) {
        const { status, code } = describeS3Error(error);
        const what = status !== undefined ? `HTTP ${status} ${code}` : code;
        throw new Error(`S3 PUT s3://${bucket}/${object} failed: ${what}`);
      }
    },
    close() {
      client?.destroy();
    },
  };
}

function splitUrl(url: string): { bucket: string; prefix: string } {
  const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(url);
  if (!match) throw new Error(`${JSON.stringify(url)} is not an s3://bucket/prefix URL`);
  const prefix = (match[2] ?? "").replace(/^\/+|\/+$/g, "");
  if (prefix.split("/").some((s) => s === "." || s === ".."))
    throw new Error(`${JSON.stringify(url)} has a "." or ".." segment`);
  return { bucket: match[1] ?? "", prefix };
}
