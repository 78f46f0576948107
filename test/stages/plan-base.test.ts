import fs from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { formatDiagnostics } from "../../src/core/diagnostics.js";
import { loadProject } from "../../src/config/project.js";
import { stages } from "../../src/stages/index.js";
import { makeProject, productsYml, runStage, stageDir, type TestProject } from "./helpers.js";

const BASE = `name: Pluto Major
version_strategy: bump_latest_release
version_type: major
product: db-pluto
vars:
  GEOSUPPORT: 25a
  KEEP: base
env:
  FROM_BASE: base
  SHARED: base
inputs:
  missing_versions_strategy: find_latest
  dataset_defaults:
    file_type: parquet
  datasets:
    - name: dof_dtm
    - name: dcp_zoning
      import_as: zoning
      version_env_var: ZONING_VERSION
    - name: dcp_pluto
      version_env_var: VERSION_PREV
      import_as: previous_pluto
stage_config:
  builds.build:
    env:
      STAGE: base
    commands:
      - name: setup
        run: echo "$GEOSUPPORT $KEEP $FROM_BASE $SHARED $STAGE" > "$LIFECYCLE_OUTPUT_DIR/env.txt"
`;

const MINOR = `name: Pluto Minor
base_recipe: recipe.yml
version_type: minor
product: db-pluto
vars:
  GEOSUPPORT: 25b
env:
  SHARED: minor
inputs:
  dataset_defaults:
    file_type: csv
  datasets:
    - name: dcp_zoning
      version: latest
    - name: dcp_new
      version: "2"
`;

async function plutoProject(files: Record<string, string> = {}): Promise<TestProject> {
  const project = await makeProject({
    "products/products.yml": productsYml(
      `id: pluto\nbuild_command: "false"\nrecipe: products/pluto/recipe-minor.yml`,
    ),
    "products/pluto/recipe.yml": BASE,
    "products/pluto/recipe-minor.yml": MINOR,
    ...files,
  });
  for (const [dataset, versions] of Object.entries({
    dof_dtm: ["1", "2"],
    dcp_zoning: ["24v1", "25v1"],
    dcp_pluto: ["24v4"],
    dcp_new: ["1", "2"],
  }))
    for (const version of versions) await project.ingest(dataset, version);
  return project;
}

async function lockOf(dir: string) {
  return parse(await fs.readFile(path.join(dir, "recipe.lock.yml"), "utf8")) as Record<
    string,
    unknown
  >;
}

/** A broken base is found when the project loads, before any stage runs: the diagnostics as text. */
async function failure(project: TestProject): Promise<{ message: string }> {
  const { diagnostics } = await loadProject(project.root);
  expect(diagnostics.some((d) => d.severity === "error")).toBe(true);
  await expect(project.context("pluto")).rejects.toThrow("invalid configuration");
  return { message: formatDiagnostics(diagnostics, "text") };
}

describe("plan: base_recipe", () => {
  it("merges the base: datasets by name, env and vars by key, stages by name", async () => {
    const project = await plutoProject();
    const ctx = await project.context("pluto");
    await runStage(stages.plan, ctx);
    const lock = await lockOf(stageDir(ctx, "plan"));
    expect(lock.recipe).toBe("products/pluto/recipe-minor.yml");
    // The child's datasets first (its entry replaces the base's whole), then the base's others;
    // each file's dataset_defaults fill in its own datasets.
    expect(lock.inputs).toEqual([
      {
        dataset: "dcp_zoning",
        version: "25v1",
        requested: "latest",
        import_as: "dcp_zoning",
        file_type: "csv",
      },
      { dataset: "dcp_new", version: "2", requested: "2", import_as: "dcp_new", file_type: "csv" },
      {
        dataset: "dof_dtm",
        version: "2",
        requested: "latest",
        import_as: "dof_dtm",
        file_type: "parquet",
      },
      {
        dataset: "dcp_pluto",
        version: "24v4",
        requested: "latest",
        import_as: "previous_pluto",
        version_env_var: "VERSION_PREV",
        file_type: "parquet",
      },
    ]);
    expect(lock.env).toMatchObject({
      GEOSUPPORT: "25b",
      KEEP: "base",
      FROM_BASE: "base",
      SHARED: "minor",
      VERSION_TYPE: "minor",
    });

    // The build runs the base's commands with the base's stage env.
    await runStage(stages.load, ctx);
    await runStage(stages.build, ctx);
    const out = await fs.readFile(path.join(stageDir(ctx, "build"), "output/env.txt"), "utf8");
    expect(out).toBe("25b base base minor base\n");
  });

  it("follows a chain of bases, the nearest winning", async () => {
    const project = await plutoProject({
      "products/pluto/recipe-patch.yml": `name: Pluto Patch
base_recipe: ./recipe-minor.yml
product: db-pluto
version_type: patch
env:
  SHARED: patch
inputs:
  datasets:
    - name: dof_dtm
      version: "1"
`,
    });
    await project.write(
      "products/products.yml",
      productsYml(`id: pluto\nbuild_command: "false"\nrecipe: products/pluto/recipe-patch.yml`),
    );
    const ctx = await project.context("pluto");
    await runStage(stages.plan, ctx);
    const lock = await lockOf(stageDir(ctx, "plan"));
    expect(
      (lock.inputs as { dataset: string; version: string }[]).map(
        (i) => `${i.dataset}@${i.version}`,
      ),
    ).toEqual(["dof_dtm@1", "dcp_zoning@25v1", "dcp_new@2", "dcp_pluto@24v4"]);
    expect(lock.env).toMatchObject({ SHARED: "patch", GEOSUPPORT: "25b", VERSION_TYPE: "patch" });
  });

  it("a missing base file is an error at the base_recipe field", async () => {
    const project = await plutoProject({
      "products/pluto/recipe-minor.yml": MINOR.replace(
        "base_recipe: recipe.yml",
        "base_recipe: majr.yml",
      ),
    });
    const error = await failure(project);
    expect(error.message).toContain(
      `products/pluto/recipe-minor.yml:2:14: error: base_recipe: base recipe file not found: products/pluto/majr.yml`,
    );
  });

  it("a cycle is an error naming every file in it", async () => {
    const project = await plutoProject({
      "products/pluto/recipe.yml": `base_recipe: recipe-minor.yml\n${BASE}`,
    });
    const error = await failure(project);
    expect(error.message).toContain(
      "products/pluto/recipe.yml:1:14: error: base_recipe: base_recipe makes a cycle: products/pluto/recipe-minor.yml -> products/pluto/recipe.yml -> products/pluto/recipe-minor.yml",
    );
  });

  it("a recipe that extends itself is a cycle", async () => {
    const project = await plutoProject({
      "products/pluto/recipe-minor.yml": MINOR.replace(
        "base_recipe: recipe.yml",
        "base_recipe: recipe-minor.yml",
      ),
    });
    expect((await failure(project)).message).toContain(
      "base_recipe makes a cycle: products/pluto/recipe-minor.yml -> products/pluto/recipe-minor.yml",
    );
  });

  it("a base outside the recipe's directory is refused", async () => {
    const project = await plutoProject({
      "products/pluto/recipe-minor.yml": MINOR.replace(
        "base_recipe: recipe.yml",
        "base_recipe: ../other/recipe.yml",
      ),
      "products/other/recipe.yml": BASE,
    });
    expect((await failure(project)).message).toContain(
      "products/pluto/recipe-minor.yml:2:14: error: base_recipe: base_recipe must name a recipe file in the directory of products/pluto/recipe-minor.yml (products/pluto/)",
    );
  });

  it("an invalid base reports its own file, line and field", async () => {
    const project = await plutoProject({
      "products/pluto/recipe.yml": BASE.replace("version_type: major", "version_type: huge"),
    });
    const message = (await failure(project)).message;
    expect(message).toMatch(/products\/pluto\/recipe\.yml:3:15: error: version_type: .*"huge"/);
  });

  it("re-plans when the base file changes", async () => {
    const project = await plutoProject();
    const ctx = await project.context("pluto");
    const before = JSON.stringify(await stages.plan.fingerprintInputs(ctx));
    expect(JSON.stringify(await stages.plan.fingerprintInputs(ctx))).toBe(before);
    await project.write("products/pluto/recipe.yml", `${BASE}# a comment\n`);
    // The next run loads the project again, and the base with it.
    const next = await project.context("pluto");
    expect(JSON.stringify(await stages.plan.fingerprintInputs(next))).not.toBe(before);
  });

  it("validate reports a broken chain where it breaks, and nothing for a sound one", async () => {
    const project = await plutoProject();
    const errorsNow = async () =>
      (await loadProject(project.root)).diagnostics.filter((d) => d.severity === "error");
    expect(await errorsNow()).toEqual([]);
    await project.write("products/pluto/recipe.yml", `base_recipe: recipe-minor.yml\n${BASE}`);
    expect(await errorsNow()).toMatchObject([
      {
        severity: "error",
        file: "products/pluto/recipe.yml",
        line: 1,
        column: 14,
        path: "base_recipe",
        received: "recipe-minor.yml",
      },
    ]);
  });
});
