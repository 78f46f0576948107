import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadProject } from "../../src/config/project.js";
import { parseRecipeFile } from "../../src/config/recipe.js";
import { StageFailure } from "../../src/core/errors.js";
import { readLock } from "../../src/stages/lock.js";
import { stages } from "../../src/stages/index.js";
import type { StageContext } from "../../src/stages/types.js";
import { resolveS3Connection } from "../../src/store/s3-client.js";
import { S3Objects } from "../../src/store/s3-objects.js";
import { runCli } from "../cli-run.js";
import { startS3Server, TEST_CREDENTIALS, type S3Server } from "../support/s3-server.js";
import { makeProject, productsYml, runStage, stageDir } from "./helpers.js";

/*
 * Recipe inputs read from the team's other stores, on moto, with small files written in dcpy's
 * layout: edm-recipes (datasets/, raw/), edm-publishing under a prefix (publish/, draft/, build/),
 * edm-private (datasets/).
 */

let server: S3Server;
const buckets: Record<string, S3Objects> = {};

beforeAll(async () => {
  server = await startS3Server(["edm-recipes", "edm-publishing", "edm-private"]);
  for (const name of ["edm-recipes", "edm-publishing", "edm-private"])
    buckets[name] = new S3Objects(name, resolveS3Connection(server.env));
  const put = (bucket: string, key: string, body: string) => buckets[bucket]!.put(key, body);
  // edm-recipes: two versions of a dataset; latest/config.json names the newer one, which has
  // both a csv and a parquet (dcpy prefers parquet).
  await put("edm-recipes", "datasets/dcp_boroughs/20240101/dcp_boroughs.csv", "code\n1\n");
  await put("edm-recipes", "datasets/dcp_boroughs/20240601/dcp_boroughs.csv", "code\n1\n2\n");
  await put("edm-recipes", "datasets/dcp_boroughs/20240601/dcp_boroughs.parquet", "PAR1 boros");
  await put("edm-recipes", "datasets/dcp_boroughs/20240601/config.json", '{"version":"20240601"}');
  await put("edm-recipes", "datasets/dcp_boroughs/latest/dcp_boroughs.parquet", "PAR1 boros");
  await put("edm-recipes", "datasets/dcp_boroughs/latest/config.json", '{"version":"20240601"}');
  // 2099 sorts after 20240601, but latest/config.json says otherwise: dcpy reads the config.
  await put("edm-recipes", "datasets/dcp_boroughs/2099/dcp_boroughs.parquet", "future");
  const raw = "raw/dcp_cscl_gdb/2024-06-01T10:00:00";
  await put("edm-recipes", `${raw}/ETL Working GDB.gdb.zip`, "PK gdb");
  await put("edm-recipes", `${raw}/config.json`, '{"timestamp":"2024-06-01T10:00:00"}');
  await put(
    "edm-recipes",
    "raw/dcp_cscl_gdb/latest/config.json",
    '{"timestamp":"2024-06-01T10:00:00"}',
  );
  // edm-publishing, under the prefix "edm": cpdb published twice, factfinder drafts, an eddt build.
  await put("edm-publishing", "edm/db-cpdb/publish/24v1/cpdb_projects_poly.shp.zip", "PK 24");
  await put("edm-publishing", "edm/db-cpdb/publish/25v1/cpdb_projects_poly.shp.zip", "PK 25v1");
  await put("edm-publishing", "edm/db-cpdb/publish/25v1/cpdb_projects_pts.shp.zip", "PK pts");
  await put("edm-publishing", "edm/db-cpdb/publish/latest/cpdb_projects_poly.shp.zip", "PK 25v1");
  const draft = "edm/db-factfinder/draft";
  await put("edm-publishing", `${draft}/25v1/1-initial-build/acs_current/metadata.json`, '{"a":1}');
  await put("edm-publishing", `${draft}/25v1/1-initial-build/acs_current/acs.csv`, "x\n1\n");
  await put("edm-publishing", `${draft}/25v1/2-fix/acs_current/metadata.json`, '{"a":2}');
  await put("edm-publishing", `${draft}/24v2/1-initial-build/acs_current/metadata.json`, '{"a":0}');
  await put("edm-publishing", "edm/db-eddt/build/nightly-qa/edde.parquet", "PAR1 edde");
  await put("edm-publishing", "edm/db-eddt/build/nightly-qa/sub/notes.txt", "notes");
  // edm-private: two versions.
  await put("edm-private", "datasets/dcas_lift/20240301/dcas_lift.csv", "bbl\n1\n");
  await put("edm-private", "datasets/dcas_lift/20240501/dcas_lift.csv", "bbl\n1\n2\n");
  await put("edm-private", "datasets/dcas_lift/20240501/readme.txt", "private");
  // What the corpus's lift recipe reads besides the above.
  const dri = "datasets/dcp_dri_subindices_indicators/2025/dcp_dri_subindices_indicators.csv";
  await put("edm-private", dri, "id\n1\n");
  for (const id of ["dcp_mappluto_wi", "dcp_ct2020"]) {
    await put("edm-recipes", `datasets/${id}/25v1/${id}.parquet`, `PAR1 ${id}`);
    await put("edm-recipes", `datasets/${id}/latest/config.json`, '{"version":"25v1"}');
  }
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

const STORES = `stores:
  recipes: s3://edm-recipes
  publishing: s3://edm-publishing/edm
  private: s3://edm-private
`;

/** Every source type once: the recipe lift of the corpus, widened. */
const RECIPE = `name: LIFT
product: lift
inputs:
  missing_versions_strategy: find_latest
  datasets:
    - name: dcas_lift
      source: edm.private
      file_type: csv
      custom:
        filename: dcas_lift.csv
    - name: dcp_boroughs
      source: edm.recipes.datasets
    - name: dcp_cscl_gdb
      source: edm.recipes.raw_datasets
      file_type: gdb
      import_as: centerline
      custom:
        filename: ETL Working GDB.gdb.zip
        layer_name: Centerline
    - name: db-cpdb
      source: edm.publishing.published
      version: latest
      file_type: shapefile
      import_as: cpdb_projects_poly
      custom:
        filename: cpdb_projects_poly.shp.zip
    - name: factfinder
      source: edm.publishing.drafts
      version: latest
      file_type: json
      import_as: acs_metadata_draft
      custom:
        dataset: acs_current
        filepath: metadata.json
        revision: 1-initial-build
    - name: edde
      source: edm.publishing.builds
      version: nightly-qa
      import_as: edde_build
`;

async function liftProject(recipe = RECIPE, settings = STORES) {
  const p = await makeProject({
    "products/products.yml": productsYml(`id: lift\nbuild_command: "true"`),
    "products/lift/recipe.yml": recipe,
    "lifecycle.yml": settings,
  });
  const context = async (): Promise<StageContext> => ({
    ...(await p.context("lift")),
    env: server.env,
  });
  return { ...p, context };
}

async function planFailure(ctx: StageContext): Promise<string> {
  const error = await runStage(stages.plan, ctx).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(StageFailure);
  return (error as StageFailure).message;
}

describe("store-backed recipe inputs on S3 (moto)", () => {
  it("plan resolves each source type's version and files as dcpy does; load downloads them", async () => {
    const p = await liftProject();
    const ctx = await p.context();
    await runStage(stages.plan, ctx);
    const lock = await readLock(stageDir(ctx, "plan"), "lift.plan", ctx.partition.key);
    const pinned = Object.fromEntries(
      lock.inputs.map((i) => [i.import_as, [i.version, i.file_type, i.folder]]),
    );
    expect(pinned).toEqual({
      dcas_lift: ["20240501", "csv", "datasets/dcas_lift/20240501"],
      dcp_boroughs: ["20240601", "parquet", "datasets/dcp_boroughs/20240601"],
      centerline: ["2024-06-01T10:00:00", "gdb", "raw/dcp_cscl_gdb/2024-06-01T10:00:00"],
      cpdb_projects_poly: ["25v1", "shapefile", "db-cpdb/publish/25v1"],
      acs_metadata_draft: [
        "25v1.1-initial-build",
        "json",
        "db-factfinder/draft/25v1/1-initial-build/acs_current",
      ],
      edde_build: ["nightly-qa", undefined, "db-eddt/build/nightly-qa"],
    });
    const lift = lock.inputs.find((i) => i.dataset === "dcas_lift");
    expect(lift).toMatchObject({
      source: "edm.private",
      store: "s3://edm-private",
      requested: "latest",
      files: [{ key: "datasets/dcas_lift/20240501/dcas_lift.csv", bytes: 8 }],
    });
    expect(lift?.files?.[0]?.etag).toMatch(/^"[0-9a-f]{32}"$/);

    await runStage(stages.load, ctx);
    const inputs = path.join(stageDir(ctx, "load"), "inputs");
    const read = (file: string) => fs.readFile(path.join(inputs, file), "utf8");
    expect(await read("dcas_lift/dcas_lift.csv")).toBe("bbl\n1\n2\n");
    expect(await read("dcp_boroughs/dcp_boroughs.parquet")).toBe("PAR1 boros");
    expect(await read("centerline/ETL Working GDB.gdb.zip")).toBe("PK gdb");
    expect(await read("cpdb_projects_poly/cpdb_projects_poly.shp.zip")).toBe("PK 25v1");
    expect(await read("acs_metadata_draft/metadata.json")).toBe('{"a":1}');
    // A build without filepath/filename: the whole folder, sub-folders kept.
    expect((await fs.readdir(path.join(inputs, "edde_build"), { recursive: true })).sort()).toEqual(
      ["edde.parquet", "sub", "sub/notes.txt"],
    );
    const manifest = JSON.parse(
      await fs.readFile(path.join(stageDir(ctx, "load"), "manifest.json"), "utf8"),
    );
    expect(manifest.datasets).toHaveLength(6);
  });

  it("a pinned version missing from the store fails the plan naming store, key, version and what is there", async () => {
    const p = await liftProject(
      RECIPE.replace("      file_type: csv\n", '      file_type: csv\n      version: "20990101"\n'),
    );
    const message = await planFailure(await p.context());
    expect(message).toContain(
      'dataset "dcas_lift": edm.private in s3://edm-private: version "20990101" is not there (no datasets/dcas_lift/20990101/); versions available: 20240301, 20240501',
    );
  });

  it("a missing file, a draft version without a revision and builds' latest fail clearly, all at once", async () => {
    const recipe = `name: LIFT
product: lift
inputs:
  datasets:
    - name: dcas_lift
      source: edm.private
      version: latest
      custom: { filename: lift.csv }
    - name: factfinder
      source: edm.publishing.drafts
      version: 25v1
    - name: edde
      source: edm.publishing.builds
      version: latest
      import_as: edde_build
`;
    const message = await planFailure(await (await liftProject(recipe)).context());
    expect(message).toContain(
      'dataset "dcas_lift": edm.private in s3://edm-private, version "20240501": no file datasets/dcas_lift/20240501/lift.csv; files there: dcas_lift.csv, readme.txt',
    );
    expect(message).toContain(
      'dataset "factfinder": draft version "25v1" should be "<version>.<revision>"',
    );
    expect(message).toContain(
      'dataset "edde" (as edde_build): edm.publishing.builds has no latest build (as in dcpy): give the build\'s name as the version; builds present: nightly-qa',
    );
  });

  it("a source type whose store lifecycle.yml does not name fails the plan saying what to add", async () => {
    const p = await liftProject(RECIPE, "stores:\n  recipes: s3://edm-recipes\n");
    const message = await planFailure(await p.context());
    expect(message).toContain(
      "dataset \"dcas_lift\": source edm.private reads the team's private store (dcpy's edm-private bucket), which lifecycle.yml does not name: add `stores: { private: s3://<bucket>/<prefix> }`",
    );
    expect(message).toContain("source edm.publishing.published reads the team's publishing store");
    // The recipes store is named: its inputs resolved.
    expect(message).not.toContain("dcp_boroughs");
  });

  it("a new version in the store re-plans; an unchanged store does not", async () => {
    const recipe = `name: LIFT\nproduct: lift\ninputs:\n  datasets:\n    - name: dcas_lift\n      source: edm.private\n      version: latest\n      file_type: csv\n      custom: { filename: dcas_lift.csv }\n`;
    const p = await liftProject(recipe);
    const fingerprint = async () =>
      JSON.stringify(await stages.plan.fingerprintInputs(await p.context()));
    const before = await fingerprint();
    expect(await fingerprint()).toBe(before);
    await buckets["edm-private"]!.put("datasets/dcas_lift/20240901/dcas_lift.csv", "bbl\n3\n");
    try {
      expect(await fingerprint()).not.toBe(before);
    } finally {
      await buckets["edm-private"]!.delete("datasets/dcas_lift/20240901/dcas_lift.csv");
    }
  });
});

describe("the corpus's lift recipe, unchanged", () => {
  it("plans and loads every input from the three stores", async () => {
    const corpus = path.resolve(import.meta.dirname, "../../../shared/corpus/nyc-dcp");
    const recipe = await fs.readFile(path.join(corpus, "products/lift/recipe.yml"), "utf8");
    const p = await liftProject(recipe);
    const ctx = await p.context();
    await runStage(stages.plan, ctx);
    await runStage(stages.load, ctx);
    const lock = await readLock(stageDir(ctx, "plan"), "lift.plan", ctx.partition.key);
    expect(lock.inputs.map((i) => [i.import_as, i.version, i.store])).toEqual([
      ["lift_csv", "20240501", "s3://edm-private"],
      ["dcp_mappluto_wi", "25v1", "s3://edm-recipes"],
      ["dcp_ct2020", "25v1", "s3://edm-recipes"],
      ["dri_subindices_indicators", "2025", "s3://edm-private"],
      ["cpdb_projects_poly", "25v1", "s3://edm-publishing/edm"],
      ["cpdb_projects_points", "25v1", "s3://edm-publishing/edm"],
    ]);
    const inputs = path.join(stageDir(ctx, "load"), "inputs");
    const points = path.join(inputs, "cpdb_projects_points/cpdb_projects_pts.shp.zip");
    expect(await fs.readFile(points, "utf8")).toBe("PK pts");
    const pluto = path.join(inputs, "dcp_mappluto_wi/dcp_mappluto_wi.parquet");
    expect(await fs.readFile(pluto, "utf8")).toBe("PAR1 dcp_mappluto_wi");
  });
});

describe("the corpus's cscl recipe, unchanged: 55 raw_datasets inputs", () => {
  it("plans every input to the latest raw version and its file, and loads them", async () => {
    const corpus = path.resolve(import.meta.dirname, "../../../shared/corpus/nyc-dcp");
    const text = await fs.readFile(path.join(corpus, "products/cscl/recipe.yml"), "utf8");
    const { recipe } = parseRecipeFile("products/cscl/recipe.yml", text);
    const inputs = recipe?.inputs.datasets ?? [];
    expect(inputs).toHaveLength(55);
    const stamp = "2026-05-01T08:00:00";
    const files = new Set(inputs.map((d) => `${d.id}/${String(d.custom?.filename)}`));
    for (const file of files) {
      const [id, name] = file.split("/") as [string, string];
      await buckets["edm-recipes"]!.put(`raw/${id}/${stamp}/${name}`, `PK ${name}`);
      const config = JSON.stringify({ timestamp: stamp });
      await buckets["edm-recipes"]!.put(`raw/${id}/latest/config.json`, config);
    }
    const p = await liftProject(text);
    const ctx = await p.context();
    await runStage(stages.plan, ctx);
    const lock = await readLock(stageDir(ctx, "plan"), "lift.plan", ctx.partition.key);
    expect(lock.inputs).toHaveLength(55);
    for (const [i, input] of lock.inputs.entries()) {
      const name = String(inputs[i]?.custom?.filename);
      expect(input).toMatchObject({
        version: stamp,
        file_type: "gdb",
        source: "edm.recipes.raw_datasets",
      });
      expect(input.files?.map((f) => f.key)).toEqual([`raw/${input.dataset}/${stamp}/${name}`]);
    }
    await runStage(stages.load, ctx);
    const centerline = path.join(
      stageDir(ctx, "load"),
      "inputs/dcp_cscl_centerline/ETL Working GDB.gdb.zip",
    );
    expect(await fs.readFile(centerline, "utf8")).toBe("PK ETL Working GDB.gdb.zip");
  });
});

describe("which store an input without a source reads", () => {
  it("a dataset with a template here reads lifecycle's ingest store even with stores.recipes; one without, the recipes store", async () => {
    const recipe = `name: LIFT\nproduct: lift\ninputs:\n  missing_versions_strategy: find_latest\n  datasets:\n    - name: dcp_boroughs\n    - name: dcas_lift\n      source: edm.private\n      file_type: csv\n      version: ../../etc\n`;
    const p = await liftProject(recipe);
    const ingested = `id: dcp_boroughs\nacl: public-read\nattributes: { name: b }\ningestion:\n  source: { type: local_file, path: b.csv }\n  file_format: { type: csv }\n`;
    await p.write("ingest_templates/dcp_boroughs.yml", ingested);
    await p.ingest("dcp_boroughs", "1", { "dcp_boroughs.parquet": "local" });
    const message = await planFailure(await p.context());
    expect(message).toContain('version "../../etc" must be one path segment');
    await p.write("products/lift/recipe.yml", recipe.replace("      version: ../../etc\n", ""));
    const ctx = await p.context();
    await runStage(stages.plan, ctx);
    const lock = await readLock(stageDir(ctx, "plan"), "lift.plan", ctx.partition.key);
    expect(lock.inputs.map((i) => [i.dataset, i.version, i.store ?? "ingest store"])).toEqual([
      ["dcp_boroughs", "1", "ingest store"],
      ["dcas_lift", "20240501", "s3://edm-private"],
    ]);
  });
});

describe("materialize through the built CLI", () => {
  it("builds a product from the recipes and private stores; a second run skips every stage", async () => {
    const recipe = `name: LIFT\nproduct: lift\ninputs:\n  missing_versions_strategy: find_latest\n  datasets:\n    - name: dcas_lift\n      source: edm.private\n      file_type: csv\n    - name: dcp_boroughs\n`;
    const copy = 'cp -R "$LIFECYCLE_INPUT_DIR"/. "$LIFECYCLE_OUTPUT_DIR"/';
    const p = await makeProject({
      "products/products.yml": productsYml(`id: lift\nbuild_command: '${copy}'`),
      "products/lift/recipe.yml": recipe,
      "lifecycle.yml": STORES,
    });
    const env = { ...process.env, ...server.env };
    const first = await runCli(["materialize", "--select", "lift"], { cwd: p.root, env });
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    const output = path.join(p.layout.stageDir("lift", "main", "build"), "output");
    expect(await fs.readFile(path.join(output, "dcas_lift/dcas_lift.csv"), "utf8")).toBe(
      "bbl\n1\n2\n",
    );
    expect(await fs.readFile(path.join(output, "dcp_boroughs/dcp_boroughs.parquet"), "utf8")).toBe(
      "PAR1 boros",
    );
    const second = await runCli(["materialize", "--select", "lift"], { cwd: p.root, env });
    expect(second.stdout).toMatch(/0 succeeded, 4 skipped/);
  });
});

describe("the connection of a store", () => {
  const recipe = `name: LIFT\nproduct: lift\ninputs:\n  datasets:\n    - name: dcas_lift\n      source: edm.private\n      version: latest\n      file_type: csv\n`;
  const plan = async (settings: string) => {
    const p = await liftProject(recipe, settings);
    // No endpoint in the environment: lifecycle.yml's is the one used.
    const ctx = { ...(await p.context()), env: { ...TEST_CREDENTIALS } };
    await runStage(stages.plan, ctx);
    return readLock(stageDir(ctx, "plan"), "lift.plan", ctx.partition.key);
  };

  it("is its own endpoint when it gives one", async () => {
    const lock = await plan(
      `stores:\n  private:\n    url: s3://edm-private\n    endpoint: ${server.url}\n`,
    );
    expect(lock.inputs[0]?.version).toBe("20240501");
  });

  it("else that of store: (the same object store as lifecycle's own)", async () => {
    const lock = await plan(
      `store:\n  endpoint: ${server.url}\nstores:\n  private: s3://edm-private\n`,
    );
    expect(lock.inputs[0]?.version).toBe("20240501");
  });
});

describe("store-backed inputs from a local directory", () => {
  it("reads the same layout from a directory named relative to the project root", async () => {
    const recipe = `name: LIFT\nproduct: lift\ninputs:\n  datasets:\n    - name: dcas_lift\n      source: edm.private\n      version: latest\n      file_type: csv\n`;
    const p = await liftProject(recipe, "stores:\n  private: ./private-store\n");
    await p.write("private-store/datasets/dcas_lift/2023/dcas_lift.csv", "bbl\n9\n");
    await p.write("private-store/datasets/dcas_lift/2024/dcas_lift.csv", "bbl\n10\n");
    const ctx = await p.context();
    await runStage(stages.plan, ctx);
    await runStage(stages.load, ctx);
    const file = path.join(stageDir(ctx, "load"), "inputs/dcas_lift/dcas_lift.csv");
    expect(await fs.readFile(file, "utf8")).toBe("bbl\n10\n");
  });
});

describe("validate and store-backed inputs", () => {
  const recipe = `name: LIFT\nproduct: lift\ninputs:\n  datasets:\n    - name: dcas_lift\n      source: edm.private\n    - name: dcp_mappluto_wi\n    - name: dcp_ct2020\n`;
  const warnings = async (settings: string) => {
    const p = await makeProject({
      "products/products.yml": productsYml(`id: lift\nbuild_command: "true"`),
      "products/lift/recipe.yml": recipe,
      "lifecycle.yml": settings,
    });
    const { diagnostics } = await loadProject(p.root);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    return diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`);
  };

  it("without stores: warns about the template-less inputs and the store edm.private needs", async () => {
    const found = await warnings("geometry_format: wkt\n");
    expect(found).toEqual([
      expect.stringContaining(
        '6:15 input "dcas_lift" has source edm.private, read from the team\'s private store, which lifecycle.yml does not name',
      ),
      expect.stringContaining('input dataset "dcp_mappluto_wi" has no template'),
      expect.stringContaining('input dataset "dcp_ct2020" has no template'),
    ]);
  });

  it("with the stores named: no warning", async () => {
    expect(
      await warnings("stores:\n  recipes: s3://edm-recipes\n  private: s3://edm-private\n"),
    ).toEqual([]);
  });

  it("a bad stores: entry is an error naming the field and what is allowed", async () => {
    const p = await makeProject({
      "lifecycle.yml": "stores:\n  recipes: edm-recipes\n  privat: s3://x\n",
    });
    const { diagnostics } = await loadProject(p.root);
    const text = diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.path}: ${d.message}`);
    expect(text).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^lifecycle\.yml:2:\d+ stores\.recipes: .*s3:\/\/bucket\/prefix/),
        expect.stringMatching(/^lifecycle\.yml:3:\d+ stores(\.privat)?: .*privat/),
      ]),
    );
  });
});
