import fs from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { publishDraftCommand, publishReleaseCommand } from "../../src/action/commands/publish.js";
import { createContext } from "../../src/action/context.js";
import { readInputs } from "../../src/action/inputs.js";
import { RecordingWorkflowIo } from "../../src/github/workflow-io.js";
import { runCli } from "../cli-run.js";
import { makeProject, write, type TestProject } from "../engine/helpers.js";

/*
 * The action's publish-draft and publish-release commands, in process, as the runner passes
 * inputs (INPUT_*), against a store folder that outlives the job.
 */
const savedEvent = process.env.GITHUB_EVENT_NAME;
afterEach(() => {
  if (savedEvent === undefined) delete process.env.GITHUB_EVENT_NAME;
  else process.env.GITHUB_EVENT_NAME = savedEvent;
});

async function packaged(): Promise<TestProject> {
  const project = await makeProject([{ id: "p" }]);
  const build = 'echo ok > "$LIFECYCLE_OUTPUT_DIR/out.txt"';
  const products = [
    "products:",
    "  - id: p",
    '    version: "24v2"',
    `    build_command: ${JSON.stringify(build)}`,
    "    checks:",
    "      - { name: output written, command: test -s out.txt }",
    "      - { name: never true, severity: warn, command: 'false' }",
    "",
  ].join("\n");
  await write(project.root, "products/products.yml", products);
  const run = await runCli(["materialize"], { cwd: project.root, env: process.env });
  expect(run.stderr).toBe("");
  return project;
}

function action(project: TestProject, inputs: Record<string, string>) {
  const env: NodeJS.ProcessEnv = { GITHUB_WORKSPACE: project.root };
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = value;
  const io = new RecordingWorkflowIo();
  const context = createContext(readInputs(env), env, io, new AbortController().signal);
  return { io, context };
}

describe("the action's publish-draft and publish-release", () => {
  it("drafts with the check results and manifest in the summary, then releases exactly that revision", async () => {
    const project = await packaged();
    const store = ".lifecycle";
    const draft = action(project, {
      command: "publish-draft",
      product: "p",
      partition: "main",
      store,
    });
    expect(await publishDraftCommand(draft.context)).toEqual({ ok: true });
    expect(Object.fromEntries(draft.io.outputs)).toEqual({ version: "24v2", revision: "1" });
    const summary = draft.io.summary;
    expect(summary).toContain("## Draft p 24v2/1");
    expect(summary).toContain("### Checks: 1 of 2 passed");
    expect(summary).toContain("| output written | error | passed |");
    expect(summary).toContain("| never true | warn | FAILED |");
    expect(summary).toContain('"product": "p"');
    // A second draft after the first: the release publishes the one named, not the newest.
    expect(
      await publishDraftCommand(
        action(project, { command: "publish-draft", product: "p", partition: "main", store })
          .context,
      ),
    ).toEqual({ ok: true });
    const release = action(project, {
      command: "publish-release",
      product: "p",
      version: "24v2",
      revision: "1",
      store,
    });
    expect(await publishReleaseCommand(release.context)).toEqual({ ok: true });
    expect(Object.fromEntries(release.io.outputs)).toEqual({ version: "24v2", revision: "1" });
    expect(release.io.summary).toContain("p: published 24v2 from draft 24v2/1, now latest.");
    const latest = path.join(project.store, "published/p/latest/release.json");
    expect(JSON.parse(await fs.readFile(latest, "utf8"))).toMatchObject({
      version: "24v2",
      draft: { version: "24v2", revision: "1" },
    });
  });

  it("refuses from a pull request, without a store that outlives the job, and an unknown product", async () => {
    const project = await packaged();
    const inputs = {
      command: "publish-draft",
      product: "p",
      partition: "main",
      store: ".lifecycle",
    };
    process.env.GITHUB_EVENT_NAME = "pull_request";
    await expect(publishDraftCommand(action(project, inputs).context)).rejects.toThrow(
      "publishing never runs from a pull request (GITHUB_EVENT_NAME=pull_request)",
    );
    process.env.GITHUB_EVENT_NAME = "workflow_dispatch";
    await expect(
      publishDraftCommand(action(project, { ...inputs, store: "" }).context),
    ).rejects.toThrow('input "store": publishing needs a store that outlives the job');
    await expect(
      publishDraftCommand(action(project, { ...inputs, product: "q" }).context),
    ).rejects.toThrow('input "product": unknown product "q"; products: p');
    await expect(
      publishReleaseCommand(action(project, { ...inputs, command: "publish-release" }).context),
    ).rejects.toThrow('input "version": required (the drafted version to publish)');
  });
});
