import fs from "node:fs/promises";
import path from "node:path";

/**
 * Orders dataset versions oldest first with a natural sort: each version is split into runs of
 * digits and runs of other characters; digit runs compare as numbers, other runs as text, and a
 * version that is a prefix of another is older. So `20240105 < 20240524`, `24v4 < 24v10`,
 * `2025.1.9 < 2025.1.10`, `2024-01-31 < 2024-02-01`. Suffixes such as `-rc1` are not special.
 */
export function compareVersions(a: string, b: string): number {
  const left = versionParts(a);
  const right = versionParts(b);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const order = compareParts(left[i] ?? "", right[i] ?? "");
    if (order !== 0) return order;
  }
  return left.length - right.length || (a < b ? -1 : a > b ? 1 : 0);
}

function versionParts(version: string): string[] {
  return version.match(/\d+|\D+/g) ?? [];
}

function compareParts(a: string, b: string): number {
  const aDigits = /^\d/.test(a);
  const bDigits = /^\d/.test(b);
  if (aDigits && bDigits) {
    const diff = BigInt(a) - BigInt(b);
    return diff === 0n ? 0 : diff < 0n ? -1 : 1;
  }
  if (aDigits !== bDigits) return aDigits ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The versions of a dataset present in the ingest store, oldest first. A version is a directory
 * under the dataset's directory that holds the ingest's `config.json`; anything else is ignored.
 */
export async function availableVersions(datasetDir: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await fs.readdir(datasetDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const versions: string[] = [];
  for (const entry of entries) {
    if (await isFile(path.join(datasetDir, entry, "config.json")))
      versions.push(decodeSegment(entry));
  }
  return versions.sort(compareVersions);
}

/** Directory names are `safeSegment(version)`; turn the percent escapes back into the version. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}
