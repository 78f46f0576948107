import { S3Client } from "@aws-sdk/client-s3";
import { z } from "zod";
import { ConfigError } from "../core/errors.js";

/*
 * Where and as whom lifecycle talks to S3 (the store and the ingest `s3` source): one place that
 * reads the environment and lifecycle.yml, and builds an `@aws-sdk/client-s3` client with bounded
 * retries and a request timeout. Credentials come only from the environment and never appear in
 * a message lifecycle writes.
 */

export const DEFAULT_S3_REGION = "us-east-1";

/** What lifecycle.yml may say about the connection (`store:` or `s3:`); the environment wins. */
export interface S3ConnectionSettings {
  endpoint?: string | undefined;
  region?: string | undefined;
  path_style?: boolean | undefined;
  attempts?: number | undefined;
  timeout_seconds?: number | undefined;
}

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface S3Connection {
  /** Base URL without a trailing slash; absent: AWS itself for the region. */
  endpoint?: string;
  region: string;
  pathStyle: boolean;
  /** Absent: anonymous requests (public buckets). */
  credentials?: AwsCredentials;
  /** Attempts per request, the first included (500, 503, throttling, timeouts are retried). */
  attempts: number;
  /** Per attempt: no answer within this long is a timeout (a stalled connection). */
  timeoutMs: number;
}

/** The endpoint variables, in the order they are read; AWS_S3_ENDPOINT is dcpy's name. */
export const ENDPOINT_VARIABLES = ["AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL", "AWS_S3_ENDPOINT"];

/**
 * Endpoint: the first of ENDPOINT_VARIABLES set, else `endpoint` of lifecycle.yml, else AWS.
 * Region: AWS_REGION, AWS_DEFAULT_REGION, `region`, else us-east-1. Path-style addressing:
 * `path_style`, default on for a custom endpoint (MinIO, moto need it; Spaces and R2 accept it).
 * Credentials: AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN); an empty value
 * (an unset GitHub secret) counts as unset.
 */
export function resolveS3Connection(
  env: NodeJS.ProcessEnv,
  settings: S3ConnectionSettings = {},
  what = "s3",
): S3Connection {
  const region =
    envValue(env, "AWS_REGION") ??
    envValue(env, "AWS_DEFAULT_REGION") ??
    settings.region ??
    DEFAULT_S3_REGION;
  const variable = ENDPOINT_VARIABLES.find((name) => envValue(env, name) !== undefined);
  const endpoint = variable
    ? normalizeEndpoint(envValue(env, variable) ?? "", variable, what)
    : settings.endpoint
      ? normalizeEndpoint(settings.endpoint, "endpoint in lifecycle.yml", what)
      : undefined;
  const credentials = credentialsFrom(env, what);
  return {
    ...(endpoint !== undefined ? { endpoint } : {}),
    region,
    pathStyle: settings.path_style ?? endpoint !== undefined,
    ...(credentials ? { credentials } : {}),
    attempts: settings.attempts ?? 4,
    timeoutMs: (settings.timeout_seconds ?? 60) * 1000,
  };
}

function credentialsFrom(env: NodeJS.ProcessEnv, what: string): AwsCredentials | undefined {
  const accessKeyId = envValue(env, "AWS_ACCESS_KEY_ID");
  const secretAccessKey = envValue(env, "AWS_SECRET_ACCESS_KEY");
  if (!accessKeyId !== !secretAccessKey) {
    const [set, unset] = accessKeyId
      ? ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"]
      : ["AWS_SECRET_ACCESS_KEY", "AWS_ACCESS_KEY_ID"];
    throw new ConfigError(
      `${what}: ${set} is set but ${unset} is not; set both, or neither for anonymous access to a public bucket`,
    );
  }
  if (!accessKeyId || !secretAccessKey) return undefined;
  const sessionToken = envValue(env, "AWS_SESSION_TOKEN");
  return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
}

function envValue(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

const HttpUrl = z.url({ protocol: /^https?$/ });

/** An http(s) URL with no credentials, query or fragment; a bare host name gets `https://`. */
function normalizeEndpoint(value: string, origin: string, what: string): string {
  const text = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
  const url = HttpUrl.safeParse(text).success ? new URL(text) : undefined;
  if (!url || url.username || url.password || url.search || url.hash) {
    // Not echoed: a rejected value may hold credentials or a signature.
    throw new ConfigError(
      `${what}: ${origin} is not an endpoint URL; expected e.g. https://nyc3.digitaloceanspaces.com (http or https, no credentials, query or fragment)`,
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

/** Where requests go, for messages: the endpoint, or AWS's for the region. */
export function endpointLabel(connection: S3Connection): string {
  return connection.endpoint ?? `https://s3.${connection.region}.amazonaws.com`;
}

/**
 * The SDK warns once per process on Node 20 that its releases after January 2027 need Node 22
 * (aws/aws-sdk-js-v3#7983). That is for whoever upgrades the SDK, not for a lifecycle user, so it
 * is switched off with the variable the SDK documents, unless the environment already sets it.
 */
const NODE_WARNING = "AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED";

/** An SDK client for the connection: standard retries, `timeoutMs` per attempt, no redirects. */
export function createS3Client(connection: S3Connection): S3Client {
  process.env[NODE_WARNING] ??= "true";
  return new S3Client({
    region: connection.region,
    ...(connection.endpoint !== undefined ? { endpoint: connection.endpoint } : {}),
    forcePathStyle: connection.pathStyle,
    maxAttempts: connection.attempts,
    retryMode: "standard",
    requestHandler: {
      requestTimeout: connection.timeoutMs,
      connectionTimeout: Math.min(connection.timeoutMs, 10_000),
      throwOnRequestTimeout: true,
    },
    // Only what the environment gave; never the shared files, SSO or instance metadata.
    credentials: connection.credentials ?? { accessKeyId: "", secretAccessKey: "" },
    ...(connection.credentials ? {} : { signer: { sign: async (request) => request } }),
    // Integrity checksums on every PUT are extra work moto and some S3-compatible services reject.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
}

/** What an SDK error says, without anything that could carry a credential or a signature. */
export function describeS3Error(error: unknown): {
  status?: number;
  code: string;
  message: string;
  attempts?: number;
} {
  const e = error as {
    name?: string;
    message?: string;
    $metadata?: { httpStatusCode?: number; attempts?: number };
  };
  const status = e.$metadata?.httpStatusCode;
  const attempts = e.$metadata?.attempts;
  const message = (e.message ?? "").replace(/\s+/g, " ").slice(0, 200);
  return {
    ...(status !== undefined ? { status } : {}),
    code: e.name ?? "Error",
    message,
    ...(attempts !== undefined ? { attempts } : {}),
  };
}
