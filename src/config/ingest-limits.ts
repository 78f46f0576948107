import { z } from "zod";

const SIZE = /^([0-9]+(?:\.[0-9]+)?)\s*([KMGT]i?B|B)$/i;
const UNITS: Record<string, number> = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12 };

/** Bytes of a size such as `512MB`, `2GB` or `1.5GiB` (KB = 1000 bytes, KiB = 1024). */
export function parseSize(text: string): number {
  const match = SIZE.exec(text.trim());
  if (!match?.[1] || !match[2]) throw new Error(`not a size: ${JSON.stringify(text)}`);
  const unit = match[2].toLowerCase();
  const factor = unit.includes("i")
    ? 1024 ** ["kib", "mib", "gib", "tib"].indexOf(unit) * 1024
    : (UNITS[unit] ?? 1);
  return Math.round(Number(match[1]) * factor);
}

const Size = z.string().regex(SIZE, "a size such as 512MB, 2GB or 1.5GiB");

/** `ingest_limits:` of lifecycle.yml: what one ingest may download, unpack and write. */
export const IngestLimitsSchema = z.strictObject({
  max_download_size: Size.optional().describe(
    "Largest response body an ingest downloads (default 5GB)",
  ),
  max_decompressed_size: Size.optional().describe(
    "Largest size a download may inflate to (gzip Content-Encoding, a zip entry) (default 20GB)",
  ),
  max_decompression_ratio: z
    .number()
    .positive()
    .optional()
    .describe("Largest ratio of inflated to compressed size (default 200): a zip bomb stops early"),
  max_rows: z
    .int()
    .positive()
    .optional()
    .describe("Most rows one dataset may have (default 200000000)"),
});
export type IngestLimitsSettings = z.infer<typeof IngestLimitsSchema>;

export interface IngestLimits {
  maxDownloadBytes: number;
  maxDecompressedBytes: number;
  maxRatio: number;
  maxRows: number;
}

export const DEFAULT_INGEST_LIMITS: IngestLimits = {
  maxDownloadBytes: 5e9,
  maxDecompressedBytes: 20e9,
  maxRatio: 200,
  maxRows: 200_000_000,
};

export function ingestLimits(settings: IngestLimitsSettings | undefined): IngestLimits {
  const s = settings ?? {};
  const d = DEFAULT_INGEST_LIMITS;
  return {
    maxDownloadBytes: s.max_download_size ? parseSize(s.max_download_size) : d.maxDownloadBytes,
    maxDecompressedBytes: s.max_decompressed_size
      ? parseSize(s.max_decompressed_size)
      : d.maxDecompressedBytes,
    maxRatio: s.max_decompression_ratio ?? d.maxRatio,
    maxRows: s.max_rows ?? d.maxRows,
  };
}

export type LimitSetting = keyof IngestLimitsSettings;

/** An ingest went over one of its limits; names the limit and the setting that raises it. */
export class IngestLimitError extends Error {
  override readonly name = "IngestLimitError";
  readonly retry = false;
  constructor(
    readonly setting: LimitSetting,
    what: string,
    limit: string,
  ) {
    super(
      `${what}, over the ingest limit of ${limit} (ingest_limits.${setting} in lifecycle.yml; raise it there if this is expected)`,
    );
  }
}
