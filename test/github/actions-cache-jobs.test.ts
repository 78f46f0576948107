import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { run } from "../../src/action/main.js";
import { exec } from "../workflows/process.js";
import { MAIN_RUN, runtimeToken } from "./fake-cache-service-backend.js";
import { BLOB_HOST } from "./fake-cache-service-blob.js";
import { FakeCacheServiceV2 } from "./fake-cache-service-v2.js";

// The action's ingest job and a plan job, run in this process (as the runner runs the action:
// INPUT_* variables, a fresh workspace per job), with the Actions cache on github.com's protocol.
const TEMPLATE = `id: counts
attributes:
  name: Counts per borough
ingestion:
  source:
    type: local_file
    path: data/counts.csv
  file_format:
    type: csv
`;
const RECIPE = `name: Report
product: report
inputs:
  missing_versions_strategy: find_latest
  datasets:
  - name: counts
`;
const PRODUCTS = `products:
- id: report
  build_command: cp "$LIFECYCLE_INPUT_DIR"/counts/*.parquet "$LIFECYCLE_OUTPUT_DIR"/
`;

let root: string;
let service: FakeCacheServiceV2;
let output: string[];
const saved = { ...process.env };
const cwd = process.cwd();

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-cache-jobs-"));
  for (const name of Object.keys(process.env))
    if (name.startsWith("ACTIONS_") || name.startsWith("GITHUB_") || name.startsWith("INPUT_"))
      delete process.env[name];
  service = new FakeCacheServiceV2();
  Object.assign(process.env, await service.start(runtimeToken(MAIN_RUN)));
  output = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    output.push(String(chunk));
    return true;
  });
});

afterEach(async () => {
  vi.restoreAllMocks();
  await service.stop();
  process.env = { ...saved };
  process.chdir(cwd);
  await fs.rm(root, { recursive: true, force: true });
});

/** A fresh checkout of the project: configuration and source data, no store. */
async function checkout(name: string): Promise<string> {
  const workspace = path.join(root, name);
  await fs.mkdir(path.join(workspace, "ingest_templates"), { recursive: true });
  await fs.mkdir(path.join(workspace, "products", "report"), { recursive: true });
  await fs.mkdir(path.join(workspace, "data"));
  await fs.writeFile(path.join(workspace, "ingest_templates", "counts.yml"), TEMPLATE);
  await fs.writeFile(path.join(workspace, "products", "products.yml"), PRODUCTS);
  await fs.writeFile(path.join(workspace, "products", "report", "recipe.yml"), RECIPE);
  await fs.writeFile(path.join(workspace, "data", "counts.csv"), "borough,n\nBX,1\nMN,2\n");
  return workspace;
}

/** One job: the action run once in its own workspace; whether the step failed, and its log. */
async function job(name: string, inputs: Record<string, string>) {
  const workspace = await checkout(name);
  const temp = path.join(root, `${name}-temp`);
  await fs.mkdir(temp);
  // no GITHUB_STEP_SUMMARY: @actions/core keeps the first summary file for the whole process
  Object.assign(process.env, { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: temp });
  for (const [input, value] of Object.entries(inputs))
    process.env[`INPUT_${input.toUpperCase()}`] = value;
  process.chdir(workspace);
  output.length = 0;
  const exitCode = process.exitCode;
  await run(process.env);
  const failed = process.exitCode === 1;
  process.exitCode = exitCode;
  for (const input of Object.keys(inputs)) delete process.env[`INPUT_${input.toUpperCase()}`];
  return { failed, log: output.join("") };
}

const ingestEntry = JSON.stringify({
  key: "counts_2025",
  items: [{ kind: "ingest", template: "counts", version: "2025" }],
});
const planEntry = JSON.stringify({
  key: "report_main",
  items: [{ kind: "product", product: "report", partition: "main" }],
});

describe("ingest and plan jobs with the cache service v2", () => {
  it("the ingest job saves the dataset; a plan job in a fresh workspace restores and pins it", async () => {
    const ingest = await job("ingest", { command: "ingest", entry: ingestEntry });
    expect(ingest.failed, ingest.log).toBe(false);
    expect(service.keys()).toEqual(["lifecycle-ingest-v1/counts/2025"]);
    const plan = await job("plan", { command: "stage", stage: "plan", entry: planEntry });
    expect(plan.failed, plan.log).toBe(false);
    expect(plan.log).toContain("restored lifecycle-ingest-v1/counts/2025");
  });

  it("the bundle (dist/index.js) saves and restores through the same protocol", async () => {
    const ingest = await bundleJob("ingest", { command: "ingest", entry: ingestEntry });
    expect(ingest.exitCode, ingest.stdout).toBe(0);
    expect(service.keys()).toEqual(["lifecycle-ingest-v1/counts/2025"]);
    const plan = await bundleJob("plan", { command: "stage", stage: "plan", entry: planEntry });
    expect(plan.exitCode, plan.stdout).toBe(0);
    expect(plan.stdout).toContain("restored lifecycle-ingest-v1/counts/2025");
    expect(service.backend.operations).toContain("PutBlob");
    expect(service.backend.operations).toContain("GetBlob");
  });

  it("a cache outage: the plan job goes on without the dataset; the ingest job fails and says so", async () => {
    const first = await job("ingest", { command: "ingest", entry: ingestEntry });
    expect(first.failed, first.log).toBe(false);
    shortenRetryDelays();
    service.backend.fail("*", Number.POSITIVE_INFINITY, 500);
    const plan = await job("plan", { command: "stage", stage: "plan", entry: planEntry });
    expect(plan.log).toMatch(/::warning::Failed to restore: Failed to GetCacheEntryDownloadURL/);
    expect(plan.log).toMatch(/::warning title=ingest.counts not in the cache::/);
    // the plan stage itself ran, and its own error names what is missing
    expect(plan.log).toMatch(
      /report.plan @ main failed::dataset "counts": no version in the ingest/,
    );

    const ingest = await job("ingest-again", { command: "ingest", entry: ingestEntry });
    expect(ingest.failed).toBe(true);
    expect(ingest.log).toMatch(
      /::error title=cache save failed%3A counts 2025::could not save the cache entry lifecycle-ingest-v1\/counts\/2025/,
    );
    expect(ingest.log).toMatch(/::error::could not save to the cache: counts 2025/);
  });
});

/**
 * A step running the bundle in its own process, as the runner runs it. The runner resolves the
 * blob storage's real host name; here a preloaded module resolves the fake's to 127.0.0.1.
 */
async function bundleJob(name: string, inputs: Record<string, string>) {
  const workspace = await checkout(name);
  const preload = path.join(root, "resolve-blob-host.mjs");
  await fs.writeFile(
    preload,
    `import dns from "node:dns";
const original = dns.lookup;
dns.lookup = (host, options, callback) => {
  if (host !== ${JSON.stringify(BLOB_HOST)}) return original(host, options, callback);
  const done = typeof options === "function" ? options : callback;
  if (options && options.all) done(null, [{ address: "127.0.0.1", family: 4 }]);
  else done(null, "127.0.0.1", 4);
};
`,
  );
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, GITHUB_WORKSPACE: workspace };
  for (const [variable, value] of Object.entries(process.env))
    if (variable.startsWith("ACTIONS_") || variable === "GITHUB_SERVER_URL") env[variable] = value;
  env.RUNNER_TEMP = path.join(root, `${name}-temp`);
  for (const [input, value] of Object.entries(inputs)) env[`INPUT_${input.toUpperCase()}`] = value;
  const args = ["--import", pathToFileURL(preload).href, path.join(cwd, "dist", "index.js")];
  return exec(process.execPath, args, { cwd: workspace, env });
}

/** As in actions-cache.test.ts: retry waits of 1 to 20 s take 1 ms. */
function shortenRetryDelays(): void {
  const original = globalThis.setTimeout;
  const shorten = (ms: number | undefined) => (ms && ms >= 1000 && ms <= 20_000 ? 1 : ms);
  vi.spyOn(globalThis, "setTimeout").mockImplementation((callback, ms) =>
    original(callback, shorten(ms)),
  );
}
