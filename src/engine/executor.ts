import type { TaskOutcome } from "./reporter.js";

export interface Schedulable {
  id: string;
  after: readonly string[];
}

export interface ExecuteOptions<T extends Schedulable> {
  concurrency: number;
  signal: AbortSignal;
  run(task: T): Promise<Exclude<TaskOutcome, "blocked">>;
  /** A task not run because `blockedBy` did not succeed (failure policy: stop what depends on it, run the rest). */
  onBlocked(task: T, blockedBy: string): void;
  /** A task not started because the run was cancelled. */
  onNotStarted(task: T): void;
}

/**
 * Run tasks in dependency order, at most `concurrency` at once. Ready tasks start in the order
 * given, so a product's later stages go before other products' first ones. Resolves with each
 * task's outcome once nothing is running.
 */
export function executeTasks<T extends Schedulable>(
  tasks: readonly T[],
  options: ExecuteOptions<T>,
): Promise<Map<string, TaskOutcome>> {
  const index = new Map(tasks.map((t, i) => [t.id, i]));
  const waiting = new Map(tasks.map((t) => [t.id, t.after.filter((id) => index.has(id)).length]));
  const dependents = new Map<string, T[]>(tasks.map((t) => [t.id, []]));
  for (const task of tasks) for (const id of task.after) dependents.get(id)?.push(task);
  const outcomes = new Map<string, TaskOutcome>();
  const ready: T[] = tasks.filter((t) => waiting.get(t.id) === 0);
  let running = 0;

  return new Promise((resolve) => {
    const settle = (task: T, outcome: TaskOutcome, cause = task.id): void => {
      outcomes.set(task.id, outcome);
      for (const next of dependents.get(task.id) ?? []) {
        if (outcomes.has(next.id)) continue;
        if (outcome === "success" || outcome === "skipped") {
          const left = (waiting.get(next.id) ?? 1) - 1;
          waiting.set(next.id, left);
          if (left === 0) insertByIndex(ready, next, index);
        } else if (outcome === "cancelled" && cause === task.id && options.signal.aborted) {
          continue;
        } else {
          options.onBlocked(next, cause);
          settle(next, "blocked", cause);
        }
      }
    };
    const pump = (): void => {
      while (running < options.concurrency && ready.length > 0 && !options.signal.aborted) {
        const task = ready.shift();
        if (task === undefined) break;
        running++;
        void options.run(task).then(
          (outcome) => finish(task, outcome),
          () => finish(task, "failed"),
        );
      }
      if (running === 0 && (ready.length === 0 || options.signal.aborted)) {
        for (const task of tasks) {
          if (outcomes.has(task.id)) continue;
          options.onNotStarted(task);
          outcomes.set(task.id, "cancelled");
        }
        resolve(outcomes);
      }
    };
    const finish = (task: T, outcome: Exclude<TaskOutcome, "blocked">): void => {
      running--;
      settle(task, outcome);
      pump();
    };
    pump();
  });
}

function insertByIndex<T extends Schedulable>(
  ready: T[],
  task: T,
  index: Map<string, number>,
): void {
  const position = index.get(task.id) ?? 0;
  let i = ready.length;
  while (i > 0 && (index.get(ready[i - 1]?.id ?? "") ?? 0) > position) i--;
  ready.splice(i, 0, task);
}
