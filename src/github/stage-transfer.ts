import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { STAGES, type StageName, type StoreLayout } from "../store/layout.js";
import type { ArtifactStore } from "./transfer.js";

export interface ProductPartition {
  product: string;
  partition: string;
}

const ARTIFACT_PREFIX = "lc-";
const NAME_PATTERN = /^lc-(plan|load|build|package)-([A-Za-z0-9_.]+)-a(\d+)$/;

/** `lc-<stage>-<entry key>-a<run attempt>`: unique per run attempt, as GitHub requires. */
export function stageArtifactName(stage: StageName, entryKey: string, attempt: number): string {
  if (!/^[A-Za-z0-9_.]+$/.test(entryKey)) throw new Error(`invalid matrix entry key ${entryKey}`);
  return `${ARTIFACT_PREFIX}${stage}-${entryKey}-a${attempt}`;
}

/**
 * `lcr-<stage>-<entry key>-a<run attempt>`: the small artifact of a stage job's records (and package
 * manifests), uploaded even when the stage failed, for the run's summary. `lcr-` never matches `lc-*`.
 */
export function recordsArtifactName(stage: StageName, entryKey: string, attempt: number): string {
  return `lcr-${stageArtifactName(stage, entryKey, attempt).slice(ARTIFACT_PREFIX.length)}`;
}

export const RECORDS_PREFIX = "lcr-";

/** The `pattern` for actions/download-artifact that fetches every stage artifact of one entry. */
export function entryArtifactPattern(entryKey: string): string {
  return `${ARTIFACT_PREFIX}*-${entryKey}-a*`;
}

function parseName(name: string): { stage: StageName; key: string; attempt: number } | undefined {
  const match = NAME_PATTERN.exec(name);
  if (!match) return undefined;
  const stage = STAGES.find((s) => s === match[1]);
  if (!stage || match[2] === undefined) return undefined;
  return { stage, key: match[2], attempt: Number(match[3]) };
}

/**
 * Copy what `stage` made for `items` (plus their event records, plus `extraDirs` such as restored
 * datasets) into `dir`, laid out as a store, ready to upload as one artifact.
 */
export async function packStageOutputs(options: {
  layout: StoreLayout;
  items: readonly ProductPartition[];
  stage: StageName;
  dir: string;
  extraDirs?: readonly string[];
}): Promise<void> {
  const { layout, items, stage, dir } = options;
  await fs.mkdir(dir, { recursive: true });
  const copy = async (source: string) => {
    const rel = path.relative(layout.root, source);
    if (rel.startsWith("..") || path.isAbsolute(rel))
      throw new Error(`${source} is outside the store`);
    await fs.cp(source, path.join(dir, rel), { recursive: true });
  };
  for (const item of items) {
    const source = layout.stageDir(item.product, item.partition, stage);
    if (await exists(source)) await copy(source);
  }
  for (const extra of options.extraDirs ?? []) await copy(extra);
  await assertUploadable(dir);
  const lines = await eventLinesFor(layout, items, undefined);
  if (lines.length > 0) await fs.writeFile(path.join(dir, "events.jsonl"), `${lines.join("\n")}\n`);
}

/** What actions/upload-artifact (@actions/artifact) rejects in a file's path, as it names them. */
const REJECTED_IN_ARTIFACT_PATHS = new Map([
  ['"', "double quote"],
  [":", "colon"],
  ["<", "less than"],
  [">", "greater than"],
  ["|", "vertical bar"],
  ["*", "asterisk"],
  ["?", "question mark"],
  ["\r", "carriage return"],
  ["\n", "line feed"],
]);

/** Why upload-artifact would reject this relative path, or undefined when it takes it. */
export function artifactPathProblem(relative: string): string | undefined {
  for (const [char, name] of REJECTED_IN_ARTIFACT_PATHS) {
    if (relative.includes(char)) return `contains a ${name} (${JSON.stringify(char)})`;
  }
  return undefined;
}

/**
 * Fail before the upload, naming the file, when actions/upload-artifact would refuse it: it
 * checks every file's path and fails the whole upload on the first it rejects.
 */
export async function assertUploadable(dir: string): Promise<void> {
  const entries = await fs.readdir(dir, { recursive: true });
  const problems = entries.flatMap((rel) => {
    const problem = artifactPathProblem(rel);
    return problem ? [`${rel.split(path.sep).join("/")} ${problem}`] : [];
  });
  if (problems.length === 0) return;
  throw new Error(
    `actions/upload-artifact cannot upload ${problems.length === 1 ? "this output file" : `these ${problems.length} output files`}: ${problems.join("; ")}. Rename ${problems.length === 1 ? "it" : "them"}: artifact file paths may not contain ${[...REJECTED_IN_ARTIFACT_PATHS.values()].join(", ")}`,
  );
}

/** Copy the items' event records and package manifests into `dir`, in the store layout. */
export async function packRecords(options: {
  layout: StoreLayout;
  items: readonly ProductPartition[];
  dir: string;
  /** The store's event lines (an object store's); default: the layout's events file. */
  eventLines?: readonly string[];
}): Promise<void> {
  const { layout, items, dir } = options;
  await fs.mkdir(dir, { recursive: true });
  for (const item of items) {
    const manifest = path.join(
      layout.stageDir(item.product, item.partition, "package"),
      "manifest.json",
    );
    if (await exists(manifest))
      await fs.cp(manifest, path.join(dir, path.relative(layout.root, manifest)));
  }
  const lines = await eventLinesFor(layout, items, options.eventLines);
  await fs.writeFile(
    path.join(dir, "events.jsonl"),
    lines.length > 0 ? `${lines.join("\n")}\n` : "",
  );
}

/**
 * Bring the outputs of every stage before `stage` of one matrix entry into the store, taking the
 * latest run attempt of each. Resolves to the artifact names used.
 */
export async function restoreEarlierStages(options: {
  artifacts: ArtifactStore;
  layout: StoreLayout;
  entryKey: string;
  stage: StageName;
}): Promise<string[]> {
  const { artifacts, layout, entryKey, stage } = options;
  const earlier = STAGES.slice(0, STAGES.indexOf(stage));
  const newest = new Map<StageName, { name: string; attempt: number }>();
  for (const name of await artifacts.list(ARTIFACT_PREFIX)) {
    const parsed = parseName(name);
    if (!parsed || parsed.key !== entryKey || !earlier.includes(parsed.stage)) continue;
    const current = newest.get(parsed.stage);
    if (!current || parsed.attempt > current.attempt)
      newest.set(parsed.stage, { name, attempt: parsed.attempt });
  }
  const used: string[] = [];
  for (const s of earlier) {
    const found = newest.get(s);
    if (!found) continue;
    await unpackInto(artifacts, found.name, layout);
    used.push(found.name);
  }
  return used;
}

/**
 * Bring the build and package outputs of the upstream legs (`upstream` keys, or `["*"]`: every
 * other leg whose artifacts were downloaded) into the store, the newest attempt of each: a plan or
 * load of a product that reads another product's output finds it as if built here.
 */
export async function restoreUpstream(options: {
  artifacts: ArtifactStore;
  layout: StoreLayout;
  entryKey: string;
  upstream: readonly string[];
}): Promise<string[]> {
  const { artifacts, layout, entryKey, upstream } = options;
  const wanted = (key: string) =>
    key !== entryKey && (upstream.includes("*") || upstream.includes(key));
  const newest = new Map<string, { name: string; attempt: number; stage: StageName }>();
  for (const name of await artifacts.list(ARTIFACT_PREFIX)) {
    const parsed = parseName(name);
    if (!parsed || !wanted(parsed.key)) continue;
    if (parsed.stage !== "build" && parsed.stage !== "package") continue;
    const id = `${parsed.stage}\u0000${parsed.key}`;
    const current = newest.get(id);
    if (!current || parsed.attempt > current.attempt) newest.set(id, { name, ...parsed });
  }
  const ordered = [...newest.values()].sort((a, b) =>
    a.stage === b.stage ? a.name.localeCompare(b.name) : a.stage === "build" ? -1 : 1,
  );
  for (const found of ordered) await unpackInto(artifacts, found.name, layout);
  return ordered.map((f) => f.name);
}

async function unpackInto(
  artifacts: ArtifactStore,
  name: string,
  layout: StoreLayout,
): Promise<void> {
  const scratch = path.join(layout.tmpDir, `artifact-${randomUUID()}`);
  try {
    await artifacts.download(name, scratch);
    const events = path.join(scratch, "events.jsonl");
    const lines = (await exists(events)) ? await fs.readFile(events, "utf8") : "";
    await fs.rm(events, { force: true });
    await fs.cp(scratch, layout.root, { recursive: true, force: true });
    await appendNewLines(layout.eventsFile, lines);
  } finally {
    await fs.rm(scratch, { recursive: true, force: true });
  }
}

async function eventLinesFor(
  layout: StoreLayout,
  items: readonly ProductPartition[],
  given: readonly string[] | undefined,
): Promise<string[]> {
  const text =
    given !== undefined
      ? given.join("\n")
      : (await exists(layout.eventsFile))
        ? await fs.readFile(layout.eventsFile, "utf8")
        : "";
  const wanted = new Set(items.map((i) => `${i.product}\u0000${i.partition}`));
  return text.split("\n").filter((line) => {
    const record = parseRecord(line);
    if (!record) return false;
    const product = record.asset.slice(0, record.asset.lastIndexOf("."));
    return wanted.has(`${product}\u0000${record.partition}`);
  });
}

function parseRecord(line: string): { asset: string; partition: string } | undefined {
  if (line.trim() === "") return undefined;
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value !== "object" || value === null) return undefined;
    if (!("asset" in value) || !("partition" in value)) return undefined;
    const { asset, partition } = value;
    return typeof asset === "string" && typeof partition === "string"
      ? { asset, partition }
      : undefined;
  } catch {
    return undefined;
  }
}

async function appendNewLines(file: string, text: string): Promise<void> {
  const incoming = text.split("\n").filter((l) => l.trim() !== "");
  if (incoming.length === 0) return;
  const existing = new Set(
    ((await exists(file)) ? await fs.readFile(file, "utf8") : "").split("\n"),
  );
  const fresh = incoming.filter((l) => !existing.has(l));
  if (fresh.length === 0) return;
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.appendFile(file, `${fresh.join("\n")}\n`);
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.access(p);
    return true;
  } catch {
    return false;
  }
}
