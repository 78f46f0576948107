import path from "node:path";

const SAFE_SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._=+-]*$/;

/**
 * A store path segment from a user-controlled id, key or version. Anything outside the safe set is
 * percent-encoded, so the result can never be `..`, contain a separator, or escape its directory.
 */
export function safeSegment(value: string): string {
  if (value.length === 0) throw new Error("empty path segment");
  const encoded = value.replace(/[^A-Za-z0-9._=+-]/g, (c) =>
    [...Buffer.from(c, "utf8")].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join(""),
  );
  const leadingSafe = /^[.=+-]/.test(encoded) ? `%${encoded.charCodeAt(0).toString(16).toUpperCase()}${encoded.slice(1)}` : encoded;
  if (!SAFE_SEGMENT.test(leadingSafe.replace(/%[0-9A-F]{2}/g, "_"))) {
    throw new Error(`unsafe path segment: ${JSON.stringify(value)}`);
  }
  return leadingSafe;
}

/** Every path inside a store, in one place. */
export class StoreLayout {
  constructor(readonly root: string) {}

  get eventsFile(): string {
    return path.join(this.root, "events.jsonl");
  }

  get tmpDir(): string {
    return path.join(this.root, "tmp");
  }

  partitionsFile(product: string): string {
    return path.join(this.root, "partitions", `${safeSegment(product)}.json`);
  }

  datasetsDir(): string {
    return path.join(this.root, "ingest", "datasets");
  }

  datasetDir(id: string): string {
    return path.join(this.datasetsDir(), safeSegment(id));
  }

  datasetVersionDir(id: string, version: string): string {
    return path.join(this.datasetDir(id), safeSegment(version));
  }

  partitionDir(product: string, partition: string): string {
    return path.join(this.root, "products", safeSegment(product), safeSegment(partition));
  }

  stageDir(product: string, partition: string, stage: StageName): string {
    return path.join(this.partitionDir(product, partition), stage);
  }
}

export const STAGES = ["plan", "load", "build", "package"] as const;
export type StageName = (typeof STAGES)[number];
