import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readEvents } from "../../src/store/events.js";
import { StoreLayout } from "../../src/store/layout.js";
import { STORE_LOCK_FILE } from "../../src/store/lock.js";
import { makeProject, writeProducts } from "../engine/helpers.js";
import { runCli } from "../cli-run.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const binary = path.join(repoRoot, "build/src/cli/bin.js");

const cli = (argv: string[], cwd: string) => runCli(argv, { cwd, env: process.env });

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function start(argv: string[], cwd: string): Running {
  const child = spawn(process.execPath, [binary, ...argv], {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.setEncoding("utf8").on("data", (c: string) => (output += c));
  child.stderr?.setEncoding("utf8").on("data", (c: string) => (output += c));
  const exited = new Promise<number | null>((resolve) => child.once("close", resolve));
  return { child, output: () => output, exited };
}

/** A build that records its shell's pid, then waits until the test creates `go`. */
function gatedBuild(root: string): string {
  const pid = path.join(root, "build.pid");
  const go = path.join(root, "go");
  return `echo $$ > ${pid}; while [ ! -f ${go} ]; do sleep 0.02; done; echo built > "$LIFECYCLE_OUTPUT_DIR/result.txt"`;
}

async function waitFor(check: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("condition not met within 15 s");
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

async function built(): Promise<void> {
  await fs.access(binary).catch(() => {
    throw new Error(`${binary} is missing: run "npm run build" first`);
  });
}

describe("two lifecycle processes on one store", () => {
  it("the second fails clearly, read-only commands still work, a waiter runs once the first ends", async () => {
    await built();
    const project = await makeProject([{ id: "alpha" }], ["t1"]);
    await writeProducts(project.root, [{ id: "alpha", build_command: gatedBuild(project.root) }]);
    const lockFile = path.join(project.store, STORE_LOCK_FILE);
    const first = start(["materialize"], project.root);
    await waitFor(() => exists(path.join(project.root, "build.pid")));

    const second = await cli(["materialize", "--force"], project.root);
    expect(second.code).toBe(2);
    expect(second.stdout).toBe("");
    expect(second.stderr).toContain(
      `lifecycle: the store is in use by another lifecycle run: pid ${first.child.pid} (lifecycle materialize, run `,
    );
    expect(second.stderr).toContain(`lock file ${lockFile}`);
    expect(second.stderr).toContain("Nothing was run");

    const ingest = await cli(["ingest", "t1"], project.root);
    expect(ingest.code).toBe(2);
    expect(ingest.stderr).toContain(`pid ${first.child.pid}`);
    const add = await cli(["partitions", "add", "alpha", "2025.1.1-2_ar_build"], project.root);
    expect(add.code).toBe(2);
    for (const readOnly of [
      ["status"],
      ["materialize", "--dry-run"],
      ["partitions", "list", "alpha"],
    ]) {
      expect((await cli(readOnly, project.root)).code, readOnly.join(" ")).toBe(0);
    }

    const waiter = start(["materialize", "--force", "--lock-timeout", "60"], project.root);
    await waitFor(() =>
      waiter.output().includes("lifecycle: waiting up to 60 s for the store lock"),
    );
    await fs.writeFile(path.join(project.root, "go"), "");
    expect(await first.exited).toBe(0);
    expect(await waiter.exited).toBe(0);
    expect(waiter.output()).toMatch(/4 succeeded, 0 skipped/);
    const builds = (await readEvents(new StoreLayout(project.store))).filter(
      (e) => e.asset === "alpha.build",
    );
    expect(builds.map((e) => e.status)).toEqual(["success", "success"]);
    expect(Date.parse(builds[1]?.start ?? "")).toBeGreaterThanOrEqual(
      Date.parse(builds[0]?.end ?? ""),
    );
    expect(await exists(lockFile)).toBe(false);
  });

  it("a lock left by a process killed with SIGKILL is taken over by the next run, which says so", async () => {
    await built();
    const project = await makeProject([{ id: "alpha" }]);
    await writeProducts(project.root, [{ id: "alpha", build_command: gatedBuild(project.root) }]);
    const killed = start(["materialize"], project.root);
    await waitFor(() => exists(path.join(project.root, "build.pid")));
    killed.child.kill("SIGKILL");
    await killed.exited;
    const buildShell = Number(await fs.readFile(path.join(project.root, "build.pid"), "utf8"));
    process.kill(buildShell, "SIGKILL");
    const lockFile = path.join(project.store, STORE_LOCK_FILE);
    expect(await exists(lockFile)).toBe(true);
    const staging = await fs.readdir(new StoreLayout(project.store).tmpDir);
    expect(staging.some((e) => e.startsWith("stage-"))).toBe(true);

    await fs.writeFile(path.join(project.root, "go"), "");
    const next = await cli(["materialize"], project.root);
    expect(next.code).toBe(0);
    expect(next.stderr).toMatch(
      new RegExp(
        `^lifecycle: took over the store lock .*writer\\.lock: pid ${killed.child.pid} \\(lifecycle materialize, run .*\\) is no longer running\\n$`,
      ),
    );
    expect(await exists(lockFile)).toBe(false);
    expect(await fs.readdir(new StoreLayout(project.store).tmpDir)).toEqual([]);
  });

  it("releases the lock after a failed stage, after SIGTERM, and after success", async () => {
    await built();
    const project = await makeProject([{ id: "alpha", build_command: "exit 3" }]);
    const lockFile = path.join(project.store, STORE_LOCK_FILE);
    expect((await cli(["materialize"], project.root)).code).toBe(1);
    expect(await exists(lockFile)).toBe(false);

    await writeProducts(project.root, [{ id: "alpha", build_command: gatedBuild(project.root) }]);
    const stopped = start(["materialize"], project.root);
    await waitFor(() => exists(path.join(project.root, "build.pid")));
    expect(await exists(lockFile)).toBe(true);
    stopped.child.kill("SIGTERM");
    expect(await stopped.exited).toBe(1);
    expect(await exists(lockFile)).toBe(false);

    await fs.writeFile(path.join(project.root, "go"), "");
    expect((await cli(["materialize"], project.root)).code).toBe(0);
    expect(await fs.readdir(project.store)).not.toContain(STORE_LOCK_FILE);
    const add = await cli(["partitions", "add", "alpha", "2025.1.1-2_ar_build"], project.root);
    expect(add.code).toBe(0);
    expect(await fs.readdir(project.store)).not.toContain(STORE_LOCK_FILE);
  });

  it("rejects a bad --lock-timeout", async () => {
    const project = await makeProject([{ id: "alpha" }]);
    const bad = await cli(["materialize", "--lock-timeout", "soon"], project.root);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      '--lock-timeout: expected a number of seconds, 0 or more (received "soon")',
    );
  });
});
