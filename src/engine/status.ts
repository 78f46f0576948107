import fs from "node:fs/promises";
import path from "node:path";
import { errorMessage } from "../core/errors.js";
import { buildAssetGraph, type Asset, type StageAsset } from "../graph/graph.js";
import { resolveSelection } from "../graph/selection.js";
import { NodeProcessRunner } from "../process/node-runner.js";
import { availableVersions } from "../stages/versions.js";
import { eventKey, type EventRecord } from "../store/events.js";
import { openStore, type Store } from "../store/store.js";
import type { StoreLayout } from "../store/layout.js";
import { defaultDeps } from "./defaults.js";
import {
  graphSourceOf,
  type EngineDeps,
  type EngineProject,
  type ResolvedPartition,
} from "./deps.js";
import { readStageMarker } from "./fingerprint.js";
import { readByStages } from "./materialize.js";
import { AUTO_VERSION } from "./plan.js";
import { stageFingerprint } from "./run-task.js";

export interface AssetStatus {
  asset: string;
  group: string;
  partition: string;
  /** The last record's status, absent when never materialised. */
  status?: EventRecord["status"];
  /** When the last record ended (ISO). */
  when?: string;
  durationMs?: number;
  runId?: string;
  lastSuccess?: string;
  /** Ingest assets are never stale: a version is immutable. */
  stale: boolean;
  staleReason?: string;
}

export interface StatusOptions {
  root: string;
  store: string;
  select?: string | undefined;
  deps?: Partial<EngineDeps> | undefined;
  /** For an s3:// store: endpoint, region and credentials (default: process.env). */
  env?: NodeJS.ProcessEnv | undefined;
}

/** Per selected asset and partition: the last status, when, how long, and whether it is stale. */
export async function assetStatus(options: StatusOptions): Promise<AssetStatus[]> {
  const rows: AssetStatus[] = [];
  for await (const row of streamAssetStatus(options)) rows.push(row);
  return rows;
}

/** The rows of assetStatus one at a time, in the same order (1.2M rows need not be held). */
export async function* streamAssetStatus(options: StatusOptions): AsyncGenerator<AssetStatus> {
  const deps: EngineDeps = { ...defaultDeps(), ...options.deps };
  const { project } = await deps.loadProject(options.root);
  const graph = buildAssetGraph(graphSourceOf(project));
  const assets =
    options.select === undefined ? graph.assets : resolveSelection(graph, options.select);
  const store = await openStore(options.store, {
    root: options.root,
    env: options.env ?? process.env,
    only: readByStages,
  });
  try {
    yield* statusRows(assets, project, store, deps);
  } finally {
    await store.close();
  }
}

async function* statusRows(
  assets: readonly Asset[],
  project: EngineProject,
  store: Store,
  deps: EngineDeps,
): AsyncGenerator<AssetStatus> {
  const layout = store.layout;
  // The current-state index: O(assets x partitions), not O(history).
  const { entries, partitions: recorded } = await store.events.current();
  const outputs = new PartitionsWithOutput(layout);
  for (const asset of assets) {
    for (const item of await partitionsOf(
      asset,
      project,
      layout,
      recorded.get(asset.id) ?? [],
      deps,
      layout.root,
    )) {
      const entry = entries.get(eventKey(asset.id, item.key));
      const row = baseRow(asset, item.key, entry?.last, entry?.lastSuccess);
      const stale =
        asset.kind !== "stage"
          ? undefined
          : !item.resolved || (await outputs.has(asset.product, item.key))
            ? await staleness(asset, item, project, layout, deps)
            : "no output in the store";
      yield {
        ...row,
        stale: stale !== undefined,
        ...(stale !== undefined ? { staleReason: stale } : {}),
      };
    }
  }
}

/** Which partitions of a product have a directory in the store: one readdir per product. */
class PartitionsWithOutput {
  private readonly dirs = new Map<string, Promise<Set<string>>>();
  constructor(private readonly layout: StoreLayout) {}

  async has(product: string, partition: string): Promise<boolean> {
    const productDir = path.dirname(this.layout.partitionDir(product, "any"));
    let names = this.dirs.get(product);
    if (!names) {
      names = fs.readdir(productDir).then(
        (found) => new Set(found),
        () => new Set<string>(),
      );
      this.dirs.set(product, names);
    }
    return (await names).has(path.basename(this.layout.partitionDir(product, partition)));
  }
}

function baseRow(
  asset: Asset,
  partition: string,
  record?: EventRecord,
  success?: EventRecord,
): Omit<AssetStatus, "stale"> {
  return {
    asset: asset.id,
    group: asset.group,
    partition,
    ...(record
      ? {
          status: record.status,
          when: record.end,
          durationMs: record.durationMs,
          runId: record.runId,
        }
      : {}),
    ...(success ? { lastSuccess: success.end } : {}),
  };
}

type StatusPartition = { key: string; resolved?: ResolvedPartition; error?: string };

/** Partitions to show: the product's default ones, those with records, those with outputs in the store. */
async function partitionsOf(
  asset: Asset,
  project: EngineProject,
  layout: StoreLayout,
  recorded: readonly string[],
  deps: EngineDeps,
  store: string,
): Promise<StatusPartition[]> {
  if (asset.kind === "ingest") {
    const versions = await availableVersions(layout.datasetDir(asset.dataset ?? asset.template));
    // A failed ingest that never learnt its version is recorded as "auto": run history, not a version.
    const real = recorded.filter((key) => key !== AUTO_VERSION);
    return [...new Set([...versions, ...real])].map((key) => ({ key }));
  }
  const product = project.products.find((p) => p.id === asset.product);
  if (!product) return [];
  const known = await deps.partitions.known(store, product);
  const defaults = deps.partitions.resolve(product, undefined, known);
  const keys = [
    ...new Set([
      ...defaults.map((p) => p.key),
      ...recorded,
      ...(await storedPartitions(layout, product.id)),
    ]),
  ];
  const byKey = new Map(defaults.map((p) => [p.key, p]));
  return keys.map((key) => {
    const resolved = byKey.get(key);
    if (resolved) return { key, resolved };
    try {
      const [one] = deps.partitions.resolve(product, key, known);
      return one && one.key === key
        ? { key, resolved: one }
        : { key, error: "no longer a partition of this product" };
    } catch (error) {
      return { key, error: errorMessage(error) };
    }
  });
}

async function storedPartitions(layout: StoreLayout, product: string): Promise<string[]> {
  const dir = path.dirname(layout.partitionDir(product, "any"));
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    try {
      return [decodeURIComponent(name)];
    } catch {
      return [];
    }
  });
}

/** Why the stage's output is stale, or undefined when it is current. */
async function staleness(
  asset: StageAsset,
  item: StatusPartition,
  project: EngineProject,
  layout: StoreLayout,
  deps: EngineDeps,
): Promise<string | undefined> {
  if (!item.resolved) return `cannot tell: ${item.error ?? "unknown partition"}`;
  const marker = await readStageMarker(layout.stageDir(asset.product, item.key, asset.stage));
  if (!marker) return "no output in the store";
  const product = project.products.find((p) => p.id === asset.product);
  if (!product) return "unknown product";
  const task = {
    kind: "stage" as const,
    id: "",
    asset,
    product,
    partition: item.resolved,
    after: [],
  };
  const ctx = {
    project,
    product,
    partition: item.resolved,
    layout,
    runner: new NodeProcessRunner(),
    signal: new AbortController().signal,
    log: () => {},
    runId: "status",
  };
  try {
    const fingerprint = await stageFingerprint(task, deps.stages[asset.stage], ctx, { layout });
    return fingerprint === marker.fingerprint
      ? undefined
      : "inputs or upstream output changed since it was made";
  } catch (error) {
    return `cannot compute its inputs: ${errorMessage(error)}`;
  }
}
