import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { affectedProducts } from "../../src/github/affected.js";
import { loadProjectWithPipelines } from "../../src/partitions/project-products.js";
import { runCli } from "../cli-run.js";

let root: string;
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-pipeline-commands-"));
  await fs.mkdir(path.join(root, "pipelines"));
  await fs.writeFile(
    path.join(root, "pipelines/fx.js"),
    `export const partitions = { universe: ["desk=fx"], date: { start: "2025-01-01", end: "2025-01-02" } };
export function run() {}
`,
  );
  await fs.writeFile(path.join(root, "pipelines/shared.js"), "export const helper = 1;\n");
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

describe("discovered pipelines are products in every command", () => {
  it("graph --select names the pipeline's four stages", async () => {
    const result = await runCli(["graph", "--select", "fx"], { cwd: root });
    expect(result.stderr).toBe("");
    expect(result.stdout.trim().split("\n")).toEqual([
      "fx.plan",
      "fx.load <- fx.plan",
      "fx.build <- fx.load",
      "fx.package <- fx.build",
    ]);
  });

  it("validate counts it and warns about the helper module by file", async () => {
    const result = await runCli(["validate", "--format", "json"], { cwd: root });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { warnings: { file: string; message: string }[] };
    expect(report.warnings).toEqual([
      expect.objectContaining({
        file: path.join(root, "pipelines/shared.js"),
        message: expect.stringMatching(/exports no run\(config\).*skipped/),
      }),
    ]);
    const text = await runCli(["validate"], { cwd: root });
    expect(text.stdout).toMatch(/checked 1 product,/);
  });

  it("validate reports a pipeline that breaks the contract as an error on its folder", async () => {
    await fs.writeFile(path.join(root, "pipelines/bad.js"), "export const run = 3;\n");
    const result = await runCli(["validate", "--format", "json"], { cwd: root });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { errors: { message: string }[] };
    expect(report.errors[0]?.message).toMatch(/bad\.js: export run: expected an exported function/);
  });

  it("the matrix holds one job per pipeline partition", async () => {
    const result = await runCli(["matrix"], { cwd: root });
    expect(result.code).toBe(0);
    const { matrix } = JSON.parse(result.stdout) as { matrix: { include: { name: string }[] } };
    expect(matrix.include.map((e) => e.name)).toEqual(["fx@desk=fx:2025-01-01_2025-01-02"]);
  });

  it("affected: a pipeline by its own module, every pipeline by a shared one", async () => {
    const { project } = await loadProjectWithPipelines(root);
    const none = { base: undefined, head: undefined };
    expect(affectedProducts(project, ["pipelines/fx.js"], none)).toEqual([
      { product: "fx", reasons: ["pipelines/fx.js"] },
    ]);
    expect(affectedProducts(project, ["universes/desk.ts"], none)).toEqual([
      { product: "fx", reasons: ["universes/desk.ts (shared module)"] },
    ]);
    expect(affectedProducts(project, ["README.md"], none)).toEqual([]);
  });
});
