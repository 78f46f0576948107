import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/store.js";
import { startS3Server, TEST_CREDENTIALS, type S3Server } from "../support/s3-server.js";
import { consumerRig, jobResults, type ConsumerRig } from "./consumer-rig.js";
import { exec } from "./process.js";
import { walkWorkflow, type Runner, type StepRecord } from "./walker.js";

/**
 * lifecycle used from another repository, on a runner laid out as a GitHub-hosted one (see
 * consumer-rig.ts). DuckDB for lifecycle itself (ingest, checks) must come from the action, into
 * RUNNER_TOOL_CACHE; the build jobs install the consumer's own dependencies (`npm ci`, the
 * reusable workflow's default setup).
 */
const DEMO_PRODUCTS = ["borough_profile", "borough_ranking", "parks_access"];
const run = promisify(execFile);

let rig: ConsumerRig;
let version: string;
let base: string;
let actionDir: string;
let s3: S3Server | undefined;
const consumerRepo = () => rig.consumerRepo();
const newRunner = (repo: string, name: string) => rig.newRunner(repo, name);

/** The run's github-pages artifact (one tar, as upload-pages-artifact makes it): its files and data.js. */
async function pagesArtifact(runner: Runner): Promise<{ files: string[]; data: string }> {
  const tar = path.join(runner.artifacts, "a1", "github-pages", "artifact.tar");
  const env = process.env;
  const files = (await exec("tar", ["-tf", tar], { cwd: base, env })).stdout.split("\n");
  const data = (await exec("tar", ["-xOf", tar, "./data.js"], { cwd: base, env })).stdout;
  return { files, data };
}

const summary = jobResults;

beforeAll(async () => {
  rig = await consumerRig();
  ({ version, base, actionDir } = rig);
});

afterAll(async () => {
  await s3?.stop();
  await rig.stop();
});

describe("the runner layout", () => {
  it("has no node_modules beside the action or above it, and none in the consumer repo", async () => {
    for (let dir = actionDir; dir !== path.dirname(dir); dir = path.dirname(dir))
      expect(existsSync(path.join(dir, "node_modules")), dir).toBe(false);
    const repo = await consumerRepo();
    const names = await fs.readdir(repo);
    for (const absent of ["node_modules", "action.yml", "dist", ".lifecycle", "src"])
      expect(names, absent).not.toContain(absent);
    // The team's own package.json: what its build scripts import, nothing of lifecycle.
    const own = JSON.parse(await fs.readFile(path.join(repo, "package.json"), "utf8")) as {
      name: string;
      dependencies: Record<string, string>;
    };
    const lifecycle = JSON.parse(await fs.readFile("package.json", "utf8")) as typeof own;
    expect(own.name).not.toBe(lifecycle.name);
    expect(Object.keys(own.dependencies)).toEqual(["@duckdb/node-api"]);
    expect(own.dependencies["@duckdb/node-api"]).toBe(lifecycle.dependencies["@duckdb/node-api"]);
    expect(existsSync(path.join(actionDir, "action.yml"))).toBe(true);
    expect(existsSync(path.join(actionDir, ".github", "workflows", "lifecycle.yml"))).toBe(true);
  });
});

// Every step is its own node process, as on a runner: on a loaded 2-core machine a run takes minutes.
const WALK_TIMEOUT = 300_000;

describe(
  "end to end from a consumer repository: ingest, then the stage pipeline, to packages",
  { timeout: WALK_TIMEOUT },
  () => {
    let runner: Runner;

    it("ingest_dispatch.yml -> ingest.yml@ref saves every demo dataset to the cache", async () => {
      runner = newRunner(await consumerRepo(), "demo");
      const results = await walkWorkflow(runner, {
        workflow: ".github/workflows/ingest_dispatch.yml",
        inputs: { templates: "*", version: "2025-01-01" },
        secrets: {},
      });
      const failures = runner.log.filter((s) => s.exitCode !== 0);
      expect(failures.map((f) => `${f.job}: ${f.stdout}`)).toEqual([]);
      expect(summary(results)).toEqual({
        "ingest/discover": "success",
        "ingest/ingest": "success",
        "ingest/result": "success",
        ingest: "success",
      });
      const entries = await fs.readdir(runner.cache);
      expect(entries).toContain("lifecycle-ingest-v1%2Fdcp_boroughs%2F2025-01-01");
      for (const step of runner.log) {
        expect(step.env.GITHUB_ACTION_PATH).toBe(actionDir);
        expect(step.env.RUNNER_TOOL_CACHE).toBe(path.join(base, "_work", "_tool"));
        expect(step.env.RUNNER_TEMP).toMatch(new RegExp(`^${base}/_work/_temp/`));
      }
    });

    it("build.yml -> lifecycle.yml@ref runs discover, then each wave's plan -> load -> build -> package, then result", async () => {
      runner.log.length = 0;
      const results = await walkWorkflow(runner, {
        workflow: ".github/workflows/build.yml",
        inputs: { partition: "main", select: DEMO_PRODUCTS.join(",") },
        secrets: {},
      });
      const failures = runner.log.filter((s) => s.exitCode !== 0);
      expect(failures.map((f) => `${f.job} ${f.matrixKey}: ${f.stdout}`)).toEqual([]);
      expect(summary(results)).toMatchObject({
        "lifecycle/discover": "success",
        "lifecycle/wave_1": "success",
        "lifecycle/wave_2": "success",
        "lifecycle/wave_3": "skipped",
        "lifecycle/result": "success",
        lifecycle: "success",
      });
      const discover = runner.log.find((s) => s.command === "matrix");
      expect(discover?.outputs.waves).toBe("2");
      const stageJobs = runner.log.filter((s) => s.command === "stage");
      const inWave = (n: number) =>
        stageJobs.filter((s) => s.job.startsWith(`lifecycle/wave_${n}/`));
      // borough_profile and parks_access (one leg each), then borough_ranking, which reads borough_profile.
      expect(inWave(1)).toHaveLength(8);
      expect(inWave(2)).toHaveLength(4);
      expect(new Set(inWave(2).map((s) => s.matrixKey)).size).toBe(1);
      expect(inWave(2)[0]?.matrixKey).toMatch(/borough_ranking/);
      const lastOfWave1 = runner.log.lastIndexOf(inWave(1).at(-1) as StepRecord);
      expect(runner.log.indexOf(inWave(2)[0] as StepRecord)).toBeGreaterThan(lastOfWave1);
      const plan2 = inWave(2)[0];
      expect(plan2?.stdout).toMatch(
        /restored upstream lc-build-\w+borough_profile\w+-a1, lc-package-\w+borough_profile\w+-a1/,
      );
      const workspaces = new Set(runner.log.map((s) => s.env.GITHUB_WORKSPACE));
      // One fresh workspace per job (the result job runs two action steps: site, summary).
      const jobs = new Set(runner.log.map((s) => `${s.job} ${s.matrixKey ?? ""}`));
      expect(workspaces.size).toBe(jobs.size);
    });

    it("hands over a package with a manifest and an archive for every product", async () => {
      const artifacts = path.join(runner.artifacts, "a1");
      for (const product of DEMO_PRODUCTS) {
        const [name] = (await fs.readdir(artifacts)).filter(
          (n) => n.startsWith("lc-package-") && n.includes(`_${product}_`),
        );
        expect(name, product).toBeDefined();
        // Each artifact holds one folder named after itself (see LocalArtifactStore).
        const dir = path.join(
          artifacts,
          name ?? "",
          name ?? "",
          "products",
          product,
          "main",
          "package",
        );
        const manifest = JSON.parse(await fs.readFile(path.join(dir, "manifest.json"), "utf8"));
        expect(manifest).toMatchObject({ product, partition: "main" });
        const archive = (await fs.readdir(dir)).find((f) => f.endsWith(".tar.gz"));
        const listing = await exec("tar", ["-tzf", path.join(dir, archive ?? "")], {
          cwd: dir,
          env: process.env,
        });
        expect(listing.stdout).toMatch(/manifest\.json/);
      }
      // The status site, as the github-pages artifact actions/deploy-pages takes.
      const site = await pagesArtifact(runner);
      for (const file of ["./index.html", "./app.js", "./data.js"])
        expect(site.files).toContain(file);
      for (const product of DEMO_PRODUCTS) expect(site.data).toContain(`"${product}"`);
      const gate = runner.log.find((s) => s.command === "summary");
      expect(gate?.summary).not.toMatch(/github\.io/);
      for (const product of DEMO_PRODUCTS)
        expect(gate?.summary).toMatch(
          new RegExp(`\\| ${product}\\.package \\| main \\| success \\|`),
        );
    });

    it("the nightly twice against an s3:// store: the second starts no stage job; copy_latest_release finds the first's release", async () => {
      s3 = await startS3Server(["team-store"]);
      const store = "s3://team-store/nightly";
      const RELEASE = "2025.1-release";
      const caller = (partition: string) =>
        [
          "name: nightly_store",
          "on:",
          "  workflow_dispatch: {}",
          "permissions:",
          "  contents: read",
          "jobs:",
          "  nightly:",
          "    permissions:",
          "      contents: read",
          "      actions: read",
          `    uses: lifecycle-dev/lifecycle/.github/workflows/nightly.yml@v${version}`,
          "    with:",
          "      select: parks_access",
          `      partition: ${partition}`,
          `      store: ${store}`,
          "      aws-region: us-east-1",
          `      aws-endpoint-url: ${s3?.url ?? ""}`,
          "      site-url: https://lifecycle-dev.github.io/demo/",
          "    secrets:",
          "      AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}",
          "      AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}",
          "",
        ].join("\n");
      const secrets = {
        AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.AWS_ACCESS_KEY_ID,
        AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.AWS_SECRET_ACCESS_KEY,
      };
      const nightly = async (partition: string) => {
        await fs.writeFile(
          path.join(runner.repo, ".github/workflows/nightly_store.yml"),
          caller(partition),
        );
        runner.log.length = 0;
        runner.runId = String(Number(runner.runId) + 1);
        // Each run has its own artifacts (github-pages is uploaded once per run).
        runner.artifacts = path.join(base, `artifacts-run-${runner.runId}`);
        const results = await walkWorkflow(runner, {
          workflow: ".github/workflows/nightly_store.yml",
          inputs: {},
          secrets,
        });
        const failures = runner.log.filter((s) => s.exitCode !== 0);
        expect(failures.map((f) => `${f.job} ${f.matrixKey}: ${f.stdout}`)).toEqual([]);
        return results;
      };
      const inStore = async (rel: string) => {
        const opened = await openStore(store, {
          root: runner.repo,
          env: { ...process.env, ...(s3?.env ?? {}) },
          settings: {},
        });
        try {
          return await fs.readFile(path.join(opened.layout.root, rel), "utf8");
        } finally {
          await opened.close();
        }
      };
      const first = await nightly(RELEASE);
      expect(summary(first)).toMatchObject({ "nightly/lifecycle/wave_1": "success" });
      expect(runner.log.filter((s) => s.command === "stage")).toHaveLength(4);
      // The credentials reached the jobs only as the reusable workflow's secrets, the endpoint as its input.
      for (const step of runner.log) {
        expect(step.env.AWS_ACCESS_KEY_ID).toBe(TEST_CREDENTIALS.AWS_ACCESS_KEY_ID);
        expect(step.env.AWS_ENDPOINT_URL_S3).toBe(s3.url);
      }
      const manifest = await inStore(`products/parks_access/${RELEASE}/package/manifest.json`);
      expect(JSON.parse(manifest)).toMatchObject({ partition: RELEASE });
      // No stage output went as an artifact: the store holds it.
      const handedOver = (await fs.readdir(runner.artifacts, { recursive: true })).filter((n) =>
        /(^|\/)lc-(plan|load|build|package)-[^/]*$/.test(n),
      );
      expect(handedOver.filter((n) => n.includes("parks_access_2025.1_release"))).toEqual([]);
      const gate = runner.log.find((s) => s.command === "summary");
      expect(gate?.summary).toMatch(/\| parks_access\.package \| 2025\.1-release \| success \|/);
      expect(gate?.summary).toContain("https://lifecycle-dev.github.io/demo/");
      const site = await pagesArtifact(runner);
      expect(site.files).toContain("./index.html");
      expect(site.data).toMatch(/parks_access/);

      const second = await nightly(RELEASE);
      expect(summary(second)).toMatchObject({
        "nightly/lifecycle/discover": "success",
        "nightly/lifecycle/wave_1": "skipped",
        "nightly/lifecycle/result": "success",
      });
      expect(runner.log.map((s) => s.command)).toEqual(["matrix", "site", "summary"]);
      expect(runner.log[0]?.summary).toMatch(
        /Left out, every stage up to date in the store: 1 item\(s\): `parks_access@2025\.1-release`/,
      );

      const recipe = path.join(runner.repo, "products", "parks_access", "recipe.yml");
      const text = await fs.readFile(recipe, "utf8");
      await fs.writeFile(
        recipe,
        text.replace(
          "missing_versions_strategy: find_latest",
          "missing_versions_strategy: copy_latest_release",
        ),
      );
      await nightly("nightly_qa");
      const lock = await inStore("products/parks_access/nightly_qa/plan/recipe.lock.yml");
      expect(lock).toMatch(/copied_from: 2025\.1-release/);
      await fs.writeFile(recipe, text);
    });
  },
);

describe("discovered pipelines on GitHub", { timeout: WALK_TIMEOUT }, () => {
  it("build.yml builds the demo's pipelines/vwap.js through every stage, at its default partitions", async () => {
    const runner = newRunner(await consumerRepo(), "pipelines");
    const results = await walkWorkflow(runner, {
      workflow: ".github/workflows/build.yml",
      inputs: { select: "vwap" },
      secrets: {},
    });
    const failures = runner.log.filter((s) => s.exitCode !== 0);
    expect(failures.map((f) => `${f.job} ${f.matrixKey}: ${f.stdout}`)).toEqual([]);
    expect(results.get("lifecycle")?.result).toBe("success");
    const stages = runner.log.filter((s) => s.command === "stage");
    expect(stages.length).toBeGreaterThanOrEqual(4);
    expect(stages.every((s) => /vwap/.test(s.matrixKey ?? ""))).toBe(true);
    const build = stages.find((s) => s.job.endsWith("/build"));
    expect(build?.stdout).toMatch(/vwap mic=\w+ [\d-]+\.\.[\d-]+: \d+ rows/);
    const gate = runner.log.find((s) => s.command === "summary");
    expect(gate?.summary).toMatch(/\| vwap\.package \| [^|]+ \| success \|/);
  });
});

describe("re-run failed jobs", { timeout: WALK_TIMEOUT }, () => {
  it("attempt 2 re-runs the failed build, finds attempt 1's plan and load artifacts, and packages", async () => {
    const marker = path.join(base, "second-attempt");
    const products = `products:\n  - id: flaky\n    build_command: test -f ${marker} || { echo not yet; exit 7; }; echo ok > "$LIFECYCLE_OUTPUT_DIR/out.txt"\n`;
    const repo = await consumerRepo();
    await fs.writeFile(path.join(repo, "products", "products.yml"), products);
    // One product only: the demo's discovered pipeline would be a second.
    await fs.writeFile(path.join(repo, "lifecycle.yml"), "");
    await fs.rm(path.join(repo, "pipelines"), { recursive: true });
    const runner = newRunner(repo, "rerun");
    const call = {
      workflow: ".github/workflows/build.yml",
      inputs: { partition: "main" },
      secrets: {},
    };
    const first = await walkWorkflow(runner, call);
    expect(summary(first)).toMatchObject({
      "lifecycle/wave_1/plan": "success",
      "lifecycle/wave_1/load": "success",
      "lifecycle/wave_1/build": "failure",
      "lifecycle/wave_1/package": "skipped",
      "lifecycle/result": "failure",
    });
    const failedBuild = runner.log.find((s) => s.job === "lifecycle/wave_1/build");
    expect(failedBuild?.stdout).toMatch(/::error title=flaky\.build @ main failed::[^\n]*not yet/);
    const attempt1 = await fs.readdir(path.join(runner.artifacts, "a1"));
    expect(attempt1.filter((n) => n.startsWith("lcr-build-"))).toHaveLength(1);
    expect(attempt1.filter((n) => n.startsWith("lc-build-"))).toHaveLength(0);
    const gate = runner.log.find((s) => s.command === "summary");
    expect(gate?.summary).toMatch(/\| flaky\.build \| main \| failed \|/);

    await fs.writeFile(marker, "");
    runner.attempt = 2;
    runner.log.length = 0;
    const second = await walkWorkflow(runner, call, first);
    expect(summary(second)).toMatchObject({
      "lifecycle/discover": "success",
      "lifecycle/wave_1/plan": "success",
      "lifecycle/wave_1/build": "success",
      "lifecycle/wave_1/package": "success",
      "lifecycle/result": "success",
    });
    expect(runner.log.map((s) => `${s.job}:${s.attempt}`)).toEqual([
      "lifecycle/wave_1/build:2",
      "lifecycle/wave_1/package:2",
      // The result job: site, then summary.
      "lifecycle/result:2",
      "lifecycle/result:2",
    ]);
    const build = runner.log[0];
    expect(build?.stdout).toMatch(/restored lc-plan-\w+-a1, lc-load-\w+-a1/);
    const attempt2 = await fs.readdir(path.join(runner.artifacts, "a2"));
    expect(attempt2.filter((n) => n.startsWith("lc-package-"))).toHaveLength(1);
  });
});

describe("pull request checks from a consumer repository", { timeout: WALK_TIMEOUT }, () => {
  it("pr.yml -> pr-checks.yml@ref validates, checks schedules, lists the affected products and dry-runs their plan", async () => {
    const repo = await consumerRepo();
    const git = (...args: string[]) => run("git", args, { cwd: repo });
    await git("init", "-q", "-b", "main");
    await git("-c", "user.name=t", "-c", "user.email=t@example.com", "add", "-A");
    await git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "base");
    const baseSha = (await git("rev-parse", "HEAD")).stdout.trim();
    const recipe = path.join(repo, "products", "parks_access", "recipe.yml");
    await fs.appendFile(recipe, "# a reviewed change\n");
    await git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qam", "head");
    const headSha = (await git("rev-parse", "HEAD")).stdout.trim();
    const runner = newRunner(repo, "pr");
    const results = await walkWorkflow(runner, {
      workflow: ".github/workflows/pr.yml",
      inputs: {},
      secrets: {},
      event: { pull_request: { number: 7, base: { sha: baseSha }, head: { sha: headSha } } },
    });
    const failures = runner.log.filter((s) => s.exitCode !== 0);
    expect(failures.map((f) => `${f.command}: ${f.stdout}`)).toEqual([]);
    expect(summary(results)).toEqual({ "checks/checks": "success", checks: "success" });
    expect(runner.log.map((s) => s.command)).toEqual([
      "validate",
      "schedules-check",
      "affected",
      "stage",
    ]);
    expect(runner.log[2]?.outputs.products).toBe("parks_access");
    expect(runner.log[3]?.summary).toMatch(/dry run of `parks_access`/);
    for (const step of runner.log)
      expect(Object.keys(step.env).filter((k) => k.startsWith("AWS_"))).toEqual([]);
  });
});
