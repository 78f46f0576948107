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
  outputHashOf,
  readStageMarker,
  sha256,
  writeStageMarker,
} from "./fingerprint.js";
import type { IngestTask, StageTask, Task } from "./plan.js";
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
  /** Called when a task starts its real work (not for a stage found up to date). */
  started: (task: TaskRef) => void;
}

export interface TaskResult {
  outcome: Exclude<TaskOutcome, "blocked">;
  record?: EventRecord;
  error?: string;
}

export function taskRef(task: Task, partition?: string): TaskRef {
  const label =
    partition ?? (task.kind === "stage" ? task.partition.key : (task.version ?? "auto"));
  return { id: task.id, asset: task.asset.id, partition: label };
}

function stageContext(task: StageTask, env: TaskEnvironment): StageContext {
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
  };
}

/** The input fingerprint: the stage's own inputs and the content of the upstream stage's output. */
export async function stageFingerprint(
  task: StageTask,
  stage: Stage,
  ctx: StageContext,
  layout: StoreLayout,
): Promise<string> {
  const own = await stage.fingerprintInputs(ctx);
  const upstream = upstreamStage(task.asset.stage);
  let upstreamHash: string | null = null;
  if (upstream !== undefined) {
    const hash = await outputHashOf(layout.stageDir(task.product.id, task.partition.key, upstream));
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
  const started = new Date();
  let fingerprint = "";
  try {
    fingerprint = await stageFingerprint(task, stage, ctx, env.layout);
    const marker = await readStageMarker(stageDir);
    if (!env.force && marker?.fingerprint === fingerprint) {
      return {
        outcome: "skipped",
        record: record(task, "skipped", started, env.runId, fingerprint, marker.metadata),
      };
    }
    if (env.signal.aborted) throw env.signal.reason;
    env.started(taskRef(task));
    const metadata = await writeDirAtomically(stageDir, env.layout.tmpDir, async (staging) => {
      const outcome = await stage.run(ctx, staging);
      if (env.signal.aborted) throw env.signal.reason;
      const end = new Date();
      const outputHash = await hashDirectory(staging);
      const marked = {
        ...record(task, "success", started, env.runId, fingerprint, outcome.metadata, end),
        outputHash,
      };
      await writeStageMarker(staging, marked);
      return outcome.metadata;
    });
    return {
      outcome: "success",
      record: record(task, "success", started, env.runId, fingerprint, metadata),
    };
  } catch (error) {
    return failure(task, error, started, fingerprint, env);
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
      ...(task.version !== undefined ? { version: task.version } : {}),
      signal: env.signal,
      log: (line) => env.log(ref, line),
      runner: env.runner,
    });
    const fingerprint = sha256(
      canonicalJson({
        template: task.template,
        version: result.version,
        metadata: result.metadata,
      }),
    );
    const done = record(
      task,
      "success",
      started,
      env.runId,
      fingerprint,
      result.metadata,
      new Date(),
      result.version,
    );
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
    record: { ...record(task, outcome, started, env.runId, fingerprint, {}), error: message },
  };
}

function record(
  task: Task,
  status: EventRecord["status"],
  start: Date,
  runId: string,
  fingerprint: string,
  metadata: Record<string, unknown>,
  end = new Date(),
  partition?: string,
): EventRecord {
  return {
    asset: task.asset.id,
    partition: taskRef(task, partition).partition,
    status,
    start: start.toISOString(),
    end: end.toISOString(),
    durationMs: end.getTime() - start.getTime(),
    runId,
    fingerprint,
    metadata,
  };
}
