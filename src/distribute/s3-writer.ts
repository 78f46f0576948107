import fs from "node:fs/promises";
import { resolveS3Connection, type S3ConnectionSettings } from "../store/s3-client.js";
import { parseS3Url, S3Objects } from "../store/s3-objects.js";
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
  const buckets = new Map<string, S3Objects>();
  return {
    async put(url, key, file) {
      const { bucket, prefix } = parseS3Url(url, "object_store destination");
      let objects = buckets.get(bucket);
      if (!objects) {
        objects = new S3Objects(
          bucket,
          resolveS3Connection(env, settings, "object_store destination"),
        );
        buckets.set(bucket, objects);
      }
      const object = prefix === "" ? key : `${prefix}/${key}`;
      // Unconditional: a "conflict" here is the server's 409 (a concurrent bucket operation).
      if ((await objects.put(object, await fs.readFile(file))) === "conflict")
        throw new Error(
          `S3 PUT s3://${bucket}/${object} failed: HTTP 409 (a conflicting operation)`,
        );
    },
    close() {
      for (const objects of buckets.values()) objects.client.destroy();
    },
  };
}
