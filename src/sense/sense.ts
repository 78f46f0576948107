import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import {
  resolvePartitions,
  type PartitionedProduct,
  type ResolvedPartition,
} from "../partitions/resolve.js";
import type { StoreLayout } from "../store/layout.js";
import type { Observation } from "./schema.js";

/** Lists object keys under a prefix of an object-store URL; the store module provides it. */
export interface ObjectLister {
  list(bucketUrl: string, prefix: string): Promise<string[]>;
}

export interface SenseDeps {
  fetch?: typeof fetch;
  objects?: ObjectLister | undefined;
  signal: AbortSignal;
}

export interface ObservedProduct extends PartitionedProduct {
  observe?: readonly Observation[] | undefined;
}

/** The values a partition gives an observation's template. */
export function templateValues(partition: ResolvedPartition): Record<string, string> {
  const values: Record<string, string> = {
    key: partition.key,
    version: partition.version,
    ...partition.dimensions,
  };
  const start = partition.env.LIFECYCLE_START_DATE;
  const end = partition.env.LIFECYCLE_END_DATE;
  if (start) values.start = start;
  if (end) values.end = end;
  if (partition.env.LIFECYCLE_UNIVERSE) values.universe = partition.env.LIFECYCLE_UNIVERSE;
  return values;
}

export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, key: string) => {
    const value = values[key];
    if (value === undefined)
      throw new Error(
        `${template}: {${key}} is not a dimension of this partition (${Object.keys(values).join(", ")})`,
      );
    return value;
  });
}

/** The partitions of the product whose every observed input exists now. */
export async function observedPartitions(
  product: ObservedProduct,
  deps: SenseDeps,
  now: Date = new Date(),
): Promise<ResolvedPartition[]> {
  const observations = product.observe ?? [];
  if (observations.length === 0) return [];
  let candidates = resolvePartitions(product, "*", { now, maxRuns: 100_000 });
  for (const observation of observations) {
    const present = await presentFor(observation, candidates, deps);
    candidates = candidates.filter((p) => present.has(p.key));
  }
  return candidates;
}

async function presentFor(
  observation: Observation,
  candidates: readonly ResolvedPartition[],
  deps: SenseDeps,
): Promise<Set<string>> {
  const present = new Set<string>();
  if ("http" in observation) {
    for (const partition of candidates) {
      const url = fillTemplate(observation.http.url, templateValues(partition));
      const response = await (deps.fetch ?? fetch)(url, {
        method: "HEAD",
        signal: deps.signal,
        redirect: "follow",
      });
      if (response.ok) present.add(partition.key);
    }
    return present;
  }
  if (!deps.objects)
    throw new Error(`observation ${observation.name}: no object-store client is configured`);
  const { bucket, keyTemplate } = splitObjectUrl(observation.object_store.url);
  const prefix = keyTemplate.slice(0, keyTemplate.search(/\{|$/));
  const keys = new Set(await deps.objects.list(bucket, prefix));
  for (const partition of candidates) {
    if (keys.has(fillTemplate(keyTemplate, templateValues(partition)))) present.add(partition.key);
  }
  return present;
}

function splitObjectUrl(url: string): { bucket: string; keyTemplate: string } {
  const match = /^s3:\/\/([^/]+)\/(.*)$/.exec(url);
  if (!match) throw new Error(`${url}: expected s3://bucket/key`);
  return { bucket: `s3://${match[1] ?? ""}`, keyTemplate: match[2] ?? "" };
}

const CursorSchema = z.object({ started: z.record(z.string(), z.array(z.string())) });
type Cursor = z.infer<typeof CursorSchema>;

/** Which partitions a sensor started already, per product: `<store>/sensors/cursor.json`. */
export function cursorFile(layout: StoreLayout): string {
  return path.join(layout.root, "sensors", "cursor.json");
}

export async function readCursor(layout: StoreLayout): Promise<Cursor> {
  try {
    return CursorSchema.parse(JSON.parse(await fs.readFile(cursorFile(layout), "utf8")));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { started: {} };
    throw error;
  }
}

/** Written whole (temp file, then rename), so a killed sensor never leaves half a cursor. */
export async function writeCursor(layout: StoreLayout, cursor: Cursor): Promise<void> {
  const file = cursorFile(layout);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temp, `${JSON.stringify(cursor, null, 2)}\n`);
  await fs.rename(temp, file);
}

/**
 * What a sensor starts: observed partitions that neither have a package in the store nor were
 * started by an earlier call (the cursor), so nothing runs twice.
 */
export async function duePartitions(
  layout: StoreLayout,
  product: ObservedProduct & { id: string },
  observed: readonly ResolvedPartition[],
  cursor: Cursor,
): Promise<string[]> {
  const started = new Set(cursor.started[product.id] ?? []);
  const due: string[] = [];
  for (const partition of observed) {
    if (started.has(partition.key)) continue;
    const manifest = path.join(
      layout.stageDir(product.id, partition.key, "package"),
      "manifest.json",
    );
    const packaged = await fs.stat(manifest).then(
      () => true,
      () => false,
    );
    if (!packaged) due.push(partition.key);
  }
  return due;
}
