import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Settings } from "../../src/config/settings.js";
import { ConfigError } from "../../src/core/errors.js";
import { Engine } from "../../src/ingest/engine.js";
import { resolveS3Connection } from "../../src/store/s3-client.js";
import { S3Objects } from "../../src/store/s3-objects.js";
import { startS3Server, type S3Server } from "../support/s3-server.js";
import { makeProject, readConfig, readRows, template } from "./helpers.js";

/*
 * Templates whose source is the team's recipes or publishing store (dcpy's bpl_libraries_*,
 * doi_evictions_geocoded, dcp_zoningtaxlots), on moto with files in dcpy's layout.
 */

let server: S3Server;
let recipes: S3Objects;

/** A real parquet file's bytes, written by DuckDB. */
async function parquet(select: string): Promise<Buffer> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-parquet-"));
  const file = path.join(dir, "out.parquet");
  const engine = await Engine.open();
  try {
    await engine.run(`COPY (${select}) TO '${file}' (FORMAT parquet)`);
  } finally {
    engine.close();
  }
  return fs.readFile(file);
}

beforeAll(async () => {
  server = await startS3Server(["edm-recipes", "edm-publishing"]);
  recipes = new S3Objects("edm-recipes", resolveS3Connection(server.env));
  const older = await parquet("SELECT 'Central' AS \"Branch Name\", 1 AS visits");
  const newer = await parquet(
    "SELECT * FROM (VALUES ('Central', 10), ('Brooklyn Heights', 20)) t(\"Branch Name\", visits)",
  );
  await recipes.put("datasets/bpl_libraries/20240101/bpl_libraries.parquet", older);
  await recipes.put("datasets/bpl_libraries/20240601/bpl_libraries.parquet", newer);
  await recipes.put("datasets/bpl_libraries/latest/bpl_libraries.parquet", newer);
  await recipes.put("datasets/bpl_libraries/latest/config.json", '{"version": "20240601"}');
  const publishing = new S3Objects("edm-publishing", resolveS3Connection(server.env));
  await publishing.put(
    "db-zoningtaxlots/publish/25v2/zoningtaxlot_db.csv",
    "Borough Code,Tax Block\n1,100\n",
  );
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

const BPL = template(
  "bpl_libraries_supplemented",
  "  source:\n    type: edm.recipes.datasets\n    key: bpl_libraries\n  file_format:\n    type: parquet\n  processing_steps:\n  - name: clean_column_names\n    args: { replace: { ' ': _ }, lower: true }",
);

async function project(settings: Settings) {
  const p = await makeProject();
  Object.assign(p.settings, settings);
  await p.addTemplate("bpl_libraries_supplemented", BPL);
  return p;
}

describe("edm.recipes.datasets template source", () => {
  it("reads datasets/<key>/<version>/<key>.parquet of the recipes store; without a version, latest/config.json's", async () => {
    const p = await project({ stores: { recipes: "s3://edm-recipes" } });
    const result = await p.ingest("bpl_libraries_supplemented", { env: server.env });
    expect(result.version).toBe("20240601");
    const rows = await readRows(path.join(result.dir, "bpl_libraries_supplemented.parquet"));
    expect(rows.map((r) => r.branch_name)).toEqual(["Central", "Brooklyn Heights"]);
    const config = await readConfig(result.dir);
    expect(config.source).toEqual({
      type: "edm.recipes.datasets",
      key: "bpl_libraries",
      store: "s3://edm-recipes",
    });
    expect(config.raw).toMatchObject({
      file: "raw/bpl_libraries.parquet",
      url: "s3://edm-recipes/datasets/bpl_libraries/20240601/bpl_libraries.parquet",
    });

    const pinned = await p.ingest("bpl_libraries_supplemented", {
      env: server.env,
      version: "20240101",
    });
    const old = await readRows(path.join(pinned.dir, "bpl_libraries_supplemented.parquet"));
    expect(old).toEqual([{ branch_name: "Central", visits: 1 }]);
  });

  it("a version the store lacks fails naming the store, key and versions there", async () => {
    const p = await project({ stores: { recipes: "s3://edm-recipes" } });
    const error = await p
      .ingest("bpl_libraries_supplemented", { env: server.env, version: "20991231" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe(
      'template source edm.recipes.datasets "bpl_libraries": edm.recipes.datasets in s3://edm-recipes: version "20991231" is not there (no datasets/bpl_libraries/20991231/); versions available: 20240101, 20240601',
    );
  });

  it("without stores.recipes the template is not runnable here, saying what lifecycle.yml lacks", async () => {
    const p = await project({});
    const error = await p.ingest("bpl_libraries_supplemented", { env: server.env }).catch((e) => e);
    expect((error as Error).message).toContain(
      'source type "edm.recipes.datasets" (lifecycle.yml names no stores.recipes)',
    );
  });
});

describe("edm.publishing.published template source", () => {
  it("reads <product>/publish/<version>/<filepath> (the corpus's dcp_zoningtaxlots)", async () => {
    const p = await makeProject();
    Object.assign(p.settings, { stores: { publishing: "s3://edm-publishing" } });
    const text = template(
      "dcp_zoningtaxlots",
      "  source:\n    type: edm.publishing.published\n    product: db-zoningtaxlots\n    filepath: zoningtaxlot_db.csv\n  file_format:\n    type: csv",
    );
    await p.addTemplate("dcp_zoningtaxlots", text);
    const result = await p.ingest("dcp_zoningtaxlots", { env: server.env });
    expect(result.version).toBe("25v2");
    const rows = await readRows(path.join(result.dir, "dcp_zoningtaxlots.parquet"));
    expect(rows).toEqual([{ "Borough Code": 1, "Tax Block": 100 }]);
  });
});
