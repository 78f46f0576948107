import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { errorMessage } from "../core/errors.js";
import type { MaterializeOptions, MaterializeResult } from "../engine/materialize.js";
import { StoreLayout, type StageName } from "../store/layout.js";
import { restoreDataset, type DatasetCacheContext } from "./ingest-cache.js";
import { isObjectStore, readBackForRecords, seedDatasets } from "./object-store-job.js";
import { datasetsUsedBy, type ProjectView } from "./project-view.js";
import { GitHubRunReporter } from "./reporter.js";
import {
  packRecords,
  packStageOutputs,
  recordsArtifactName,
  restoreEarlierStages,
  restoreUpstream,
  stageArtifactName,
  type ProductPartition,
} from "./stage-transfer.js";
import type { ArtifactStore, CacheStore } from "./transfer.js";
import type { WorkflowIo } from "./workflow-io.js";

/** The engine's entry point (`materialize`), passed in. */
export type MaterializeFn = (options: MaterializeOptions) => Promise<MaterializeResult>;

export interface StageJobOptions {
  project: ProjectView;
  store: string;
  stage: StageName;
  items: readonly ProductPartition[];
  entryKey: string;
  /**
   * `store`: the store outlives the job; read inputs from it and leave outputs in it. `artifacts`:
   * a store of this job only, filled from and handed over as artifacts.
   */
  handover: "artifacts" | "store";
  /** The legs of earlier waves whose products these items read (see wave-matrix.ts). */
  upstream?: readonly string[];
  attempt: number;
  artifacts: ArtifactStore;
  cache: CacheStore;
  /** Where cache entries are staged; inside the workspace for the GitHub cache. */
  cacheStagingRoot: string;
  materialize: MaterializeFn;
  io: WorkflowIo;
  force: boolean;
  signal: AbortSignal;
  runId?: string;
}

export interface StageJobResult {
  ok: boolean;
  /** The stage outputs, for the next stage. */
  artifactName: string;
  /** The records and manifests, for the run summary; made even when the stage failed. */
  recordsName: string;
  reporter: GitHubRunReporter;
}

/**
 * One matrix job: bring in what earlier jobs of this entry made (and, for `plan`, the ingested
 * datasets from the cache), run `stage` for every item, then hand what it made to the next job.
 */
export async function runStageJob(options: StageJobOptions): Promise<StageJobResult> {
  const { project, store, stage, items, io } = options;
  const layout = new StoreLayout(store);
  const viaArtifacts = options.handover === "artifacts";
  if (viaArtifacts) await restoreHandedOver(options, layout);
  const objectStore = isObjectStore(store);
  const restore = (into: StoreLayout) =>
    restoreDatasets(
      { cache: options.cache, layout: into, stagingRoot: options.cacheStagingRoot },
      project,
      items,
      io,
    );
  const runId = options.runId ?? `gh-${randomUUID()}`;
  if (stage === "plan" && objectStore) await seedDatasets(store, project.root, runId, restore);
  const datasetDirs = stage === "plan" && !objectStore ? await restore(layout) : [];
  const reporter = new GitHubRunReporter(io);
  let ok = true;
  for (const [partition, products] of byPartition(items)) {
    const result = await options.materialize({
      root: project.root,
      store,
      select: products.map((p) => `${p}.${stage}`).join(","),
      partition,
      force: options.force,
      stages: [stage],
      reporter,
      signal: options.signal,
      runId,
      lock: { log: (line) => io.info(line) },
    });
    ok &&= result.ok;
  }
  const made = [...items, ...madeBy(reporter, stage)];
  const artifactName = stageArtifactName(stage, options.entryKey, options.attempt);
  const recordsName = recordsArtifactName(stage, options.entryKey, options.attempt);
  // Records first: the run summary gets them even when the outputs cannot be handed over.
  const records = (from: StoreLayout, eventLines?: string[]) =>
    withScratch(from, (dir) =>
      packRecords({ layout: from, items: made, dir, eventLines }).then(() =>
        options.artifacts.upload(recordsName, dir),
      ),
    );
  await (objectStore ? readBackForRecords(store, project.root, made, records) : records(layout));
  if (!viaArtifacts) return { ok, artifactName: "", recordsName, reporter };
  try {
    await withScratch(layout, (dir) =>
      packStageOutputs({ layout, items: made, stage, dir, extraDirs: datasetDirs }).then(() =>
        options.artifacts.upload(artifactName, dir),
      ),
    );
  } catch (error) {
    io.annotate("error", errorMessage(error), { title: `${stage} outputs not handed over` });
    return { ok: false, artifactName: "", recordsName, reporter };
  }
  return { ok, artifactName, recordsName, reporter };
}

/** What earlier jobs of this leg made, and (plan, load) what the upstream legs built and packaged. */
async function restoreHandedOver(options: StageJobOptions, layout: StoreLayout): Promise<void> {
  const { artifacts, entryKey, stage, io } = options;
  const restored = await restoreEarlierStages({ artifacts, layout, entryKey, stage });
  io.info(`restored ${restored.length ? restored.join(", ") : "no earlier stage outputs"}`);
  if ((stage !== "plan" && stage !== "load") || !options.upstream?.length) return;
  const upstream = await restoreUpstream({
    artifacts,
    layout,
    entryKey,
    upstream: options.upstream,
  });
  io.info(`restored upstream ${upstream.length ? upstream.join(", ") : "nothing (no artifact)"}`);
}

async function withScratch(
  layout: StoreLayout,
  use: (dir: string) => Promise<void>,
): Promise<void> {
  const dir = path.join(layout.tmpDir, `pack-${randomUUID()}`);
  try {
    await use(dir);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** The (product, partition key) pairs the run reported for `stage`: an expression may stand for several keys. */
function madeBy(reporter: GitHubRunReporter, stage: StageName): ProductPartition[] {
  const suffix = `.${stage}`;
  return reporter.rows
    .filter((row) => row.asset.endsWith(suffix))
    .map((row) => ({ product: row.asset.slice(0, -suffix.length), partition: row.partition }));
}

function byPartition(items: readonly ProductPartition[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const { product, partition } of items) {
    groups.set(partition, [...(groups.get(partition) ?? []), product]);
  }
  return groups;
}

/** Restore from the cache every dataset the items' recipes read; the folders restored. */
async function restoreDatasets(
  context: DatasetCacheContext,
  project: ProjectView,
  items: readonly ProductPartition[],
  io: WorkflowIo,
): Promise<string[]> {
  const wanted = new Map<string, { template: string; version: string | undefined }>();
  for (const { product } of items) {
    for (const use of datasetsUsedBy(project, product))
      wanted.set(`${use.template}@${use.version ?? ""}`, use);
  }
  const dirs = new Set<string>();
  for (const { template, version } of wanted.values()) {
    const restored = await restoreDataset(context, template, version);
    if (!restored) {
      io.annotate("warning", `no cached ingest of ${template}: run the ingest workflow for it`, {
        title: `ingest.${template} not in the cache`,
      });
      continue;
    }
    io.info(`restored ${restored.key}`);
    dirs.add(path.join(context.layout.datasetDir(template), restored.versionDir));
  }
  return [...dirs];
}
