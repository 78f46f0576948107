import { execFileSync } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DUCKDB_VERSION, LIFECYCLE_REPOSITORY, LIFECYCLE_TAG } from "../../src/core/release.js";
import { exec, parseOutputFile } from "../workflows/process.js";

/**
 * The action as the runner holds it: `_actions/<owner>/<repo>/<ref>/` is a checkout of the tag
 * (git archive of HEAD: no node_modules), the caller's repository in the workspace. The bundle is
 * the committed dist/, or LIFECYCLE_DIST_DIR when set (a bundle built into a temp folder).
 */
let runner: string;
let actionDir: string;
let workspace: string;

beforeAll(async () => {
  runner = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-runner-"));
  actionDir = path.join(runner, "_actions", ...LIFECYCLE_REPOSITORY.split("/"), LIFECYCLE_TAG);
  await fs.mkdir(actionDir, { recursive: true });
  const archive = execFileSync("git", ["archive", "--format=tar", "HEAD"], {
    maxBuffer: 1 << 30,
  });
  execFileSync("tar", ["-x", "-C", actionDir], { input: archive });
  const dist = process.env.LIFECYCLE_DIST_DIR;
  if (dist) {
    await fs.rm(path.join(actionDir, "dist"), { recursive: true, force: true });
    await fs.cp(dist, path.join(actionDir, "dist"), { recursive: true });
  }
  workspace = path.join(runner, "work", "consumer", "consumer");
  for (const dir of ["products", "ingest_templates"])
    await fs.cp(dir, path.join(workspace, dir), { recursive: true });
}, 60_000);

afterAll(async () => {
  await fs.rm(runner, { recursive: true, force: true });
});

async function runAction(inputs: Record<string, string>, extra: NodeJS.ProcessEnv = {}) {
  const step = await fs.mkdtemp(path.join(runner, "step-"));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_WORKSPACE: workspace,
    GITHUB_ACTION_PATH: actionDir,
    GITHUB_OUTPUT: path.join(step, "output"),
    GITHUB_STEP_SUMMARY: path.join(step, "summary"),
    RUNNER_TEMP: path.join(step, "temp"),
    ...extra,
  };
  await fs.writeFile(env.GITHUB_OUTPUT ?? "", "");
  await fs.writeFile(env.GITHUB_STEP_SUMMARY ?? "", "");
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = await exec(process.execPath, [path.join(actionDir, "dist", "index.js")], {
    cwd: workspace,
    env,
  });
  const outputs = parseOutputFile(await fs.readFile(env.GITHUB_OUTPUT ?? "", "utf8"));
  return { ...result, outputs };
}

describe("the action checked out under _actions/, with no node_modules anywhere", () => {
  it("holds no node_modules and no DuckDB above or inside the action", async () => {
    await expect(fs.access(path.join(actionDir, "node_modules"))).rejects.toThrow();
    for (let dir = actionDir; dir !== path.dirname(dir); dir = path.dirname(dir))
      await expect(fs.access(path.join(dir, "node_modules"))).rejects.toThrow();
  });

  it("the bundle never imports DuckDB statically (ncc hoists a plain dynamic import to the top)", async () => {
    const dist = path.join(actionDir, "dist");
    for (const file of (await fs.readdir(dist)).filter((f) => f.endsWith(".js"))) {
      const text = await fs.readFile(path.join(dist, file), "utf8");
      expect(text, file).not.toMatch(/(^|\n)\s*import\s[^;]*from\s*["']@duckdb\//);
      expect(text, file).not.toMatch(/require\(["']@duckdb\//);
    }
  });

  it("matrix and validate run without DuckDB and without a tool cache", async () => {
    const matrix = await runAction({ command: "matrix" });
    expect(matrix.exitCode, matrix.stdout).toBe(0);
    expect(matrix.outputs.has_entries).toBe("true");
    const validate = await runAction({ command: "validate" });
    expect(validate.exitCode, validate.stdout).toBe(0);
    expect(validate.outputs.errors).toBe("0");
  });

  it("ingest installs DuckDB into the tool cache once, keeps it in the cache, and restores it on a new runner", async () => {
    const cacheDir = path.join(runner, "actions-cache");
    const found = await runAction({
      command: "ingest-matrix",
      templates: "dcp_boroughs",
      version: "2025-01-01",
    });
    expect(found.exitCode, found.stdout).toBe(0);
    const entry = JSON.stringify(
      (JSON.parse(found.outputs.matrix ?? "{}") as { include: unknown[] }).include[0],
    );
    const toolCache = path.join(runner, "tool-cache-1");
    const env = { RUNNER_TOOL_CACHE: toolCache, LIFECYCLE_CACHE_DIR: cacheDir };
    const first = await runAction({ command: "ingest", entry }, env);
    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.stdout).toMatch(/DuckDB .*: installed into .*tool-cache-1/);
    expect(first.outputs["cache-keys"]).toMatch(/dcp_boroughs/);
    const installed = path.join(toolCache, "lifecycle-duckdb", DUCKDB_VERSION);
    expect(await fs.readdir(installed)).toEqual([expect.stringMatching(/^linux-(x64|arm64)$/)]);

    const again = await runAction({ command: "ingest", entry, force: "true" }, env);
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.stdout).not.toMatch(/DuckDB .*: (installed|restored)/);

    const elsewhere = { ...env, RUNNER_TOOL_CACHE: path.join(runner, "tool-cache-2") };
    const restored = await runAction({ command: "ingest", entry, force: "true" }, elsewhere);
    expect(restored.exitCode, restored.stdout).toBe(0);
    expect(restored.stdout).toMatch(/DuckDB .*: restored from the cache/);
  }, 180_000);
});
