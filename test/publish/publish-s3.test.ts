import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UsageError } from "../../src/core/errors.js";
import { latestUnit, publishedUnit } from "../../src/publish/publish.js";
import { runPublish, unitsRead, type PublishRequest } from "../../src/publish/session.js";
import { resolveS3Connection } from "../../src/store/s3-client.js";
import { S3Objects } from "../../src/store/s3-objects.js";
import { openStore } from "../../src/store/store.js";
import { BUILT_CLI, runCli } from "../cli-run.js";
import { makeProject, write, type TestProject } from "../engine/helpers.js";
import {
  startFaultProxy,
  startS3Server,
  type FaultProxy,
  type S3Server,
} from "../support/s3-server.js";

/*
 * `lifecycle publish --store s3://` against moto (the kill test runs the built CLI: `npm run
 * build` first). Drafts and published versions are store units: a version is uploaded under a
 * prefix of its own and made current by one conditional pointer write; `latest` by one more.
 */
const BUCKET = "publish-store";
let server: S3Server;
let proxy: FaultProxy;
let cacheDir: string;
beforeAll(async () => {
  server = await startS3Server([BUCKET]);
  proxy = await startFaultProxy(server.url);
  cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-blobs-"));
});
afterAll(async () => {
  await proxy.close();
  await server.stop();
});

const env = () => ({ ...process.env, ...server.env, LIFECYCLE_STORE_CACHE: cacheDir });
const cli = (project: TestProject, ...argv: string[]) =>
  runCli(argv, { cwd: project.root, env: env() });

/** Product `p` at version 24v2 reading dataset `towers` (version found: find_latest). */
async function project(build = 'echo "v1" > "$LIFECYCLE_OUTPUT_DIR/out.txt"') {
  const made = await makeProject([{ id: "p", inputs: [{ name: "towers" }] }], ["towers"]);
  const products = `products:\n  - id: p\n    version: "24v2"\n    build_command: ${JSON.stringify(build)}\n`;
  await write(made.root, "products/products.yml", products);
  return made;
}

async function built(url: string, build?: string): Promise<TestProject> {
  const made = await project(build);
  expect((await cli(made, "ingest", "towers", "--version", "1", "--store", url)).code).toBe(0);
  const run = await cli(made, "materialize", "--store", url);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return made;
}

async function listed(made: TestProject, url: string) {
  const out = await cli(made, "publish", "list", "p", "--format", "json", "--store", url);
  expect(out.stderr).toBe("");
  return JSON.parse(out.stdout) as { published: string[]; latest: string | null; drafts: object };
}

const objects = () => new S3Objects(BUCKET, resolveS3Connection(env(), {}, "test"));

/** Keys under a prefix of the bucket. */
async function keys(prefix: string): Promise<string[]> {
  const out: string[] = [];
  for await (const object of objects().list(prefix)) out.push(object.key);
  return out;
}

/** A pointer object (`<prefix>/refs/<unit>.json`) as JSON. */
async function pointer(prefix: string, unit: string): Promise<{ manifest: string; runId: string }> {
  const got = await objects().get(`${prefix}/refs/${unit}.json`);
  if (!got) throw new Error(`no pointer ${prefix}/refs/${unit}.json`);
  return JSON.parse(got.body.toString("utf8")) as { manifest: string; runId: string };
}

describe("publish draft | release | latest with --store s3:// (moto)", () => {
  it("draft -> release -> latest; latest is one pointer to the version's files, nothing copied", async () => {
    const url = `s3://${BUCKET}/flow`;
    const made = await built(url);
    const draft = await cli(made, "publish", "draft", "p", "--partition", "main", "--store", url);
    expect(draft.stderr).toBe("");
    expect(draft.stdout).toBe("p: main is draft 24v2/1\n");
    const release = await cli(made, "publish", "release", "p", "--version", "24v2", "--store", url);
    expect(release.stdout).toBe("p: published 24v2 from draft 24v2/1, now latest\n");
    expect(await listed(made, url)).toEqual({
      product: "p",
      published: ["24v2"],
      latest: "24v2",
      drafts: { "24v2": ["1"] },
    });
    const latest = await pointer("flow", latestUnit("p"));
    expect(latest.manifest).toMatch(/^published\/p\/24v2\/manifests\//);
    expect(await keys("flow/published/p/latest/")).toEqual([]);
    // Read back through the store, as a fresh machine would.
    const store = await openStore(url, { root: made.root, env: env() });
    try {
      const record = await fs.readFile(
        path.join(store.layout.root, latestUnit("p"), "release.json"),
        "utf8",
      );
      expect(JSON.parse(record)).toMatchObject({ version: "24v2", partition: "main" });
      expect(await store.listUnits("published/p/")).toEqual(["published/p/24v2", latestUnit("p")]);
      const events = (await store.events.readAll()).filter((e) =>
        /^p\.(draft|release)$/.test(e.asset),
      );
      expect(events.map((e) => `${e.asset}@${e.partition}`)).toEqual([
        "p.draft@24v2",
        "p.release@24v2",
      ]);
    } finally {
      await store.close();
    }
  }, 120_000);

  it("a version published already is refused, even to two publishers at once", async () => {
    const url = `s3://${BUCKET}/twice`;
    const made = await built(url);
    for (let i = 0; i < 2; i++)
      expect(
        (await cli(made, "publish", "draft", "p", "--partition", "main", "--store", url)).code,
      ).toBe(0);
    const first = await cli(made, "publish", "release", "p", "--version", "24v2", "--store", url);
    expect(first.code).toBe(0);
    const again = await cli(made, "publish", "release", "p", "--version", "24v2", "--store", url);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("version 24v2 is published already and is never overwritten");

    // Two publishers of the patch version, both opened before either wrote: one wins.
    const request: PublishRequest = {
      kind: "release",
      product: "p",
      version: "24v2",
      patch: true,
      latest: true,
    };
    const open = () => openStore(url, { root: made.root, env: env(), only: unitsRead(request) });
    const [a, b] = await Promise.all([open(), open()]);
    try {
      const results = await Promise.allSettled([
        runPublish(a, "run-a", request),
        runPublish(b, "run-b", { ...request, fromDraft: "1" }),
      ]);
      const won = results.filter((r) => r.status === "fulfilled");
      const lost = results.filter((r) => r.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      const reason = (lost[0] as PromiseRejectedResult).reason as Error;
      expect(reason).toBeInstanceOf(UsageError);
      expect(reason.message).toMatch(
        /published\/p\/24v2\.0\.1 was written by another publisher while this one was uploading; it is never overwritten/,
      );
    } finally {
      await a.close();
      await b.close();
    }
    const after = await listed(made, url);
    expect(after.published).toEqual(["24v2", "24v2.0.1"]);
    expect(after.latest).toBe("24v2.0.1");
    const winner = await pointer("twice", publishedUnit("p", "24v2.0.1"));
    const latest = await pointer("twice", latestUnit("p"));
    expect(latest.manifest).toBe(`published/p/24v2.0.1/manifests/${winner.runId}.json`);
  }, 120_000);

  it("a publish SIGKILLed mid-upload leaves latest where it was; the next one publishes", async () => {
    const url = `s3://${BUCKET}/killed`;
    const files =
      'for i in $(seq 1 6); do head -c 200000 /dev/urandom > "$LIFECYCLE_OUTPUT_DIR/f$i.bin"; done';
    const made = await built(url, files);
    const publish = (...argv: string[]) => cli(made, "publish", ...argv, "--store", url);
    expect((await publish("draft", "p", "--partition", "main")).code).toBe(0);
    expect((await publish("release", "p", "--version", "24v2")).code).toBe(0);
    expect((await publish("draft", "p", "--partition", "main")).code).toBe(0);

    const uploading = (r: string) =>
      r.startsWith(`PUT /${BUCKET}/killed/published/p/24v2.0.1/objects/`);
    proxy.match = ({ method, path: p }) => uploading(`${method} ${p}`);
    proxy.faults = [{ kind: "stall" }];
    const seen = proxy.requests.length;
    const child = spawn(
      process.execPath,
      [BUILT_CLI, "publish", "release", "p", "--version", "24v2", "--patch", "--store", url],
      { cwd: made.root, env: { ...env(), AWS_ENDPOINT_URL_S3: proxy.url }, stdio: "ignore" },
    );
    const exited = new Promise((resolve) => child.once("close", resolve));
    const deadline = Date.now() + 60_000;
    while (!proxy.requests.slice(seen).some(uploading)) {
      if (child.exitCode !== null) throw new Error(`publish exited (${child.exitCode}) first`);
      if (Date.now() > deadline) throw new Error("the upload never started");
      await sleep(20);
    }
    child.kill("SIGKILL");
    await exited;
    proxy.match = () => true;
    proxy.faults = [];

    const after = await listed(made, url);
    expect(after.published).toEqual(["24v2"]);
    expect(after.latest).toBe("24v2");
    // The killed upload (whatever of it reached the bucket) is unreferenced: no pointer names it.
    expect(await keys("killed/refs/published/p/24v2.0.1")).toEqual([]);

    const next = await publish("release", "p", "--version", "24v2", "--patch");
    expect(next.stderr).toBe("");
    expect(next.stdout).toBe("p: published 24v2.0.1 from draft 24v2/2, now latest\n");
    expect((await listed(made, url)).latest).toBe("24v2.0.1");
  }, 180_000);

  it("copy_latest_release reads the published latest release from the store", async () => {
    const url = `s3://${BUCKET}/copy`;
    const made = await built(url);
    expect(
      (await cli(made, "publish", "draft", "p", "--partition", "main", "--store", url)).code,
    ).toBe(0);
    expect(
      (await cli(made, "publish", "release", "p", "--version", "24v2", "--store", url)).code,
    ).toBe(0);
    // A newer version of the dataset: find_latest would take it, copy_latest_release must not.
    expect((await cli(made, "ingest", "towers", "--version", "2", "--store", url)).code).toBe(0);
    const recipe = path.join(made.root, "products/p/recipe.yml");
    const text = await fs.readFile(recipe, "utf8");
    await fs.writeFile(recipe, text.replace("find_latest", "copy_latest_release"));
    // main is a starter partition: without the published release, no release would be found.
    const run = await cli(made, "materialize", "--store", url, "--partition", "nightly_qa");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const store = await openStore(url, { root: made.root, env: env() });
    try {
      const lock = await fs.readFile(
        path.join(store.layout.stageDir("p", "nightly_qa", "plan"), "recipe.lock.yml"),
        "utf8",
      );
      expect(lock).toMatch(/dataset: towers\n\s+version: "?1"?/);
      expect(lock).toMatch(/copied_from: main/);
    } finally {
      await store.close();
    }
  }, 180_000);
});
