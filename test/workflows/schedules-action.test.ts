import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../cli-run.js";
import { exec, parseOutputFile } from "./process.js";

/** The action's schedules commands, run as the runner runs an action (built from src/). */
const ACTION = path.join(REPO_ROOT, "build/src/action/index.js");
let dir: string;

beforeAll(async () => {
  await fs.access(ACTION);
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-schedules-action-"));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function action(workspace: string, inputs: Record<string, string>) {
  const output = path.join(dir, `output-${Math.random()}`);
  await fs.writeFile(output, "");
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: output,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = await exec(process.execPath, [ACTION], { cwd: workspace, env });
  return { ...result, outputs: parseOutputFile(await fs.readFile(output, "utf8")) };
}

async function project(name: string): Promise<string> {
  const root = path.join(dir, name);
  for (const rel of [
    "products",
    "pipelines",
    "universes",
    "ingest_templates",
    "lifecycle.yml",
    ".github/workflows/schedules.yml",
  ])
    await fs.cp(path.join(REPO_ROOT, rel), path.join(root, rel), { recursive: true });
  return root;
}

describe("the action's schedules commands", () => {
  it("schedules-resolve sets the partition due per schedule job, from with: inputs", async () => {
    const root = await project("resolve");
    const result = await action(root, {
      command: "schedules-resolve",
      cron: "0 7 * * 1",
      now: "2025-01-13T07:00:00Z",
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(Object.keys(result.outputs)).toEqual(["schedule_ohlcv__weekly_replay"]);
    expect(result.outputs.schedule_ohlcv__weekly_replay).not.toBe("");
  });

  it("schedules-resolve refuses a time that is not ISO 8601, naming the input", async () => {
    const result = await action(await project("bad-now"), {
      command: "schedules-resolve",
      schedule: "weekly-replay",
      now: "next tuesday",
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /input "now": expected an ISO 8601 time \(received "next tuesday"\)/,
    );
  });

  it("schedules-check passes on the generated workflow and fails, annotated, when it was edited", async () => {
    const root = await project("check");
    expect((await action(root, { command: "schedules-check" })).exitCode).toBe(0);
    const file = path.join(root, ".github/workflows/schedules.yml");
    await fs.appendFile(file, "# edited by hand\n");
    const result = await action(root, { command: "schedules-check" });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /::error title=schedules workflow out of date,file=\.github\/workflows\/schedules\.yml::.*differs from the configuration; run "lifecycle schedules generate"/,
    );
  });
});
