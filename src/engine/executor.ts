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
  const ready = new IndexHeap<T>();
  tasks.forEach((t, i) => {
    if (waiting.get(t.id) === 0) ready.push(t, i);
  });
  let running = 0;

  return new Promise((resolve) => {
    const settle = (task: T, outcome: TaskOutcome, cause = task.id): void => {
      outcomes.set(task.id, outcome);
      for (const next of dependents.get(task.id) ?? []) {
        if (outcomes.has(next.id)) continue;
        if (outcome === "success" || outcome === "skipped") {
          const left = (waiting.get(next.id) ?? 1) - 1;
          waiting.set(next.id, left);
          if (left === 0) ready.push(next, index.get(next.id) ?? 0);
        } else if (outcome === "cancelled" && cause === task.id && options.signal.aborted) {
          continue;
        } else {
          options.onBlocked(next, cause);
          settle(next, "blocked", cause);
        }
      }
    };
    const pump = (): void => {
      while (running < options.concurrency && ready.size > 0 && !options.signal.aborted) {
        const task = ready.pop();
        if (task === undefined) break;
        running++;
        void options.run(task).then(
          (outcome) => finish(task, outcome),
          () => finish(task, "failed"),
        );
      }
      if (running === 0 && (ready.size === 0 || options.signal.aborted)) {
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

/** Ready tasks, smallest position in the task list first: O(log n) per push and pop. */
class IndexHeap<T> {
  private readonly items: { task: T; position: number }[] = [];

  get size(): number {
    return this.items.length;
  }

  push(task: T, position: number): void {
    const items = this.items;
    items.push({ task, position });
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((items[parent]?.position ?? 0) <= position) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top?.task;
    items[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < items.length && this.at(left) < this.at(smallest)) smallest = left;
      if (right < items.length && this.at(right) < this.at(smallest)) smallest = right;
      if (smallest === i) return top.task;
      this.swap(i, smallest);
      i = smallest;
    }
  }

  private at(i: number): number {
    return this.items[i]?.position ?? 0;
  }

  private swap(a: number, b: number): void {
    const items = this.items;
    const itemA = items[a];
    const itemB = items[b];
    if (itemA === undefined || itemB === undefined) return;
    items[a] = itemB;
    items[b] = itemA;
  }
}
