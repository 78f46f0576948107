import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { hashFile } from "./blob-cache.js";
import { DRAFT_RECORD, RELEASE_RECORD, STAGES } from "./layout.js";

/*
 * A unit is what an object store makes current all at once: one stage output
 * (`products/<p>/<partition>/<stage>`) or one dataset version (`ingest/datasets/<id>/<version>`),
 * named by its path relative to the store root, the same in a local store and in a bucket; and
 * what publishing makes: a draft revision (`drafts/<p>/<version>/<revision>`) and a published
 * version (`published/<p>/<version>`, and `published/<p>/latest`).
 */

export const ManifestFileSchema = z.union([
  z.strictObject({ path: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/), bytes: z.int() }),
  z.strictObject({ path: z.string(), link: z.string() }),
]);
export type ManifestFile = z.infer<typeof ManifestFileSchema>;

/** Every file of one committed unit; uploaded last, after every file it lists. */
export const ManifestSchema = z.strictObject({
  format: z.literal(1),
  unit: z.string(),
  runId: z.string(),
  committedAt: z.string(),
  files: z.array(ManifestFileSchema),
});
export type Manifest = z.infer<typeof ManifestSchema>;

/** What makes a unit current: the one small object written last (conditionally). */
export const PointerSchema = z.strictObject({
  format: z.literal(1),
  manifest: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  runId: z.string(),
  committedAt: z.string(),
});
export type Pointer = z.infer<typeof PointerSchema>;

/** Every file under `dir` (regular files hashed, symlinks by target), sorted by path. */
export async function listUnitFiles(dir: string): Promise<ManifestFile[]> {
  const out: ManifestFile[] = [];
  async function walk(relative: string): Promise<void> {
    const entries = await fs.readdir(path.join(dir, relative), { withFileTypes: true });
    for (const entry of entries) {
      const rel = relative === "" ? entry.name : `${relative}/${entry.name}`;
      const full = path.join(dir, rel);
      if (entry.isDirectory()) await walk(rel);
      else if (entry.isSymbolicLink()) out.push({ path: rel, link: await fs.readlink(full) });
      else if (entry.isFile())
        out.push({ path: rel, sha256: await hashFile(full), bytes: (await fs.stat(full)).size });
    }
  }
  await walk("");
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A manifest path must stay inside its unit. */
export function checkManifestPath(file: string, where: string): void {
  const parts = file.split("/");
  if (file.startsWith("/") || parts.some((p) => p === "" || p === "." || p === ".."))
    throw new Error(`${where}: file path ${JSON.stringify(file)} leaves its unit`);
}

/**
 * Every unit present in a local store directory: stage outputs, dataset versions with
 * config.json, drafts with draft.json, published versions with release.json. With `top`, only
 * those under that top folder (`products`, `ingest`, `drafts`, `published`).
 */
export async function listLocalUnits(root: string, top?: string): Promise<string[]> {
  const wanted = (name: string) => top === undefined || top === name;
  return [
    ...(wanted("products") ? await stageUnits(root) : []),
    ...(wanted("ingest") ? await datasetUnits(root) : []),
    ...(wanted("drafts") ? await draftUnits(root) : []),
    ...(wanted("published") ? await publishedUnits(root) : []),
  ];
}

async function stageUnits(root: string): Promise<string[]> {
  const units: string[] = [];
  for (const product of await dirs(path.join(root, "products")))
    for (const partition of await dirs(path.join(root, "products", product)))
      for (const stage of STAGES) {
        const unit = `products/${product}/${partition}/${stage}`;
        if (await exists(path.join(root, unit))) units.push(unit);
      }
  return units;
}

async function datasetUnits(root: string): Promise<string[]> {
  const units: string[] = [];
  for (const id of await dirs(path.join(root, "ingest", "datasets")))
    for (const version of await dirs(path.join(root, "ingest", "datasets", id))) {
      const unit = `ingest/datasets/${id}/${version}`;
      if (await exists(path.join(root, unit, "config.json"))) units.push(unit);
    }
  return units;
}

async function draftUnits(root: string): Promise<string[]> {
  const units: string[] = [];
  for (const product of await dirs(path.join(root, "drafts")))
    for (const version of await dirs(path.join(root, "drafts", product)))
      for (const revision of await dirs(path.join(root, "drafts", product, version))) {
        const unit = `drafts/${product}/${version}/${revision}`;
        if (await exists(path.join(root, unit, DRAFT_RECORD))) units.push(unit);
      }
  return units;
}

async function publishedUnits(root: string): Promise<string[]> {
  const units: string[] = [];
  for (const product of await dirs(path.join(root, "published")))
    for (const version of await dirs(path.join(root, "published", product))) {
      const unit = `published/${product}/${version}`;
      if (await exists(path.join(root, unit, RELEASE_RECORD))) units.push(unit);
    }
  return units;
}

async function dirs(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
