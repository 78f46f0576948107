import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LIFECYCLE_VERSION } from "../../src/core/release.js";
import { scaffoldFiles } from "../../src/init/init.js";
import { REPO_ROOT } from "../cli-run.js";
import { exec } from "../workflows/process.js";

const SCRIPT = path.join(REPO_ROOT, "scripts", "release.mjs");
const { selfReferences } = (await import(SCRIPT)) as {
  selfReferences: (root: string) => { file: string; line: number; ref: string }[];
};

let root: string;
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-release-"));
  for (const name of ["package.json", "package-lock.json", "CHANGELOG.md", "docs", ".github"])
    await fs.cp(path.join(REPO_ROOT, name), path.join(root, name), { recursive: true });
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

describe("self-references", () => {
  it("every lifecycle-dev/lifecycle…@vX.Y.Z in .github/workflows and docs names this version", () => {
    const refs = selfReferences(REPO_ROOT);
    expect(refs.length).toBeGreaterThan(0);
    const stale = refs.filter((r) => r.ref !== `v${LIFECYCLE_VERSION}`);
    expect(stale).toEqual([]);
  });

  it("docs/adopting.md shows the workflows lifecycle init writes, in full", async () => {
    const doc = await fs.readFile(path.join(REPO_ROOT, "docs", "adopting.md"), "utf8");
    for (const [name, text] of Object.entries(scaffoldFiles()))
      if (name.startsWith(".github/workflows/"))
        expect(doc, name).toContain(`### ${name}\n\n\`\`\`yaml\n${text}\`\`\``);
  });
});

describe("scripts/release.mjs", () => {
  it("bumps the version, rewrites every self-reference, dates the changelog and prints the tags", async () => {
    const before = selfReferences(root);
    const result = await exec(process.execPath, [SCRIPT, "7.8.9", "--root", root, "--no-build"], {
      cwd: root,
      env: { PATH: process.env.PATH },
    });
    expect(result.exitCode, result.stdout).toBe(0);
    const manifest = JSON.parse(await fs.readFile(path.join(root, "package.json"), "utf8")) as {
      version: string;
    };
    expect(manifest.version).toBe("7.8.9");
    const lock = JSON.parse(await fs.readFile(path.join(root, "package-lock.json"), "utf8")) as {
      version: string;
      packages: Record<string, { version: string }>;
    };
    expect([lock.version, lock.packages[""]?.version]).toEqual(["7.8.9", "7.8.9"]);
    const after = selfReferences(root);
    expect(after.map((r) => [r.file, r.line])).toEqual(before.map((r) => [r.file, r.line]));
    expect(new Set(after.map((r) => r.ref))).toEqual(new Set(["v7.8.9"]));
    const changelog = await fs.readFile(path.join(root, "CHANGELOG.md"), "utf8");
    expect(changelog).toMatch(/## \[Unreleased\]\n\n## \[7\.8\.9\] - \d{4}-\d{2}-\d{2}\n/);
    expect(result.stdout).toContain('git tag -a v7.8.9 -m "lifecycle v7.8.9"');
    expect(result.stdout).toContain("git tag -f v7 v7.8.9^{commit}");
    expect(result.stdout).toContain("git push -f origin v7");
  });

  it("refuses a version that is not X.Y.Z, and the version it is at", async () => {
    const env = { PATH: process.env.PATH };
    const bad = await exec(process.execPath, [SCRIPT, "v1.2", "--root", root, "--no-build"], {
      cwd: root,
      env,
    });
    expect(bad.exitCode).toBe(1);
    expect(bad.stdout).toMatch(/version must be X\.Y\.Z \(received "v1\.2"\)/);
    const same = await exec(
      process.execPath,
      [SCRIPT, LIFECYCLE_VERSION, "--root", root, "--no-build"],
      { cwd: root, env },
    );
    expect(same.exitCode).toBe(1);
    expect(same.stdout).toMatch(/at .* already/);
  });
});
