/**
 * What makes a GET fail at once instead of being retried, and how long a server asks us to wait:
 * redirect chains that loop or leave HTTP, a full disk, and `Retry-After`.
 */

/** An error that retrying cannot fix: thrown through the retry loop at once. */
export class NotRetriedError extends Error {
  override readonly name: string = "NotRetriedError";
  readonly retry = false;
}

/** Errors marked `retry: false` (NotRetriedError, IngestLimitError) end the retry loop at once. */
export function isNotRetried(error: unknown): boolean {
  return error instanceof Error && "retry" in error && error.retry === false;
}

export const MAX_REDIRECTS = 20;

/** A redirect chain that loops, leaves http(s), is too long or has no usable Location. */
export class RedirectError extends NotRetriedError {
  override readonly name = "RedirectError";
  constructor(
    readonly chain: readonly string[],
    why: string,
  ) {
    super(`GET ${chain[0] ?? ""} failed: ${why}: ${chain.join(" -> ")}`);
  }
}

/** The next URL of a redirect chain, checked: absolute, http(s), not seen before in the chain. */
export function nextHop(chain: readonly string[], location: string | null): string {
  const from = chain[chain.length - 1] ?? "";
  if (location === null || location === "")
    throw new RedirectError(chain, "a redirect without a Location header");
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw new RedirectError([...chain, location], "a redirect to an invalid URL");
  }
  const hops = [...chain, next.href];
  if (next.protocol !== "http:" && next.protocol !== "https:")
    throw new RedirectError(hops, `a redirect to a ${next.protocol} URL (only http and https)`);
  if (chain.includes(next.href)) throw new RedirectError(hops, "a redirect loop");
  if (chain.length > MAX_REDIRECTS)
    throw new RedirectError(hops, `more than ${MAX_REDIRECTS} redirects`);
  return next.href;
}

export function isRedirect(status: number): boolean {
  return [301, 302, 303, 307, 308].includes(status);
}

const DISK_FULL = new Set(["ENOSPC", "EDQUOT"]);

/** The disk (or quota) is full while writing `file`. */
export class DiskFullError extends NotRetriedError {
  override readonly name = "DiskFullError";
  constructor(
    readonly file: string,
    readonly code: string,
  ) {
    super(
      `no space left on the device writing ${file} (${code}): free space there, or point the store (--store) or TMPDIR at a larger disk`,
    );
  }
}

/** `error` as a DiskFullError naming `file` when the disk is full; otherwise unchanged. */
export function diskFull(error: unknown, file: string): unknown {
  const code = error instanceof Error && "code" in error ? String(error.code) : "";
  return DISK_FULL.has(code) ? new DiskFullError(file, code) : error;
}

/** Statuses worth another attempt: server errors, and 408/429 (the server asks us to slow down). */
export function isRetriedStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

/**
 * Milliseconds the server asks us to wait (`Retry-After`: seconds or an HTTP date), for 429 and
 * 503 only; undefined when it does not say (or says something unreadable).
 */
export function retryAfterMs(response: Response, now = Date.now()): number | undefined {
  if (response.status !== 429 && response.status !== 503) return undefined;
  const value = response.headers.get("retry-after")?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
