import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli-run.js";

const run = promisify(execFile);
let root: string;

const cli = (argv: string[]) => runCli(argv, { cwd: root });

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-cli-gh-"));
  await fs.mkdir(path.join(root, "products", "b"), { recursive: true });
  await fs.mkdir(path.join(root, "ingest_templates"));
  const products = Array.from(
    { length: 300 },
    (_, i) => `  - id: p${i}\n    build_command: "true"\n    timeout_minutes: 5\n`,
  ).join("");
  await fs.writeFile(path.join(root, "products", "products.yml"), `products:\n${products}`);
});

afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

describe("lifecycle matrix", () => {
  it("prints the matrix, in at most 256 legs keyed by item bucket", async () => {
    const { code, stdout } = await cli(["matrix", "--partition", "main,nightly_qa"]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as {
      matrix: { include: { items: unknown[] }[] };
      has_entries: boolean;
    };
    expect(out.has_entries).toBe(true);
    expect(out.matrix.include.length).toBeGreaterThan(200);
    expect(out.matrix.include.length).toBeLessThanOrEqual(256);
    expect(out.matrix.include.reduce((n, e) => n + e.items.length, 0)).toBe(600);
  });

  it("rejects an unknown selection with exit code 2", async () => {
    const { code, stderr } = await cli(["matrix", "--select", "nope"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown asset or product "nope"/);
  });

  it("runs through the built binary", async () => {
    const bin = path.resolve("build/src/cli/bin.js");
    await fs.access(bin);
    const { stdout } = await run(process.execPath, [
      bin,
      "matrix",
      "--root",
      root,
      "--select",
      "p1,p2",
      "--partition",
      "main",
    ]);
    const out = JSON.parse(stdout) as { matrix: { include: { items: string[][] }[] } };
    const items = out.matrix.include.flatMap((e) => e.items.map((i) => i.join("@")));
    expect(items.sort()).toEqual(["p1@main", "p2@main"]);
  });
});

describe("lifecycle affected", () => {
  it("needs --base", async () => {
    const { code, stderr } = await cli(["affected"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--base/);
  });

  it("says when git cannot compare the commits", async () => {
    const { code, stderr } = await cli(["affected", "--base", "no-such-ref"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot compare no-such-ref\.\.\.HEAD with git/);
  });
});
