import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exec, parseOutputFile } from "../workflows/process.js";

const DIST = path.resolve("dist/index.js");
let workspace: string;

/** Run the bundle as the runner does: INPUT_* variables, output and summary files, the workspace. */
async function runAction(inputs: Record<string, string>, cwd = workspace) {
  const temp = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-step-"));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: cwd,
    GITHUB_OUTPUT: path.join(temp, "output"),
    GITHUB_STEP_SUMMARY: path.join(temp, "summary"),
    RUNNER_TEMP: temp,
    LIFECYCLE_CACHE_DIR: path.join(temp, "cache"),
  };
  await fs.writeFile(env.GITHUB_OUTPUT ?? "", "");
  await fs.writeFile(env.GITHUB_STEP_SUMMARY ?? "", "");
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = await exec(process.execPath, [DIST], { cwd, env });
  const outputs = parseOutputFile(await fs.readFile(env.GITHUB_OUTPUT ?? "", "utf8"));
  const summary = await fs.readFile(env.GITHUB_STEP_SUMMARY ?? "", "utf8");
  await fs.rm(temp, { recursive: true, force: true });
  return { ...result, outputs, summary };
}

async function git(args: string[]) {
  const result = await exec("git", args, {
    cwd: workspace,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "t",
      GIT_AUTHOR_EMAIL: "t@t",
      GIT_COMMITTER_NAME: "t",
      GIT_COMMITTER_EMAIL: "t@t",
    },
  });
  expect(result.exitCode, result.stdout).toBe(0);
  return result.stdout.trim();
}

beforeAll(async () => {
  workspace = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-dist-"));
  for (const dir of ["products", "ingest_templates"])
    await fs.cp(dir, path.join(workspace, dir), { recursive: true });
});

afterAll(async () => {
  await fs.rm(workspace, { recursive: true, force: true });
});

describe("dist/index.js with arguments", () => {
  it("is the lifecycle CLI, which a discovered pipeline's build calls back into", async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-dist-cli-"));
    for (const dir of ["products", "pipelines", "universes"])
      await fs.cp(dir, path.join(root, dir), { recursive: true });
    const env = { PATH: process.env.PATH };
    const result = await exec(process.execPath, [DIST, "materialize", "--select", "vwap"], {
      cwd: root,
      env,
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/8 succeeded/);
    await fs.rm(root, { recursive: true, force: true });
  });
});

describe("dist/index.js run as the runner runs it", () => {
  it("validate: passes on the demo and writes a summary", async () => {
    const result = await runAction({ command: "validate" });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs.errors).toBe("0");
    expect(result.summary).toMatch(/## lifecycle: validate/);
  });

  it("validate: annotates a bad file on its line and fails the step", async () => {
    const bad = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-bad-"));
    await fs.mkdir(path.join(bad, "products"));
    await fs.writeFile(
      path.join(bad, "products", "products.yml"),
      "products:\n  - id: ok\n    build_command: echo\n  - id: pluto cbbr\n    build_command: echo\n",
    );
    const result = await runAction({ command: "validate" }, bad);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /::error [^\n]*file=products\/products.yml,line=4,col=\d+::[^\n]*pluto cbbr/,
    );
    expect(result.outputs.errors).not.toBe("0");
    await fs.rm(bad, { recursive: true, force: true });
  });

  it("matrix: a configuration error fails the step, annotated on the file inside working-directory", async () => {
    const bad = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-bad-"));
    await fs.mkdir(path.join(bad, "proj", "products"), { recursive: true });
    await fs.writeFile(
      path.join(bad, "proj", "products", "products.yml"),
      "products:\n  - id: a/b\n    build_command: echo\n",
    );
    const result = await runAction({ command: "matrix", "working-directory": "proj" }, bad);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error [^\n]*file=proj\/products\/products.yml,line=2,/);
    expect(result.stdout).toMatch(/::error::invalid configuration/);
    await fs.rm(bad, { recursive: true, force: true });
  });

  it("matrix: an empty selection has no entries", async () => {
    const empty = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-empty-"));
    await fs.mkdir(path.join(empty, "products"));
    await fs.writeFile(path.join(empty, "products", "products.yml"), "products: []\n");
    const result = await runAction({ command: "matrix", partition: "main" }, empty);
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({
      matrix: '{"include":[]}',
      has_entries: "false",
      count: "0",
    });
    await fs.rm(empty, { recursive: true, force: true });
  });

  it("stage with dry-run: reports what the selection would run, changes nothing", async () => {
    const result = await runAction({
      command: "stage",
      "dry-run": "true",
      stage: "plan",
      select: "borough_profile",
      partition: "main",
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.summary).toMatch(/\| borough_profile\.plan \| main \|/);
    await expect(fs.access(path.join(workspace, ".lifecycle", "products"))).rejects.toThrow();
  });

  it("affected: the products a commit range touches, through a recipe, a template, or products.yml", async () => {
    await git(["init", "-q", "-b", "main"]);
    await git(["add", "-A"]);
    await git(["commit", "-q", "-m", "base"]);
    const base = await git(["rev-parse", "HEAD"]);
    await fs.appendFile(path.join(workspace, "ingest_templates", "dpr_parks.yml"), "\n# touched\n");
    await git(["commit", "-q", "-am", "touch parks template"]);
    const result = await runAction({ command: "affected", base, head: "HEAD" });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs.products).toBe("parks_access");
    expect(result.outputs.has_affected).toBe("true");
    expect(JSON.parse(result.outputs.affected ?? "[]")).toEqual([
      { product: "parks_access", reasons: ["template dpr_parks"] },
    ]);
    expect(result.summary).toMatch(/\| parks_access \| template dpr_parks \|/);
  });

  it("a bad input fails the step with a message naming it", async () => {
    const result = await runAction({ command: "stage", stage: "deploy" });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /::error::input "stage".*received "deploy".*allowed: plan, load, build, package/,
    );
  });
});
