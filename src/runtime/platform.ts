/**
 * The platforms `@duckdb/node-bindings` publishes a binary for: the suffix of
 * `@duckdb/node-bindings-<id>`. test/action/duckdb-provider.test.ts checks it against the
 * package's optionalDependencies, so a DuckDB upgrade that changes them fails a test.
 */
export const DUCKDB_PLATFORMS = [
  "linux-x64",
  "linux-arm64",
  "linux-x64-musl",
  "linux-arm64-musl",
  "darwin-x64",
  "darwin-arm64",
  "win32-x64",
  "win32-arm64",
] as const;

export type DuckDBPlatformId = (typeof DUCKDB_PLATFORMS)[number];

export interface RuntimePlatform {
  os: string;
  arch: string;
  /** Linux only: the C library DuckDB's binary links against. */
  libc?: "glibc" | "musl";
}

export class UnsupportedPlatformError extends Error {
  constructor(readonly platform: RuntimePlatform) {
    super(
      `DuckDB is not available for this runner's platform: ${describePlatform(platform)}; ` +
        `lifecycle provides it for ${DUCKDB_PLATFORMS.join(", ")}. Commands that read data ` +
        "(ingest) need it; run them on a runner of one of those platforms (runs-on)",
    );
    this.name = "UnsupportedPlatformError";
  }
}

export function describePlatform(platform: RuntimePlatform): string {
  const libc = platform.libc ? ` (${platform.libc})` : "";
  return `process.platform=${platform.os} process.arch=${platform.arch}${libc}`;
}

/** This process's platform; on Linux, glibc unless Node reports no glibc runtime (musl). */
export function currentPlatform(): RuntimePlatform {
  if (process.platform !== "linux") return { os: process.platform, arch: process.arch };
  const report = process.report.getReport() as { header?: { glibcVersionRuntime?: string } };
  const libc = report.header?.glibcVersionRuntime ? "glibc" : "musl";
  return { os: process.platform, arch: process.arch, libc };
}

export function duckdbPlatformId(platform: RuntimePlatform): DuckDBPlatformId {
  const suffix = platform.libc === "musl" ? "-musl" : "";
  const id = `${platform.os}-${platform.arch}${suffix}`;
  const known = DUCKDB_PLATFORMS.find((p) => p === id);
  if (!known) throw new UnsupportedPlatformError(platform);
  return known;
}
