import path from "node:path";
import type { Progress } from "../core/progress.js";
import { namingFullDisk } from "../core/disk-full.js";
import { errorMessage } from "../core/errors.js";
import type { ProcessRunner } from "../process/runner.js";
import type { Stage, StageContext } from "../stages/types.js";
import { writeDirAtomically } from "../store/atomic.js";
import type { EventRecord } from "../store/events.js";
import { STAGES, type StageName, type StoreLayout } from "../store/layout.js";
import type { EngineDeps, EngineProject } from "./deps.js";
import {
  canonicalJson,
  hashDirectory,
  ingestFingerprint,
  outputHashOf,
  readStageMarker,
  sha256,
  writeStageMarker,
} from "./fingerprint.js";
import { taskLabel, type IngestTask, type StageTask, type Task } from "./plan.js";
import type { TaskOutcome, TaskRef } from "./reporter.js";

export interface TaskEnvironment {
  project: EngineProject;
  layout: StoreLayout;
  deps: EngineDeps;
  runner: ProcessRunner;
  signal: AbortSignal;
  runId: string;
  force: boolean;
  log: (task: TaskRef, line: string) => void;
  progress?: (task: TaskRef, progress: Progress) => void;
  /** Content hashes of the stage outputs this run made or found current, by directory. */
  outputHashes: Map<string, string>;
  /** Called when a task starts its real work (not for a stage found up to date). */
  started: (task: TaskRef) => void;
  /** Make a promoted unit current in the store (`products/...` path); absent: a local store. */
  commit?: ((unit: string) => Promise<void>) | undefined;
  /** After an ingest: make its dataset versions current in the store. */
  commitDatasets?: (() => Promise<void>) | undefined;
  /** Where store-backed recipe inputs find S3 endpoint and credentials (default: process.env). */
  env?: NodeJS.ProcessEnv | undefined;
}

export interface TaskResult {
  outcome: Exclude<TaskOutcome, "blocked">;
  record?: EventRecord;
  error?: string;
}

export function taskRef(task: Task, partition?: string): TaskRef {
  const label = partition ?? taskLabel(task);
  return { id: task.id, asset: task.asset.id, partition: label };
}

export function stageContext(task: StageTask, env: TaskEnvironment): StageContext {
  const ref = taskRef(task);
  return {
    project: env.project,
    product: task.product,
    partition: task.partition,
    layout: env.layout,
    runner: env.runner,
    signal: env.signal,
    log: (line) => env.log(ref, line),
    runId: env.runId,
    ...(env.env ? { env: env.env } : {}),
  };
}

/** The input fingerprint: the stage's own inputs and the content of the upstream stage's output. */
export async function stageFingerprint(
  task: StageTask,
  stage: Stage,
  ctx: StageContext,
  store: { layout: StoreLayout; outputHashes?: ReadonlyMap<string, string> },
): Promise<string> {
  const own = await stage.fingerprintInputs(ctx);
  const upstream = upstreamStage(task.asset.stage);
  let upstreamHash: string | null = null;
  if (upstream !== undefined) {
    const dir = store.layout.stageDir(task.product.id, task.partition.key, upstream);
    const hash = store.outputHashes?.get(dir) ?? (await outputHashOf(dir));
    if (hash === undefined)
      throw new Error(
        `the output of ${task.product.id}.${upstream} for ${task.partition.key} is not in the store`,
      );
    upstreamHash = hash;
  }
  return sha256(
    canonicalJson({
      asset: task.asset.id,
      partition: task.partition.key,
      own,
      upstream: upstreamHash,
    }),
  );
}

export function upstreamStage(stage: StageName): StageName | undefined {
  return STAGES[STAGES.indexOf(stage) - 1];
}

/** Run one stage for one partition: skip when its fingerprint matches its output's, else run and promote atomically. */
export async function runStageTask(task: StageTask, env: TaskEnvironment): Promise<TaskResult> {
  const stage = env.deps.stages[task.asset.stage];
  const ctx = stageContext(task, env);
  const stageDir = env.layout.stageDir(task.product.id, task.partition.key, task.asset.stage);
  const start = new Date();
  let fingerprint = "";
  try {
    fingerprint = await stageFingerprint(task, stage, ctx, env);
    const base = { start, runId: env.runId, fingerprint };
    const marker = await readStageMarker(stageDir);
    if (!env.force && marker?.fingerprint === fingerprint) {
      env.outputHashes.set(stageDir, marker.outputHash);
      const skipped = record(task, { ...base, status: "skipped", metadata: marker.metadata });
      return { outcome: "skipped", record: skipped };
    }
    if (env.signal.aborted) throw env.signal.reason;
    env.started(taskRef(task));
    const done = await writeDirAtomically(stageDir, env.layout.tmpDir, async (staging) => {
      const outcome = await stage.run(ctx, staging);
      if (env.signal.aborted) throw env.signal.reason;
      const success = record(task, { ...base, status: "success", metadata: outcome.metadata });
      const outputHash = await hashDirectory(staging);
      await writeStageMarker(staging, { ...success, outputHash });
      env.outputHashes.set(stageDir, outputHash);
      return success;
    });
    await env.commit?.(path.relative(env.layout.root, stageDir).split(path.sep).join("/"));
    return { outcome: "success", record: done };
  } catch (error) {
    return failure(task, namingFullDisk(error, env.layout.tmpDir), start, fingerprint, env);
  }
}

export async function runIngestTask(task: IngestTask, env: TaskEnvironment): Promise<TaskResult> {
  const started = new Date();
  const ref = taskRef(task);
  env.started(ref);
  try {
    const result = await env.deps.ingest({
      project: env.project,
      layout: env.layout,
      templateId: task.template,
      ...(task.asset.dataset !== undefined ? { only: task.asset.dataset } : {}),
      ...(task.version !== undefined ? { version: task.version } : {}),
      signal: env.signal,
      log: (line) => env.log(ref, line),
      progress: (progress) => env.progress?.(ref, progress),
      runner: env.runner,
    });
    await env.commitDatasets?.();
    const fingerprint = ingestFingerprint(task.template, result.version, result.metadata);
    const done = record(task, {
      status: "success",
      start: started,
      runId: env.runId,
      fingerprint,
      metadata: result.metadata,
      partition: result.version,
    });
    return { outcome: "success", record: done };
  } catch (error) {
    return failure(task, error, started, "", env);
  }
}

function failure(
  task: Task,
  error: unknown,
  started: Date,
  fingerprint: string,
  env: TaskEnvironment,
): TaskResult {
  const outcome = env.signal.aborted ? "cancelled" : "failed";
  const message = env.signal.aborted
    ? `cancelled: ${errorMessage(env.signal.reason)}`
    : errorMessage(error);
  return {
    outcome,
    error: message,
    record: {
      ...record(task, { status: outcome, start: started, runId: env.runId, fingerprint }),
      error: message,
    },
  };
}

interface RecordFields {
  status: EventRecord["status"];
  start: Date;
  end?: Date;
  runId: string;
  fingerprint: string;
  metadata?: Record<string, unknown>;
  /** The real version of an ingest, known only once it ran. */
  partition?: string;
}

function record(task: Task, fields: RecordFields): EventRecord {
  const end = fields.end ?? new Date();
  return {
    asset: task.asset.id,
    partition: taskRef(task, fields.partition).partition,
    status: fields.status,
    start: fields.start.toISOString(),
    end: end.toISOString(),
    durationMs: end.getTime() - fields.start.getTime(),
    runId: fields.runId,
    fingerprint: fields.fingerprint,
    metadata: fields.metadata ?? {},
  };
}
