import { spawnSync } from "node:child_process";
import fs from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LIFECYCLE_VERSION } from "../../src/core/release.js";
import { BUILT_CLI, runCli } from "../cli-run.js";
import { makeProject } from "../engine/helpers.js";

const cli = (argv: string[], cwd: string) => runCli(argv, { cwd, env: {} });

describe("the CLI as people expect", () => {
  it("prints its version, suggests commands and options, takes global options anywhere", async () => {
    const project = await makeProject([{ id: "alpha" }]);
    expect(await cli(["--version"], project.root)).toEqual({
      code: 0,
      stdout: `lifecycle ${LIFECYCLE_VERSION}\n`,
      stderr: "",
    });
    const typo = await cli(["materialise"], project.root);
    expect(typo.code).toBe(2);
    expect(typo.stdout).toBe("");
    expect(typo.stderr).toMatch(/unknown command "materialise"; did you mean "materialize"\?/);
    const flag = await cli(["status", "--formt", "json"], project.root);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/unknown option --formt; did you mean --format\?/);
    const missing = await cli(["status", "--select"], project.root);
    expect(missing.stderr).toMatch(/--select needs a value/);
    expect(missing.stderr).not.toMatch(/argument missing|ERR_PARSE/);
    const badEnum = await cli(["status", "--format", "xml"], project.root);
    expect(badEnum.stderr).toMatch(/--format: expected one of "text", "json" \(received "xml"\)/);
    const elsewhere = os.tmpdir();
    const before = await cli(["--root", project.root, "status", "--format", "json"], elsewhere);
    const after = await cli(["status", "--format", "json", "--root", project.root], elsewhere);
    expect(before.code).toBe(0);
    expect(before.stdout).toBe(after.stdout);
    expect(before.stdout).toContain("alpha.build");
  });

  it("creates an unknown dynamic partition only with --create, suggesting known keys", async () => {
    const project = await makeProject([{ id: "alpha" }]);
    const typo = await cli(["materialize", "--partition", "nightly-qa"], project.root);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/no partition "nightly-qa"\. Did you mean "nightly_qa"\?/);
    expect(typo.stderr).toMatch(/--create|partitions add alpha nightly-qa/);
    await expect(fs.stat(path.join(project.store, "partitions/alpha.json"))).rejects.toThrow();
    const created = await cli(["materialize", "--partition", "qa-2", "--create"], project.root);
    expect(created.code).toBe(0);
    const list = await cli(["partitions", "list", "alpha"], project.root);
    expect(list.stdout).toContain("qa-2");
    expect((await cli(["materialize", "--partition", "qa-2"], project.root)).code).toBe(0);
  });

  it("shows no phantom 'auto' version after an ingest without --version failed", async () => {
    const project = await makeProject([{ id: "alpha" }]);
    const server = http.createServer((_req, res) => res.writeHead(404).end("gone"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await fs.mkdir(path.join(project.root, "ingest_templates"), { recursive: true });
    await fs.writeFile(
      path.join(project.root, "ingest_templates/gone.yml"),
      `id: gone\ningestion:\n  source:\n    type: file_download\n    url: http://127.0.0.1:${port}/gone.csv\n  file_format:\n    type: csv\n`,
    );
    const failed = await cli(["ingest", "gone"], project.root);
    server.close();
    expect(failed.stderr).toContain("404");
    expect(failed.code).toBe(1);
    const events = await fs.readFile(path.join(project.store, "events.jsonl"), "utf8");
    expect(events).toContain('"partition":"auto"');
    const status = await cli(["status", "--format", "json"], project.root);
    const rows = (JSON.parse(status.stdout) as { assets: { asset: string; partition: string }[] })
      .assets;
    expect(rows.filter((r) => r.asset === "ingest.gone")).toEqual([]);
  });

  it("exits 0 quietly when the reader of its output goes away (| head -1)", async () => {
    const products = Array.from({ length: 300 }, (_, i) => ({ id: `product_${i}` }));
    const project = await makeProject(products);
    for (const command of ["status", "materialize --dry-run"]) {
      const shell = spawnSync(
        "bash",
        ["-c", `set -o pipefail; node "${BUILT_CLI}" ${command} | head -1`],
        { cwd: project.root, encoding: "utf8", timeout: 60_000 },
      );
      expect(shell.stderr).toBe("");
      expect(shell.status).toBe(0);
      expect(shell.stdout.split("\n").length).toBe(2);
    }
  }, 120_000);
});
