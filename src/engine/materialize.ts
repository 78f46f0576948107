import os from "node:os";
import { NodeProcessRunner } from "../process/node-runner.js";
import type { ProcessRunner } from "../process/runner.js";
import { EventLog, newRunId, type EventRecord } from "../store/events.js";
import { withStoreLock } from "../store/lock.js";
import type { StageName } from "../store/layout.js";
import { isS3Url, openStore, type Store } from "../store/store.js";
import { safeSegment } from "../store/layout.js";
import { buildAssetGraph } from "../graph/graph.js";
import { resolveSelection } from "../graph/selection.js";
import { graphSourceOf } from "./deps.js";
import { UsageError } from "../core/errors.js";
import { defaultDeps } from "./defaults.js";
import type { EngineDeps } from "./deps.js";
import { dryRunTasks } from "./dry-run.js";
import { executeTasks } from "./executor.js";
import { planRun, type Task } from "./plan.js";
import {
  emptySummary,
  type PlannedTask,
  type RunReporter,
  type RunSummary,
  type TaskOutcome,
  type TaskRef,
} from "./reporter.js";
import {
  runIngestTask,
  runStageTask,
  taskRef,
  type TaskEnvironment,
  type TaskResult,
} from "./run-task.js";

export interface MaterializeOptions {
  /** Project root (products/, ingest_templates/). */
  root: string;
  /** Store directory (`<root>/.lifecycle` by default in the CLI). */
  store: string;
  /** Selection; default: every product asset (upstream ingests run when their data is missing). */
  select?: string | undefined;
  /** A partition key or expression, applied to every selected product; default: each product's default. */
  partition?: string | undefined;
  /** Tasks at once; default: the number of cores. */
  concurrency?: number | undefined;
  /** Run stages even when their input fingerprint matches their last output. */
  force?: boolean | undefined;
  /** Analyse and report what would run; change nothing. */
  dryRun?: boolean | undefined;
  /** Run only these stages; the outputs of the stages before them must already be in the store. */
  stages?: readonly StageName[] | undefined;
  /** Add dynamic partition keys not known yet (default true; the CLI passes its `--create`). */
  createPartitions?: boolean | undefined;
  reporter: RunReporter;
  signal: AbortSignal;
  runner?: ProcessRunner | undefined;
  runId?: string | undefined;
  /** Replace parts of the engine's collaborators (tests inject stages; the action may inject ingest). */
  deps?: Partial<EngineDeps> | undefined;
  /** For an s3:// store: endpoint, region and credentials (default: process.env). */
  env?: NodeJS.ProcessEnv | undefined;
  /** The store lock a run (not a dry run) holds throughout; see `src/store/lock.ts`. */
  lock?: MaterializeLockOptions | undefined;
}

export interface MaterializeLockOptions {
  /** Named in the lock file, for the message another process prints; default "materialize". */
  command?: string | undefined;
  /** Wait this long for another run holding the store; default 0: fail at once (exit code 2). */
  timeoutSeconds?: number | undefined;
  /** Receives "waiting for ..." and "took over a stale lock ..." lines. */
  log?: ((line: string) => void) | undefined;
}

export type ResultOutcome = TaskOutcome | "would-run" | "up-to-date";

export interface TaskReport extends TaskRef {
  outcome: ResultOutcome;
  record?: EventRecord;
  error?: string;
  /** Dry run: why it would run or not. */
  reason?: string;
}

export interface MaterializeResult {
  runId: string;
  /** True when no task failed, was blocked or cancelled. */
  ok: boolean;
  dryRun: boolean;
  tasks: TaskReport[];
  summary: RunSummary;
  durationMs: number;
}

/**
 * Analyse the selection, then run its tasks in dependency order, holding the store lock (a dry run
 * does not take it). Bad usage or config, or a store held by another run, throws before anything runs.
 */
export async function materialize(options: MaterializeOptions): Promise<MaterializeResult> {
  const started = performance.now();
  const runId = options.runId ?? newRunId();
  const concurrency = checkConcurrency(options.concurrency);
  const deps: EngineDeps = { ...defaultDeps(), ...options.deps };
  const dryRun = options.dryRun ?? false;
  const store = await openStore(options.store, {
    root: options.root,
    env: options.env ?? process.env,
    only: isS3Url(options.store) ? await unitsRead(options, deps) : readByStages,
  });
  try {
    return await lockAndRun(options, store, { started, runId, concurrency, deps, dryRun });
  } finally {
    await store.close();
  }
}

/**
 * The units an object store materialises for a run: all but drafts (the plan reads published
 * versions for copy_latest_release and bump_latest_release; nothing reads a draft).
 */
export function readByStages(unit: string): boolean {
  return !unit.startsWith("drafts/");
}

/**
 * For a selection narrower than `*` (a stage job's products), only the units of the products it
 * selects and of the products they read (any partition: releases and upstream outputs), and the
 * datasets: a job on a fresh runner then downloads its products' part of the store, not all of it.
 */
async function unitsRead(
  options: MaterializeOptions,
  deps: EngineDeps,
): Promise<(unit: string) => boolean> {
  const select = options.select?.trim() ?? "*";
  if (select === "*" || select === "") return readByStages;
  const { project } = await deps.loadProject(options.root);
  const graph = buildAssetGraph(graphSourceOf(project));
  const upstream = select
    .split(",")
    .map((term) => term.trim())
    .map((term) => (term.startsWith("+") ? term : `+${term}`))
    .join(",");
  const products = new Set(
    resolveSelection(graph, upstream).flatMap((a) => (a.kind === "stage" ? [a.product] : [])),
  );
  const prefixes = [...products].flatMap((p) => [
    `products/${safeSegment(p)}/`,
    `published/${safeSegment(p)}/`,
  ]);
  return (unit) =>
    readByStages(unit) &&
    (unit.startsWith("ingest/") || prefixes.some((prefix) => unit.startsWith(prefix)));
}

interface RunSettings {
  started: number;
  runId: string;
  concurrency: number;
  deps: EngineDeps;
  dryRun: boolean;
}

/**
 * The lock is the working directory's: for a local store the store itself; for S3 a private
 * directory, so runs on other machines are kept apart by the conditional pointer writes instead.
 */
async function lockAndRun(
  options: MaterializeOptions,
  store: Store,
  settings: RunSettings,
): Promise<MaterializeResult> {
  const { runId, dryRun } = settings;
  if (dryRun) return planAndRun(options, store, settings);
  const lock = {
    store: store.layout.root,
    command: options.lock?.command ?? "materialize",
    runId,
    timeoutSeconds: options.lock?.timeoutSeconds,
    signal: options.signal,
    log: options.lock?.log,
  };
  return withStoreLock(lock, () => planAndRun(options, store, settings));
}

async function planAndRun(
  options: MaterializeOptions,
  store: Store,
  settings: RunSettings,
): Promise<MaterializeResult> {
  const { started, runId, concurrency, deps, dryRun } = settings;
  const layout = store.layout;
  const plan = await planRun({ ...options, store: layout.root, layout }, deps);
  options.reporter.report({
    type: "run-planned",
    runId,
    warnings: plan.warnings,
    tasks: plan.tasks.map(plannedTask),
    dryRun,
    concurrency,
  });
  const env: TaskEnvironment = {
    project: plan.project,
    layout,
    deps,
    runner: options.runner ?? new NodeProcessRunner(),
    signal: options.signal,
    runId,
    force: options.force ?? false,
    env: options.env,
    outputHashes: new Map(),
    log: (task, line) => options.reporter.report({ type: "task-log", task, line }),
    progress: (task, progress) =>
      options.reporter.report({ type: "task-progress", task, progress }),
    started: (task) => options.reporter.report({ type: "task-started", task }),
    ...(store.kind === "local"
      ? {}
      : {
          commit: (unit: string) => store.commit(unit, runId),
          commitDatasets: () => store.commitDatasets(runId),
        }),
  };
  const tasks = dryRun
    ? await dryRunTasks(plan.tasks, env, options.reporter)
    : await executeRun(
        plan.tasks,
        plan.newPartitions,
        env,
        { ...options, store: layout.root },
        store,
      );
  const summary = emptySummary();
  for (const task of tasks) if (isTaskOutcome(task.outcome)) summary[task.outcome]++;
  const durationMs = Math.round(performance.now() - started);
  options.reporter.report({ type: "run-finished", runId, summary, durationMs });
  const ok = summary.failed + summary.blocked + summary.cancelled === 0;
  return { runId, ok, dryRun, tasks, summary, durationMs };
}

function isTaskOutcome(outcome: ResultOutcome): outcome is TaskOutcome {
  return outcome !== "would-run" && outcome !== "up-to-date";
}

function checkConcurrency(value: number | undefined): number {
  if (value === undefined) return Math.max(1, os.availableParallelism());
  if (!Number.isInteger(value) || value < 1)
    throw new UsageError(`concurrency must be a whole number of at least 1 (received ${value})`);
  return value;
}

function plannedTask(task: Task): PlannedTask {
  return {
    ...taskRef(task),
    after: task.after,
    ...(task.kind === "ingest" ? { reason: task.reason } : {}),
  };
}

async function executeRun(
  tasks: Task[],
  newPartitions: Awaited<ReturnType<typeof planRun>>["newPartitions"],
  env: TaskEnvironment,
  options: MaterializeOptions & { concurrency?: number | undefined },
  store: Store,
): Promise<TaskReport[]> {
  const concurrency = options.concurrency ?? 1;
  for (const { product, key } of newPartitions)
    await env.deps.partitions.ensure(options.store, product, key);
  const reports = new Map<string, TaskReport>();
  const log = new EventLog(env.layout, store.events);
  let skipped = 0;
  const byId = new Map(tasks.map((t) => [t.id, t]));
  await executeTasks(tasks, {
    concurrency,
    signal: options.signal,
    run: async (task) => {
      const result =
        task.kind === "stage" ? await runStageTask(task, env) : await runIngestTask(task, env);
      // A task found up to date adds no record: one run record counts them (below).
      if (result.outcome === "skipped") skipped++;
      else if (result.record) log.append(result.record);
      reports.set(task.id, {
        ...taskRef(task, result.record?.partition),
        outcome: result.outcome,
        ...(result.record ? { record: result.record } : {}),
        ...(result.error ? { error: result.error } : {}),
      });
      reportResult(options.reporter, task, result);
      return result.outcome;
    },
    onBlocked: (task, blockedBy) => {
      const blocker = byId.get(blockedBy);
      const label = blocker ? `${blocker.asset.id} (${taskRef(blocker).partition})` : blockedBy;
      reports.set(task.id, {
        ...taskRef(task),
        outcome: "blocked",
        error: `not run: ${label} did not succeed`,
      });
      options.reporter.report({ type: "task-blocked", task: taskRef(task), blockedBy: label });
    },
    onNotStarted: (task) => {
      reports.set(task.id, {
        ...taskRef(task),
        outcome: "cancelled",
        error: "not started: the run was cancelled",
      });
      options.reporter.report({ type: "task-cancelled", task: taskRef(task) });
    },
  });
  if (skipped > 0) log.append(runRecord(env.runId, skipped));
  await log.settled();
  await store.events.current();
  return tasks.flatMap((t) => reports.get(t.id) ?? []);
}

function reportResult(reporter: RunReporter, task: Task, result: TaskResult): void {
  const ref = taskRef(task, result.record?.partition);
  const record = result.record;
  if (result.outcome === "cancelled")
    reporter.report({ type: "task-cancelled", task: ref, ...(record ? { record } : {}) });
  else if (!record) return;
  else if (result.outcome === "success")
    reporter.report({ type: "task-succeeded", task: ref, record });
  else if (result.outcome === "skipped")
    reporter.report({ type: "task-skipped", task: ref, record });
  else reporter.report({ type: "task-failed", task: ref, record, error: result.error ?? "failed" });
}

/** The asset of the one record a run adds for the tasks it found up to date. */
export const RUN_ASSET = "@run";

function runRecord(runId: string, skipped: number): EventRecord {
  const now = new Date().toISOString();
  return {
    asset: RUN_ASSET,
    partition: RUN_ASSET,
    status: "skipped",
    start: now,
    end: now,
    durationMs: 0,
    runId,
    fingerprint: "",
    metadata: { skipped },
  };
}
