import fs from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { StageFailure } from "../../src/core/errors.js";
import { stages } from "../../src/stages/index.js";
import { createPlanStage } from "../../src/stages/plan.js";
import type { StagePartition } from "../../src/stages/types.js";
import { bumpVersion } from "../../src/stages/versions.js";
import { makeProject, productsYml, runStage, stageDir, type TestProject } from "./helpers.js";

const MARCH_17 = new Date("2026-03-17T23:30:00Z");
const at = (date: Date) => createPlanStage({ now: () => date });
const MAIN: Partial<StagePartition> = { key: "main", version: "latest", note: "main" };

async function project(head: string, productExtra = ""): Promise<TestProject> {
  const p = await makeProject({
    "products/products.yml": productsYml(
      `id: demo\nbuild_command: 'echo "$VERSION $VERSION_TYPE" > "$LIFECYCLE_OUTPUT_DIR/version.txt"'${productExtra}`,
    ),
    "products/demo/recipe.yml": `name: Demo\nproduct: demo\n${head}\ninputs:\n  missing_versions_strategy: find_latest\n  datasets:\n    - name: mappluto\n`,
  });
  await p.ingest("mappluto", "24v4");
  await p.ingest("mappluto", "25v1");
  return p;
}

async function planVersion(
  p: TestProject,
  partition: Partial<StagePartition> = MAIN,
  stage = at(MARCH_17),
) {
  const ctx = await p.context("demo", { partition });
  await runStage(stage, ctx);
  const lock = parse(
    await fs.readFile(path.join(stageDir(ctx, "plan"), "recipe.lock.yml"), "utf8"),
  ) as { version: Record<string, unknown>; env: Record<string, string> };
  return { ...lock, ctx };
}

describe("plan: version_strategy on starter partitions", () => {
  it("first_of_month and today take the injected clock's UTC date", async () => {
    const first = await planVersion(await project("version_strategy: first_of_month"));
    expect(first.version).toEqual({ value: "2026-03-01", strategy: "first_of_month" });
    expect(first.env.VERSION).toBe("2026-03-01");
    const today = await planVersion(await project("version_strategy: today"));
    expect(today.version).toEqual({ value: "2026-03-17", strategy: "today" });
  });

  it("pin_to_source_dataset takes the input's locked version", async () => {
    const { version } = await planVersion(
      await project("version_strategy:\n  pin_to_source_dataset: mappluto"),
    );
    expect(version).toEqual({
      value: "25v1",
      strategy: "pin_to_source_dataset",
      dataset: "mappluto",
    });
  });

  it("bump_latest_release without a release fails naming the product and what to do", async () => {
    const p = await project("version_strategy: bump_latest_release");
    const ctx = await p.context("demo", { partition: MAIN });
    const error = await runStage(at(MARCH_17), ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StageFailure);
    expect((error as StageFailure).message).toContain(
      `product "demo": version_strategy bump_latest_release needs a release of "demo" in the store, and there is none`,
    );
  });

  it("bump_latest_release bumps the latest release by version_type and step; the build sees it", async () => {
    const p = await project("version_strategy:\n  bump_latest_release: 2\nversion_type: minor");
    const releaseCtx = await p.context("demo", {
      partition: { key: "25v3.1-publish", version: "25v3.1", note: "publish" },
    });
    for (const stage of [stages.plan, stages.load, stages.build, stages.package])
      await runStage(stage, releaseCtx);
    const { version, ctx } = await planVersion(p);
    expect(version).toEqual({
      value: "25v3.3",
      strategy: "bump_latest_release",
      release: { partition: "25v3.1-publish", version: "25v3.1" },
      version_type: "minor",
      bump_by: 2,
      previous_release: { partition: "25v3.1-publish", version: "25v3.1" },
    });
    await runStage(stages.load, ctx);
    await runStage(stages.build, ctx);
    const written = await fs.readFile(
      path.join(stageDir(ctx, "build"), "output/version.txt"),
      "utf8",
    );
    expect(written).toBe("25v3.3 minor\n");
  });

  it("a key that carries a version wins; then products.yml version, then the recipe's version", async () => {
    const strategy = "version_strategy: today";
    const keyed = await planVersion(await project(strategy), {
      key: "2025.1.1-2_ar_build",
      version: "2025.1.1",
      note: "2_ar_build",
    });
    expect(keyed.version).toEqual({ value: "2025.1.1", strategy: "partition_key" });
    const product = await planVersion(await project(strategy, "\nversion: 26v1"), {
      ...MAIN,
      version: "26v1",
    });
    expect(product.version).toEqual({ value: "26v1", strategy: "product_version" });
    const recipe = await planVersion(await project(`version: FY2027\n${strategy}`));
    expect(recipe.version).toEqual({ value: "FY2027", strategy: "recipe_version" });
    const none = await planVersion(await project(""));
    expect(none.version).toEqual({ value: "latest", strategy: "default" });
  });

  it("a date strategy re-plans when the date changes, and only then", async () => {
    const p = await project("version_strategy: first_of_month");
    const ctx = await p.context("demo", { partition: MAIN });
    const print = async (date: string) =>
      JSON.stringify(await at(new Date(date)).fingerprintInputs(ctx));
    expect(await print("2026-03-01T00:00:00Z")).toBe(await print("2026-03-01T22:00:00Z"));
    expect(await print("2026-03-01T00:00:00Z")).not.toBe(await print("2026-03-02T00:00:00Z"));
    const keyed = await p.context("demo", {
      partition: { key: "v1-x", version: "v1", note: "x" },
    });
    const keyedPrint = async (date: string) =>
      JSON.stringify(await at(new Date(date)).fingerprintInputs(keyed));
    expect(await keyedPrint("2026-03-01T00:00:00Z")).toBe(await keyedPrint("2026-04-09T00:00:00Z"));
  });
});

describe("bumpVersion (dcpy's bump)", () => {
  it.each([
    ["25v1", "major", 1, "25v2"],
    ["25v1", undefined, 1, "25v2"],
    ["25v1.3", "major", 1, "25v2"],
    ["25v1", "minor", 1, "25v1.1"],
    ["25v1.1", "minor", 2, "25v1.3"],
    ["25v1.1.4", "minor", 1, "25v1.2"],
    ["25v1", "patch", 1, "25v1.0.1"],
    ["24Q4", undefined, 1, "25Q1"],
    ["24Q3", "patch", 1, "24Q3.1"],
    ["2024-12", undefined, 1, "2025-01"],
    ["2024-06.2", "patch", 1, "2024-06.3"],
    ["2024-06-01", "patch", 1, "2024-06-01.1"],
    ["FY2026", undefined, 1, "FY2027"],
    ["26prelim", undefined, 1, "26exec"],
    ["26exec", undefined, 2, "27prelim"],
    ["26adopt", undefined, 1, "27prelim"],
    ["26exec", "patch", 1, "26exec.1"],
  ] as const)("%s bumped by %s x%d is %s", (previous, type, by, expected) => {
    expect(bumpVersion(previous, type, by)).toBe(expected);
  });

  it("refuses what dcpy refuses, naming the formats it knows", () => {
    expect(() => bumpVersion("2024-06-01", undefined)).toThrow(
      'cannot bump version "2024-06-01" by version_type (none)',
    );
    expect(() => bumpVersion("24Q1", "minor")).toThrow("by version_type minor");
    expect(() => bumpVersion("FY2026", "patch")).toThrow("by version_type patch");
    expect(() => bumpVersion("20240105", "major")).toThrow(
      'cannot bump version "20240105": expected one of 24v2, 24v2.1',
    );
  });
});

describe("plan: an input's version_env_var set in the recipe's vars", () => {
  it("pins the input to that value, as dcpy does (knownprojects' ZAP_VERSION)", async () => {
    const p = await makeProject({
      "products/products.yml": productsYml(`id: kpdb\nbuild_command: "true"`),
      "products/kpdb/recipe.yml": `name: kpdb
product: db-kpdb
vars:
  ZAP_VERSION: "20250303"
inputs:
  missing_versions_strategy: find_latest
  datasets:
    - name: dcp_projects
      version_env_var: ZAP_VERSION
    - name: dcp_projectbbls
      version_env_var: ZAP_VERSION
    - name: dcp_other
      version_env_var: NOT_IN_VARS
`,
    });
    for (const v of ["20250303", "20250401"]) {
      await p.ingest("dcp_projects", v);
      await p.ingest("dcp_other", v);
    }
    await p.ingest("dcp_projectbbls", "20250401");
    const ctx = await p.context("kpdb");
    const error = await runStage(stages.plan, ctx).catch((e: unknown) => e);
    expect(String(error)).toContain(
      `dataset "dcp_projectbbls": version "20250303" (from $ZAP_VERSION) is not in the ingest store; versions available: 20250401`,
    );
    await p.ingest("dcp_projectbbls", "20250303");
    await runStage(stages.plan, ctx);
    const lock = parse(
      await fs.readFile(path.join(stageDir(ctx, "plan"), "recipe.lock.yml"), "utf8"),
    ) as { inputs: { dataset: string; version: string; requested: string }[] };
    expect(lock.inputs.map((i) => [i.dataset, i.version, i.requested])).toEqual([
      ["dcp_projects", "20250303", "$ZAP_VERSION"],
      ["dcp_projectbbls", "20250303", "$ZAP_VERSION"],
      ["dcp_other", "20250401", "latest"],
    ]);
  });
});
