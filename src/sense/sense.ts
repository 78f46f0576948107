import path from "node:path";
import {
  resolvePartitions,
  type PartitionedProduct,
  type ResolvedPartition,
} from "../partitions/resolve.js";
import type { Store } from "../store/store.js";
import type { Cursor } from "./cursor.js";
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

/**
 * The observed partitions a sensor hands on: those with no package in the store and not handed on
 * by an earlier call (the cursor), so nothing runs twice.
 */
export async function duePartitions(
  store: Store,
  product: string,
  observed: readonly ResolvedPartition[],
  cursor: Cursor,
): Promise<string[]> {
  const started = new Set(cursor.started[product] ?? []);
  const due: string[] = [];
  for (const partition of observed) {
    if (started.has(partition.key)) continue;
    const unit = path.relative(
      store.layout.root,
      store.layout.stageDir(product, partition.key, "package"),
    );
    if ((await store.unitFiles(unit.split(path.sep).join("/"))) === undefined)
      due.push(partition.key);
  }
  return due;
}
