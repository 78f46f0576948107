import path from "node:path";
import type { S3Settings } from "../config/settings.js";
import { ConfigError } from "../core/errors.js";
import { safeSegment } from "../store/layout.js";
import { endpointLabel, resolveS3Connection, type S3Connection } from "../store/s3-client.js";
import { S3Objects, S3RequestError } from "../store/s3-objects.js";
import type { RawFile, SourceContext } from "./sources.js";

/*
 * The `s3` source: one GET of an object through @aws-sdk/client-s3 (SigV4 when credentials are in
 * the environment, anonymous otherwise), retried on 500, 503, throttling and timeouts. Works with
 * S3 and S3-compatible stores (DigitalOcean Spaces, MinIO). See src/store/s3-client.ts for where
 * the endpoint, region and credentials come from.
 */

/** Where and as whom the `s3` source reads, from the environment and `s3:` of lifecycle.yml. */
export function resolveS3Access(env: NodeJS.ProcessEnv, settings: S3Settings = {}): S3Connection {
  return resolveS3Connection(env, settings, "s3 source");
}

/** Fetch an `s3` source's object into `rawDir`, named after the key's last segment. */
export async function fetchS3Source(
  source: { bucket: string; key: string },
  context: SourceContext,
  rawDir: string,
): Promise<RawFile> {
  const connection = {
    ...resolveS3Access(context.env, context.s3),
    attempts: context.retry.attempts,
    timeoutMs: context.retry.timeoutMs,
  };
  const name = source.key.split("/").pop();
  if (!name) throw new ConfigError(`s3 source: key ${JSON.stringify(source.key)} names a folder`);
  const file = path.join(rawDir, safeSegment(name));
  const object = `s3://${source.bucket}/${source.key}`;
  const endpoint = endpointLabel(connection);
  const as = connection.credentials ? "" : " anonymously (no AWS_ACCESS_KEY_ID set)";
  context.log?.(`downloading ${object} from ${endpoint}${as}`);
  try {
    const got = await new S3Objects(source.bucket, connection).download(source.key, file);
    if (!got)
      throw new Error(`s3 source: could not get ${object} from ${endpoint}: HTTP 404 (NoSuchKey)`);
    return {
      file: `raw/${path.basename(file)}`,
      ...got,
      url: `${endpoint}/${source.bucket}/${source.key}`,
    };
  } catch (error) {
    if (!(error instanceof S3RequestError)) throw error;
    const detail = error.message.replace(/^S3 GET \S+ failed: /, "").replace(/ at \S+$/, "");
    throw new Error(
      `s3 source: could not get ${object} from ${endpoint}: ${detail}${hint(error, connection)}`,
    );
  }
}

function hint(error: S3RequestError, connection: S3Connection): string {
  if ((error.status === 403 || error.status === 401) && !connection.credentials)
    return "; the request was anonymous: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY for a private bucket";
  if (error.code === "SignatureDoesNotMatch")
    return `; check AWS_SECRET_ACCESS_KEY, and the region (signed for ${connection.region}: AWS_REGION)`;
  if (error.status !== undefined && error.status >= 300 && error.status < 400)
    return "; lifecycle does not follow an S3 redirect: set AWS_ENDPOINT_URL_S3 or the region to the bucket's own";
  return "";
}

/** How config.json records an `s3` source: the template's fields and the endpoint read from. */
export function s3SourceRecord<T extends { type: "s3" }>(
  source: T,
  context: Pick<SourceContext, "env" | "s3">,
): T & { endpoint: string } {
  return { ...source, endpoint: endpointLabel(resolveS3Access(context.env, context.s3)) };
}
