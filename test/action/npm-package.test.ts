import { execFileSync } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIFECYCLE_REPOSITORY, LIFECYCLE_VERSION } from "../../src/core/release.js";
import { REPO_ROOT } from "../cli-run.js";
import { exec } from "../workflows/process.js";

/**
 * `npm pack` of the repository installed into an empty folder, as a user would, then the bin run
 * with npx. Packs with --ignore-scripts from the build/ that `npm run build` made (prepack would
 * rebuild build/ under the feet of other tests); installs from the npm cache where it can
 * (--prefer-offline), so it is slow (seconds, not minutes) but bounded.
 */
let temp: string;
let app: string;
const manifest = JSON.parse(await fs.readFile(path.join(REPO_ROOT, "package.json"), "utf8")) as {
  name: string;
  version: string;
  bin: Record<string, string>;
  files: string[];
  scripts: Record<string, string>;
  repository: { url: string };
  private?: boolean;
};

function npm(args: string[], cwd: string): string {
  return execFileSync("npm", args, { cwd, encoding: "utf8", timeout: 240_000 });
}

beforeAll(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-pack-"));
  npm(["pack", "--ignore-scripts", "--pack-destination", temp, "--silent"], REPO_ROOT);
  const [tarball] = (await fs.readdir(temp)).filter((f) => f.endsWith(".tgz"));
  app = path.join(temp, "app");
  await fs.mkdir(app);
  npm(
    ["install", "--prefer-offline", "--no-audit", "--no-fund", path.join(temp, tarball ?? "")],
    app,
  );
}, 300_000);

afterAll(async () => {
  await fs.rm(temp, { recursive: true, force: true });
});

const env = () => ({ PATH: process.env.PATH, HOME: process.env.HOME });

describe("the npm package", () => {
  it("is publishable, names its repository, and its version is LIFECYCLE_VERSION", () => {
    expect(manifest.private).toBeUndefined();
    expect(manifest.version).toBe(LIFECYCLE_VERSION);
    expect(manifest.repository.url).toContain(`github.com/${LIFECYCLE_REPOSITORY}.git`);
    expect(manifest.bin).toEqual({ lifecycle: "build/src/cli/bin.js" });
    expect(manifest.scripts.prepack).toMatch(/npm run build/);
  });

  it("installs into an empty folder: npx lifecycle --help lists init", async () => {
    const help = await exec("npx", ["--no-install", "lifecycle", "--help"], {
      cwd: app,
      env: env(),
    });
    expect(help.exitCode, help.stdout).toBe(0);
    expect(help.stdout).toMatch(/^\s+init\s+Scaffold a data repository/m);
    const installed = path.join(app, "node_modules", ...manifest.name.split("/"));
    expect(await fs.readdir(installed)).not.toContain("src");
    await expect(fs.access(path.join(installed, "build", "src", "cli", "bin.js"))).resolves.toBe(
      undefined,
    );
  });

  it("npx lifecycle init scaffolds a project whose materialize runs, DuckDB from node_modules", async () => {
    const init = await exec("npx", ["--no-install", "lifecycle", "init", "proj"], {
      cwd: app,
      env: env(),
    });
    expect(init.exitCode, init.stdout).toBe(0);
    const run = await exec("npx", ["--no-install", "lifecycle", "materialize"], {
      cwd: path.join(app, "proj"),
      env: env(),
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/5 succeeded, 0 skipped, 0 failed/);
  }, 60_000);
});
