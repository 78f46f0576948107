import fs from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { StageFailure } from "../../src/core/errors.js";
import { stages } from "../../src/stages/index.js";
import { compareVersions } from "../../src/stages/versions.js";
import { makeProject, productsYml, runStage, stageDir } from "./helpers.js";

const recipe = (inputs: string) => `name: Demo
product: demo
env:
  RECIPE_VAR: from-recipe
  SHARED: recipe
inputs:
${inputs}
`;

async function demoProject(inputs: string) {
  return makeProject({
    "products/products.yml": productsYml(
      `id: demo\nbuild_command: "true"\nenv:\n  SHARED: product`,
    ),
    "products/demo/recipe.yml": recipe(inputs),
  });
}

async function readLock(dir: string) {
  return parse(await fs.readFile(path.join(dir, "recipe.lock.yml"), "utf8")) as Record<
    string,
    unknown
  >;
}

describe("version order", () => {
  it("sorts dates, semver-ish and mixed versions naturally", () => {
    const versions = [
      "24v10",
      "24v4",
      "2025.1.10",
      "2025.1.9",
      "20240524",
      "20240105",
      "2024-02-01",
      "2024-01-31",
    ];
    expect([...versions].sort(compareVersions)).toEqual([
      "24v4",
      "24v10",
      "2024-01-31",
      "2024-02-01",
      "2025.1.9",
      "2025.1.10",
      "20240105",
      "20240524",
    ]);
    expect(compareVersions("1.0", "1.0.1")).toBeLessThan(0);
  });
});

describe("plan stage", () => {
  it("pins given versions and takes the newest for the others with find_latest", async () => {
    const project = await demoProject(`  missing_versions_strategy: find_latest
  dataset_defaults:
    file_type: parquet
  datasets:
  - name: pinned
    version: 20240105
  - name: latest
    import_as: newest
    version_env_var: LATEST_VERSION
`);
    await project.ingest("pinned", "20240105");
    await project.ingest("pinned", "20240524");
    for (const v of ["24v4", "24v10", "24v9"]) await project.ingest("latest", v);
    await fs.mkdir(path.join(project.layout.datasetDir("latest"), "24v99-partial"));
    const ctx = await project.context("demo", { partition: { env: { PART: "1" } } });
    const outcome = await runStage(stages.plan, ctx);
    const lock = await readLock(stageDir(ctx, "plan"));
    expect(lock).toMatchObject({
      product: "demo",
      recipe: "products/demo/recipe.yml",
      partition: { key: "2025.1-main", version: "2025.1", note: "main", env: { PART: "1" } },
      env: { RECIPE_VAR: "from-recipe", SHARED: "product" },
      inputs: [
        {
          dataset: "pinned",
          version: "20240105",
          requested: "20240105",
          import_as: "pinned",
          file_type: "parquet",
        },
        {
          dataset: "latest",
          version: "24v10",
          requested: "latest",
          import_as: "newest",
          version_env_var: "LATEST_VERSION",
        },
      ],
    });
    expect(outcome.metadata).toMatchObject({ inputs: { pinned: "20240105", latest: "24v10" } });
  });

  it("fails naming the dataset, the version wanted and the versions available", async () => {
    const project = await demoProject(
      `  datasets:\n  - name: boroughs\n    version: "2024.2"\n  - name: parks\n`,
    );
    await project.ingest("boroughs", "2024.1");
    await project.ingest("boroughs", "2023.4");
    const ctx = await project.context("demo");
    const error = await runStage(stages.plan, ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StageFailure);
    const message = (error as StageFailure).message;
    expect(message).toContain(
      `dataset "boroughs": version "2024.2" is not in the ingest store; versions available: 2023.4, 2024.1`,
    );
    expect(message).toContain(`dataset "parks": no version in the ingest store`);
    expect((error as StageFailure).asset).toBe("demo.plan");
    await expect(fs.stat(stageDir(ctx, "plan"))).rejects.toThrow();
  });

  it("without find_latest, an input without a version is an error listing what is there", async () => {
    const project = await demoProject(`  datasets:\n  - name: parks\n`);
    await project.ingest("parks", "1");
    const error = await runStage(stages.plan, await project.context("demo")).catch(
      (e: unknown) => e,
    );
    expect(String(error)).toContain(
      `dataset "parks": no version given; pin a version or set inputs.missing_versions_strategy: find_latest; versions available: 1`,
    );
  });

  it("a failed plan keeps the previous lock", async () => {
    const project = await demoProject(
      `  missing_versions_strategy: find_latest\n  datasets:\n  - name: parks\n`,
    );
    await project.ingest("parks", "1");
    const ctx = await project.context("demo");
    await runStage(stages.plan, ctx);
    await fs.rm(project.layout.datasetDir("parks"), { recursive: true });
    await expect(runStage(stages.plan, ctx)).rejects.toThrow(StageFailure);
    expect((await readLock(stageDir(ctx, "plan"))).inputs).toEqual([
      { dataset: "parks", version: "1", requested: "latest", import_as: "parks" },
    ]);
  });

  it("without a recipe, the lock records the partition and product env and no inputs", async () => {
    const project = await makeProject({
      "products/products.yml": productsYml(`id: plain\nbuild_command: "true"\nenv:\n  A: "1"`),
    });
    const ctx = await project.context("plain", {
      partition: { key: "v2-nightly_qa", version: "v2", note: "nightly_qa" },
    });
    await runStage(stages.plan, ctx);
    expect(await readLock(stageDir(ctx, "plan"))).toEqual({
      product: "plain",
      recipe: null,
      partition: {
        key: "v2-nightly_qa",
        version: "v2",
        note: "nightly_qa",
        dimensions: {},
        env: {},
      },
      env: { A: "1" },
      inputs: [],
    });
  });

  it("fingerprint inputs change when a new version is ingested", async () => {
    const project = await demoProject(
      `  missing_versions_strategy: find_latest\n  datasets:\n  - name: parks\n`,
    );
    await project.ingest("parks", "1");
    const ctx = await project.context("demo");
    const before = JSON.stringify(await stages.plan.fingerprintInputs(ctx));
    expect(JSON.stringify(await stages.plan.fingerprintInputs(ctx))).toBe(before);
    await project.ingest("parks", "2");
    expect(JSON.stringify(await stages.plan.fingerprintInputs(ctx))).not.toBe(before);
  });

  it("reads versions whose directory names are percent-encoded", async () => {
    const project = await demoProject(`  datasets:\n  - name: parks\n    version: "2024:Q1"\n`);
    await project.ingest("parks", "2024:Q1");
    expect(await fs.readdir(project.layout.datasetDir("parks"))).toEqual(["2024%3AQ1"]);
    const ctx = await project.context("demo");
    await runStage(stages.plan, ctx);
    expect((await readLock(stageDir(ctx, "plan"))).inputs).toMatchObject([{ version: "2024:Q1" }]);
  });
});
