import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NodeProcessRunner } from "../../src/process/node-runner.js";
import { KILL_GRACE_MS, LINGER_MS } from "../../src/process/tree.js";
import { BUILT_CLI } from "../cli-run.js";
import { makeProject } from "../engine/helpers.js";
import { alive, waitFor } from "./helpers.js";

/** Slack for a loaded machine, on top of timeout + grace. */
const SLACK_MS = 3_000;

async function tmp(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-tree-"));
}

async function pidsIn(dir: string, names: string[]): Promise<number[]> {
  await waitFor(async () =>
    (await Promise.all(names.map((n) => exists(path.join(dir, n))))).every(Boolean),
  );
  return Promise.all(
    names.map(async (n) => Number((await fs.readFile(path.join(dir, n), "utf8")).trim())),
  );
}

const exists = (file: string) =>
  fs.access(file).then(
    () => true,
    () => false,
  );

function cleanup(pids: number[]): void {
  for (const pid of pids) if (alive(pid)) process.kill(pid, "SIGKILL");
}

/** A grandchild in its own session that ignores SIGTERM, and a sleep under it. */
const STUBBORN = `setsid sh -c 'trap "" TERM; echo $$ > stubborn.pid; sleep 300 & echo $! > sleep.pid; wait' &`;

describe("a command's whole process tree ends", () => {
  it("on timeout, a setsid'd grandchild is ended within the timeout plus the grace period", async () => {
    const dir = await tmp();
    const started = performance.now();
    const run = new NodeProcessRunner().run(`setsid sleep 300 & echo $! > setsid.pid; sleep 300`, {
      cwd: dir,
      env: process.env,
      timeoutMs: 1_000,
    });
    const [pid] = await pidsIn(dir, ["setsid.pid"]);
    try {
      const result = await run;
      const ms = performance.now() - started;
      expect(result.timedOut).toBe(true);
      expect(ms).toBeLessThan(1_000 + KILL_GRACE_MS + SLACK_MS);
      await waitFor(() => !alive(pid!), 2_000);
    } finally {
      cleanup([pid!]);
    }
  }, 30_000);

  it("on timeout, descendants that ignore SIGTERM are SIGKILLed after the grace period", async () => {
    const dir = await tmp();
    const started = performance.now();
    const run = new NodeProcessRunner().run(`${STUBBORN} sleep 300`, {
      cwd: dir,
      env: process.env,
      timeoutMs: 1_000,
    });
    const pids = await pidsIn(dir, ["stubborn.pid", "sleep.pid"]);
    try {
      const result = await run;
      const ms = performance.now() - started;
      expect(result.timedOut).toBe(true);
      expect(ms).toBeGreaterThan(1_000 + KILL_GRACE_MS - 500);
      expect(ms).toBeLessThan(1_000 + KILL_GRACE_MS + SLACK_MS);
      await waitFor(() => pids.every((p) => !alive(p)), 2_000);
    } finally {
      cleanup(pids);
    }
  }, 30_000);

  it("a command that exits leaving a setsid'd process on its pipes ends, and so does that process", async () => {
    const dir = await tmp();
    const started = performance.now();
    const result = await new NodeProcessRunner().run(
      `setsid sleep 300 & echo $! > setsid.pid; echo done`,
      {
        cwd: dir,
        env: process.env,
      },
    );
    const [pid] = await pidsIn(dir, ["setsid.pid"]);
    try {
      expect(result).toMatchObject({ exitCode: 0, timedOut: false, cancelled: false });
      expect(performance.now() - started).toBeLessThan(LINGER_MS + KILL_GRACE_MS + SLACK_MS);
      await waitFor(() => !alive(pid!), 2_000);
    } finally {
      cleanup([pid!]);
    }
  }, 30_000);

  it("a descendant that cleared its environment is still found by the pipe it holds", async () => {
    const dir = await tmp();
    const result = await new NodeProcessRunner().run(
      `setsid env -i /bin/sleep 300 & echo $! > setsid.pid; echo done`,
      { cwd: dir, env: process.env },
    );
    const [pid] = await pidsIn(dir, ["setsid.pid"]);
    try {
      expect(result).toMatchObject({ exitCode: 0, timedOut: false, cancelled: false });
      // Ended 1 s after the command exits; the margin is for a loaded 2-core machine.
      await waitFor(() => !alive(pid!), 10_000);
    } finally {
      cleanup([pid!]);
    }
  }, 30_000);

  it("SIGTERM to the built lifecycle during a build ends setsid'd grandchildren and lifecycle exits within the grace period", async () => {
    await fs.access(BUILT_CLI);
    const project = await makeProject([
      {
        id: "alpha",
        build_command: `cd "${"$"}LIFECYCLE_OUTPUT_DIR/.." && ${STUBBORN} setsid sleep 300 & echo $! > "${"$"}LIFECYCLE_OUTPUT_DIR/../setsid.pid"; sleep 300`,
      },
    ]);
    const child = spawn(process.execPath, [BUILT_CLI, "materialize", "--root", project.root], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => (stdout += c));
    const exited = new Promise<number | null>((resolve) => child.once("close", resolve));
    const tmpDir = path.join(project.store, "tmp");
    let stageDir = "";
    await waitFor(async () => {
      for (const name of await fs.readdir(tmpDir).catch(() => [] as string[])) {
        const dir = path.join(tmpDir, name);
        if (
          (await exists(path.join(dir, "setsid.pid"))) &&
          (await exists(path.join(dir, "sleep.pid")))
        )
          stageDir = dir;
      }
      return stageDir !== "";
    });
    const pids = await pidsIn(stageDir, ["setsid.pid", "stubborn.pid", "sleep.pid"]);
    try {
      const signalled = performance.now();
      child.kill("SIGTERM");
      const killer = setTimeout(() => child.kill("SIGKILL"), 30_000);
      const code = await exited;
      clearTimeout(killer);
      const ms = performance.now() - signalled;
      expect(code).toBe(1);
      expect(stdout).toMatch(/cancelled alpha\.build/);
      expect(ms).toBeLessThan(KILL_GRACE_MS + SLACK_MS);
      await waitFor(() => pids.every((p) => !alive(p)), 2_000);
    } finally {
      cleanup(pids);
      child.kill("SIGKILL");
    }
  }, 60_000);
});
