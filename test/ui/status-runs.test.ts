import { describe, expect, it } from "vitest";
import { runCli } from "../cli-run.js";
import { makeProject } from "../engine/helpers.js";

const cli = (argv: string[], cwd: string) => runCli(argv, { cwd, env: process.env });
const OK = 'echo ok > "$LIFECYCLE_OUTPUT_DIR/out.txt"';

describe("status roll-up and runs", () => {
  it("rolls status up per asset, keeps rows behind --partitions and json unchanged", async () => {
    const project = await makeProject([
      { id: "good", build_command: OK, partitions: "{ static: [a, b, c] }" },
      { id: "bad", build_command: "echo boom >&2; exit 4" },
    ]);
    expect((await cli(["materialize"], project.root)).code).toBe(1);
    const rolled = await cli(["status"], project.root);
    expect(rolled.code).toBe(0);
    const lines = rolled.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^ASSET +PARTITIONS +OK +FAILED +STALE +MISSING +LAST +TOOK +RUN$/);
    expect(lines).toHaveLength(1 + 8);
    expect(rolled.stdout).toMatch(/^good\.build +3 +3 +0 +0 +0 /m);
    expect(rolled.stdout).toMatch(/^bad\.build +1 +0 +1 +0 +0 /m);
    expect(rolled.stdout).toMatch(/^bad\.package +1 +0 +0 +0 +1 +never/m);
    const rows = await cli(["status", "--partitions"], project.root);
    expect(rows.stdout.trimEnd().split("\n")).toHaveLength(1 + 3 * 4 + 4);
    const json = JSON.parse((await cli(["status", "--format", "json"], project.root)).stdout) as {
      assets: { asset: string; partition: string }[];
    };
    expect(json.assets).toHaveLength(16);
  });

  it("lists runs newest first and shows one with its failure's error first", async () => {
    const project = await makeProject([{ id: "bad", build_command: "echo boom >&2; exit 4" }]);
    await cli(["materialize"], project.root);
    await cli(["materialize"], project.root);
    const list = await cli(["runs"], project.root);
    expect(list.code).toBe(0);
    const runLines = list.stdout.trimEnd().split("\n").slice(1);
    expect(runLines).toHaveLength(2);
    const newest = runLines[0]?.split(/ +/)[0] ?? "";
    expect(runLines[0]).toMatch(/ failed /);
    const one = await cli(["runs", newest.slice(0, 30)], project.root);
    expect(one.code).toBe(0);
    const [head, , failure, error] = one.stdout.split("\n");
    expect(head).toMatch(new RegExp(`^run ${newest}: failed, 3 tasks`));
    expect(failure).toBe("FAILED bad.build @ main");
    expect(error).toMatch(/exit|code 4/);
    expect(one.stdout).toContain("boom");
    const missing = await cli(["runs", "nope"], project.root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`no run "nope"`);
    expect(missing.stderr).toContain(newest);
  });
});
