import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { writeDirAtomically } from "../../src/store/atomic.js";
import {
  acquireStoreLock,
  readStoreLock,
  STORE_LOCK_FILE,
  StoreBusyError,
  withStoreLock,
  type StoreLockHolder,
} from "../../src/store/lock.js";
import { StoreLayout } from "../../src/store/layout.js";
import { packRecords, packStageOutputs } from "../../src/github/stage-transfer.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const worker = path.join(here, "lock-worker.mjs");
const builtLock = path.resolve(here, "../../build/src/store/lock.js");

async function tempStore(): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-lock-"));
  return path.join(root, ".lifecycle");
}

function options(
  store: string,
  extra: { timeoutSeconds?: number; log?: (l: string) => void } = {},
) {
  return { store, command: "materialize", runId: "run-1", pollMs: 10, ...extra };
}

/** A lock file as another process would have left it. */
async function plantLock(store: string, holder: Partial<StoreLockHolder>): Promise<void> {
  await fs.mkdir(store, { recursive: true });
  const full: StoreLockHolder = {
    pid: spawnSync("true").pid ?? 999_999,
    hostname: os.hostname(),
    command: "ingest dcp_boroughs",
    startedAt: "2026-01-02T03:04:05.000Z",
    runId: "old-run",
    token: "0b6f5f2e-dead-4c1e-9d39-3f0c1d3a7e11",
    ...holder,
  };
  await fs.writeFile(path.join(store, STORE_LOCK_FILE), JSON.stringify(full));
}

async function entries(dir: string): Promise<string[]> {
  return (await fs.readdir(dir)).sort();
}

describe("store lock", () => {
  it("holds pid, host, command, start and run id in the lock file; release removes it", async () => {
    const store = await tempStore();
    const before = Date.now();
    const lock = await acquireStoreLock(options(store));
    const written = JSON.parse(await fs.readFile(path.join(store, STORE_LOCK_FILE), "utf8"));
    expect(written).toMatchObject({
      pid: process.pid,
      hostname: os.hostname(),
      command: "materialize",
      runId: "run-1",
    });
    expect(Date.parse(written.startedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(await readStoreLock(store)).toEqual(written);
    await lock.release();
    await lock.release();
    expect(await entries(store)).toEqual([]);
    expect(await readStoreLock(store)).toBeUndefined();
  });

  it("fails at once, naming the holder and the lock file, while a live process holds it", async () => {
    const store = await tempStore();
    const held = await acquireStoreLock({ ...options(store), command: "ingest x", runId: "first" });
    const attempt = acquireStoreLock({ ...options(store), runId: "second" });
    await expect(attempt).rejects.toBeInstanceOf(StoreBusyError);
    const error = await attempt.catch((e: unknown) => e);
    const message = (error as Error).message;
    expect(message).toContain(`pid ${process.pid}`);
    expect(message).toContain("lifecycle ingest x, run first");
    expect(message).toContain(`started ${held.holder.startedAt}`);
    expect(message).toContain(path.join(store, STORE_LOCK_FILE));
    expect(message).toContain("--lock-timeout");
    expect((await readStoreLock(store))?.runId).toBe("first");
    await held.release();
  });

  it("waits for a live holder up to the timeout, then takes the lock once it is released", async () => {
    const store = await tempStore();
    const held = await acquireStoreLock(options(store));
    const lines: string[] = [];
    const waiting = acquireStoreLock({ ...options(store, { timeoutSeconds: 30 }), runId: "next" });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await readStoreLock(store))?.runId).toBe("run-1");
    await held.release();
    const next = await waiting;
    expect((await readStoreLock(store))?.runId).toBe("next");
    await next.release();

    const again = await acquireStoreLock(options(store));
    const timedOut = await acquireStoreLock(
      options(store, { timeoutSeconds: 0.05, log: (l) => lines.push(l) }),
    ).catch((e: unknown) => e);
    await again.release();
    expect(timedOut).toBeInstanceOf(StoreBusyError);
    expect((timedOut as Error).message).toMatch(/after waiting 0\.05 s/);
    expect(lines[0]).toMatch(/^waiting up to 0\.05 s for the store lock .* held by pid \d+/);
  });

  it("stops waiting when the run is cancelled", async () => {
    const store = await tempStore();
    const held = await acquireStoreLock(options(store));
    const controller = new AbortController();
    const waiting = acquireStoreLock({
      ...options(store, { timeoutSeconds: 60 }),
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 30);
    await expect(waiting).rejects.toThrow(/cancelled while waiting for the store lock/);
    await held.release();
  });

  it("takes over a lock whose process is gone, and says so", async () => {
    const store = await tempStore();
    await plantLock(store, {});
    const lines: string[] = [];
    const lock = await acquireStoreLock(options(store, { log: (l) => lines.push(l) }));
    expect(lock.holder.runId).toBe("run-1");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /took over the store lock .*writer\.lock: pid \d+ \(lifecycle ingest dcp_boroughs, run old-run, started 2026-01-02T03:04:05\.000Z\) is no longer running/,
    );
    await lock.release();
    expect(await entries(store)).toEqual([]);
  });

  it("clears the claim of a waiter that died while taking a stale lock over", async () => {
    const store = await tempStore();
    const token = "0b6f5f2e-dead-4c1e-9d39-3f0c1d3a7e11";
    await plantLock(store, { token });
    const claimer = { pid: spawnSync("true").pid, hostname: os.hostname(), token: "c1aim" };
    await fs.writeFile(
      path.join(store, `${STORE_LOCK_FILE}.claim-${token}`),
      JSON.stringify({ ...claimer, command: "materialize", startedAt: "t", runId: "r" }),
    );
    const lines: string[] = [];
    const lock = await acquireStoreLock(options(store, { log: (l) => lines.push(l) }));
    expect(lines.filter((l) => l.startsWith("took over"))).toHaveLength(1);
    expect(await entries(store)).toEqual([STORE_LOCK_FILE]);
    await lock.release();
  });

  it.skipIf(process.platform !== "linux")(
    "takes over a lock whose pid now belongs to another process",
    async () => {
      const store = await tempStore();
      await plantLock(store, { pid: process.pid, processStart: "1" });
      const lines: string[] = [];
      const lock = await acquireStoreLock(options(store, { log: (l) => lines.push(l) }));
      expect(lines[0]).toMatch(/took over/);
      await lock.release();
    },
  );

  it("never takes over a lock held on another host", async () => {
    const store = await tempStore();
    await plantLock(store, { hostname: "build-box-7", pid: 1 });
    const error = (await acquireStoreLock(options(store)).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(StoreBusyError);
    expect(error.message).toMatch(/pid 1 on host build-box-7 .*if it is not, delete the lock file/);
    expect((await readStoreLock(store))?.hostname).toBe("build-box-7");
  });

  it("refuses a lock file it cannot read, saying what to do", async () => {
    const store = await tempStore();
    await fs.mkdir(store, { recursive: true });
    await fs.writeFile(path.join(store, STORE_LOCK_FILE), "held by Bob\n");
    await expect(acquireStoreLock(options(store))).rejects.toThrow(
      /writer\.lock is not a lifecycle lock file .*if no lifecycle run uses this store, delete it/,
    );
  });

  it("is released when the work fails", async () => {
    const store = await tempStore();
    await expect(
      withStoreLock(options(store), async () => {
        throw new Error("stage broke");
      }),
    ).rejects.toThrow("stage broke");
    expect(await readStoreLock(store)).toBeUndefined();
  });
});

describe("crash recovery under the lock", () => {
  it("repairs a killed writer's promotion and staging only once the lock is held", async () => {
    const store = await tempStore();
    const tmp = new StoreLayout(store).tmpDir;
    const target = path.join(store, "products", "alpha", "main", "build");
    const deadPid = spawnSync("true").pid;
    await fs.mkdir(path.join(tmp, "old-1"), { recursive: true });
    await fs.writeFile(path.join(tmp, "old-1", "v"), "1");
    await fs.writeFile(path.join(tmp, "old-1.json"), JSON.stringify({ target, pid: deadPid }));
    await fs.mkdir(path.join(tmp, "stage-killed"), { recursive: true });

    // A write without the lock (another process's in-flight promotion) touches none of it.
    await writeDirAtomically(path.join(store, "other"), tmp, (dir) =>
      fs.writeFile(path.join(dir, "f"), "x"),
    );
    expect(await entries(tmp)).toEqual(["old-1", "old-1.json", "stage-killed"]);

    const lock = await acquireStoreLock(options(store));
    expect(await fs.readFile(path.join(target, "v"), "utf8")).toBe("1");
    expect(await entries(tmp)).toEqual([]);
    await lock.release();
  });

  it("leaves a live writer's staging alone when a second writer finds the store busy", async () => {
    const store = await tempStore();
    const tmp = new StoreLayout(store).tmpDir;
    const held = await acquireStoreLock(options(store));
    await fs.mkdir(path.join(tmp, "stage-in-flight"), { recursive: true });
    await expect(acquireStoreLock(options(store))).rejects.toBeInstanceOf(StoreBusyError);
    expect(await entries(tmp)).toEqual(["stage-in-flight"]);
    await held.release();
  });

  it.skipIf(process.platform !== "linux")(
    "recovers a journal whose pid now names another process (here: this one, started later)",
    async () => {
      const store = await tempStore();
      const tmp = new StoreLayout(store).tmpDir;
      const target = path.join(store, "out");
      await fs.mkdir(path.join(tmp, "old-8"), { recursive: true });
      await fs.writeFile(path.join(tmp, "old-8", "v"), "8");
      const journal = { target, pid: process.pid, hostname: os.hostname(), processStart: "1" };
      await fs.writeFile(path.join(tmp, "old-8.json"), JSON.stringify(journal));
      const lock = await acquireStoreLock(options(store));
      expect(await fs.readFile(path.join(target, "v"), "utf8")).toBe("8");
      expect(await entries(tmp)).toEqual([]);
      await lock.release();
    },
  );

  it("recovers a journal written on another host (its writer cannot be running under our lock)", async () => {
    const store = await tempStore();
    const tmp = new StoreLayout(store).tmpDir;
    const target = path.join(store, "out");
    await fs.mkdir(path.join(tmp, "old-9"), { recursive: true });
    await fs.writeFile(
      path.join(tmp, "old-9.json"),
      JSON.stringify({ target, pid: process.pid, hostname: "elsewhere" }),
    );
    const lock = await acquireStoreLock(options(store));
    expect(await entries(tmp)).toEqual([]);
    expect(await entries(target)).toEqual([]);
    await lock.release();
  });
});

describe("racing waiters", () => {
  it("in one process: many waiters on a stale lock, one holder at a time, one takeover", async () => {
    const store = await tempStore();
    await plantLock(store, {});
    const lines: string[] = [];
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        withStoreLock(
          { ...options(store, { timeoutSeconds: 30, log: (l) => lines.push(l) }), runId: `r${i}` },
          async () => {
            most = Math.max(most, ++inside);
            await new Promise((resolve) => setTimeout(resolve, 5));
            inside--;
          },
        ),
      ),
    );
    expect(most).toBe(1);
    expect(lines.filter((l) => l.startsWith("took over"))).toHaveLength(1);
    expect(await entries(store)).toEqual([]);
  });

  it("across processes: of several waiters on a stale lock exactly one takes it over", async () => {
    await fs.access(builtLock).catch(() => {
      throw new Error(`${builtLock} is missing: run "npm run build" first`);
    });
    const store = await tempStore();
    await plantLock(store, {});
    const racers = Array.from({ length: 4 }, () => {
      const child = spawn(process.execPath, [worker, store, "100"], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      child.stdout.setEncoding("utf8").on("data", (c: string) => (output += c));
      child.stderr.setEncoding("utf8").on("data", (c: string) => (output += c));
      return new Promise<{ code: number | null; output: string }>((resolve) =>
        child.once("close", (code) => resolve({ code, output })),
      );
    });
    const results = await Promise.all(racers);
    expect(results.map((r) => r.code)).toEqual([0, 0, 0, 0]);
    const takeovers = results.filter((r) => r.output.includes("took over the store lock"));
    expect(takeovers).toHaveLength(1);
    expect(results.map((r) => r.output).join("")).not.toContain("two holders");
    expect(await entries(store)).toEqual([]);
  });
});

describe("what GitHub jobs upload", () => {
  it("never includes the lock file", async () => {
    const store = await tempStore();
    const layout = new StoreLayout(store);
    await fs.mkdir(layout.stageDir("alpha", "main", "plan"), { recursive: true });
    await fs.writeFile(path.join(layout.stageDir("alpha", "main", "plan"), "recipe.lock.yml"), "");
    const lock = await acquireStoreLock(options(store));
    const items = [{ product: "alpha", partition: "main" }];
    const outputs = path.join(store, "..", "outputs");
    const records = path.join(store, "..", "records");
    await packStageOutputs({ layout, items, stage: "plan", dir: outputs });
    await packRecords({ layout, items, dir: records });
    await lock.release();
    const listed = [
      ...(await fs.readdir(outputs, { recursive: true })),
      ...(await fs.readdir(records, { recursive: true })),
    ];
    expect(listed).toContain(path.join("products", "alpha", "main", "plan", "recipe.lock.yml"));
    expect(listed.filter((f) => f.includes(STORE_LOCK_FILE))).toEqual([]);
  });
});
