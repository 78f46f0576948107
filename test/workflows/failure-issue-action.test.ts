import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../cli-run.js";
import { startFakeIssuesApi, type FakeIssuesApi } from "../support/fake-github-issues.js";
import { exec, parseOutputFile } from "./process.js";

/** The action's failure-issue command, run as the runner runs an action (built from src/). */
const ACTION = path.join(REPO_ROOT, "build/src/action/index.js");
let dir: string;
let fake: FakeIssuesApi;

beforeAll(async () => {
  await fs.access(ACTION);
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-failure-issue-"));
  fake = await startFakeIssuesApi("acme/data", "ghs_job_token");
});

afterAll(async () => {
  await fake.close();
  await fs.rm(dir, { recursive: true, force: true });
});

async function action(inputs: Record<string, string>, runId: string) {
  const output = path.join(dir, `output-${runId}`);
  await fs.writeFile(output, "");
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: output,
    GITHUB_API_URL: fake.api,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_REPOSITORY: "acme/data",
    GITHUB_WORKFLOW: "nightly_qa",
    GITHUB_RUN_ID: runId,
    GITHUB_REF_NAME: "main",
    GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567",
  };
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = value;
  const result = await exec(process.execPath, [ACTION], { cwd: dir, env });
  return { ...result, outputs: parseOutputFile(await fs.readFile(output, "utf8")) };
}

const report = (ok: boolean, runId: string, token = "ghs_job_token") =>
  action({ command: "failure-issue", ok: String(ok), "github-token": token }, runId);

describe("the action's failure-issue command", () => {
  it("opens one issue when the nightly fails, comments on repeats, closes it on the next success", async () => {
    const first = await report(false, "101");
    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.outputs).toEqual({ "issue-action": "opened", "issue-number": "1" });
    expect((await report(false, "102")).outputs["issue-action"]).toBe("commented");
    expect((await report(true, "103")).outputs).toEqual({
      "issue-action": "closed",
      "issue-number": "1",
    });
    expect((await report(true, "104")).outputs).toEqual({
      "issue-action": "none",
      "issue-number": "",
    });
    const [issue] = fake.issues;
    expect(issue).toMatchObject({
      title: "nightly_qa is failing",
      state: "closed",
      labels: ["lifecycle-failure"],
    });
    expect(issue?.comments[0]).toBe(
      "Run [101](https://github.com/acme/data/actions/runs/101) of nightly_qa failed (main at 0123456789ab). Its summary lists what failed.",
    );
    expect(issue?.comments.at(-1)).toBe(
      "Run [103](https://github.com/acme/data/actions/runs/103) succeeded: closing.",
    );
  });

  it("fails the step naming what is missing or refused, and never prints the token", async () => {
    const noOk = await action({ command: "failure-issue", "github-token": "x" }, "201");
    expect(noOk.exitCode).toBe(1);
    expect(noOk.stdout).toContain('failure-issue needs the input \\"ok\\"'.replace(/\\/g, ""));
    const refused = await report(false, "202", "ghs_wrong_token_value");
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toContain("GitHub GET /issues: HTTP 401");
    expect(refused.stdout).not.toContain("ghs_wrong_token_value");
    const badOk = await action({ command: "failure-issue", ok: "maybe" }, "203");
    expect(badOk.stdout).toContain('input "ok"');
    expect(badOk.stdout).toContain("allowed: true, false");
  });
});
