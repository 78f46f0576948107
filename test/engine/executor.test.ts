import { describe, expect, it } from "vitest";
import { executeTasks, type Schedulable } from "../../src/engine/executor.js";

interface Task extends Schedulable {
  fails?: boolean;
}

async function runOrder(tasks: Task[], concurrency: number) {
  const started: string[] = [];
  const blocked: string[] = [];
  const outcomes = await executeTasks(tasks, {
    concurrency,
    signal: new AbortController().signal,
    run: async (task) => {
      started.push(task.id);
      await new Promise((resolve) => setImmediate(resolve));
      return task.fails ? "failed" : "success";
    },
    onBlocked: (task, by) => blocked.push(`${task.id}<${by}`),
    onNotStarted: () => undefined,
  });
  return { started, blocked, outcomes };
}

/** `products` chains of plan → load → build → package, listed product by product. */
function chains(products: number): Task[] {
  const stages = ["plan", "load", "build", "package"];
  return Array.from({ length: products }, (_, p) =>
    stages.map((stage, s) => ({
      id: `p${p}.${stage}`,
      after: s === 0 ? [] : [`p${p}.${stages[s - 1] ?? ""}`],
    })),
  ).flat();
}

describe("executeTasks", () => {
  it("starts ready tasks in the order given: a product's later stages before other products' first", async () => {
    const { started } = await runOrder(chains(3), 1);
    expect(started).toEqual(chains(3).map((t) => t.id));
  });

  it("at concurrency 2, a finished stage's successor goes before products not yet started", async () => {
    const { started } = await runOrder(chains(4), 2);
    expect(started.slice(0, 4)).toEqual(["p0.plan", "p1.plan", "p0.load", "p1.load"]);
    expect(started).toHaveLength(16);
    for (const [p, stage] of [...Array(4).keys()].flatMap((p) => [[p, "package"]] as const))
      expect(started.indexOf(`p${p}.${stage}`)).toBeGreaterThan(started.indexOf(`p${p}.build`));
  });

  it("blocks what depends on a failure and runs the rest", async () => {
    const tasks = chains(2);
    const load = tasks.find((t) => t.id === "p0.load");
    if (load) load.fails = true;
    const { started, blocked, outcomes } = await runOrder(tasks, 2);
    expect(blocked).toEqual(["p0.build<p0.load", "p0.package<p0.load"]);
    expect(started).not.toContain("p0.build");
    expect(outcomes.get("p1.package")).toBe("success");
    expect(outcomes.get("p0.package")).toBe("blocked");
  });

  it("schedules 20,000 tasks whose dependencies finish in reverse order, still in list order", async () => {
    const count = 20_000;
    const root: Task = { id: "root", after: [] };
    const tasks: Task[] = [
      root,
      ...Array.from({ length: count }, (_, i) => ({ id: `t${i}`, after: ["root"] })),
    ];
    const { started } = await runOrder(tasks, 1);
    expect(started).toEqual(tasks.map((t) => t.id));
  });
});
