import { IngestLimitError, type IngestLimits } from "../config/ingest-limits.js";
import { withZip } from "./zip.js";

/** Inflated ratios are judged only past this size: a tiny file may compress very well. */
const RATIO_FLOOR_BYTES = 16 * 1024 * 1024;

/**
 * Refuse an archive whose entries declare more than the limits allow, before unpacking it (the
 * unpacking itself stops any entry that inflates past what it declares).
 */
export async function checkZipLimits(archive: string, limits: IngestLimits): Promise<void> {
  await withZip(archive, async ({ name, files: entries }) => {
    const inflated = entries.reduce((sum, e) => sum + e.size, 0);
    const compressed = entries.reduce((sum, e) => sum + e.compressedSize, 0);
    if (inflated > limits.maxDecompressedBytes)
      throw new IngestLimitError(
        "max_decompressed_size",
        `${name} unpacks to ${inflated} bytes`,
        `${limits.maxDecompressedBytes} bytes`,
      );
    const ratio = inflated / Math.max(1, compressed);
    if (inflated > RATIO_FLOOR_BYTES && ratio > limits.maxRatio)
      throw new IngestLimitError(
        "max_decompression_ratio",
        `${name} unpacks ${compressed} bytes to ${inflated} (ratio ${Math.floor(ratio)})`,
        `ratio ${limits.maxRatio}`,
      );
  });
}
