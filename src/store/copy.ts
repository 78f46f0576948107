import fs from "node:fs/promises";
import path from "node:path";
import { newRunId } from "./events.js";
import { withStoreLock } from "./lock.js";
import { openStore, type Store } from "./store.js";
import { listLocalUnits, listUnitFiles, type ManifestFile } from "./units.js";

export interface CopySummary {
  copied: number;
  skipped: number;
  files: number;
  bytes: number;
  events: { copied: number; skipped: number };
  partitions: number;
}

export interface CopyOptions {
  root: string;
  env: NodeJS.ProcessEnv;
  log?: (line: string) => void;
  signal?: AbortSignal;
}

/**
 * Copy a whole store (units, event records, dynamic partitions) from one URL to another (local
 * or s3://, either way). Resumable: a unit the target already has with the same files (path and
 * sha256) is skipped, and so is every record it already holds, so a copy that was killed is
 * simply run again. Every unit copied is read back from the target and hashed. Not copied: what
 * is not a unit (tmp/, writer.lock, caches).
 */
export async function copyStore(
  from: string,
  to: string,
  options: CopyOptions,
): Promise<CopySummary> {
  const source = await openStore(from, { root: options.root, env: options.env });
  try {
    const target = await openStore(to, { root: options.root, env: options.env, only: () => false });
    try {
      const lock = { store: target.layout.root, command: `store copy`, timeoutSeconds: undefined };
      return await withStoreLock(
        { ...lock, runId: newRunId(), log: options.log ?? (() => {}), signal: options.signal },
        () => copyInto(source, target, options),
      );
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}

async function copyInto(source: Store, target: Store, options: CopyOptions): Promise<CopySummary> {
  const summary: CopySummary = {
    copied: 0,
    skipped: 0,
    files: 0,
    bytes: 0,
    events: { copied: 0, skipped: 0 },
    partitions: 0,
  };
  const runId = `copy-${newRunId()}`;
  for (const unit of await listLocalUnits(source.layout.root)) {
    options.signal?.throwIfAborted();
    const files = await listUnitFiles(path.join(source.layout.root, unit));
    if (sameFiles(files, await target.unitFiles(unit))) {
      summary.skipped++;
      continue;
    }
    await copyUnit(source, target, unit, runId);
    const stored = await target.verifyUnit(unit);
    if (!sameFiles(files, stored))
      throw new Error(
        `${target.url}: ${unit} read back differs from ${source.url} (${describeDiff(files, stored)})`,
      );
    summary.copied++;
    for (const file of files) {
      if (!("sha256" in file)) continue;
      summary.files++;
      summary.bytes += file.bytes;
    }
    options.log?.(`copied ${unit} (${files.length} files)`);
  }
  summary.events = await copyEvents(source, target);
  summary.partitions = await copyPartitions(source, target);
  return summary;
}

/** Into the target's working directory (for a local store: the store, replaced all at once), then commit. */
async function copyUnit(source: Store, target: Store, unit: string, runId: string): Promise<void> {
  const into = path.join(target.layout.root, unit);
  const staging = path.join(
    target.layout.tmpDir,
    `copy-${path.basename(unit)}-${process.pid}-${Date.now()}`,
  );
  await fs.mkdir(target.layout.tmpDir, { recursive: true });
  await fs.cp(path.join(source.layout.root, unit), staging, {
    recursive: true,
    verbatimSymlinks: true,
  });
  const old = `${staging}.old`;
  await fs.mkdir(path.dirname(into), { recursive: true });
  await fs.rename(into, old).catch(() => undefined);
  await fs.rename(staging, into);
  await fs.rm(old, { recursive: true, force: true });
  await target.commit(unit, runId);
}

function sameFiles(a: readonly ManifestFile[], b: readonly ManifestFile[] | undefined): boolean {
  return b !== undefined && key(a) === key(b);
}

function key(files: readonly ManifestFile[]): string {
  return files
    .map((f) => ("link" in f ? `${f.path}>${f.link}` : `${f.path}=${f.sha256}`))
    .sort()
    .join("\n");
}

function describeDiff(want: readonly ManifestFile[], got: readonly ManifestFile[]): string {
  const have = new Set(key(got).split("\n"));
  const differs = key(want)
    .split("\n")
    .filter((line) => !have.has(line));
  return `${differs.length} file(s) differ, first ${differs[0] ?? "(extra files)"}`;
}

/** Records the target lacks, in the source's order; the target's index is brought up to date. */
async function copyEvents(source: Store, target: Store): Promise<CopySummary["events"]> {
  const have = new Set((await target.events.readAll()).map(canonical));
  const records = await source.events.readAll();
  const missing = records.filter((r) => !have.has(canonical(r)));
  for (let i = 0; i < missing.length; i += 1000)
    await target.events.append(missing.slice(i, i + 1000));
  if (missing.length > 0) await target.events.current();
  return { copied: missing.length, skipped: records.length - missing.length };
}

/** JSON with every object's keys sorted: one record, one string, however it was serialised. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** The partition registries (one file per product); `close` publishes them on S3. */
async function copyPartitions(source: Store, target: Store): Promise<number> {
  const dir = path.join(source.layout.root, "partitions");
  const files = (await fs.readdir(dir).catch(() => [])).filter((f) => f.endsWith(".json"));
  await fs.mkdir(path.join(target.layout.root, "partitions"), { recursive: true });
  for (const file of files)
    await fs.copyFile(path.join(dir, file), path.join(target.layout.root, "partitions", file));
  return files.length;
}
