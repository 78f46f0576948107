import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { UsageError } from "../core/errors.js";
import { PACKAGE_MANIFEST } from "../stages/package.js";
import { bumpVersion, compareVersions } from "../stages/versions.js";
import { writeDirAtomically } from "../store/atomic.js";
import type { StoreLayout } from "../store/layout.js";
import { safeSegment } from "../store/layout.js";

/**
 * After package, as the city planning team runs it (dcpy's `promote_to_draft` and `publish`): a
 * partition's package becomes a draft revision `drafts/<product>/<version>/<revision>/`; a draft
 * becomes the published version `published/<product>/<version>/` and, unless told otherwise,
 * `published/<product>/latest/`. A published version is never overwritten: publishing it again
 * needs `patch`, which publishes the next patch version (`24v2` → `24v2.0.1`). Each write lands
 * whole or not at all (a staging folder renamed into place); `latest` moves only after the
 * version is in place, so a killed publish leaves `latest` where it was.
 */
export interface PublishTarget {
  layout: StoreLayout;
  /** Make a folder written under the store's root current in the store (an object store uploads it). */
  commit?: ((dir: string) => Promise<void>) | undefined;
  now?: () => Date;
}

export const DRAFT_RECORD = "draft.json";
export const RELEASE_RECORD = "release.json";

const ManifestSchema = z.object({
  product: z.string(),
  partition: z.string(),
  version: z.string(),
});
const DraftRecordSchema = z.object({
  product: z.string(),
  version: z.string(),
  revision: z.string(),
  partition: z.string(),
  created: z.string(),
});
export type DraftRecord = z.infer<typeof DraftRecordSchema>;
const ReleaseRecordSchema = z.object({
  product: z.string(),
  version: z.string(),
  draft: z.object({ version: z.string(), revision: z.string() }),
  partition: z.string(),
  published: z.string(),
});
export type ReleaseRecord = z.infer<typeof ReleaseRecordSchema>;

export function draftsDir(layout: StoreLayout, product: string, version?: string): string {
  const dir = path.join(layout.root, "drafts", safeSegment(product));
  return version === undefined ? dir : path.join(dir, safeSegment(version));
}

export function publishedDir(layout: StoreLayout, product: string, version?: string): string {
  const dir = path.join(layout.root, "published", safeSegment(product));
  return version === undefined ? dir : path.join(dir, safeSegment(version));
}

const LATEST = "latest";

async function readJson<T>(file: string, schema: z.ZodType<T>): Promise<T | undefined> {
  try {
    return schema.parse(JSON.parse(await fs.readFile(file, "utf8")));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

async function children(dir: string): Promise<string[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  return names.filter((n) => !n.startsWith(".")).map((n) => decodeURIComponent(n));
}

/** Copy `source` into a fresh folder and rename it to `target`, which must not exist yet. */
async function writeNew(
  target: PublishTarget,
  dir: string,
  fill: (staging: string) => Promise<void>,
): Promise<void> {
  const staging = path.join(target.layout.tmpDir, `publish-${randomUUID()}`);
  await fs.mkdir(staging, { recursive: true });
  try {
    await fill(staging);
    await fs.mkdir(path.dirname(dir), { recursive: true });
    await fs.rename(staging, dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOTEMPTY" || error.code === "EEXIST")
        throw new UsageError(
          `${path.relative(target.layout.root, dir)} exists already and is never overwritten`,
        );
      throw error;
    });
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
  await target.commit?.(dir);
}

function slug(summary: string): string {
  return summary
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
}

/** Versions with at least one draft, oldest first. */
export async function draftedVersions(layout: StoreLayout, product: string): Promise<string[]> {
  return (await children(draftsDir(layout, product))).sort(compareVersions);
}

/** The draft revisions of a version, oldest first (`1`, `2-fix-typo`, ...). */
export async function draftRevisions(
  layout: StoreLayout,
  product: string,
  version: string,
): Promise<string[]> {
  const revisions = await children(draftsDir(layout, product, version));
  return revisions
    .filter((r) => /^\d+(-|$)/.test(r))
    .sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
}

/** Promote a partition's package to the next draft revision of its version. */
export async function promoteToDraft(
  target: PublishTarget,
  options: { product: string; partition: string; summary?: string | undefined },
): Promise<DraftRecord> {
  const packageDir = target.layout.stageDir(options.product, options.partition, "package");
  const manifest = await readJson(path.join(packageDir, PACKAGE_MANIFEST), ManifestSchema);
  if (!manifest)
    throw new UsageError(
      `${options.product} [${options.partition}] has no package in the store; materialize it first`,
    );
  const revisions = await draftRevisions(target.layout, options.product, manifest.version);
  const number = revisions.reduce((n, r) => Math.max(n, parseInt(r, 10)), 0) + 1;
  const label = options.summary ? `${number}-${slug(options.summary)}` : String(number);
  const record: DraftRecord = {
    product: options.product,
    version: manifest.version,
    revision: label,
    partition: options.partition,
    created: (target.now?.() ?? new Date()).toISOString(),
  };
  const dir = path.join(
    draftsDir(target.layout, options.product, manifest.version),
    safeSegment(label),
  );
  await writeNew(target, dir, async (staging) => {
    await fs.cp(packageDir, staging, { recursive: true });
    await fs.writeFile(path.join(staging, DRAFT_RECORD), `${JSON.stringify(record, null, 2)}\n`);
  });
  return record;
}

/** Published versions of a product, oldest first (`latest` is not a version). */
export async function publishedVersions(layout: StoreLayout, product: string): Promise<string[]> {
  const names = await children(publishedDir(layout, product));
  return names.filter((n) => n !== LATEST).sort(compareVersions);
}

export async function latestRelease(
  layout: StoreLayout,
  product: string,
): Promise<ReleaseRecord | undefined> {
  return readJson(
    path.join(publishedDir(layout, product), LATEST, RELEASE_RECORD),
    ReleaseRecordSchema,
  );
}

/** The version a release publishes as: `version`, or its next patch when `patch` and it exists. */
export function releaseVersion(
  version: string,
  published: readonly string[],
  patch: boolean,
): string {
  if (!published.includes(version)) return version;
  if (!patch)
    throw new UsageError(
      `version ${version} is published already and is never overwritten; give --patch to publish a corrected release`,
    );
  const same = published
    .filter((v) => v === version || v.startsWith(`${version}.`))
    .sort(compareVersions);
  const last = same.at(-1) ?? version;
  let next: string;
  try {
    next = bumpVersion(last, "patch");
  } catch {
    next = `${version}.${same.length}`;
  }
  if (published.includes(next)) throw new UsageError(`patch version ${next} is published already`);
  return next;
}

export interface ReleaseOptions {
  product: string;
  version: string;
  /** Draft revision to publish; default the latest of that version. */
  fromDraft?: string | undefined;
  patch?: boolean;
  /** Move `latest` to this version (default true); refused when it is older than `latest`. */
  latest?: boolean;
}

/** Publish a draft as a version (and as `latest`). */
export async function publishRelease(
  target: PublishTarget,
  options: ReleaseOptions,
): Promise<ReleaseRecord> {
  const { layout } = target;
  const revisions = await draftRevisions(layout, options.product, options.version);
  const revision = options.fromDraft ?? revisions.at(-1);
  if (revision === undefined || !revisions.includes(revision)) {
    const known = revisions.join(", ") || "none";
    const which = revision === undefined ? "no draft" : `no draft ${revision}`;
    throw new UsageError(`${options.product} ${options.version} has ${which}; drafts: ${known}`);
  }
  const draftDir = path.join(
    draftsDir(layout, options.product, options.version),
    safeSegment(revision),
  );
  const draft = await readJson(path.join(draftDir, DRAFT_RECORD), DraftRecordSchema);
  if (!draft)
    throw new UsageError(
      `draft ${options.product} ${options.version}/${revision} has no ${DRAFT_RECORD}`,
    );
  const version = releaseVersion(
    options.version,
    await publishedVersions(layout, options.product),
    options.patch ?? false,
  );
  const moveLatest = options.latest ?? true;
  const current = await latestRelease(layout, options.product);
  if (moveLatest && current && compareVersions(version, current.version) < 0)
    throw new UsageError(
      `cannot move latest to ${version}: it is older than latest (${current.version}); give --no-latest`,
    );
  const record: ReleaseRecord = {
    product: options.product,
    version,
    draft: { version: options.version, revision },
    partition: draft.partition,
    published: (target.now?.() ?? new Date()).toISOString(),
  };
  const fill = async (staging: string) => {
    await fs.cp(draftDir, staging, { recursive: true });
    await fs.writeFile(path.join(staging, RELEASE_RECORD), `${JSON.stringify(record, null, 2)}\n`);
  };
  await writeNew(target, publishedDir(layout, options.product, version), fill);
  if (moveLatest) await replaceLatest(target, options.product, fill);
  return record;
}

/**
 * Point `latest` at a version that is published already (after a publish killed between the two
 * writes, or to roll back on purpose, `allowOlder`).
 */
export async function moveLatest(
  target: PublishTarget,
  options: { product: string; version: string; allowOlder?: boolean },
): Promise<ReleaseRecord> {
  const { layout } = target;
  const dir = publishedDir(layout, options.product, options.version);
  const record = await readJson(path.join(dir, RELEASE_RECORD), ReleaseRecordSchema);
  if (!record) {
    const known = (await publishedVersions(layout, options.product)).join(", ") || "none";
    throw new UsageError(
      `${options.product} ${options.version} is not published; published: ${known}`,
    );
  }
  const current = await latestRelease(layout, options.product);
  if (!options.allowOlder && current && compareVersions(record.version, current.version) < 0)
    throw new UsageError(
      `${record.version} is older than latest (${current.version}); give --allow-older to roll back`,
    );
  await replaceLatest(target, options.product, (staging) =>
    fs.cp(dir, staging, { recursive: true }),
  );
  return record;
}

/** Swap `latest` for a new copy: the old one stays current until the new one is complete. */
async function replaceLatest(
  target: PublishTarget,
  product: string,
  fill: (dir: string) => Promise<void>,
) {
  const latest = path.join(publishedDir(target.layout, product), LATEST);
  await writeDirAtomically(latest, target.layout.tmpDir, fill);
  await target.commit?.(latest);
}
