import path from "node:path";
import { z } from "zod";
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
  if ("socrata" in observation) return socrataPresent(observation, candidates, deps);
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

const SocrataView = z.looseObject({ rowsUpdatedAt: z.number().optional() });

async function socrataPresent(
  observation: Extract<Observation, { socrata: unknown }>,
  candidates: readonly ResolvedPartition[],
  deps: SenseDeps,
): Promise<Set<string>> {
  const { url, dataset } = observation.socrata;
  const view = `${url.replace(/\/+$/, "")}/api/views/${dataset}.json`;
  const response = await (deps.fetch ?? fetch)(view, { signal: deps.signal, redirect: "follow" });
  if (!response.ok)
    throw new Error(
      `observation ${observation.name}: GET ${view} answered HTTP ${response.status}`,
    );
  const parsed = SocrataView.safeParse(await response.json().catch(() => undefined));
  const seconds = parsed.success ? parsed.data.rowsUpdatedAt : undefined;
  if (seconds === undefined)
    throw new Error(`observation ${observation.name}: ${view} has no rowsUpdatedAt`);
  const updated = new Date(seconds * 1000).toISOString().slice(0, 10);
  const present = new Set<string>();
  for (const partition of candidates) {
    const lastDay = partitionLastDay(partition);
    if (lastDay === undefined)
      throw new Error(
        `observation ${observation.name}: a socrata observation needs time partitions (a date or a date range); ${partition.key} has none`,
      );
    if (lastDay <= updated) present.add(partition.key);
  }
  return present;
}

/** The last day a partition covers: the end of its range, its date, or a key that is a date. */
function partitionLastDay(partition: ResolvedPartition): string | undefined {
  const values = templateValues(partition);
  const day = values.end ?? values.date ?? partition.key;
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(day);
  return match?.[1];
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
