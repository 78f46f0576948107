import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { copyDemoRepo, startDemoServer, type DemoServer } from "../support/demo-repo.js";
import type { Runner, RunResults } from "./walker.js";

/**
 * lifecycle used from another repository, laid out as a GitHub-hosted runner lays it out: the
 * action is a checkout of the release (what `git ls-files` holds, dist/ included; set
 * LIFECYCLE_E2E_DIST to test another bundle) under `_work/_actions/lifecycle-dev/lifecycle/<ref>/`,
 * with no node_modules there or above; the consumer repository holds the demo's products and
 * templates, its caller workflows and its own package.json and lock (its build scripts import
 * @duckdb/node-api), nothing of lifecycle.
 */
const REPO = path.resolve(".");
const CONSUMER_PACKAGE = path.join(REPO, "test", "workflows", "consumer");
export const CALLERS = ["build.yml", "ingest_dispatch.yml", "pr.yml", "schedules.yml"];
const run = promisify(execFile);

export interface ConsumerRig {
  /** The runner's root. */
  base: string;
  /** package.json's version: the action is `lifecycle-dev/lifecycle@v<version>`. */
  version: string;
  actionDir: string;
  /** A fresh consumer repository with `callers` (and `files`, relative paths -> text). */
  consumerRepo(options?: { files?: Record<string, string>; callers?: string[] }): Promise<string>;
  newRunner(repo: string, name: string): Runner;
  stop(): Promise<void>;
}

async function checkoutOfRelease(target: string): Promise<void> {
  const { stdout } = await run("git", ["ls-files", "-z"], { cwd: REPO, maxBuffer: 1 << 26 });
  for (const rel of stdout.split("\0").filter((f) => f !== "" && !f.startsWith("dist/"))) {
    if (!existsSync(path.join(REPO, rel))) continue;
    await fs.mkdir(path.dirname(path.join(target, rel)), { recursive: true });
    await fs.copyFile(path.join(REPO, rel), path.join(target, rel));
  }
  const dist = process.env.LIFECYCLE_E2E_DIST ?? path.join(REPO, "dist");
  await fs.cp(dist, path.join(target, "dist"), { recursive: true });
}

export async function consumerRig(): Promise<ConsumerRig> {
  const pkg = JSON.parse(await fs.readFile("package.json", "utf8")) as { version: string };
  const base = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-runner-"));
  const actionDir = path.join(
    base,
    "_work",
    "_actions",
    "lifecycle-dev",
    "lifecycle",
    `v${pkg.version}`,
  );
  await checkoutOfRelease(actionDir);
  let server: DemoServer | undefined;
  const cleanup: string[] = [];
  return {
    base,
    version: pkg.version,
    actionDir,
    async consumerRepo({ files = {}, callers = CALLERS } = {}) {
      server ??= await startDemoServer();
      const repo = await copyDemoRepo(server.url);
      cleanup.push(repo);
      await fs.rm(path.join(repo, "node_modules"), { force: true });
      for (const name of ["package.json", "package-lock.json"])
        await fs.copyFile(path.join(CONSUMER_PACKAGE, name), path.join(repo, name));
      await fs.mkdir(path.join(repo, ".github", "workflows"), { recursive: true });
      for (const name of callers)
        await fs.copyFile(
          path.join(REPO, ".github", "workflows", name),
          path.join(repo, ".github", "workflows", name),
        );
      for (const [rel, text] of Object.entries(files))
        await fs.writeFile(path.join(repo, rel), text);
      return repo;
    },
    newRunner(repo, name) {
      return {
        root: base,
        repo,
        actions: new Map([[`lifecycle-dev/lifecycle@v${pkg.version}`, actionDir]]),
        artifacts: path.join(base, `artifacts-${name}`),
        cache: path.join(base, "cache-service"),
        runId: String(4242 + cleanup.length),
        attempt: 1,
        secrets: {},
        log: [],
      };
    },
    async stop() {
      server?.stop();
      for (const dir of [base, ...cleanup]) await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

/** Each job's result by its path. */
export const jobResults = (results: RunResults) =>
  Object.fromEntries([...results].map(([id, r]) => [id, r.result]));
