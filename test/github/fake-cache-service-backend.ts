/**
 * What GitHub's cache service keeps, independent of the protocol that reaches it: entries keyed by
 * (key, version, scope), immutable once reserved, visible to a run through the cache scopes of its
 * runtime token. Both fake protocols (v1 REST, v2 Twirp + blob storage) share it.
 */

/** Bits of a cache scope's permission, as in the runtime token's `ac` claim. */
export const READ = 1;
export const WRITE = 2;

export interface CacheScope {
  /** A git ref: `refs/heads/main`, `refs/pull/7/merge`. */
  scope: string;
  permission: number;
}

/** A run on the default branch: reads and writes `refs/heads/main`. */
export const MAIN_RUN: readonly CacheScope[] = [
  { scope: "refs/heads/main", permission: READ | WRITE },
];

/** A pull request run: writes its merge ref, reads it and then the base branch. */
export function pullRequestRun(number: number, base = "main"): CacheScope[] {
  return [
    { scope: `refs/pull/${number}/merge`, permission: READ | WRITE },
    { scope: `refs/heads/${base}`, permission: READ },
  ];
}

/** An untrusted run: the service issued a token that only reads. */
export function readOnlyRun(scopes: readonly CacheScope[]): CacheScope[] {
  return scopes.map((s) => ({ scope: s.scope, permission: s.permission & READ }));
}

/**
 * ACTIONS_RUNTIME_TOKEN as the runner gets it: a JWT whose `ac` claim lists the cache scopes. The
 * client never parses it (@actions/cache 6 sends it as a bearer token); the service does.
 */
export function runtimeToken(scopes: readonly CacheScope[]): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const ac = JSON.stringify(scopes.map((s) => ({ Scope: s.scope, Permission: s.permission })));
  return `${part({ typ: "JWT", alg: "RS256" })}.${part({ scp: "Actions.Results", ac })}.fake-signature`;
}

/** The scopes of a bearer token, or undefined when the header holds no such token. */
export function scopesOf(authorization: string | undefined): CacheScope[] | undefined {
  const payload = /^Bearer [^.]+\.([^.]+)\.[^.]+$/.exec(authorization ?? "")?.[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString()) as { ac?: string };
    const ac = JSON.parse(claims.ac ?? "") as { Scope: string; Permission: number }[];
    return ac.map((s) => ({ scope: s.Scope, permission: s.Permission }));
  } catch {
    return undefined;
  }
}

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  scope: string;
  data: Buffer | undefined;
  committed: boolean;
}

export type Reservation = CacheEntry | "exists" | "denied";

export class CacheBackend {
  readonly entries: CacheEntry[] = [];
  /** Every request, by operation name (e.g. `CreateCacheEntry`, `PutBlob`), in order. */
  readonly operations: string[] = [];
  /** Injected failures by operation name, `*` for every operation. */
  private readonly faults = new Map<string, { times: number; status: number }>();

  /** The next `times` requests of `operation` (`*`: of any) are answered with `status`. */
  fail(operation: string, times = 1, status = 500): void {
    this.faults.set(operation, { times, status });
  }

  /** Records the request; the status to fail it with, if a failure is due. */
  faultFor(operation: string): number | undefined {
    this.operations.push(operation);
    for (const name of [operation, "*"]) {
      const fault = this.faults.get(name);
      if (!fault || fault.times <= 0) continue;
      fault.times -= 1;
      return fault.status;
    }
    return undefined;
  }

  /** A new entry in the first writable scope; an existing (key, version, scope) is never replaced. */
  reserve(scopes: readonly CacheScope[], key: string, version: string): Reservation {
    const scope = scopes.find((s) => s.permission & WRITE)?.scope;
    if (scope === undefined) return "denied";
    const same = (e: CacheEntry) => e.key === key && e.version === version && e.scope === scope;
    if (this.entries.some(same)) return "exists";
    const id = this.entries.length + 1;
    const entry: CacheEntry = { id, key, version, scope, data: undefined, committed: false };
    this.entries.push(entry);
    return entry;
  }

  /** The entry a run reserved and has not committed yet. */
  pending(scopes: readonly CacheScope[], key: string, version: string): CacheEntry | undefined {
    const scope = scopes.find((s) => s.permission & WRITE)?.scope;
    return this.entries.find(
      (e) => !e.committed && e.key === key && e.version === version && e.scope === scope,
    );
  }

  /**
   * GitHub's matching: in each readable scope in turn, the exact key, then the newest entry whose
   * key starts with the primary key, then with each restore key in order. Same version only.
   */
  lookup(scopes: readonly CacheScope[], keys: readonly string[], version: string) {
    for (const { scope, permission } of scopes) {
      if (!(permission & READ)) continue;
      const usable = this.entries
        .filter((e) => e.committed && e.scope === scope && e.version === version)
        .reverse();
      const found =
        usable.find((e) => e.key === keys[0]) ??
        keys.map((k) => usable.find((e) => e.key.startsWith(k))).find(Boolean);
      if (found) return found;
    }
    return undefined;
  }

  /** Committed keys, in the order saved; of one scope when given. */
  keys(scope?: string): string[] {
    return this.entries
      .filter((e) => e.committed && (scope === undefined || e.scope === scope))
      .map((e) => e.key);
  }
}
