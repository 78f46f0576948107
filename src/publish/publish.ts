import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { UsageError } from "../core/errors.js";
import { PACKAGE_MANIFEST } from "../stages/package.js";
import { compareVersions } from "../stages/versions.js";
import { releaseVersion } from "./release-version.js";
import { writeDirAtomically } from "../store/atomic.js";
import type { StoreLayout } from "../store/layout.js";
import { DRAFT_RECORD, RELEASE_RECORD } from "../store/layout.js";
import { StoreConflictError } from "../store/s3-units.js";
import type { Store } from "../store/store.js";
import { draftUnit, LATEST, latestUnit, publishedDir, publishedUnit } from "./units.js";

export { draftUnit, latestUnit, publishedDir, publishedUnit };

/**
 * After package, as the city planning team runs it (dcpy's `promote_to_draft` and `publish`): a
 * partition's package becomes a draft revision `drafts/<product>/<version>/<revision>/`; a draft
 * becomes the published version `published/<product>/<version>/` and, unless told otherwise,
 * `published/<product>/latest/`. Each is a unit of the store (src/store/store.ts), committed with
 * no pointer expected, so a draft or a published version is never overwritten, not even by two
 * publishers at once (the second is refused). Publishing a version again needs `patch`, which
 * publishes the next patch version (`24v2` -> `24v2.0.1`). `latest` moves only after the version
 * is current (on S3 by one conditional pointer write), so a killed publish leaves it where it was.
 *
 * The store must hold, in its working directory, the units read here: the partition's package
 * (draft), the version's drafts and `published/<p>/latest` (release), the version (moveLatest).
 */
export interface PublishTarget {
  store: Pick<Store, "layout" | "commit" | "commitAlias" | "listUnits">;
  runId: string;
  now?: () => Date;
}

export { DRAFT_RECORD, RELEASE_RECORD };

/** What listing drafts and versions needs of a store. */
export type UnitLister = Pick<Store, "listUnits">;

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

async function readJson<T>(file: string, schema: z.ZodType<T>): Promise<T | undefined> {
  try {
    return schema.parse(JSON.parse(await fs.readFile(file, "utf8")));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** The next path segment of every unit under `prefix/`, decoded, without repeats. */
async function childrenOf(store: UnitLister, prefix: string): Promise<string[]> {
  const units = await store.listUnits(`${prefix}/`);
  const names = units.map((u) => u.slice(prefix.length + 1).split("/")[0] ?? "");
  return [...new Set(names.filter((n) => n !== "").map((n) => decodeURIComponent(n)))];
}

/**
 * Write a new unit: fill a staging folder, rename it into place, commit it. Refused when the unit
 * exists; a publisher that got there first between this check and the commit wins (the store's
 * commit expects no pointer), and this one is refused too.
 */
async function writeNew(
  target: PublishTarget,
  unit: string,
  fill: (staging: string) => Promise<void>,
): Promise<void> {
  const { layout } = target.store;
  const refused = () => new UsageError(`${unit} exists already and is never overwritten`);
  if ((await target.store.listUnits(unit)).includes(unit)) throw refused();
  const staging = path.join(layout.tmpDir, `publish-${randomUUID()}`);
  await fs.mkdir(staging, { recursive: true });
  const dir = path.join(layout.root, unit);
  try {
    await fill(staging);
    await fs.mkdir(path.dirname(dir), { recursive: true });
    await fs.rename(staging, dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOTEMPTY" || error.code === "EEXIST") throw refused();
      throw error;
    });
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
  try {
    await target.store.commit(unit, target.runId);
  } catch (error) {
    if (!(error instanceof StoreConflictError)) throw error;
    throw new UsageError(
      `${unit} was written by another publisher while this one was uploading; it is never overwritten (${error.message})`,
    );
  }
}

function slug(summary: string): string {
  return summary
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
}

/** Versions with at least one draft, oldest first. */
export async function draftedVersions(store: UnitLister, product: string): Promise<string[]> {
  return (await childrenOf(store, draftUnit(product))).sort(compareVersions);
}

/** The draft revisions of a version, oldest first (`1`, `2-fix-typo`, ...). */
export async function draftRevisions(
  store: UnitLister,
  product: string,
  version: string,
): Promise<string[]> {
  const revisions = await childrenOf(store, draftUnit(product, version));
  return revisions
    .filter((r) => /^\d+(-|$)/.test(r))
    .sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
}

/** Promote a partition's package to the next draft revision of its version. */
export async function promoteToDraft(
  target: PublishTarget,
  options: { product: string; partition: string; summary?: string | undefined },
): Promise<DraftRecord> {
  const packageDir = target.store.layout.stageDir(options.product, options.partition, "package");
  const manifest = await readJson(path.join(packageDir, PACKAGE_MANIFEST), ManifestSchema);
  if (!manifest)
    throw new UsageError(
      `${options.product} [${options.partition}] has no package in the store; materialize it first`,
    );
  const revisions = await draftRevisions(target.store, options.product, manifest.version);
  const number = revisions.reduce((n, r) => Math.max(n, parseInt(r, 10)), 0) + 1;
  const label = options.summary ? `${number}-${slug(options.summary)}` : String(number);
  const record: DraftRecord = {
    product: options.product,
    version: manifest.version,
    revision: label,
    partition: options.partition,
    created: (target.now?.() ?? new Date()).toISOString(),
  };
  const unit = draftUnit(options.product, manifest.version, label);
  await writeNew(target, unit, async (staging) => {
    await fs.cp(packageDir, staging, { recursive: true });
    await fs.writeFile(path.join(staging, DRAFT_RECORD), `${JSON.stringify(record, null, 2)}\n`);
  });
  return record;
}

/** Published versions of a product, oldest first (`latest` is not a version). */
export async function publishedVersions(store: UnitLister, product: string): Promise<string[]> {
  const names = await childrenOf(store, publishedUnit(product));
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
  const { layout } = target.store;
  const revisions = await draftRevisions(target.store, options.product, options.version);
  const revision = options.fromDraft ?? revisions.at(-1);
  if (revision === undefined || !revisions.includes(revision)) {
    const known = revisions.join(", ") || "none";
    const which = revision === undefined ? "no draft" : `no draft ${revision}`;
    throw new UsageError(`${options.product} ${options.version} has ${which}; drafts: ${known}`);
  }
  const draftDir = path.join(layout.root, draftUnit(options.product, options.version, revision));
  const draft = await readJson(path.join(draftDir, DRAFT_RECORD), DraftRecordSchema);
  if (!draft)
    throw new UsageError(
      `draft ${options.product} ${options.version}/${revision} has no ${DRAFT_RECORD}`,
    );
  const version = releaseVersion(
    options.version,
    await publishedVersions(target.store, options.product),
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
  await writeNew(target, publishedUnit(options.product, version), fill);
  if (moveLatest) await replaceLatest(target, options.product, version);
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
  const { layout } = target.store;
  const dir = publishedDir(layout, options.product, options.version);
  const record = await readJson(path.join(dir, RELEASE_RECORD), ReleaseRecordSchema);
  if (!record) {
    const known = (await publishedVersions(target.store, options.product)).join(", ") || "none";
    throw new UsageError(
      `${options.product} ${options.version} is not published; published: ${known}`,
    );
  }
  const current = await latestRelease(layout, options.product);
  if (!options.allowOlder && current && compareVersions(record.version, current.version) < 0)
    throw new UsageError(
      `${record.version} is older than latest (${current.version}); give --allow-older to roll back`,
    );
  await replaceLatest(target, options.product, options.version);
  return record;
}

/**
 * Swap `latest` for a copy of the published `version`: the old one stays current until the new one
 * is complete (locally a rename; on S3 one conditional write of a pointer to the version's files).
 */
async function replaceLatest(target: PublishTarget, product: string, version: string) {
  const { layout } = target.store;
  const source = publishedDir(layout, product, version);
  await writeDirAtomically(path.join(layout.root, latestUnit(product)), layout.tmpDir, (staging) =>
    fs.cp(source, staging, { recursive: true }),
  );
  try {
    await target.store.commitAlias(
      latestUnit(product),
      publishedUnit(product, version),
      target.runId,
    );
  } catch (error) {
    if (!(error instanceof StoreConflictError)) throw error;
    throw new UsageError(
      `${product} ${version} is published, but another publisher moved latest meanwhile, so latest was left as that one made it; check with \`lifecycle publish list ${product}\` and move it with \`lifecycle publish latest ${product} --version ${version}\` (${error.message})`,
    );
  }
}
