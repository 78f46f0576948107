import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/store.js";
import { BUILT_CLI } from "../cli-run.js";
import { copyDemoRepo, startDemoServer, type DemoServer } from "../support/demo-repo.js";
import {
  startFaultProxy,
  startS3Server,
  type FaultProxy,
  type S3Server,
} from "../support/s3-server.js";

/*
 * The whole demo (scripts/demo-server.mjs standing in for the open-data portal) materialised into
 * s3:// on moto by the built CLI (`npm run build` first); a rerun skips everything and downloads
 * no object; status over the bucket shows every asset current, and the log holds both runs.
 */
const execFileAsync = promisify(execFile);
const URL = "s3://demo-store/nightly";
let s3: S3Server;
let proxy: FaultProxy;
let demo: DemoServer;
let root: string;
let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  s3 = await startS3Server(["demo-store"]);
  proxy = await startFaultProxy(s3.url);
  demo = await startDemoServer();
  root = await copyDemoRepo(demo.url);
  const cache = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-blobs-"));
  env = { ...process.env, ...s3.env, AWS_ENDPOINT_URL_S3: proxy.url, LIFECYCLE_STORE_CACHE: cache };
}, 60_000);
afterAll(async () => {
  demo?.stop();
  await proxy?.close();
  await s3?.stop();
});

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const done = await execFileAsync(process.execPath, [BUILT_CLI, ...args, "--store", URL], {
      cwd: root,
      env,
      maxBuffer: 64 << 20,
    });
    return { code: 0, ...done };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

interface Row {
  asset: string;
  status?: string;
  stale: boolean;
}

describe("the demo into s3:// (moto)", () => {
  it("materializes everything; the rerun skips everything and downloads no object; status shows both runs", async () => {
    const first = await cli(["materialize", "--no-color"]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/succeeded, 0 skipped, 0 failed/);
    const stageTasks = first.stdout.match(/^ok +\S+\.(plan|load|build|package) /gm) ?? [];
    expect(stageTasks.length).toBeGreaterThan(20);
    expect(first.stdout).toMatch(/^ok +ingest\./m);
    await expect(fs.stat(path.join(root, ".lifecycle"))).rejects.toThrow();

    const before = proxy.requests.length;
    const second = await cli(["materialize", "--no-color"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(
      new RegExp(`: 0 succeeded, ${stageTasks.length} skipped, 0 failed`),
    );
    const requests = proxy.requests.slice(before);
    expect(requests.filter((r) => r.startsWith("GET") && r.includes("/objects/"))).toEqual([]);
    expect(requests.filter((r) => r.startsWith("PUT") && !r.includes("/events/"))).toEqual([]);

    const status = await cli(["status", "--format", "json"]);
    expect(status.code).toBe(0);
    const rows = (JSON.parse(status.stdout) as { assets: Row[] }).assets;
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.filter((r) => r.status !== "success" || r.stale)).toEqual([]);
    const store = await openStore(URL, { root, env, only: () => false });
    const records = await store.events.readAll();
    await store.close();
    expect(new Set(records.map((r) => r.runId)).size).toBe(2);
    expect(records.at(-1)).toMatchObject({
      asset: "@run",
      metadata: { skipped: stageTasks.length },
    });
  }, 600_000);
});
