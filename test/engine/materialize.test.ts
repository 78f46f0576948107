import fs from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/core/errors.js";
import { materialize, type MaterializeOptions } from "../../src/engine/materialize.js";
import { RecordingReporter } from "../../src/engine/reporter.js";
import { readEvents } from "../../src/store/events.js";
import { StoreLayout } from "../../src/store/layout.js";
import { readStageMarker } from "../../src/engine/fingerprint.js";
import {
  fakeStages,
  fakeState,
  makeProject,
  type FakeStageState,
  type TestProject,
} from "./helpers.js";

function run(project: TestProject, state: FakeStageState, extra: Partial<MaterializeOptions> = {}) {
  const reporter = new RecordingReporter();
  const promise = materialize({
    root: project.root,
    store: project.store,
    reporter,
    signal: new AbortController().signal,
    concurrency: 2,
    ...extra,
    deps: { stages: fakeStages(state), ...extra.deps },
  });
  return { reporter, promise };
}

const outcomes = (result: Awaited<ReturnType<typeof materialize>>) =>
  Object.fromEntries(result.tasks.map((t) => [`${t.asset}@${t.partition}`, t.outcome]));

describe("materialize", () => {
  it("runs every product's four stages in order, then skips them all when nothing changed", async () => {
    const project = await makeProject([{ id: "a" }, { id: "b" }]);
    const state = fakeState();
    const first = await run(project, state).promise;
    expect(first.ok).toBe(true);
    expect(first.summary.success).toBe(8);
    const aCalls = state.calls.filter((c) => c.startsWith("a."));
    expect(aCalls).toEqual(["a.plan@main", "a.load@main", "a.build@main", "a.package@main"]);
    const layout = new StoreLayout(project.store);
    const out = await fs.readFile(
      path.join(layout.stageDir("a", "main", "package"), "out.txt"),
      "utf8",
    );
    expect(out).toBe("package:v1|build:v1|load:v1|plan:v1|");
    const second = await run(project, state).promise;
    expect(second.summary).toMatchObject({ success: 0, skipped: 8 });
    expect(state.calls).toHaveLength(8);
    const events = await readEvents(layout);
    // An unchanged run adds no record per skipped task: one run record counts them.
    expect(events.map((e) => e.status)).toEqual([...Array(8).fill("success"), "skipped"]);
    expect(events.at(-1)).toMatchObject({
      asset: "@run",
      runId: second.runId,
      metadata: { skipped: 8 },
    });
    expect(events[0]).toMatchObject({
      asset: expect.stringMatching(/\.plan$/),
      partition: "main",
      runId: first.runId,
    });
    expect(events[0]?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it("reruns a stage whose inputs changed and what depends on it, not what comes before", async () => {
    const project = await makeProject([{ id: "a" }]);
    const state = fakeState();
    await run(project, state).promise;
    state.inputs.set("a.load", "v2");
    state.calls.length = 0;
    const result = await run(project, state).promise;
    expect(outcomes(result)).toEqual({
      "a.plan@main": "skipped",
      "a.load@main": "success",
      "a.build@main": "success",
      "a.package@main": "success",
    });
  });

  it("a stage that reruns with an equal output lets the stages after it skip", async () => {
    const project = await makeProject([{ id: "a" }]);
    const state = fakeState();
    await run(project, state).promise;
    state.inputs.set("a.plan", "v2");
    state.outputs.set("a.plan", "v1");
    const result = await run(project, state).promise;
    expect(result.tasks.map((t) => t.outcome)).toEqual([
      "success",
      "skipped",
      "skipped",
      "skipped",
    ]);
  });

  it("--force runs everything again", async () => {
    const project = await makeProject([{ id: "a" }]);
    const state = fakeState();
    await run(project, state).promise;
    const result = await run(project, state, { force: true }).promise;
    expect(result.summary.success).toBe(4);
    expect(state.calls).toHaveLength(8);
  });

  it("skips using the marker inside the output even without an event log (outputs from another machine)", async () => {
    const project = await makeProject([{ id: "a" }]);
    const state = fakeState();
    await run(project, state).promise;
    const layout = new StoreLayout(project.store);
    await fs.rm(layout.eventsFile);
    const copy = path.join(project.root, "elsewhere");
    await fs.cp(project.store, copy, { recursive: true });
    const result = await run({ root: project.root, store: copy }, state).promise;
    expect(result.summary.skipped).toBe(4);
    expect((await readStageMarker(layout.stageDir("a", "main", "build")))?.asset).toBe("a.build");
  });

  it("a failure stops what depends on it, keeps the last good output, and lets other products finish", async () => {
    const project = await makeProject([{ id: "a" }, { id: "b" }]);
    const state = fakeState();
    await run(project, state).promise;
    const layout = new StoreLayout(project.store);
    const buildDir = layout.stageDir("a", "main", "build");
    const before = await fs.readFile(path.join(buildDir, "out.txt"), "utf8");
    state.inputs.set("a.build", "v2");
    state.inputs.set("b.build", "v2");
    state.failing.add("a.build");
    const { promise, reporter } = run(project, state);
    const result = await promise;
    expect(result.ok).toBe(false);
    expect(outcomes(result)).toMatchObject({
      "a.build@main": "failed",
      "a.package@main": "blocked",
      "b.build@main": "success",
      "b.package@main": "success",
    });
    expect(await fs.readFile(path.join(buildDir, "out.txt"), "utf8")).toBe(before);
    const failed = (await readEvents(layout)).filter((e) => e.status === "failed");
    expect(failed).toEqual([
      expect.objectContaining({ asset: "a.build", error: "a.build broke on purpose" }),
    ]);
    expect(
      reporter.events.some((e) => e.type === "task-blocked" && e.blockedBy === "a.build (main)"),
    ).toBe(true);
    expect(await fs.readdir(layout.tmpDir)).toEqual([]);
  });

  it("runs independent products at once, never more than the concurrency", async () => {
    const project = await makeProject([{ id: "a" }, { id: "b" }, { id: "c" }, { id: "d" }]);
    const state = fakeState();
    state.delayMs = 20;
    await run(project, state, { concurrency: 3 }).promise;
    expect(state.maxRunning).toBe(3);
    const serial = fakeState();
    serial.delayMs = 5;
    await run(project, serial, { concurrency: 1, force: true }).promise;
    expect(serial.maxRunning).toBe(1);
    expect(serial.calls.slice(0, 4)).toEqual([
      "a.plan@main",
      "a.load@main",
      "a.build@main",
      "a.package@main",
    ]);
  });

  it("dry run reports what would run and changes nothing", async () => {
    const project = await makeProject([{ id: "a" }]);
    const state = fakeState();
    const dry = await run(project, state, { dryRun: true }).promise;
    expect(dry.tasks.map((t) => t.outcome)).toEqual([
      "would-run",
      "would-run",
      "would-run",
      "would-run",
    ]);
    expect(state.calls).toEqual([]);
    await expect(fs.access(project.store)).rejects.toThrow();
    await run(project, state).promise;
    state.inputs.set("a.build", "v2");
    const again = await run(project, state, { dryRun: true }).promise;
    expect(again.tasks.map((t) => [t.asset, t.outcome, t.reason])).toEqual([
      ["a.plan", "up-to-date", expect.any(String)],
      ["a.load", "up-to-date", expect.any(String)],
      ["a.build", "would-run", "inputs changed since its last success"],
      ["a.package", "would-run", "a.build would run first"],
    ]);
    expect(state.calls).toHaveLength(4);
  });

  it("selects assets and partitions; a new dynamic key is added to the product", async () => {
    const project = await makeProject([{ id: "a" }, { id: "b" }]);
    const state = fakeState();
    const result = await run(project, state, { select: "+a.load", partition: "2025.1-first_try" })
      .promise;
    expect(result.tasks.map((t) => `${t.asset}@${t.partition}`)).toEqual([
      "a.plan@2025.1-first_try",
      "a.load@2025.1-first_try",
    ]);
    const registry = JSON.parse(
      await fs.readFile(new StoreLayout(project.store).partitionsFile("a"), "utf8"),
    ) as unknown;
    expect(JSON.stringify(registry)).toContain("2025.1-first_try");
  });

  it("--stage runs only that stage and needs the stage before it in the store", async () => {
    const project = await makeProject([{ id: "a" }]);
    const state = fakeState();
    await expect(run(project, state, { stages: ["build"] }).promise).rejects.toThrow(
      /a\.load for partition main/,
    );
    await run(project, state, { stages: ["plan"] }).promise;
    await run(project, state, { stages: ["load"] }).promise;
    const result = await run(project, state, { stages: ["build"] }).promise;
    expect(result.tasks.map((t) => `${t.asset}:${t.outcome}`)).toEqual(["a.build:success"]);
  });

  it("runs each partition of a product with several, and stops everything on cancellation", async () => {
    const project = await makeProject([{ id: "a", partitions: "{ static: [x, y] }" }, { id: "b" }]);
    const state = fakeState();
    const result = await run(project, state, { select: "a" }).promise;
    expect(result.tasks.map((t) => `${t.asset}@${t.partition}`)).toEqual([
      ...["plan", "load", "build", "package"].map((s) => `a.${s}@x`),
      ...["plan", "load", "build", "package"].map((s) => `a.${s}@y`),
    ]);
    await expect(fs.access(new StoreLayout(project.store).partitionsFile("a"))).rejects.toThrow();

    const controller = new AbortController();
    const slow = fakeState();
    slow.delayMs = 50;
    const reporter = new RecordingReporter();
    const outcome = await materialize({
      root: project.root,
      store: project.store,
      signal: controller.signal,
      force: true,
      concurrency: 1,
      deps: { stages: fakeStages(slow) },
      reporter: {
        report(event) {
          reporter.report(event);
          if (event.type === "task-started") controller.abort(new Error("received SIGINT"));
        },
      },
    });
    expect(outcome.ok).toBe(false);
    expect(slow.calls).toHaveLength(1);
    expect(outcome.summary.cancelled).toBe(outcome.tasks.length);
    expect(reporter.events.filter((e) => e.type === "task-started")).toHaveLength(1);
    const events = await readEvents(new StoreLayout(project.store));
    expect(events.at(-1)).toMatchObject({
      status: "cancelled",
      error: "cancelled: received SIGINT",
    });
  });

  it("checks selection, partition and concurrency before anything runs", async () => {
    const project = await makeProject([{ id: "a" }]);
    const state = fakeState();
    await expect(run(project, state, { select: "b" }).promise).rejects.toThrow(UsageError);
    await expect(run(project, state, { partition: "../x" }).promise).rejects.toThrow(UsageError);
    await expect(run(project, state, { concurrency: 0 }).promise).rejects.toThrow(/concurrency/);
    expect(state.calls).toEqual([]);
  });

  it("ingests missing input datasets first, only when the store lacks them", async () => {
    const project = await makeProject(
      [{ id: "a", inputs: [{ name: "t1" }, { name: "t2", version: "v9" }] }],
      ["t1", "t2", "t3"],
    );
    const state = fakeState();
    const ingested: string[] = [];
    const ingest = async (request: {
      templateId: string;
      version?: string;
      layout: StoreLayout;
    }) => {
      ingested.push(`${request.templateId}@${request.version ?? "auto"}`);
      const version = request.version ?? "20250101";
      const dir = request.layout.datasetVersionDir(request.templateId, version);
      await fs.mkdir(dir, { recursive: true });
      await fs.writeFile(path.join(dir, "config.json"), "{}");
      return { version, metadata: { rows: 2 } };
    };
    const first = await run(project, state, { deps: { ingest } }).promise;
    expect(ingested).toEqual(["t1@auto", "t2@v9"]);
    expect(first.tasks.slice(0, 2).map((t) => `${t.asset}@${t.partition}:${t.outcome}`)).toEqual([
      "ingest.t1@20250101:success",
      "ingest.t2@v9:success",
    ]);
    await run(project, state, { deps: { ingest } }).promise;
    expect(ingested).toHaveLength(2);
    await run(project, state, { deps: { ingest }, select: "ingest.t3", partition: "2024" }).promise;
    expect(ingested).toEqual(["t1@auto", "t2@v9", "t3@2024"]);

    const other = await makeProject([{ id: "b", inputs: [{ name: "t1" }] }], ["t1"]);
    const broken = () => Promise.reject(new Error("source unreachable"));
    const failed = await run(other, state, { deps: { ingest: broken } }).promise;
    expect(failed.tasks.map((t) => `${t.asset}:${t.outcome}`)).toEqual([
      "ingest.t1:failed",
      "b.plan:blocked",
      "b.load:blocked",
      "b.build:blocked",
      "b.package:blocked",
    ]);
    expect(failed.tasks[0]?.error).toBe("source unreachable");
  });
});
