import { Transform } from "node:stream";
import { IngestLimitError, type IngestLimits } from "../config/ingest-limits.js";

/** Inflated ratios are judged only past this size: a tiny file may compress very well. */
const RATIO_FLOOR_BYTES = 16 * 1024 * 1024;

function mb(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${bytes} bytes`;
}

function declaredLength(response: Response): number | undefined {
  const value = response.headers.get("content-length");
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}

/** The body is sent compressed (fetch inflates it): its Content-Length is the compressed size. */
function encoded(response: Response): boolean {
  const encoding = response.headers.get("content-encoding")?.trim().toLowerCase() ?? "identity";
  return encoding !== "" && encoding !== "identity";
}

/** Fails before reading a body that says it is larger than the download limit. */
export function checkDeclaredLength(response: Response, url: string, limits: IngestLimits): void {
  const length = declaredLength(response);
  if (length !== undefined && length > limits.maxDownloadBytes)
    throw new IngestLimitError(
      "max_download_size",
      `GET ${url}: the response is ${mb(length)} (Content-Length)`,
      mb(limits.maxDownloadBytes),
    );
}

/**
 * Counts the body's bytes as they are written and stops the download past the limits: the
 * download size, and for a compressed body the inflated size and ratio to its Content-Length.
 */
export function bodyLimit(response: Response, url: string, limits: IngestLimits): Transform {
  const compressed = encoded(response) ? declaredLength(response) : undefined;
  const inflating = encoded(response);
  let seen = 0;
  const over = (): IngestLimitError | undefined => {
    if (!inflating && seen > limits.maxDownloadBytes)
      return new IngestLimitError(
        "max_download_size",
        `GET ${url}: the response is more than ${mb(seen)}`,
        mb(limits.maxDownloadBytes),
      );
    if (inflating && seen > limits.maxDecompressedBytes)
      return new IngestLimitError(
        "max_decompressed_size",
        `GET ${url}: the compressed response inflates to more than ${mb(seen)}`,
        mb(limits.maxDecompressedBytes),
      );
    if (compressed && seen > RATIO_FLOOR_BYTES && seen / compressed > limits.maxRatio)
      return new IngestLimitError(
        "max_decompression_ratio",
        `GET ${url}: ${mb(compressed)} compressed inflates to more than ${mb(seen)} (ratio ${Math.floor(seen / compressed)})`,
        `ratio ${limits.maxRatio}`,
      );
    return undefined;
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      const error = over();
      if (error) callback(error);
      else callback(null, chunk);
    },
  });
}
