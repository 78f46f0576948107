import { errorMessage } from "../core/errors.js";
import { readStageMarker } from "./fingerprint.js";
import type { Task } from "./plan.js";
import type { RunReporter } from "./reporter.js";
import { stageContext, stageFingerprint, taskRef, type TaskEnvironment } from "./run-task.js";
import type { TaskReport } from "./materialize.js";

/** Decide, without running or writing anything, which tasks would run and why. */
export async function dryRunTasks(
  tasks: readonly Task[],
  env: TaskEnvironment,
  reporter: RunReporter,
): Promise<TaskReport[]> {
  const wouldRun = new Set<string>();
  const reports: TaskReport[] = [];
  for (const task of tasks) {
    const reason = await whyRun(task, env, wouldRun);
    if (reason !== undefined) wouldRun.add(task.id);
    const ref = taskRef(task);
    reports.push({
      ...ref,
      outcome: reason === undefined ? "up-to-date" : "would-run",
      reason: reason ?? "inputs unchanged since its last success",
    });
    reporter.report({
      type: "task-dry-run",
      task: ref,
      wouldRun: reason !== undefined,
      reason: reason ?? "up to date",
    });
  }
  return reports;
}

async function whyRun(
  task: Task,
  env: TaskEnvironment,
  wouldRun: ReadonlySet<string>,
): Promise<string | undefined> {
  if (task.kind === "ingest")
    return task.reason === "needed" ? "a product reads a version not in the store" : "selected";
  const upstream = task.after.find((id) => wouldRun.has(id));
  if (upstream !== undefined) return `${upstream.split("@")[0] ?? upstream} would run first`;
  if (env.force) return "--force";
  const stageDir = env.layout.stageDir(task.product.id, task.partition.key, task.asset.stage);
  const marker = await readStageMarker(stageDir);
  if (!marker) return "no output in the store yet";
  const stage = env.deps.stages[task.asset.stage];
  const ctx = stageContext(task, { ...env, log: () => undefined });
  try {
    const fingerprint = await stageFingerprint(task, stage, ctx, env);
    return fingerprint === marker.fingerprint ? undefined : "inputs changed since its last success";
  } catch (error) {
    return `its inputs cannot be read yet (${errorMessage(error)})`;
  }
}
