import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { StoreLayout } from "../../src/store/layout.js";
import { runCli } from "../cli-run.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const binary = path.join(repoRoot, "build/src/cli/bin.js");
const pluto = path.resolve(repoRoot, "../shared/corpus/nyc-dcp/products/pluto");
const present = existsSync(pluto);
if (!present) console.warn(`SKIPPED: pluto corpus recipes, none at ${pluto}`);

const SCRIPTS = [
  "00_setup",
  "01a_dbt_staging",
  "02_build",
  "03_corrections",
  "04_archive",
  "05_qaqc",
  "07_custom_qaqc",
];

const cli = (argv: string[], cwd: string) => runCli(argv, { cwd, env: process.env });

/** The team's real pluto recipes, build scripts that record what they were given, and every input ingested. */
async function plutoProject(): Promise<{
  root: string;
  layout: StoreLayout;
  ingest: (d: string, v: string) => Promise<void>;
}> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-pluto-"));
  const layout = new StoreLayout(path.join(root, ".lifecycle"));
  const dir = path.join(root, "products/pluto");
  await fs.mkdir(path.join(dir, "pluto_build"), { recursive: true });
  for (const file of ["recipe.yml", "recipe-minor.yml"])
    await fs.copyFile(path.join(pluto, file), path.join(dir, file));
  for (const script of SCRIPTS) {
    await fs.writeFile(
      path.join(dir, "pluto_build", `${script}.sh`),
      `echo "${script} VERSION=$VERSION VERSION_TYPE=$VERSION_TYPE VERSION_PREV=$VERSION_PREV" >> "$LIFECYCLE_OUTPUT_DIR/log.txt"\n`,
    );
  }
  await useRecipe(root, "recipe.yml");
  const ingest = async (dataset: string, version: string) => {
    const versionDir = layout.datasetVersionDir(dataset, version);
    await fs.mkdir(versionDir, { recursive: true });
    await fs.writeFile(path.join(versionDir, `${dataset}.csv`), "a\n1\n");
    await fs.writeFile(
      path.join(versionDir, "config.json"),
      JSON.stringify({ id: dataset, version }),
    );
  };
  const major = parse(await fs.readFile(path.join(dir, "recipe.yml"), "utf8")) as {
    inputs: { datasets: { name: string }[] };
  };
  for (const { name } of major.inputs.datasets) await ingest(name, "20250101");
  return { root, layout, ingest };
}

async function useRecipe(root: string, recipe: string): Promise<void> {
  await fs.writeFile(
    path.join(root, "products/products.yml"),
    `products:\n  - id: pluto\n    build_command: "false"\n    recipe: products/pluto/${recipe}\n`,
  );
}

async function lockOf(layout: StoreLayout, partition: string) {
  const file = path.join(layout.stageDir("pluto", partition, "plan"), "recipe.lock.yml");
  return parse(await fs.readFile(file, "utf8")) as {
    recipe: string;
    version: Record<string, unknown>;
    inputs: { dataset: string; version: string; requested: string; copied_from?: string }[];
  };
}

describe.skipIf(!present)("the team's pluto recipes, end to end through the CLI", () => {
  it("a major release, then a minor build on main that bumps it and copies its input versions", async () => {
    const { root, layout, ingest } = await plutoProject();
    const major = await cli(["materialize", "--partition", "25v1-release", "--create"], root);
    expect(major.stderr).toBe("");
    expect(major.code).toBe(0);

    // New data arrives; the minor build takes the newest of the datasets it lists with
    // `version: latest` and, for every other input (most of them from its base recipe.yml),
    // the version the 25v1 release used.
    await ingest("dcp_zoningdistricts", "20250601");
    await ingest("dof_dtm", "20250601");
    await useRecipe(root, "recipe-minor.yml");
    // dcp_pluto's version_env_var VERSION_PREV is the previous release's version (dcpy): the
    // published 25v1 must be in the store as a dataset version.
    const missing = await cli(["materialize"], root);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain(
      `dataset "dcp_pluto": version "25v1" (from $VERSION_PREV) is not in the ingest store; versions available: 20250101`,
    );
    await ingest("dcp_pluto", "25v1");
    const minor = await cli(["materialize"], root);
    expect(minor.stderr).toBe("");
    expect(minor.code).toBe(0);

    const lock = await lockOf(layout, "main");
    expect(lock.recipe).toBe("products/pluto/recipe-minor.yml");
    expect(lock.version).toEqual({
      value: "25v1.1",
      strategy: "bump_latest_release",
      release: { partition: "25v1-release", version: "25v1" },
      version_type: "minor",
      bump_by: 1,
      previous_release: { partition: "25v1-release", version: "25v1" },
    });
    const byName = new Map(lock.inputs.map((i) => [i.dataset, i]));
    expect(lock.inputs).toHaveLength(38); // the base recipe's datasets; the minor names none of its own
    expect(byName.get("dcp_zoningdistricts")).toMatchObject({
      version: "20250601",
      requested: "latest",
    });
    expect(byName.get("dof_dtm")).toMatchObject({
      version: "20250101",
      requested: "copy_latest_release",
      copied_from: "25v1-release",
    });
    expect(byName.get("dcp_pluto")).toEqual({
      dataset: "dcp_pluto",
      version: "25v1",
      requested: "$VERSION_PREV",
      import_as: "previous_pluto",
      version_env_var: "VERSION_PREV",
    });

    // The base recipe's build commands ran, with the planned version.
    const log = await fs.readFile(
      path.join(layout.stageDir("pluto", "main", "build"), "output/log.txt"),
      "utf8",
    );
    expect(log.split("\n")[0]).toBe("00_setup VERSION=25v1.1 VERSION_TYPE=minor VERSION_PREV=25v1");
    expect(log.trim().split("\n")).toHaveLength(SCRIPTS.length);
  });

  it("the built binary reports a missing release as a failed plan (exit 1) with what to do", async () => {
    await fs.access(binary).catch(() => {
      throw new Error(`${binary} is missing: run "npm run build" first`);
    });
    const { root } = await plutoProject();
    await useRecipe(root, "recipe-minor.yml");
    const result = await promisify(execFile)(process.execPath, [
      binary,
      "materialize",
      "--root",
      root,
    ]).then(
      () => ({ code: 0, stdout: "" }),
      (error: { code: number; stdout: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("FAILED");
    expect(result.stdout).toContain(
      `product "pluto": version_strategy bump_latest_release needs a release of "pluto" in the store, and there is none`,
    );
    expect(result.stdout).toContain(
      `product "pluto": inputs.missing_versions_strategy is copy_latest_release, but the store has no release of "pluto"`,
    );
  });
});
