import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { isNotFound } from "../config/settings.js";
import { isStarterNote } from "../partitions/keys.js";
import { RELEASE_RECORD, safeSegment } from "../store/layout.js";
import { PACKAGE_MANIFEST } from "./package.js";
import type { StageContext } from "./types.js";
import { compareVersions } from "./versions.js";

/** What the plan reads of a package manifest (see `packageManifest` in package.ts). */
const ReleaseManifestSchema = z.object({
  product: z.string(),
  partition: z.string(),
  version: z.string(),
  inputs: z.array(z.object({ dataset: z.string(), version: z.string() })),
  timings: z
    .array(z.object({ stage: z.string(), finishedAt: z.string() }))
    .optional()
    .default([]),
});

/** A successful package of the product: what `copy_latest_release` and `bump_latest_release` read. */
export interface Release {
  partition: string;
  /** The product version the package recorded. */
  version: string;
  /** Dataset id -> version, as the release's plan locked them. */
  inputs: Map<string, string>;
  finishedAt: string;
}

/**
 * The product's releases in the store, oldest first; the last is the latest release. Once the
 * product has published versions (`lifecycle publish release`), those are its releases, and the
 * one `published/<p>/latest` names is the last. Before, a release is a partition's promoted
 * `package/manifest.json` (a package stage that succeeded), other than the partition being
 * planned and the starters `main` and `nightly_qa`. Order: version order (`compareVersions`) of
 * the product version; for equal versions, the one packaged last is newer.
 */
export async function listReleases(ctx: StageContext): Promise<Release[]> {
  const published = await listPublished(ctx, ctx.product.id);
  if (published.length > 0) return published;
  const packaged = await listPackages(ctx, ctx.product.id);
  return packaged.filter((r) => r.partition !== ctx.partition.key && !isStarterNote(r.partition));
}

const PublishedRecordSchema = z.object({ version: z.string(), published: z.string() });

/** The published versions, in version order, then the one `latest` names moved last. */
async function listPublished(ctx: StageContext, productId: string): Promise<Release[]> {
  const dir = path.join(ctx.layout.root, "published", safeSegment(productId));
  const entries = await fs.readdir(dir).catch((error: unknown) => {
    if (isNotFound(error)) return [] as string[];
    throw error;
  });
  const releases: { release: Release; latest: boolean }[] = [];
  for (const entry of entries.sort()) {
    const versionDir = path.join(dir, entry);
    const record = await readPublishedRecord(versionDir);
    const release = record && (await readRelease(ctx, productId, versionDir));
    if (!record || !release) continue;
    const item = { ...release, version: record.version, finishedAt: record.published };
    releases.push({ release: item, latest: entry === "latest" });
  }
  const latest = releases.find((r) => r.latest)?.release;
  const versions = releases
    .filter((r) => !r.latest && r.release.version !== latest?.version)
    .map((r) => r.release)
    .sort((a, b) => compareVersions(a.version, b.version));
  return latest ? [...versions, latest] : versions;
}

async function readPublishedRecord(dir: string) {
  try {
    const text = await fs.readFile(path.join(dir, RELEASE_RECORD), "utf8");
    return PublishedRecordSchema.parse(JSON.parse(text));
  } catch {
    return undefined; // not a published version
  }
}

/**
 * Every packaged partition of a product (starters included), oldest first, in the order of
 * `listReleases`: what a product reading another product's output chooses from.
 */
export async function listPackages(ctx: StageContext, productId: string): Promise<Release[]> {
  const productDir = path.join(ctx.layout.root, "products", safeSegment(productId));
  let entries: string[];
  try {
    entries = await fs.readdir(productDir);
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
  const releases: Release[] = [];
  for (const entry of entries.sort()) {
    const release = await readRelease(ctx, productId, path.join(productDir, entry, "package"));
    if (release !== undefined) releases.push(release);
  }
  return releases.sort(
    (a, b) => compareVersions(a.version, b.version) || a.finishedAt.localeCompare(b.finishedAt),
  );
}

/** The newest release whose version is older than `version` (dcpy's previous version). */
export function previousRelease(releases: Release[], version: string): Release | undefined {
  return releases.filter((r) => compareVersions(r.version, version) < 0).at(-1);
}

async function readRelease(
  ctx: StageContext,
  productId: string,
  packageDir: string,
): Promise<Release | undefined> {
  const file = path.join(packageDir, PACKAGE_MANIFEST);
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch {
    return undefined; // never packaged
  }
  let parsed: z.infer<typeof ReleaseManifestSchema>;
  try {
    parsed = ReleaseManifestSchema.parse(JSON.parse(text));
  } catch {
    ctx.log(`ignored ${path.relative(ctx.layout.root, file)}: not a package manifest`);
    return undefined;
  }
  if (parsed.product !== productId) return undefined;
  return {
    partition: parsed.partition,
    version: parsed.version,
    inputs: new Map(parsed.inputs.map((i) => [i.dataset, i.version])),
    finishedAt: parsed.timings.find((t) => t.stage === "package")?.finishedAt ?? "",
  };
}
