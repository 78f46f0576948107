import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { StageFailure } from "../../src/core/errors.js";
import { stages } from "../../src/stages/index.js";
import { makeProject, productsYml, runStage, stageDir } from "./helpers.js";

async function project(datasets: string) {
  const p = await makeProject({
    "products/products.yml": productsYml(`id: demo\nbuild_command: "true"`),
    "products/demo/recipe.yml": `name: Demo\nproduct: demo\ninputs:\n  missing_versions_strategy: find_latest\n  datasets:\n${datasets}`,
  });
  return p;
}

const sha = (text: string) => createHash("sha256").update(text).digest("hex");

describe("load stage", () => {
  it("copies every locked input with a manifest of files, bytes and sha256", async () => {
    const p = await project(
      `  - name: boroughs\n  - name: districts\n    import_as: cds\n    version: "1"\n`,
    );
    await p.ingest("boroughs", "20240101", { "boroughs.parquet": "old" });
    await p.ingest("boroughs", "20240301", {
      "boroughs.parquet": "PAR1",
      "raw/boroughs.csv": "code,name\n1,Manhattan\n",
    });
    await p.ingest("districts", "1", { "districts.parquet": "cds" });
    await p.ingest("districts", "2", { "districts.parquet": "cds v2" });
    const ctx = await p.context("demo");
    await runStage(stages.plan, ctx);
    const outcome = await runStage(stages.load, ctx);
    const dir = stageDir(ctx, "load");
    const manifest = JSON.parse(await fs.readFile(path.join(dir, "manifest.json"), "utf8"));
    const config = JSON.stringify({ id: "boroughs", version: "20240301" });
    expect(manifest.datasets[0]).toEqual({
      dataset: "boroughs",
      version: "20240301",
      import_as: "boroughs",
      files: [
        { path: "boroughs.parquet", bytes: 4, sha256: sha("PAR1") },
        { path: "config.json", bytes: config.length, sha256: sha(config) },
        { path: "raw/boroughs.csv", bytes: 22, sha256: sha("code,name\n1,Manhattan\n") },
      ],
      bytes: 26 + config.length,
    });
    expect(manifest.datasets[1]).toMatchObject({
      dataset: "districts",
      version: "1",
      import_as: "cds",
    });
    expect(await fs.readFile(path.join(dir, "inputs/cds/districts.parquet"), "utf8")).toBe("cds");
    expect(await fs.readFile(path.join(dir, "inputs/boroughs/raw/boroughs.csv"), "utf8")).toContain(
      "Manhattan",
    );
    expect(await fs.readFile(path.join(dir, "recipe.lock.yml"), "utf8")).toContain(
      "dataset: districts",
    );
    expect(outcome.metadata).toMatchObject({ datasets: 2, files: 5 });
  });

  it("a build writing into its loaded inputs cannot change the ingest store", async () => {
    const p = await project(`  - name: boroughs\n`);
    await p.ingest("boroughs", "1", { "boroughs.parquet": "original" });
    const ctx = await p.context("demo");
    await runStage(stages.plan, ctx);
    await runStage(stages.load, ctx);
    const loaded = path.join(stageDir(ctx, "load"), "inputs/boroughs/boroughs.parquet");
    const stored = path.join(p.layout.datasetVersionDir("boroughs", "1"), "boroughs.parquet");
    expect((await fs.stat(loaded)).ino).not.toBe((await fs.stat(stored)).ino);
    await fs.writeFile(loaded, "overwritten by a build");
    await fs.appendFile(loaded, "!");
    expect(await fs.readFile(stored, "utf8")).toBe("original");
  });

  it("fails when a locked version has left the store, keeping the previous load", async () => {
    const p = await project(`  - name: boroughs\n`);
    await p.ingest("boroughs", "1");
    const ctx = await p.context("demo");
    await runStage(stages.plan, ctx);
    await runStage(stages.load, ctx);
    await fs.rm(p.layout.datasetVersionDir("boroughs", "1"), { recursive: true });
    const error = await runStage(stages.load, ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StageFailure);
    expect(String(error)).toContain(
      `dataset "boroughs" version "1" is locked but no longer in the ingest store`,
    );
    expect(await fs.readdir(path.join(stageDir(ctx, "load"), "inputs"))).toEqual(["boroughs"]);
  });

  it("refuses two inputs imported under the same name", async () => {
    const p = await project(`  - name: a\n    import_as: same\n  - name: b\n    import_as: same\n`);
    await p.ingest("a", "1");
    await p.ingest("b", "1");
    const ctx = await p.context("demo");
    await runStage(stages.plan, ctx);
    await expect(runStage(stages.load, ctx)).rejects.toThrow(`two inputs are imported as "same"`);
  });

  it("fails clearly when there is no plan output", async () => {
    const p = await project(`  - name: a\n`);
    await expect(runStage(stages.load, await p.context("demo"))).rejects.toThrow(
      "run the plan stage first",
    );
  });
});
