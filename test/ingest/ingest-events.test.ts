import { execFile } from "node:child_process";
import fs from "node:fs";
import fsp from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { readEvents } from "../../src/store/events.js";
import { StoreLayout } from "../../src/store/layout.js";
import { readRows, send, startServer, template, type TestServer } from "./helpers.js";
import { runCli } from "../cli-run.js";

const BIN = path.resolve(import.meta.dirname, "../../build/src/cli/bin.js");

let server: TestServer;

beforeAll(async () => {
  server = await startServer({ "/cities.csv": send("City Name,Pop\nAlbany,99\nBuffalo,278\n") });
});

afterAll(async () => {
  await server.close();
});

/** A project with a working template, one whose download is a 404, and a GeoJSON one. */
async function makeRoot(): Promise<string> {
  const root = await fsp.mkdtemp(path.join(os.tmpdir(), "lifecycle-ingest-events-"));
  await fsp.mkdir(path.join(root, "products"));
  await fsp.mkdir(path.join(root, "ingest_templates"));
  await fsp.writeFile(path.join(root, "products/products.yml"), "products: []\n");
  const csv = (id: string, file: string) =>
    template(
      id,
      `  source: { type: file_download, url: "${server.url}/${file}" }\n  file_format: { type: csv }`,
    );
  await fsp.writeFile(path.join(root, "ingest_templates/cities.yml"), csv("cities", "cities.csv"));
  await fsp.writeFile(path.join(root, "ingest_templates/gone.yml"), csv("gone", "gone.csv"));
  await fsp.writeFile(
    path.join(root, "shapes.geojson"),
    '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"a"},"geometry":{"type":"Point","coordinates":[-73.5,40.25,7]}}]}',
  );
  await fsp.writeFile(
    path.join(root, "ingest_templates/shapes.yml"),
    template(
      "shapes",
      "  source: { type: local_file, path: shapes.geojson }\n  file_format: { type: geojson }",
    ),
  );
  return root;
}

const run = (root: string, argv: string[]) => runCli(argv, { cwd: root });

function events(root: string) {
  return readEvents(new StoreLayout(path.join(root, ".lifecycle")));
}

describe("lifecycle ingest records its run in events.jsonl", () => {
  it("appends a success record: asset ingest.<id>, partition = version, config.json as metadata", async () => {
    const root = await makeRoot();
    const { code } = await run(root, ["ingest", "cities", "--version", "2024", "--quiet"]);
    expect(code).toBe(0);
    const [record, ...others] = await events(root);
    expect(others).toEqual([]);
    expect(record).toMatchObject({
      asset: "ingest.cities",
      partition: "2024",
      status: "success",
      metadata: { id: "cities", version: "2024", rows: 2, ingestedBy: "lifecycle" },
    });
    expect(record?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(record?.error).toBeUndefined();
    const config = JSON.parse(
      await fsp.readFile(
        path.join(root, ".lifecycle/ingest/datasets/cities/2024/config.json"),
        "utf8",
      ),
    ) as unknown;
    expect(record?.metadata).toEqual(config);
    expect(Date.parse(record?.end ?? "")).toBeGreaterThanOrEqual(Date.parse(record?.start ?? ""));
  });

  it("appends a failed record with the error; the status command sees it", async () => {
    const root = await makeRoot();
    const failed = await run(root, ["ingest", "gone", "--version", "1"]);
    expect(failed.code).toBe(1);
    const [record] = await events(root);
    expect(record).toMatchObject({
      asset: "ingest.gone",
      partition: "1",
      status: "failed",
      metadata: {},
    });
    expect(record?.error).toContain(`${server.url}/gone.csv`);
    expect(record?.error).toContain("404");
    const status = await run(root, ["status", "--format", "json"]);
    expect(status.stdout).toContain("ingest.gone");
  });

  it("records a failure without --version under the partition 'auto', as materialize does", async () => {
    const root = await makeRoot();
    expect((await run(root, ["ingest", "gone"])).code).toBe(1);
    expect((await events(root)).map((r) => [r.partition, r.status])).toEqual([["auto", "failed"]]);
  });

  it("records a cancelled ingest (Ctrl-C while downloading) as cancelled", async () => {
    const root = await makeRoot();
    const controller = new AbortController();
    const slow = await startServer({
      "/slow.csv": (_request, response) => {
        response.writeHead(200, { "content-type": "text/csv" });
        response.write("a,b\n");
        controller.abort(new Error("interrupted"));
      },
    });
    try {
      await fsp.writeFile(
        path.join(root, "ingest_templates/slow.yml"),
        template(
          "slow",
          `  source: { type: file_download, url: "${slow.url}/slow.csv" }\n  file_format: { type: csv }`,
        ),
      );
      let stderr = "";
      const code = await main(["ingest", "slow", "--version", "5"], {
        stdout: { write: () => {} },
        stderr: { write: (t: string) => void (stderr += t) },
        env: {},
        cwd: root,
        signal: controller.signal,
      });
      expect(code).not.toBe(0);
      expect(await events(root)).toEqual([
        expect.objectContaining({
          asset: "ingest.slow",
          partition: "5",
          status: "cancelled",
          error: "cancelled: interrupted",
        }),
      ]);
      expect(stderr).toContain("interrupted");
    } finally {
      await slow.close();
    }
  });

  it("records nothing for bad usage (unknown template, bad version, bad --geometry)", async () => {
    const root = await makeRoot();
    expect((await run(root, ["ingest", "nope"])).code).toBe(2);
    expect((await run(root, ["ingest", "cities", "--version", "../x"])).code).toBe(2);
    const geometry = await run(root, ["ingest", "shapes", "--geometry", "wkb"]);
    expect(geometry.code).toBe(2);
    expect(geometry.stderr).toContain("--geometry");
    expect(geometry.stderr).toContain('"wkb"');
    expect(await events(root)).toEqual([]);
  });

  it("--geometry wkt writes WKT and records the format in config.json and the event", async () => {
    const root = await makeRoot();
    const { code } = await run(root, ["ingest", "shapes", "--version", "1", "--geometry", "wkt"]);
    expect(code).toBe(0);
    const dir = path.join(root, ".lifecycle/ingest/datasets/shapes/1");
    expect(await readRows(path.join(dir, "shapes.parquet"))).toEqual([
      { name: "a", geom: "POINT Z (-73.5 40.25 7)" },
    ]);
    const [record] = await events(root);
    expect(record?.metadata.geometry).toEqual({ column: "geom", format: "wkt" });
  });

  it("reads geometry_format from lifecycle.yml, in lifecycle ingest and lifecycle materialize", async () => {
    const root = await makeRoot();
    await fsp.writeFile(path.join(root, "lifecycle.yml"), "geometry_format: wkt\n");
    expect((await run(root, ["ingest", "shapes", "--version", "1"])).code).toBe(0);
    const dir = path.join(root, ".lifecycle/ingest/datasets/shapes/1");
    expect(await readRows(path.join(dir, "shapes.parquet"))).toEqual([
      { name: "a", geom: "POINT Z (-73.5 40.25 7)" },
    ]);
    expect(
      (await run(root, ["ingest", "shapes", "--version", "2", "--geometry", "geojson"])).code,
    ).toBe(0);
    const materialized = await run(root, [
      "materialize",
      "--select",
      "ingest.shapes",
      "--partition",
      "3",
    ]);
    expect(materialized.code).toBe(0);
    expect(
      await readRows(path.join(root, ".lifecycle/ingest/datasets/shapes/3/shapes.parquet")),
    ).toEqual([{ name: "a", geom: "POINT Z (-73.5 40.25 7)" }]);
    const geojson = path.join(root, ".lifecycle/ingest/datasets/shapes/2/shapes.parquet");
    expect(await readRows(geojson)).toEqual([
      { name: "a", geom: '{"type":"Point","coordinates":[-73.5,40.25,7]}' },
    ]);
  });

  it.skipIf(!fs.existsSync(BIN))("works through the built binary (npm run build)", async () => {
    const root = await makeRoot();
    const exec = promisify(execFile);
    const ok = await exec(process.execPath, [BIN, "ingest", "shapes", "--geometry", "wkt"], {
      cwd: root,
    });
    expect(ok.stdout).toMatch(/^ingested shapes \d{8}: 1 rows, /);
    const failed = await exec(process.execPath, [BIN, "ingest", "gone", "--version", "3"], {
      cwd: root,
    }).catch((error: { code: number; stderr: string }) => error);
    expect("code" in failed && failed.code).toBe(1);
    expect((await events(root)).map((r) => [r.asset, r.status])).toEqual([
      ["ingest.shapes", "success"],
      ["ingest.gone", "failed"],
    ]);
  });
});

describe("geometry_format in lifecycle.yml", () => {
  it("a bad value is a diagnostic with file, line, column, received and allowed values", async () => {
    const root = await makeRoot();
    await fsp.writeFile(path.join(root, "lifecycle.yml"), "# settings\ngeometry_format: WKB\n");
    const { code, stdout } = await run(root, ["validate", "--format", "json"]);
    expect(code).toBe(1);
    const { errors } = JSON.parse(stdout) as { errors: unknown[] };
    expect(errors).toEqual([
      expect.objectContaining({
        file: "lifecycle.yml",
        line: 2,
        column: 18,
        path: "geometry_format",
        received: "WKB",
        allowed: '"geojson", "wkt"',
      }),
    ]);
    const ingest = await run(root, ["ingest", "shapes"]);
    expect(ingest.code).toBe(2);
    expect(ingest.stderr).toContain("lifecycle.yml:2:18");
    expect(await events(root)).toEqual([]);
  });
});
