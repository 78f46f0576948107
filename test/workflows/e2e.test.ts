import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyDemoRepo, startDemoServer, type DemoServer } from "../support/demo-repo.js";
import { exec } from "./process.js";
import { walkWorkflow, type Services } from "./walker.js";

const REPO = path.resolve(".");
const ACTION_FILES = ["action.yml", "dist", ".github", "package.json"];
const DEMO_PRODUCTS = ["borough_profile", "parks_access"];

let base: string;
let services: Services;
let server: DemoServer | undefined;

/** The demo repository as pushed (templates pointed at the demo server's free port), plus the action. */
async function demoRepository(): Promise<string> {
  server = await startDemoServer();
  const repo = await copyDemoRepo(server.url);
  for (const rel of ACTION_FILES) {
    await fs.cp(path.join(REPO, rel), path.join(repo, rel), { recursive: true });
  }
  return repo;
}

beforeAll(async () => {
  await fs.access(path.join(REPO, "dist", "index.js"));
  base = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-e2e-"));
  services = {
    repo: await demoRepository(),
    artifacts: path.join(base, "artifact-service"),
    cache: path.join(base, "cache-service"),
    scratch: path.join(base, "jobs"),
    runId: "4242",
    log: [],
  };
});

afterAll(async () => {
  server?.stop();
  if (base) await fs.rm(base, { recursive: true, force: true });
  if (services?.repo) await fs.rm(services.repo, { recursive: true, force: true });
});

describe("end to end: ingest.yml, then build.yml's job graph on the demo repository", () => {
  it("ingest.yml saves every demo dataset to the cache", async () => {
    const results = await walkWorkflow(services, ".github/workflows/ingest.yml", {
      templates: "*",
      version: "2025-01-01",
    });
    expect(Object.fromEntries([...results].map(([id, r]) => [id, r.result]))).toEqual({
      discover: "success",
      ingest: "success",
      result: "success",
    });
    const templates = (await fs.readdir(path.join(REPO, "ingest_templates")))
      .filter((n) => n.endsWith(".yml"))
      .map((n) => n.slice(0, -4));
    const entries = await fs.readdir(services.cache);
    expect(entries.map((e) => decodeURIComponent(e).split("/")[1]).sort()).toEqual(
      templates.sort(),
    );
    expect(entries).toContain("lifecycle-ingest-v1%2Fdcp_boroughs%2F2025-01-01");
  });

  it("build.yml runs discover -> plan -> load -> build -> package, each job on a fresh checkout", async () => {
    services.log.length = 0;
    const results = await walkWorkflow(services, ".github/workflows/build.yml", {
      partition: "main",
      select: DEMO_PRODUCTS.join(","),
    });
    const failures = services.log.filter((s) => s.exitCode !== 0);
    expect(failures.map((f) => `${f.job} ${f.matrixKey}: ${f.stdout}`)).toEqual([]);
    expect(results.get("lifecycle")?.result).toBe("success");

    const stageSteps = services.log.filter((s) => s.command === "stage");
    expect(stageSteps.map((s) => s.job)).toEqual([
      "plan",
      "plan",
      "load",
      "load",
      "build",
      "build",
      "package",
      "package",
    ]);
    const artifacts = (await fs.readdir(services.artifacts)).sort();
    expect(artifacts).toHaveLength(16);
    for (const name of artifacts)
      expect(name).toMatch(/^lcr?-(plan|load|build|package)-e[01]_\w+_main_[0-9a-f]{6}-a1$/);
  });

  it("hands over packages with a manifest and an archive for every product", async () => {
    for (const product of DEMO_PRODUCTS) {
      const [name] = (await fs.readdir(services.artifacts)).filter(
        (n) => n.startsWith("lc-package-") && n.includes(`_${product}_`),
      );
      expect(name, product).toBeDefined();
      const dir = path.join(services.artifacts, name ?? "", "products", product, "main", "package");
      const manifest = JSON.parse(
        await fs.readFile(path.join(dir, "manifest.json"), "utf8"),
      ) as Record<string, unknown>;
      expect(manifest).toMatchObject({ product, partition: "main" });
      const archive = (await fs.readdir(dir)).find((f) => f.endsWith(".tar.gz"));
      expect(archive, product).toBeDefined();
      const listing = await exec("tar", ["-tzf", path.join(dir, archive ?? "")], {
        cwd: dir,
        env: process.env,
      });
      expect(listing.exitCode).toBe(0);
      expect(listing.stdout).toMatch(/manifest\.json/);
    }
  });

  it("writes job summaries: lineage in discover, a table per stage job, the whole run in the gate", () => {
    const discover = services.log.find((s) => s.command === "matrix");
    expect(discover?.summary).toMatch(/```mermaid/);
    expect(discover?.summary).toContain('"borough_profile.plan"');
    const build = services.log.find((s) => s.job === "build");
    expect(build?.summary).toMatch(/\| asset \| partition \| status \| duration \| metadata \|/);
    const packaged = services.log
      .filter((s) => s.job === "package")
      .map((s) => s.summary)
      .join("\n");
    expect(packaged).toContain("Package manifests");
    const gate = services.log.find((s) => s.command === "summary");
    for (const product of DEMO_PRODUCTS) {
      for (const stage of ["plan", "load", "build", "package"]) {
        expect(gate?.summary).toMatch(
          new RegExp(`\\| ${product}\\.${stage} \\| main \\| success \\|`),
        );
      }
    }
  });
});

describe("end to end: a failing build", () => {
  it("fails its job, skips package, still hands over its records, and the gate fails", async () => {
    const repo = path.join(base, "failing-repo");
    for (const rel of ACTION_FILES) {
      await fs.cp(path.join(REPO, rel), path.join(repo, rel), { recursive: true });
    }
    await fs.symlink(path.join(REPO, "node_modules"), path.join(repo, "node_modules"), "dir");
    await fs.mkdir(path.join(repo, "products"));
    const products = "products:\n  - id: fails\n    build_command: echo going down; exit 7\n";
    await fs.writeFile(path.join(repo, "products", "products.yml"), products);
    const failing: Services = {
      ...services,
      repo,
      artifacts: path.join(base, "failing-artifacts"),
      log: [],
    };
    const results = await walkWorkflow(failing, ".github/workflows/build.yml", {
      partition: "main",
    });
    expect(results.get("lifecycle")?.result).toBe("failure");
    const jobs = failing.log.map((s) => `${s.job}:${s.exitCode}`);
    expect(jobs).toEqual(["discover:0", "plan:0", "load:0", "build:1", "result:0"]);
    const build = failing.log.find((s) => s.job === "build");
    expect(build?.stdout).toMatch(/::error title=fails\.build @ main failed::[^\n]*going down/);
    const artifacts = (await fs.readdir(failing.artifacts)).sort();
    expect(artifacts.filter((a) => a.startsWith("lcr-build-"))).toHaveLength(1);
    expect(artifacts.filter((a) => a.startsWith("lc-build-"))).toHaveLength(0);
    const gate = failing.log.find((s) => s.command === "summary");
    expect(gate?.summary).toMatch(/\| fails\.build \| main \| failed \|/);
  });
});
