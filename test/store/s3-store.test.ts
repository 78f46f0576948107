import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { materialize, type MaterializeOptions } from "../../src/engine/materialize.js";
import { RecordingReporter } from "../../src/engine/reporter.js";
import { assetStatus } from "../../src/engine/status.js";
import { openStore } from "../../src/store/store.js";
import {
  fakeStages,
  fakeState,
  makeProject,
  type FakeStageState,
  type TestProject,
} from "../engine/helpers.js";
import {
  startFaultProxy,
  startS3Server,
  type FaultProxy,
  type S3Server,
} from "../support/s3-server.js";

let server: S3Server;
let proxy: FaultProxy;
let cacheDir: string;
beforeAll(async () => {
  server = await startS3Server(["lifecycle-store"]);
  proxy = await startFaultProxy(server.url);
  cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-blobs-"));
});
afterAll(async () => {
  await proxy.close();
  await server.stop();
});

function env(extra: Record<string, string> = {}) {
  return {
    ...server.env,
    AWS_ENDPOINT_URL_S3: proxy.url,
    LIFECYCLE_STORE_CACHE: cacheDir,
    ...extra,
  };
}

function run(
  project: TestProject,
  state: FakeStageState,
  store: string,
  extra: Partial<MaterializeOptions> = {},
) {
  return materialize({
    root: project.root,
    store,
    env: env(),
    reporter: new RecordingReporter(),
    signal: new AbortController().signal,
    concurrency: 2,
    ...extra,
    deps: { stages: fakeStages(state), ...extra.deps },
  });
}

async function packageText(url: string, root: string, product: string): Promise<string> {
  const store = await openStore(url, { root, env: env() });
  try {
    return await fs.readFile(
      path.join(store.layout.stageDir(product, "main", "package"), "out.txt"),
      "utf8",
    );
  } finally {
    await store.close();
  }
}

describe("an s3:// store on moto", () => {
  it("materializes into the bucket; a rerun skips everything and downloads nothing; status shows both runs", async () => {
    const url = "s3://lifecycle-store/rerun";
    const project = await makeProject([{ id: "a" }, { id: "b" }]);
    const state = fakeState();
    const first = await run(project, state, url);
    expect(first.summary).toMatchObject({ success: 8 });
    expect(await packageText(url, project.root, "a")).toBe("package:v1|build:v1|load:v1|plan:v1|");
    const before = proxy.requests.length;
    const second = await run(project, fakeState(), url);
    expect(second.summary).toMatchObject({ success: 0, skipped: 8 });
    const requests = proxy.requests.slice(before);
    expect(requests.filter((r) => r.startsWith("GET") && r.includes("/objects/"))).toEqual([]);
    expect(requests.filter((r) => r.startsWith("PUT") && !r.includes("/events/"))).toEqual([]);
    const rows = await assetStatus({
      root: project.root,
      store: url,
      env: env(),
      deps: { stages: fakeStages(fakeState()) },
    });
    expect(rows.filter((r) => r.asset.startsWith("a."))).toHaveLength(4);
    expect(rows.every((r) => r.status === "success" && !r.stale)).toBe(true);
    const store = await openStore(url, { root: project.root, env: env() });
    const runs = new Set((await store.events.readAll()).map((e) => e.runId));
    await store.close();
    expect(runs).toEqual(new Set([first.runId, second.runId]));
  });

  it("a commit keeps its pointer and manifest in the read cache: the first rerun reads neither back", async () => {
    const url = "s3://lifecycle-store/first-rerun";
    const project = await makeProject([{ id: "a" }, { id: "b" }, { id: "c" }]);
    const ownCache = { env: env({ LIFECYCLE_STORE_CACHE: await fs.mkdtemp(cacheDir + "-own-") }) };
    const first = await run(project, fakeState(), url, ownCache);
    expect(first.summary).toMatchObject({ success: 12 });
    const before = proxy.requests.length;
    const second = await run(project, fakeState(), url, ownCache);
    expect(second.summary).toMatchObject({ success: 0, skipped: 12 });
    const gets = proxy.requests.slice(before).filter((r) => r.startsWith("GET"));
    expect(gets.filter((r) => /\/refs\/|\/manifests\/|\/objects\//.test(r))).toEqual([]);
    // Still one request per kind of thing, not one per unit: the LISTs, the index, the new batch.
    expect(proxy.requests.length - before).toBeLessThanOrEqual(8);
  });

  it("a failed build leaves the previous package current and readable; the next run recovers", async () => {
    const url = "s3://lifecycle-store/failure";
    const project = await makeProject([{ id: "a" }]);
    await run(project, fakeState(), url);
    const state = fakeState();
    state.inputs.set("a.build", "v2");
    state.failing.add("a.package");
    const failed = await run(project, state, url);
    expect(failed.ok).toBe(false);
    expect(await packageText(url, project.root, "a")).toBe("package:v1|build:v1|load:v1|plan:v1|");
    const fixed = fakeState();
    fixed.inputs.set("a.build", "v2");
    const recovered = await run(project, fixed, url);
    expect(recovered.ok).toBe(true);
    expect(await packageText(url, project.root, "a")).toBe("package:v1|build:v2|load:v1|plan:v1|");
  });

  it("two concurrent materializations of one partition: one wins, the other fails clearly, files never mix", async () => {
    const url = "s3://lifecycle-store/race";
    const project = await makeProject([{ id: "a" }]);
    const one = fakeState();
    const two = fakeState();
    one.delayMs = 150;
    two.delayMs = 150;
    one.outputs.set("a.package", "ONE");
    two.outputs.set("a.package", "TWO");
    const [r1, r2] = await Promise.all([run(project, one, url), run(project, two, url)]);
    expect([r1.ok, r2.ok].sort()).toEqual([false, true]);
    const loser = r1.ok ? r2 : r1;
    const error = loser.tasks.find((t) => t.outcome === "failed")?.error ?? "";
    expect(error).toMatch(/made its output current .* while run .* was building it/);
    const text = await packageText(url, project.root, "a");
    expect([
      "package:ONE|build:v1|load:v1|plan:v1|",
      "package:TWO|build:v1|load:v1|plan:v1|",
    ]).toContain(text);
  });
});
