import path from "node:path";

/**
 * A store path segment from a user-controlled id, key or version. Anything outside the safe set is
 * percent-encoded, and so is a leading dot, so the result can never be `.` or `..`, contain a
 * separator, or escape its directory.
 */
export function safeSegment(value: string): string {
  if (value.length === 0) throw new Error("empty path segment");
  return value.replace(/[^A-Za-z0-9._=+-]/g, percentEncode).replace(/^\./, "%2E");
}

function percentEncode(char: string): string {
  return [...Buffer.from(char, "utf8")]
    .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`)
    .join("");
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

/** What marks a draft revision (`drafts/<p>/<v>/<r>/`) and a published version (`published/<p>/<v>/`). */
export const DRAFT_RECORD = "draft.json";
export const RELEASE_RECORD = "release.json";

export const STAGES = ["plan", "load", "build", "package"] as const;
export type StageName = (typeof STAGES)[number];
