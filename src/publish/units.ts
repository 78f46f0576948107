import path from "node:path";
import type { StoreLayout } from "../store/layout.js";
import { safeSegment } from "../store/layout.js";

/** Not a version: the alias of the version published last (`published/<p>/latest`). */
export const LATEST = "latest";

/** The unit of a draft revision, a published version or `latest`, by the segments of its path. */
export function draftUnit(product: string, version?: string, revision?: string): string {
  return unitPath("drafts", product, version, revision);
}

export function publishedUnit(product: string, version?: string): string {
  return unitPath("published", product, version);
}

export const latestUnit = (product: string) => publishedUnit(product, LATEST);

function unitPath(top: string, ...segments: (string | undefined)[]): string {
  const given = segments.filter((s): s is string => s !== undefined);
  return [top, ...given.map(safeSegment)].join("/");
}

export function publishedDir(layout: StoreLayout, product: string, version?: string): string {
  return path.join(layout.root, publishedUnit(product, version));
}
