import { createHash, createHmac } from "node:crypto";
import path from "node:path";
import { z } from "zod";
import type { S3Settings } from "../config/settings.js";
import { ConfigError } from "../core/errors.js";
import { safeSegment } from "../store/layout.js";
import { download, HttpStatusError, type HttpClient } from "./http.js";
import type { RawFile, SourceContext } from "./sources.js";
import { unescapeXml } from "./xml-text.js";

/*
 * The `s3` source: one GET of `<endpoint>/<bucket>/<key>` (path-style), signed with AWS Signature
 * Version 4 when credentials are in the environment, anonymous otherwise. No AWS SDK: a signed GET
 * is a few HMACs. Works with S3 and S3-compatible stores (DigitalOcean Spaces, MinIO).
 */

export const EMPTY_PAYLOAD_SHA256 =
  "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
export const DEFAULT_S3_REGION = "us-east-1";

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface SignV4Input {
  method: string;
  /** The URL as it will be sent: its path is the canonical URI, so it must be encoded already. */
  url: URL;
  /** Headers to sign besides `host` and `x-amz-date`, which are always signed. */
  headers?: Record<string, string>;
  payloadHash: string;
  region: string;
  service: string;
  date: Date;
}

export interface SignedV4 {
  /** To send with the request: `x-amz-date`, `authorization`, and `x-amz-security-token`. */
  headers: Record<string, string>;
  canonicalRequest: string;
  stringToSign: string;
  signature: string;
}

/** Sign a request with AWS Signature Version 4 (`AWS4-HMAC-SHA256`, Authorization header). */
export function signV4(input: SignV4Input, credentials: AwsCredentials): SignedV4 {
  const amzDate = input.date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
  const day = amzDate.slice(0, 8);
  const extra: Record<string, string> = { "x-amz-date": amzDate };
  if (credentials.sessionToken) extra["x-amz-security-token"] = credentials.sessionToken;
  const signing = new Map<string, string>([["host", input.url.host]]);
  for (const [name, value] of Object.entries({ ...input.headers, ...extra }))
    signing.set(name.toLowerCase(), value.trim().replace(/\s+/g, " "));
  const names = [...signing.keys()].sort();
  const signedHeaders = names.join(";");
  const canonicalRequest = [
    input.method,
    input.url.pathname,
    canonicalQuery(input.url.search),
    ...names.map((name) => `${name}:${signing.get(name)}`),
    "",
    signedHeaders,
    input.payloadHash,
  ].join("\n");
  const scope = `${day}/${input.region}/${input.service}/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", amzDate, scope, sha256Hex(canonicalRequest)].join("\n");
  let key: Buffer = hmac(`AWS4${credentials.secretAccessKey}`, day);
  for (const part of [input.region, input.service, "aws4_request"]) key = hmac(key, part);
  const signature = hmac(key, stringToSign).toString("hex");
  const authorization = `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return { headers: { ...extra, authorization }, canonicalRequest, stringToSign, signature };
}

/** Query pairs URI-encoded and sorted by name, then value. */
function canonicalQuery(search: string): string {
  if (search.length <= 1) return "";
  return search
    .slice(1)
    .split("&")
    .map((pair) => {
      const [name = "", ...value] = pair.split("=");
      return `${uriEncode(decodeQueryPart(name))}=${uriEncode(decodeQueryPart(value.join("=")))}`;
    })
    .sort()
    .join("&");
}

function decodeQueryPart(text: string): string {
  return decodeURIComponent(text.replace(/\+/g, " "));
}

/** S3's URI encoding: every byte except `A-Z a-z 0-9 - . _ ~` as `%XX` (uppercase hex). */
export function uriEncode(text: string): string {
  return [...Buffer.from(text, "utf8")]
    .map((byte) => {
      const char = String.fromCharCode(byte);
      return /[A-Za-z0-9\-._~]/.test(char)
        ? char
        : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    })
    .join("");
}

function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac("sha256", key).update(data, "utf8").digest();
}

/** Where and as whom the `s3` source reads: from the environment and `lifecycle.yml`. */
export interface S3Access {
  /** Base URL, without a trailing slash. */
  endpoint: string;
  region: string;
  /** Absent: anonymous GETs (public buckets). */
  credentials?: AwsCredentials;
}

/**
 * Endpoint: `AWS_S3_ENDPOINT` (as dcpy reads it), else `s3.endpoint` in lifecycle.yml, else AWS
 * itself. Region: `AWS_REGION`, `AWS_DEFAULT_REGION`, `s3.region`, else us-east-1. Credentials only
 * from `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` (+ `AWS_SESSION_TOKEN`); an empty value (an
 * unset GitHub secret) counts as unset.
 */
export function resolveS3Access(env: NodeJS.ProcessEnv, settings: S3Settings = {}): S3Access {
  const region =
    envValue(env, "AWS_REGION") ??
    envValue(env, "AWS_DEFAULT_REGION") ??
    settings.region ??
    DEFAULT_S3_REGION;
  const fromEnv = envValue(env, "AWS_S3_ENDPOINT");
  const endpoint = fromEnv
    ? normalizeEndpoint(fromEnv, "AWS_S3_ENDPOINT")
    : settings.endpoint
      ? normalizeEndpoint(settings.endpoint, "s3.endpoint in lifecycle.yml")
      : `https://s3.${region}.amazonaws.com`;
  const accessKeyId = envValue(env, "AWS_ACCESS_KEY_ID");
  const secretAccessKey = envValue(env, "AWS_SECRET_ACCESS_KEY");
  if (!accessKeyId !== !secretAccessKey) {
    const [set, unset] = accessKeyId
      ? ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"]
      : ["AWS_SECRET_ACCESS_KEY", "AWS_ACCESS_KEY_ID"];
    throw new ConfigError(
      `s3 source: ${set} is set but ${unset} is not; set both, or neither for anonymous access to a public bucket`,
    );
  }
  if (!accessKeyId || !secretAccessKey) return { endpoint, region };
  const sessionToken = envValue(env, "AWS_SESSION_TOKEN");
  return {
    endpoint,
    region,
    credentials: { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) },
  };
}

function envValue(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

const HttpUrl = z.url({ protocol: /^https?$/ });

/** An http(s) URL with no credentials, query or fragment; a bare host name gets `https://`. */
function normalizeEndpoint(value: string, origin: string): string {
  const text = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
  const url = HttpUrl.safeParse(text).success ? new URL(text) : undefined;
  if (!url || url.username || url.password || url.search || url.hash) {
    // Not echoed: a rejected value may hold credentials or a signature.
    throw new ConfigError(
      `s3 source: ${origin} is not an endpoint URL; expected e.g. https://nyc3.digitaloceanspaces.com (http or https, no credentials, query or fragment)`,
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

/** `<endpoint>/<bucket>/<key>`, the key encoded segment by segment (its `/` kept). */
export function s3ObjectUrl(endpoint: string, bucket: string, key: string): string {
  if (!/^[A-Za-z0-9._-]+$/.test(bucket) || /^\.+$/.test(bucket))
    throw new ConfigError(
      `s3 source: bucket ${JSON.stringify(bucket)} is not a bucket name (letters, digits, . _ -)`,
    );
  const segments = key.split("/");
  // URLs resolve `.` and `..` segments (even encoded), so such a key could not be fetched as named.
  if (segments.some((s) => s === "." || s === ".."))
    throw new ConfigError(`s3 source: key ${JSON.stringify(key)} has a "." or ".." segment`);
  return `${endpoint}/${bucket}/${segments.map(uriEncode).join("/")}`;
}

/** What an S3 error response body says: `<Error><Code>…</Code><Message>…</Message></Error>`. */
export function parseS3Error(body: string): { code?: string; message?: string } {
  const field = (name: string) => {
    const match = new RegExp(`<${name}>([^<]*)</${name}>`).exec(body);
    return match?.[1] === undefined ? undefined : unescapeXml(match[1]).trim();
  };
  const code = field("Code");
  const message = field("Message");
  return { ...(code ? { code } : {}), ...(message ? { message } : {}) };
}

/**
 * An HttpClient that signs every attempt afresh (retries get a new `x-amz-date`) and replaces an
 * error response's body with its S3 code and message, so that nothing else of it (S3 echoes the
 * string to sign) reaches logs or errors.
 */
export function signingClient(
  inner: HttpClient,
  access: S3Access,
  now: () => Date = () => new Date(),
): HttpClient {
  return {
    async get(url, init) {
      const headers = { ...init.headers };
      if (access.credentials) {
        const signed = signV4(
          {
            method: "GET",
            url: new URL(url),
            headers: { "x-amz-content-sha256": EMPTY_PAYLOAD_SHA256 },
            payloadHash: EMPTY_PAYLOAD_SHA256,
            region: access.region,
            service: "s3",
            date: now(),
          },
          access.credentials,
        );
        Object.assign(headers, { "x-amz-content-sha256": EMPTY_PAYLOAD_SHA256 }, signed.headers);
      }
      // A redirect would carry the session token to wherever it points: not followed.
      const response = await inner.get(url, { ...init, headers, redirect: "manual" });
      if (response.ok) return response;
      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel();
        const location = response.headers.get("location") ?? "no location";
        return new Response(
          `S3 redirected to ${location}; lifecycle does not follow an S3 redirect: set AWS_S3_ENDPOINT or the region to the bucket's own`,
          { status: response.status, statusText: response.statusText },
        );
      }
      const body = await response.text().catch(() => "");
      const { code, message } = parseS3Error(body);
      const summary = code ? `${code}${message ? `: ${message}` : ""}` : body.slice(0, 200);
      return new Response(summary, { status: response.status, statusText: response.statusText });
    },
  };
}

/** Fetch an `s3` source's object into `rawDir`, named after the key's last segment. */
export async function fetchS3Source(
  source: { bucket: string; key: string },
  context: SourceContext,
  rawDir: string,
): Promise<RawFile> {
  const access = resolveS3Access(context.env, context.s3);
  const url = s3ObjectUrl(access.endpoint, source.bucket, source.key);
  const name = source.key.split("/").pop();
  if (!name) throw new ConfigError(`s3 source: key ${JSON.stringify(source.key)} names a folder`);
  const file = path.join(rawDir, safeSegment(name));
  const object = `s3://${source.bucket}/${source.key}`;
  const as = access.credentials ? "" : " anonymously (no AWS_ACCESS_KEY_ID set)";
  context.log?.(`downloading ${object} from ${access.endpoint}${as}`);
  try {
    const result = await download(
      { ...context, client: signingClient(context.client, access) },
      url,
      file,
    );
    const raw: RawFile = { file: `raw/${path.basename(file)}`, ...pick(result), url };
    if (result.finalUrl !== url) raw.finalUrl = result.finalUrl;
    return raw;
  } catch (error) {
    if (!(error instanceof HttpStatusError)) throw error;
    const detail = error.message.replace(/^GET \S+ failed: /, "");
    throw new Error(
      `s3 source: could not get ${object} from ${access.endpoint}: ${detail}${hint(error.status, detail, access)}`,
      { cause: error },
    );
  }
}

function pick(result: { sha256: string; bytes: number }): { sha256: string; bytes: number } {
  return { sha256: result.sha256, bytes: result.bytes };
}

function hint(status: number, detail: string, access: S3Access): string {
  if ((status === 403 || status === 401) && !access.credentials)
    return "; the request was anonymous: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY for a private bucket";
  if (detail.includes("SignatureDoesNotMatch"))
    return `; check AWS_SECRET_ACCESS_KEY, and the region (signed for ${access.region}: AWS_REGION)`;
  return "";
}

/** How config.json records an `s3` source: the template's fields and the endpoint read from. */
export function s3SourceRecord<T extends { type: "s3" }>(
  source: T,
  context: Pick<SourceContext, "env" | "s3">,
): T & { endpoint: string } {
  return { ...source, endpoint: resolveS3Access(context.env, context.s3).endpoint };
}
