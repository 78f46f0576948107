import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/store.js";
import { BUILT_CLI, runCli } from "../cli-run.js";
import { makeProject, writeProducts } from "../engine/helpers.js";
import {
  startFaultProxy,
  startS3Server,
  type FaultProxy,
  type S3Server,
} from "../support/s3-server.js";

/*
 * The built CLI, SIGKILLed while it materializes into s3:// (run `npm run build` first): once in
 * the middle of a build, once in the middle of uploading the new package (its first object PUT
 * stalls at the proxy). Either way the previous package stays current and readable, the killed
 * run's records and half-upload are never read, and the next run recovers.
 */
let server: S3Server;
let proxy: FaultProxy;
let cacheDir: string;
beforeAll(async () => {
  server = await startS3Server(["kill-store"]);
  proxy = await startFaultProxy(server.url);
  cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-blobs-"));
});
afterAll(async () => {
  await proxy.close();
  await server.stop();
});

const WRITE_OUTPUT = 'echo "built $LIFECYCLE_PARTITION" > "$LIFECYCLE_OUTPUT_DIR/result.txt"';
const env = () => ({
  ...process.env,
  ...server.env,
  AWS_ENDPOINT_URL_S3: proxy.url,
  LIFECYCLE_STORE_CACHE: cacheDir,
});

/** Every file of the current package and build output, read back from the bucket: path -> sha256. */
async function current(url: string, root: string): Promise<Record<string, string>> {
  const store = await openStore(url, { root, env: env() });
  try {
    const out: Record<string, string> = {};
    for (const stage of ["build", "package"] as const) {
      const dir = store.layout.stageDir("alpha", "main", stage);
      for (const file of await fs.readdir(dir, { recursive: true })) {
        const full = path.join(dir, file);
        if ((await fs.stat(full)).isFile())
          out[`${stage}/${file}`] = createHash("sha256")
            .update(await fs.readFile(full))
            .digest("hex");
      }
    }
    return out;
  } finally {
    await store.close();
  }
}

async function statuses(url: string, root: string, asset: string): Promise<string[]> {
  const store = await openStore(url, { root, env: env(), only: () => false });
  try {
    return (await store.events.readAll()).filter((e) => e.asset === asset).map((e) => e.status);
  } finally {
    await store.close();
  }
}

/** Start the built CLI materializing into `url`; SIGKILL it once `ready` holds. */
async function killWhen(root: string, url: string, ready: () => Promise<boolean>): Promise<void> {
  const child = spawn(process.execPath, [BUILT_CLI, "materialize", "--store", url], {
    cwd: root,
    env: env(),
    stdio: "ignore",
  });
  const exited = new Promise((resolve) => child.once("close", resolve));
  const deadline = Date.now() + 90_000;
  while (!(await ready())) {
    if (child.exitCode !== null) throw new Error(`materialize exited (${child.exitCode}) first`);
    if (Date.now() > deadline) throw new Error("the moment to kill never came");
    await sleep(50);
  }
  child.kill("SIGKILL");
  await exited;
}

const packageOf = (tree: Record<string, string>) =>
  Object.entries(tree).filter(([file]) => file.startsWith("package/"));

async function firstRun(url: string) {
  const project = await makeProject([{ id: "alpha", build_command: WRITE_OUTPUT }]);
  const first = await runCli(["materialize", "--store", url], { cwd: project.root, env: env() });
  expect(first.stderr).toBe("");
  expect(first.code).toBe(0);
  return { project, before: await current(url, project.root) };
}

describe("a materialize into s3:// killed with SIGKILL (moto)", () => {
  it("mid-build: the previous package and build stay current; the next run recovers", async () => {
    const url = "s3://kill-store/mid-build";
    const { project, before } = await firstRun(url);
    expect(Object.keys(before)).toContain("build/output/result.txt");
    const pidFile = path.join(project.root, "sleep.pid");
    const hang = `echo $$ > ${pidFile}; echo partial > "$LIFECYCLE_OUTPUT_DIR/result.txt"; exec sleep 60`;
    await writeProducts(project.root, [{ id: "alpha", build_command: hang }]);
    const exists = () =>
      fs.stat(pidFile).then(
        () => true,
        () => false,
      );
    await killWhen(project.root, url, exists);
    process.kill(Number((await fs.readFile(pidFile, "utf8")).trim()), "SIGKILL");
    expect(await current(url, project.root)).toEqual(before);
    expect(await statuses(url, project.root, "alpha.build")).toEqual(["success"]);

    const again = `${WRITE_OUTPUT}; echo again >> "$LIFECYCLE_OUTPUT_DIR/result.txt"`;
    await writeProducts(project.root, [{ id: "alpha", build_command: again }]);
    const next = await runCli(["materialize", "--store", url], { cwd: project.root, env: env() });
    expect(next.stdout).toMatch(/2 succeeded, 2 skipped/);
    const after = await current(url, project.root);
    expect(after["build/output/result.txt"]).not.toBe(before["build/output/result.txt"]);
    expect(await statuses(url, project.root, "alpha.build")).toEqual(["success", "success"]);
  }, 180_000);

  it("mid-upload of the new package: the previous package stays current; the next run recovers", async () => {
    const url = "s3://kill-store/mid-upload";
    const { project, before } = await firstRun(url);
    const changed = `${WRITE_OUTPUT}; echo v2 >> "$LIFECYCLE_OUTPUT_DIR/result.txt"`;
    await writeProducts(project.root, [{ id: "alpha", build_command: changed }]);
    const uploading = (r: string) =>
      r.startsWith("PUT /kill-store/mid-upload/products/alpha/main/package/objects/");
    proxy.match = ({ method, path: p }) => uploading(`${method} ${p}`);
    proxy.faults = [{ kind: "stall" }];
    const seen = proxy.requests.length;
    await killWhen(project.root, url, async () => proxy.requests.slice(seen).some(uploading));
    proxy.match = () => true;
    proxy.faults = [];
    expect(packageOf(before).length).toBeGreaterThan(1);
    const killed = await current(url, project.root);
    expect(packageOf(killed)).toEqual(packageOf(before));
    // The build had been committed before the package began uploading: it is the new one.
    expect(killed["build/output/result.txt"]).not.toBe(before["build/output/result.txt"]);

    const next = await runCli(["materialize", "--store", url], { cwd: project.root, env: env() });
    expect(next.stderr).toBe("");
    expect(next.stdout).toMatch(/1 succeeded, 3 skipped/);
    expect(packageOf(await current(url, project.root))).not.toEqual(packageOf(before));
    expect(await statuses(url, project.root, "alpha.package")).toEqual(["success", "success"]);
  }, 180_000);
});
