import { resolveS3Connection, type S3ConnectionSettings } from "../store/s3-client.js";
import { S3Objects } from "../store/s3-objects.js";
import type { ObjectLister } from "./sense.js";

/**
 * Lists the keys under a prefix of `s3://bucket`, with the connection the environment gives
 * (AWS_ENDPOINT_URL_S3, AWS_REGION, credentials; none: anonymous, for public buckets) and the
 * `s3:` settings of lifecycle.yml. One client per bucket.
 */
export function s3ObjectLister(
  env: NodeJS.ProcessEnv,
  settings: S3ConnectionSettings = {},
): ObjectLister {
  const clients = new Map<string, S3Objects>();
  return {
    async list(bucketUrl, prefix) {
      const bucket = bucketUrl.replace(/^s3:\/\//, "");
      let objects = clients.get(bucket);
      if (!objects) {
        objects = new S3Objects(bucket, resolveS3Connection(env, settings, `observe ${bucketUrl}`));
        clients.set(bucket, objects);
      }
      const keys: string[] = [];
      for await (const object of objects.list(prefix)) keys.push(object.key);
      return keys;
    },
  };
}
