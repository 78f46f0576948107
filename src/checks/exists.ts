import { HeadObjectCommand, ListObjectsV2Command, type S3Client } from "@aws-sdk/client-s3";
import {
  createS3Client,
  describeS3Error,
  resolveS3Connection,
  type S3ConnectionSettings,
} from "../store/s3-client.js";

/**
 * Existence checks on an object store, as the market-data team's materialisation checks make
 * them: one object (`head`), the direct children of a prefix (`list`), or anything below it
 * (`recursive`). `${NAME}` in the URL is taken from the check's environment (the build's:
 * LIFECYCLE_PARTITION, LIFECYCLE_VERSION, the recipe's env), so one check serves every partition.
 */
export interface ExistsConfig {
  url: string;
  mode?: "head" | "list" | "recursive" | undefined;
  min?: number | undefined;
}

export interface ExistsFinding {
  passed: boolean;
  observed: number;
  expected: { min: number };
  message: string;
}

export async function checkObjectsExist(
  config: ExistsConfig,
  env: NodeJS.ProcessEnv,
  settings: S3ConnectionSettings | undefined,
): Promise<ExistsFinding> {
  const url = expandVariables(config.url, env);
  const { bucket, key } = splitS3Url(url);
  const mode = config.mode ?? (key === "" || key.endsWith("/") ? "recursive" : "head");
  const min = mode === "head" ? 1 : (config.min ?? 1);
  const client = createS3Client(resolveS3Connection(env, settings, "exists check"));
  try {
    if (mode === "head") {
      const found = await head(client, bucket, key);
      const message = `${url} ${found ? "exists" : "does not exist"}`;
      return { passed: found, observed: found ? 1 : 0, expected: { min: 1 }, message };
    }
    const { found, complete } = await count(client, bucket, key, mode === "list", min);
    const what = mode === "list" ? "entries" : "objects";
    return {
      passed: found >= min,
      observed: found,
      expected: { min },
      message: `${url}: ${complete ? "" : "at least "}${found} ${what}; expected at least ${min}`,
    };
  } finally {
    client.destroy();
  }
}

/** `${NAME}` replaced from env; a name that is not set is an error, never an empty segment. */
export function expandVariables(text: string, env: NodeJS.ProcessEnv): string {
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
    const value = env[name];
    if (value === undefined || value === "")
      throw new Error(`\${${name}} in ${JSON.stringify(text)} is not set`);
    return value;
  });
}

function splitS3Url(url: string): { bucket: string; key: string } {
  const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(url);
  if (!match) throw new Error(`${JSON.stringify(url)} is not an s3://bucket/key URL`);
  const key = match[2] ?? "";
  if (key.split("/").some((segment) => segment === "." || segment === ".."))
    throw new Error(`${JSON.stringify(url)} has a "." or ".." segment`);
  return { bucket: match[1] ?? "", key };
}

async function head(client: S3Client, bucket: string, key: string): Promise<boolean> {
  try {
    await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return true;
  } catch (error) {
    const { status, code } = describeS3Error(error);
    if (status === 404 || code === "NotFound" || code === "NoSuchKey") return false;
    throw requestError("HEAD", bucket, key, error);
  }
}

/** Objects (or, with `children`, direct entries) under the prefix, counted until `enough`. */
async function count(
  client: S3Client,
  bucket: string,
  key: string,
  children: boolean,
  enough: number,
): Promise<{ found: number; complete: boolean }> {
  const prefix = key === "" || key.endsWith("/") ? key : `${key}/`;
  let found = 0;
  let token: string | undefined;
  do {
    const page = await client
      .send(
        new ListObjectsV2Command({
          Bucket: bucket,
          Prefix: prefix,
          ...(children ? { Delimiter: "/" } : {}),
          ...(token !== undefined ? { ContinuationToken: token } : {}),
        }),
      )
      .catch((error: unknown) => {
        throw requestError("LIST", bucket, `${prefix}*`, error);
      });
    found += (page.Contents ?? []).filter((o) => o.Key !== prefix).length;
    found += (page.CommonPrefixes ?? []).length;
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token !== undefined && found < enough);
  return { found, complete: token === undefined };
}

function requestError(operation: string, bucket: string, key: string, error: unknown): Error {
  const { status, code } = describeS3Error(error);
  const what = status !== undefined ? `HTTP ${status} ${code}` : code;
  return new Error(`S3 ${operation} s3://${bucket}/${key} failed: ${what}`);
}
