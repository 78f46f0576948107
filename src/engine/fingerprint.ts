import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { openRegularFile, refuseSpecialFile } from "../stages/files.js";
import { STAGE_RECORD } from "../stages/timings.js";

/**
 * Written by the engine into every promoted stage output: it travels with the output (a GitHub
 * artifact, a copied store), so a later run on another machine can skip the stage without an event log.
 * Not a dotfile: upload-artifact leaves hidden files out.
 */
export const STAGE_MARKER = "lifecycle-stage.json";

export const StageMarkerSchema = z.object({
  asset: z.string(),
  partition: z.string(),
  fingerprint: z.string(),
  /** Content hash of the output (every file except this marker). */
  outputHash: z.string(),
  runId: z.string(),
  start: z.string(),
  end: z.string(),
  durationMs: z.number(),
  metadata: z.record(z.string(), z.unknown()).default({}),
});
export type StageMarker = z.infer<typeof StageMarkerSchema>;

/** JSON with object keys sorted, so equal values always hash equally. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
    const entries = Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries);
  });
}

/** The fingerprint of an ingested dataset version: what its event record carries. */
export function ingestFingerprint(template: string, version: string, metadata: unknown): string {
  return sha256(canonicalJson({ template, version, metadata }));
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Records about a run, not its result: a rerun with equal results keeps the same content hash. */
const NOT_CONTENT = new Set([STAGE_MARKER, STAGE_RECORD]);

/** A hash of every file under `dir` (relative path and content; a symlink by its target), run records excluded. */
export async function hashDirectory(dir: string): Promise<string> {
  const hash = createHash("sha256");
  for (const entry of await listFiles(dir)) {
    if (NOT_CONTENT.has(entry.file)) continue;
    hash.update(`${entry.file}\u0000`);
    hash.update(
      entry.link === undefined ? await hashFile(path.join(dir, entry.file)) : `link:${entry.link}`,
    );
    hash.update("\u0000");
  }
  return hash.digest("hex");
}

async function listFiles(dir: string, prefix = ""): Promise<{ file: string; link?: string }[]> {
  const entries = await fs.readdir(path.join(dir, prefix), { withFileTypes: true });
  const files: { file: string; link?: string }[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const file = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) files.push(...(await listFiles(dir, file)));
    else if (entry.isSymbolicLink())
      files.push({ file, link: await fs.readlink(path.join(dir, file)) });
    else {
      refuseSpecialFile(path.join(dir, file), entry);
      files.push({ file });
    }
  }
  return files;
}

const SMALL_FILE = 4 * 1024 * 1024;

async function hashFile(file: string): Promise<string> {
  const hash = createHash("sha256");
  const handle = await openRegularFile(file);
  try {
    const { size } = await handle.stat();
    if (size <= SMALL_FILE) return hash.update(await handle.readFile()).digest("hex");
    for await (const chunk of handle.createReadStream({ autoClose: false }))
      hash.update(chunk as Buffer);
    return hash.digest("hex");
  } finally {
    await handle.close();
  }
}

export async function readStageMarker(stageDir: string): Promise<StageMarker | undefined> {
  let text: string;
  try {
    text = await fs.readFile(path.join(stageDir, STAGE_MARKER), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  try {
    const parsed = StageMarkerSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Into a staging directory, before promotion (so no atomic write is needed). */
export async function writeStageMarker(stagingDir: string, marker: StageMarker): Promise<void> {
  await fs.writeFile(path.join(stagingDir, STAGE_MARKER), `${JSON.stringify(marker, null, 2)}\n`);
}

/** The content hash of a promoted stage output: from its marker, else computed; undefined when absent. */
export async function outputHashOf(stageDir: string): Promise<string | undefined> {
  const marker = await readStageMarker(stageDir);
  if (marker) return marker.outputHash;
  try {
    return await hashDirectory(stageDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
