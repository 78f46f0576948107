import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT, runCli } from "../cli-run.js";
import { makeProject, type TestProject } from "../engine/helpers.js";
import { exec, parseOutputFile } from "./process.js";

/** The action's distribute command (publish.yml's last job), run as the runner runs an action. */
const ACTION = path.join(REPO_ROOT, "build/src/action/index.js");
let dir: string;
let project: TestProject;
let store: string;

beforeAll(async () => {
  await fs.access(ACTION);
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-distribute-action-"));
  const build = `printf 'id\\n1\\n' > "$LIFECYCLE_OUTPUT_DIR/out.csv"`;
  project = await makeProject([{ id: "p", build_command: build }]);
  store = path.join(dir, "store");
  const products = [
    "products:",
    "  - id: p",
    '    version: "24v1"',
    `    build_command: ${JSON.stringify(build)}`,
    "    destinations:",
    `      - { id: shelf, command: 'cp output/out.csv "$SHELF/p-$LIFECYCLE_VERSION.csv"' }`,
    "      - { id: broken, command: 'echo refused >&2; exit 3' }",
  ].join("\n");
  await fs.writeFile(path.join(project.root, "products/products.yml"), `${products}\n`);
  for (const argv of [
    ["materialize"],
    ["publish", "draft", "p", "--partition", "main"],
    ["publish", "release", "p", "--version", "24v1"],
  ]) {
    const run = await runCli([...argv, "--store", store], { cwd: project.root, env: process.env });
    expect(run.code, run.stderr).toBe(0);
  }
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function action(inputs: Record<string, string>, env: Record<string, string> = {}) {
  const output = path.join(dir, `output-${Math.random()}`);
  const summary = path.join(dir, `summary-${Math.random()}`);
  await fs.writeFile(output, "");
  await fs.writeFile(summary, "");
  const runEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: project.root,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_EVENT_NAME: "workflow_dispatch",
    SHELF: dir,
    ...env,
  };
  for (const [name, value] of Object.entries({ command: "distribute", store, ...inputs }))
    runEnv[`INPUT_${name.toUpperCase()}`] = value;
  const result = await exec(process.execPath, [ACTION], { cwd: project.root, env: runEnv });
  return {
    ...result,
    outputs: parseOutputFile(await fs.readFile(output, "utf8")),
    summary: await fs.readFile(summary, "utf8"),
  };
}

describe("the action's distribute command", () => {
  it("sends the latest published version to the destinations asked for, with a summary", async () => {
    const sent = await action({ product: "p", destinations: "shelf" });
    expect(sent.exitCode, sent.stdout).toBe(0);
    expect(sent.outputs.distributed).toBe("shelf");
    expect(await fs.readFile(path.join(dir, "p-24v1.csv"), "utf8")).toBe("id\n1\n");
    expect(sent.summary).toContain("## Distributed p latest");
    expect(sent.summary).toContain("| shelf | command | sent |");
  });

  it("fails the step naming the destination that failed, after trying every one", async () => {
    const failed = await action({ product: "p", version: "24v1" });
    expect(failed.exitCode).toBe(1);
    expect(failed.outputs.distributed).toBe("shelf");
    expect(failed.stdout).toContain("distribution failed: broken: command exited 3: refused");
    expect(failed.summary).toContain("| broken | command | FAILED |");
  });

  it("never runs from a pull request, and refuses a destination list that is not one", async () => {
    const pr = await action({ product: "p" }, { GITHUB_EVENT_NAME: "pull_request_target" });
    expect(pr.exitCode).toBe(1);
    expect(pr.stdout).toContain("distribution never runs from a pull request");
    const bad = await action({ product: "p", destinations: "a;rm -rf /" });
    expect(bad.stdout).toContain('input "destinations"');
  });
});
