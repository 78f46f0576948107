import fs from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli-run.js";
import { makeProject } from "../stages/helpers.js";

const RECIPE = `name: Tiny
product: tiny
inputs:
  missing_versions_strategy: find_latest
  datasets:
  - name: boroughs
    version_env_var: BOROUGHS_VERSION
stage_config:
  builds.build:
    commands:
      - name: write
        run: echo "$BOROUGHS_VERSION" > "$LIFECYCLE_OUTPUT_DIR/out.txt"
`;

describe("materialize --from-lock FILE", () => {
  it("rebuilds a past build with the versions of its lock, not the latest", async () => {
    const project = await makeProject({ "products/tiny/recipe.yml": RECIPE });
    const cli = (argv: string[]) => runCli(argv, { cwd: project.root });
    await project.ingest("boroughs", "20240101");
    expect((await cli(["materialize", "--partition", "2024.1-old", "--create"])).code).toBe(0);
    const oldDir = path.join(project.root, ".lifecycle/products/tiny/2024.1-old");
    const kept = path.join(project.root, "kept.lock.yml");
    await fs.copyFile(path.join(oldDir, "plan/recipe.lock.yml"), kept);

    await project.ingest("boroughs", "20250101");
    expect((await cli(["materialize", "--partition", "2025.1-new", "--create"])).code).toBe(0);
    const newDir = path.join(project.root, ".lifecycle/products/tiny/2025.1-new");
    expect(await fs.readFile(path.join(newDir, "build/output/out.txt"), "utf8")).toBe("20250101\n");

    await fs.rm(oldDir, { recursive: true });
    const again = await cli(["materialize", "--from-lock", "kept.lock.yml"]);
    expect(again.stderr).toBe("");
    expect(again.code).toBe(0);
    expect(await fs.readFile(path.join(oldDir, "build/output/out.txt"), "utf8")).toBe("20240101\n");
    const lock = await fs.readFile(path.join(oldDir, "plan/recipe.lock.yml"), "utf8");
    expect(lock).toMatch(/dataset: boroughs\n\s+version: "?20240101"?/);
  });

  it("refuses a lock of another product, a missing file, a mismatched partition, --recipe too", async () => {
    const project = await makeProject({ "products/tiny/recipe.yml": RECIPE });
    const cli = (argv: string[]) => runCli(argv, { cwd: project.root });
    const missing = await cli(["materialize", "--from-lock", "nowhere.yml"]);
    expect([missing.code, missing.stderr]).toEqual([
      2,
      expect.stringMatching(/lock file not found/),
    ]);
    await project.write(
      "other.lock.yml",
      "product: ghost\nrecipe: null\npartition: {key: main, version: latest, note: main}\nenv: {}\ninputs: []\n",
    );
    const ghost = await cli(["materialize", "--from-lock", "other.lock.yml"]);
    expect([ghost.code, ghost.stderr]).toEqual([
      2,
      expect.stringMatching(/product "ghost", which this project does not have \(products: tiny\)/),
    ]);
    await project.write(
      "tiny.lock.yml",
      "product: tiny\nrecipe: products/tiny/recipe.yml\npartition: {key: main, version: latest, note: main}\nenv: {}\ninputs: []\n",
    );
    const other = await cli(["materialize", "--from-lock", "tiny.lock.yml", "--partition", "x"]);
    expect(other.stderr).toMatch(/the lock is for partition "main", not --partition "x"/);
    const unpinned = await cli(["materialize", "--from-lock", "tiny.lock.yml"]);
    expect(unpinned.stderr).toMatch(/reads dataset "boroughs", which the lock does not pin/);
    const both = await cli(["materialize", "--from-lock", "tiny.lock.yml", "--recipe", "x.yml"]);
    expect(both.stderr).toMatch(/--from-lock and --recipe cannot be combined/);
    await project.write("bad.lock.yml", "product: tiny\nverison: 1\n");
    const bad = await cli(["materialize", "--from-lock", "bad.lock.yml"]);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringMatching(/bad\.lock\.yml:2:1/)]);
  });
});
