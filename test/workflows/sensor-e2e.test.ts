import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/store.js";
import { startS3Server, TEST_CREDENTIALS, type S3Server } from "../support/s3-server.js";
import { checkoutOfRelease } from "./release-checkout.js";
import { walkWorkflow, type Runner, type RunResults } from "./walker.js";

/**
 * The sensor as a consumer repository runs it: this repository's sense.yml (schedule ->
 * sensor.yml@ref -> lifecycle.yml@ref) on the simulated runner, configured through repository
 * variables, against moto: the observed input is a prefix of one bucket, the store another.
 */
const REPO = path.resolve(".");
const STORE = "s3://team-store/sensor";
const WALK_TIMEOUT = 300_000;
let s3: S3Server;
let base: string;
let actionDir: string;
let runner: Runner;
let tick = 0;

const PRODUCTS = `products:
  - id: bars
    build_command: 'echo "$LIFECYCLE_PARTITION" > "$LIFECYCLE_OUTPUT_DIR/day.txt"'
    partitions: { daily: { start: 2025-01-01, end: 2025-01-11 } }
    observe:
      - { name: trades, object_store: { url: "s3://market-data/trades/{date}.csv" } }
  - id: untouched
    build_command: 'echo x > "$LIFECYCLE_OUTPUT_DIR/x.txt"'
`;

async function putObject(key: string): Promise<void> {
  const response = await fetch(`${s3.url}/market-data/${key}`, { method: "PUT", body: "ts\n1\n" });
  if (!response.ok) throw new Error(`moto PUT ${key}: ${response.status}`);
}

/** One scheduled tick: a run of its own (its own id and artifacts), as GitHub starts it. */
async function scheduledTick(): Promise<RunResults> {
  tick++;
  runner.log.length = 0;
  runner.runId = String(5000 + tick);
  runner.artifacts = path.join(base, `artifacts-tick-${tick}`);
  const results = await walkWorkflow(runner, {
    workflow: ".github/workflows/sense.yml",
    inputs: {},
    secrets: {
      AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.AWS_ACCESS_KEY_ID,
      AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.AWS_SECRET_ACCESS_KEY,
    },
    event: { schedule: "*/15 * * * *" },
  });
  const failures = runner.log.filter((s) => s.exitCode !== 0);
  expect(failures.map((f) => `${f.job} ${f.matrixKey ?? ""}: ${f.stdout}`)).toEqual([]);
  return results;
}

/** The (product, partition) items of every stage job of the tick, per stage. */
function stageItems(): Record<string, string[]> {
  const byStage: Record<string, string[]> = {};
  for (const step of runner.log.filter((s) => s.command === "stage")) {
    const stage = step.job.split("/").at(-1) ?? "";
    const entry = JSON.parse(step.env.INPUT_ENTRY ?? "{}") as { items: [string, string][] };
    byStage[stage] = [...(byStage[stage] ?? []), ...entry.items.map(([p, k]) => `${p}@${k}`)];
  }
  for (const items of Object.values(byStage)) items.sort();
  return byStage;
}

async function packaged(): Promise<string[]> {
  const env = { ...process.env, ...s3.env };
  const store = await openStore(STORE, { root: runner.repo, env, settings: {}, only: () => false });
  try {
    return (await store.events.readAll())
      .filter((r) => r.asset.endsWith(".package") && r.status === "success")
      .map((r) => `${r.asset.replace(/\.package$/, "")}@${r.partition}`)
      .sort();
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  const version = (JSON.parse(await fs.readFile("package.json", "utf8")) as { version: string })
    .version;
  base = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-sensor-runner-"));
  actionDir = path.join(base, "_work", "_actions", "lifecycle-dev", "lifecycle", `v${version}`);
  await checkoutOfRelease(REPO, actionDir);
  s3 = await startS3Server(["market-data", "team-store"]);
  const repo = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-sensor-consumer-"));
  await fs.mkdir(path.join(repo, "products"), { recursive: true });
  await fs.mkdir(path.join(repo, ".github", "workflows"), { recursive: true });
  await fs.writeFile(path.join(repo, "products", "products.yml"), PRODUCTS);
  await fs.writeFile(path.join(repo, "lifecycle.yml"), "");
  await fs.copyFile(
    path.join(REPO, ".github", "workflows", "sense.yml"),
    path.join(repo, ".github", "workflows", "sense.yml"),
  );
  runner = {
    root: base,
    repo,
    actions: new Map([[`lifecycle-dev/lifecycle@v${version}`, actionDir]]),
    artifacts: "",
    cache: path.join(base, "cache-service"),
    runId: "",
    attempt: 1,
    secrets: {},
    vars: { LIFECYCLE_STORE: STORE, AWS_REGION: "us-east-1", AWS_ENDPOINT_URL_S3: s3.url },
    log: [],
  };
}, 120_000);

afterAll(async () => {
  await s3?.stop();
  if (base) await fs.rm(base, { recursive: true, force: true });
  if (runner?.repo) await fs.rm(runner.repo, { recursive: true, force: true });
});

describe(
  "the sensor on GitHub: sense.yml -> sensor.yml@ref -> lifecycle.yml@ref",
  { timeout: WALK_TIMEOUT },
  () => {
    it("without LIFECYCLE_STORE configured, no tick runs", async () => {
      const vars = runner.vars;
      runner.vars = {};
      const results = await scheduledTick();
      runner.vars = vars;
      expect(Object.fromEntries([...results].map(([id, r]) => [id, r.result]))).toEqual({
        sensor: "skipped",
      });
      expect(runner.log).toEqual([]);
    });

    it("the first tick builds exactly the partitions whose inputs appeared", async () => {
      await putObject("trades/2025-01-02.csv");
      await putObject("trades/2025-01-03.csv");
      await putObject("trades/notes.txt");
      const results = await scheduledTick();
      expect(results.get("sensor/sense")?.result).toBe("success");
      expect(results.get("sensor/lifecycle/result")?.result).toBe("success");
      const sense = runner.log.find((s) => s.command === "sense");
      expect(sense?.outputs).toMatchObject({
        has_due: "true",
        products: "bars",
        partitions: '{"bars":["2025-01-02","2025-01-03"]}',
        count: "2",
      });
      // The job outputs the sensor hands on, as GitHub measures them (UTF-16).
      const outputs = results.get("sensor/sense")?.outputs ?? {};
      const bytes = Object.values(outputs).reduce<number>((n, v) => n + String(v).length * 2, 0);
      expect(bytes).toBeLessThan(1024);
      const exactly = ["bars@2025-01-02", "bars@2025-01-03"];
      expect(stageItems()).toEqual({
        plan: exactly,
        load: exactly,
        build: exactly,
        package: exactly,
      });
      expect(await packaged()).toEqual(exactly);
    });

    it("the second tick starts nothing: the lifecycle job is skipped", async () => {
      const results = await scheduledTick();
      expect(results.get("sensor/sense")?.result).toBe("success");
      expect(results.get("sensor/lifecycle")?.result).toBe("skipped");
      expect(runner.log.map((s) => s.command)).toEqual(["sense"]);
      expect(runner.log[0]?.outputs).toMatchObject({ has_due: "false", partitions: "" });
      expect(runner.log[0]?.summary).toMatch(/Nothing due/);
    });

    it("new objects: the next tick builds only those", async () => {
      await putObject("trades/2025-01-05.csv");
      await putObject("trades/2025-01-07.csv");
      await scheduledTick();
      const exactly = ["bars@2025-01-05", "bars@2025-01-07"];
      expect(stageItems()).toEqual({
        plan: exactly,
        load: exactly,
        build: exactly,
        package: exactly,
      });
      expect(await packaged()).toEqual([
        "bars@2025-01-02",
        "bars@2025-01-03",
        "bars@2025-01-05",
        "bars@2025-01-07",
      ]);
      const gate = runner.log.find((s) => s.command === "summary");
      expect(gate?.summary).toMatch(/\| bars\.package \| 2025-01-05 \| success \|/);
      expect(gate?.summary).not.toMatch(/2025-01-03/);
    });
  },
);
