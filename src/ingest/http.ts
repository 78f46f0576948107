import { createWriteStream } from "node:fs";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import type { Progress } from "../core/progress.js";
import { DEFAULT_INGEST_LIMITS, type IngestLimits } from "../config/ingest-limits.js";
import { hashingTap } from "./hash.js";
import { bodyLimit, checkDeclaredLength } from "./download-limits.js";
import {
  diskFull,
  isNotRetried,
  isRedirect,
  isRetriedStatus,
  nextHop,
  retryAfterMs,
} from "./http-faults.js";

export interface GetInit {
  signal: AbortSignal;
  headers?: Record<string, string>;
  /** `manual`: a redirect comes back as the 3xx response itself (for requests carrying secrets). */
  redirect?: "follow" | "manual";
}

/** The one seam between the ingest and the network. Redirects are followed unless asked not to. */
export interface HttpClient {
  /** GET `url`; resolves for every HTTP status, rejects only on network errors and aborts. */
  get(url: string, init: GetInit): Promise<Response>;
}

export class FetchHttpClient implements HttpClient {
  get(url: string, init: GetInit): Promise<Response> {
    return fetch(url, {
      method: "GET",
      redirect: init.redirect ?? "follow",
      signal: init.signal,
      headers: init.headers,
    });
  }
}

export interface RetryPolicy {
  /** Attempts in all, including the first. */
  attempts: number;
  /** Delay before the second attempt; doubles for each later one. */
  backoffMs: number;
  /** Per attempt, from the request until the body is read. */
  timeoutMs: number;
  /** The longest `Retry-After` (429, 503) waited for; a longer one fails at once. Default 120 s. */
  maxRetryAfterMs?: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, backoffMs: 1_000, timeoutMs: 300_000 };
const DEFAULT_MAX_RETRY_AFTER_MS = 120_000;

/** A response with a status that retrying will not fix (4xx), or the last of the retried ones. */
export class HttpStatusError extends Error {
  override readonly name = "HttpStatusError";
  constructor(
    readonly url: string,
    readonly status: number,
    detail: string,
  ) {
    super(`GET ${url} failed: HTTP ${status}${detail ? ` (${detail})` : ""}`);
  }
}

export interface HttpContext {
  client: HttpClient;
  retry: RetryPolicy;
  signal?: AbortSignal;
  log?: (line: string) => void;
  /** Told the bytes downloaded so far, and the total when the server sends Content-Length. */
  progress?: (progress: Progress) => void;
  /** `ingest_limits:` of lifecycle.yml; defaults when absent. */
  limits?: IngestLimits;
}

/**
 * GET with retries: network errors, timeouts, 5xx, 408 and 429 are retried with exponential
 * backoff, or after the `Retry-After` a 429 or 503 asks for (up to `maxRetryAfterMs`); other 4xx
 * fail at once, and so do redirect loops, redirects away from http(s), a full disk and a limit
 * passed. `read` consumes the body inside the attempt, so a body cut short is retried too.
 */
export async function getWithRetry<T>(
  context: HttpContext,
  url: string,
  read: (response: Response) => Promise<T>,
): Promise<T> {
  const { retry, log } = context;
  for (let attempt = 1; ; attempt++) {
    context.signal?.throwIfAborted();
    const timeout = AbortSignal.timeout(retry.timeoutMs);
    const signal = context.signal ? AbortSignal.any([context.signal, timeout]) : timeout;
    let wait = retry.backoffMs * 2 ** (attempt - 1);
    try {
      const response = await getFollowing(context.client, url, signal);
      if (response.ok) return await read(response);
      const detail = await briefBody(response);
      const error = new HttpStatusError(url, response.status, detail);
      if (!isRetriedStatus(response.status) || attempt >= retry.attempts) throw error;
      wait = retryWait(response, error, retry) ?? wait;
      log?.(
        `${error.message}; retrying (attempt ${attempt + 1} of ${retry.attempts}) in ${wait} ms`,
      );
    } catch (error) {
      if (error instanceof HttpStatusError || isNotRetried(error)) throw error;
      if (context.signal?.aborted) throw context.signal.reason ?? error;
      const reason = timeout.aborted
        ? `timed out after ${retry.timeoutMs} ms`
        : describeNetworkError(error);
      if (attempt >= retry.attempts)
        throw new Error(`GET ${url} failed: ${reason}`, { cause: error });
      log?.(`GET ${url} failed: ${reason}; retrying (attempt ${attempt + 1} of ${retry.attempts})`);
    }
    await sleep(wait, context.signal);
  }
}

/** The wait a 429 or 503 asks for; throws when it is longer than the policy waits. */
function retryWait(response: Response, error: HttpStatusError, retry: RetryPolicy) {
  const asked = retryAfterMs(response);
  const most = retry.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
  if (asked !== undefined && asked > most)
    throw new HttpStatusError(
      error.url,
      error.status,
      `Retry-After asks for ${Math.ceil(asked / 1000)} s, more than the ${most / 1000} s lifecycle waits`,
    );
  return asked;
}

/**
 * GET following redirects here, not in fetch, so that a loop or a redirect to another scheme
 * fails at once naming the whole chain (fetch reports "redirect count exceeded", which looks like
 * a network error and was retried).
 */
async function getFollowing(client: HttpClient, url: string, signal: AbortSignal) {
  const chain = [url];
  for (;;) {
    const current = chain[chain.length - 1] ?? url;
    const response = await client.get(current, { signal, redirect: "manual" });
    const location = response.headers.get("location");
    // Without a Location it is an answer, not a redirect (a wrapping client's own 3xx message).
    if (!isRedirect(response.status) || location === null) return withUrl(response, current);
    await response.body?.cancel();
    chain.push(nextHop(chain, location));
  }
}

/** `response.url` is empty for responses built by hand (a wrapping client): set it. */
function withUrl(response: Response, url: string): Response {
  if (response.url) return response;
  Object.defineProperty(response, "url", { value: url });
  return response;
}

/** GET a JSON document. */
export function getJson(context: HttpContext, url: string): Promise<unknown> {
  return getWithRetry(context, url, async (response) => {
    const text = await response.text();
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new Error(
        `GET ${url}: the response is not JSON: ${JSON.stringify(text.slice(0, 120))}`,
      );
    }
  });
}

export interface Downloaded {
  url: string;
  /** The URL after redirects. */
  finalUrl: string;
  bytes: number;
  sha256: string;
  contentType: string | null;
}

/** Stream a GET response to `file`, hashing it on the way. */
export function download(context: HttpContext, url: string, file: string): Promise<Downloaded> {
  return getWithRetry(context, url, async (response) => {
    const { tap, result } = hashingTap();
    if (!response.body) throw new Error(`GET ${url}: empty response body`);
    const limits = context.limits ?? DEFAULT_INGEST_LIMITS;
    checkDeclaredLength(response, url, limits);
    const body = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
    const counter = byteCounter(response, context.progress ?? (() => {}));
    try {
      await pipeline(body, bodyLimit(response, url, limits), counter, tap, createWriteStream(file));
    } catch (error) {
      throw diskFull(error, file);
    }
    return {
      url,
      finalUrl: response.url || url,
      ...result(),
      contentType: response.headers.get("content-type"),
    };
  });
}

async function briefBody(response: Response): Promise<string> {
  try {
    const text = (await response.text()).replace(/\s+/g, " ").trim();
    return text.length > 200 ? `${text.slice(0, 197)}...` : text;
  } catch {
    return "";
  }
}

function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.message}${cause}`;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason instanceof Error ? signal.reason : new Error("aborted"));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** Passes the body through, telling `progress` the bytes so far (at most every 100 ms). */
function byteCounter(
  response: Response,
  progress: NonNullable<HttpContext["progress"]>,
): Transform {
  const length = Number(response.headers.get("content-length") ?? Number.NaN);
  const total = Number.isFinite(length) && length > 0 ? { totalBytes: length } : {};
  let bytes = 0;
  let last = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      const now = Date.now();
      if (now - last >= 100) {
        last = now;
        progress({ what: "download", bytes, ...total });
      }
      callback(null, chunk);
    },
    flush(callback) {
      progress({ what: "download", bytes, ...total });
      callback();
    },
  });
}
