import fs from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { StageFailure } from "../../src/core/errors.js";
import { moveLatest, promoteToDraft, publishRelease } from "../../src/publish/publish.js";
import { stages } from "../../src/stages/index.js";
import { LocalStore } from "../../src/store/store.js";
import type { StagePartition } from "../../src/stages/types.js";
import { makeProject, productsYml, runStage, stageDir, type TestProject } from "./helpers.js";

/** pluto's two recipes, cut down: a major build that finds versions, a minor one that copies them. */
const MAJOR = `name: Pluto Major
product: db-pluto
version_strategy: bump_latest_release
version_type: major
inputs:
  missing_versions_strategy: find_latest
  datasets:
    - name: dof_dtm
    - name: dcp_zoning
`;
const MINOR = `name: Pluto Minor
base_recipe: recipe.yml
product: db-pluto
version_strategy: bump_latest_release
version_type: minor
inputs:
  missing_versions_strategy: copy_latest_release
  datasets:
    - name: dcp_zoning
      version: latest
`;

function partition(key: string): Partial<StagePartition> {
  const dash = key.lastIndexOf("-");
  return dash < 0
    ? { key, version: "latest", note: key }
    : { key, version: key.slice(0, dash), note: key.slice(dash + 1) };
}

async function project(recipe: "recipe.yml" | "recipe-minor.yml"): Promise<TestProject> {
  const p = await makeProject({
    "products/products.yml": productsYml(
      `id: pluto\nbuild_command: "true"\nrecipe: products/pluto/${recipe}`,
    ),
    "products/pluto/recipe.yml": MAJOR,
    "products/pluto/recipe-minor.yml": MINOR,
  });
  await p.ingest("dof_dtm", "1");
  await p.ingest("dcp_zoning", "24v1");
  return p;
}

/** Plan, load, build and package `key` with the product's current recipe: a release. */
async function release(p: TestProject, key: string): Promise<void> {
  const ctx = await p.context("pluto", { partition: partition(key) });
  for (const stage of [stages.plan, stages.load, stages.build, stages.package])
    await runStage(stage, ctx);
}

async function useRecipe(p: TestProject, recipe: string): Promise<void> {
  await p.write(
    "products/products.yml",
    productsYml(`id: pluto\nbuild_command: "true"\nrecipe: products/pluto/${recipe}`),
  );
}

async function plan(p: TestProject, key: string) {
  const ctx = await p.context("pluto", { partition: partition(key) });
  await runStage(stages.plan, ctx);
  return parse(await fs.readFile(path.join(stageDir(ctx, "plan"), "recipe.lock.yml"), "utf8")) as {
    version: Record<string, unknown>;
    inputs: Record<string, unknown>[];
  };
}

async function planError(p: TestProject, key: string): Promise<string> {
  const ctx = await p.context("pluto", { partition: partition(key) });
  const error = await runStage(stages.plan, ctx).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(StageFailure);
  return (error as StageFailure).message;
}

describe("plan: copy_latest_release", () => {
  it("without a release, fails naming the product and what to do", async () => {
    const p = await project("recipe-minor.yml");
    const message = await planError(p, "25v1.1-minor");
    expect(message).toContain(
      `product "pluto": inputs.missing_versions_strategy is copy_latest_release, but the store has no release of "pluto" to copy versions from`,
    );
    expect(message).toContain("package a release first");
    expect(message).toContain("give a version to the 1 input(s) without one: dof_dtm");
  });

  it("copies the versions the latest release locked; version: latest still takes the newest", async () => {
    const p = await project("recipe.yml");
    await release(p, "25v1-release");
    await p.ingest("dof_dtm", "2");
    await p.ingest("dcp_zoning", "25v1");
    await useRecipe(p, "recipe-minor.yml");
    const lock = await plan(p, "25v1.1-minor");
    expect(lock.inputs).toEqual([
      { dataset: "dcp_zoning", version: "25v1", requested: "latest", import_as: "dcp_zoning" },
      {
        dataset: "dof_dtm",
        version: "1",
        requested: "copy_latest_release",
        import_as: "dof_dtm",
        copied_from: "25v1-release",
      },
    ]);
  });

  it("latest = highest release version; starters and the planned partition are not releases", async () => {
    const p = await project("recipe.yml");
    await release(p, "25v2-release");
    await p.ingest("dof_dtm", "2");
    await release(p, "25v10-release"); // 25v10 > 25v2 in version order
    await p.ingest("dof_dtm", "3");
    await release(p, "24v9-late"); // packaged last, but an older version
    await release(p, "main");
    await release(p, "nightly_qa");
    await useRecipe(p, "recipe-minor.yml");
    const copied = (key: string) => plan(p, key).then((l) => l.inputs[1]);
    expect(await copied("25v10.1-minor")).toMatchObject({
      version: "2",
      copied_from: "25v10-release",
    });
    // Re-planning the latest release itself copies from the one before it.
    expect(await copied("25v10-release")).toMatchObject({
      version: "1",
      copied_from: "25v2-release",
    });
  });

  it("once a version is published, the published releases count, and latest is the one `latest` names", async () => {
    const p = await project("recipe.yml");
    await release(p, "25v1-release");
    await p.ingest("dof_dtm", "2");
    await release(p, "25v2-release");
    await p.ingest("dof_dtm", "3");
    await release(p, "25v3-release"); // packaged, never published
    const target = { store: new LocalStore(p.layout.root), runId: "publish-run" };
    for (const key of ["25v1-release", "25v2-release"]) {
      const draft = await promoteToDraft(target, { product: "pluto", partition: key });
      await publishRelease(target, { product: "pluto", version: draft.version });
    }
    await useRecipe(p, "recipe-minor.yml");
    const copied = (key: string) => plan(p, key).then((l) => l.inputs[1]);
    // 25v3 is the newest package, but 25v2 is the latest published release.
    expect(await copied("25v3.1-minor")).toMatchObject({
      version: "2",
      copied_from: "25v2-release",
    });
    // Rolled back on purpose: latest names 25v1, so that is the latest release.
    await moveLatest(target, { product: "pluto", version: "25v1", allowOlder: true });
    expect(await copied("25v3.1-minor")).toMatchObject({
      version: "1",
      copied_from: "25v1-release",
    });
  });

  it("a copied version that is no longer ingested, or a dataset the release did not use, fails", async () => {
    const p = await project("recipe.yml");
    await release(p, "25v1-release");
    await fs.rm(p.layout.datasetVersionDir("dof_dtm", "1"), { recursive: true });
    await p.ingest("dof_dtm", "2");
    await p.write("products/pluto/recipe-minor.yml", `${MINOR}    - name: dcp_new\n`);
    await p.ingest("dcp_new", "1");
    await useRecipe(p, "recipe-minor.yml");
    const message = await planError(p, "25v1.1-minor");
    expect(message).toContain(
      `dataset "dof_dtm": version "1" copied from the latest release (25v1-release) is not in the ingest store; versions available: 2`,
    );
    expect(message).toContain(
      `dataset "dcp_new": no version given and the latest release (25v1-release) did not use it; pin a version or use version: latest`,
    );
  });

  it("re-plans when a newer release is packaged", async () => {
    const p = await project("recipe.yml");
    await release(p, "25v1-release");
    await useRecipe(p, "recipe-minor.yml");
    const ctx = await p.context("pluto", { partition: partition("main") });
    const before = JSON.stringify(await stages.plan.fingerprintInputs(ctx));
    expect(JSON.stringify(await stages.plan.fingerprintInputs(ctx))).toBe(before);
    await useRecipe(p, "recipe.yml");
    await release(p, "25v2-release");
    expect(JSON.stringify(await stages.plan.fingerprintInputs(ctx))).not.toBe(before);
  });

  it("the package manifest records the planned version and the locked inputs", async () => {
    const p = await project("recipe.yml");
    await release(p, "25v1-release");
    await useRecipe(p, "recipe-minor.yml");
    await release(p, "main");
    const ctx = await p.context("pluto", { partition: partition("main") });
    const manifest = JSON.parse(
      await fs.readFile(path.join(stageDir(ctx, "package"), "manifest.json"), "utf8"),
    ) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      partition: "main",
      version: "25v1.1",
      version_strategy: "bump_latest_release",
      inputs: [
        { dataset: "dcp_zoning", version: "24v1", import_as: "dcp_zoning" },
        { dataset: "dof_dtm", version: "1", import_as: "dof_dtm" },
      ],
    });
  });
});

describe("plan: VERSION_PREV", () => {
  it("is the newest release older than the planned version; it pins a version_env_var input", async () => {
    const p = await project("recipe.yml");
    await release(p, "25v1-release");
    await release(p, "25v2-release");
    await p.write(
      "products/pluto/recipe.yml",
      `${MAJOR}    - name: dcp_pluto\n      version_env_var: VERSION_PREV\n      import_as: previous_pluto\n`,
    );
    for (const v of ["25v1", "25v2", "25v3"]) await p.ingest("dcp_pluto", v);
    const previous = async (key: string) => {
      const lock = await plan(p, key);
      return [lock.version.previous_release, lock.inputs.find((i) => i.dataset === "dcp_pluto")];
    };
    expect(await previous("25v2.1-fix")).toEqual([
      { partition: "25v2-release", version: "25v2" },
      expect.objectContaining({ version: "25v2", requested: "$VERSION_PREV" }),
    ]);
    expect(await previous("25v1.5-fix")).toEqual([
      { partition: "25v1-release", version: "25v1" },
      expect.objectContaining({ version: "25v1", requested: "$VERSION_PREV" }),
    ]);
    // No older release: the input falls back to missing_versions_strategy (find_latest here).
    expect(await previous("24v9-old")).toEqual([
      undefined,
      expect.objectContaining({ version: "25v3", requested: "latest" }),
    ]);
    // A VERSION_PREV in the recipe's vars wins.
    await p.write(
      "products/pluto/recipe.yml",
      `${MAJOR.replace("inputs:", "vars:\n  VERSION_PREV: 25v1\ninputs:")}    - name: dcp_pluto\n      version_env_var: VERSION_PREV\n`,
    );
    const [, input] = await previous("25v2.1-fix");
    expect(input).toMatchObject({ version: "25v1", requested: "$VERSION_PREV" });
  });
});
