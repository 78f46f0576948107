import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveS3Connection } from "../../src/store/s3-client.js";
import { S3Objects } from "../../src/store/s3-objects.js";
import { BUILT_CLI, runCli } from "../cli-run.js";
import {
  startFaultProxy,
  startS3Server,
  TEST_CREDENTIALS,
  type FaultProxy,
  type S3Server,
} from "../support/s3-server.js";
import { makeProject, readConfig, readRows, template } from "./helpers.js";

const CORPUS = path.resolve(import.meta.dirname, "../../../shared/corpus/nyc-dcp/ingest_templates");
const CSV = "Name,Count\nAlbany,1\nBuffalo,2\n";

let server: S3Server;
let proxy: FaultProxy;
let bucket: S3Objects;
beforeAll(async () => {
  server = await startS3Server(["edm-recipes"]);
  proxy = await startFaultProxy(server.url);
  bucket = new S3Objects("edm-recipes", resolveS3Connection(server.env));
});
afterAll(async () => {
  await proxy.close();
  await server.stop();
});

function env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...server.env, ...extra };
}

async function s3Project(key: string) {
  const project = await makeProject();
  await project.addTemplate(
    "cities",
    template(
      "cities",
      `  source: { type: s3, bucket: edm-recipes, key: "${key}" }\n  file_format: { type: csv }`,
    ),
  );
  return project;
}

describe("s3 source against moto", () => {
  it("ingests a corpus template (dcas_ipis), recording bucket, key, endpoint and the raw file's hash", async () => {
    const header =
      "BBL,BORO,BOROUGH,BLOCK,LOT,CD,HOUSE NUMBER,STREET NAME,ALTERNATE ADDRESS,PARCEL NAME,AGENCY,PRIMARY USE CODE,PRIMARY USE TEXT,OWNER,OWNED/LEASED,U-F USE CODE,U-F USE TEXT,U-A USE CODE,U-A USE TEXT,USE STATUS,X COORD,Y COORD";
    const csv = `${header}\n1000010010,1,MANHATTAN,00001,0010,101,1,GOVERNORS ISLAND,,GOVERNORS ISLAND,DCAS,1100,OFFICE,C,O,0,,0,,ACTIVE,979335,191905\n`;
    await bucket.put("inbox/dcas/ipis/20240601/dcas_ipis.csv", csv);
    const project = await makeProject();
    await project.addTemplate(
      "dcas_ipis",
      await fs.readFile(path.join(CORPUS, "dcas_ipis.yml"), "utf8"),
    );
    const lines: string[] = [];
    const result = await project.ingest("dcas_ipis", {
      version: "20240601",
      env: env(),
      log: (line) => void lines.push(line),
    });
    const [row] = await readRows(path.join(result.dir, "dcas_ipis.parquet"));
    expect(row).toMatchObject({ bbl: "1000010010", block: "00001", x_coord: 979335 });
    const config = await readConfig(result.dir);
    expect(config.source).toEqual({
      type: "s3",
      bucket: "edm-recipes",
      key: "inbox/dcas/ipis/20240601/dcas_ipis.csv",
      endpoint: server.url,
    });
    expect(config.raw).toMatchObject({
      file: "raw/dcas_ipis.csv",
      sha256: createHash("sha256").update(csv).digest("hex"),
      bytes: Buffer.byteLength(csv),
    });
    expect(lines).toContain(
      `downloading s3://edm-recipes/inbox/dcas/ipis/20240601/dcas_ipis.csv from ${server.url}`,
    );
    const written = JSON.stringify(config) + lines.join("\n");
    expect(written).not.toContain(TEST_CREDENTIALS.AWS_SECRET_ACCESS_KEY);
    expect(written).not.toContain(TEST_CREDENTIALS.AWS_ACCESS_KEY_ID);
  });

  it("reads a key with spaces and unicode, names the raw file after its last segment", async () => {
    const key = "inbox/dcp/cbbr/20240101 BRs for (All) Boards/Données été ☕.csv";
    await bucket.put(key, CSV);
    const project = await s3Project(key);
    const result = await project.ingest("cities", { version: "20240101", env: env() });
    expect(await fs.readdir(path.join(result.dir, "raw"))).toEqual([
      "Donn%C3%A9es%20%C3%A9t%C3%A9%20%E2%98%95.csv",
    ]);
    expect(await readRows(path.join(result.dir, "cities.parquet"))).toEqual([
      { Name: "Albany", Count: 1 },
      { Name: "Buffalo", Count: 2 },
    ]);
  });

  it("fails on a missing key naming bucket, key and code, keeping the previous version", async () => {
    await bucket.put("inbox/k.csv", CSV);
    const project = await s3Project("inbox/k.csv");
    const good = await project.ingest("cities", { version: "1", env: env() });
    const before = await fs.readFile(path.join(good.dir, "config.json"), "utf8");
    await bucket.delete("inbox/k.csv");
    await expect(project.ingest("cities", { version: "1", env: env() })).rejects.toThrow(
      `s3 source: could not get s3://edm-recipes/inbox/k.csv from ${server.url}: HTTP 404`,
    );
    expect(await fs.readFile(path.join(good.dir, "config.json"), "utf8")).toBe(before);
  });

  it("retries 500 and 503, then reads the object", async () => {
    await bucket.put("inbox/retry.csv", CSV);
    const project = await s3Project("inbox/retry.csv");
    proxy.faults.push({ kind: "status", status: 500 }, { kind: "status", status: 503 });
    const result = await project.ingest("cities", {
      version: "1",
      env: env({ AWS_ENDPOINT_URL_S3: proxy.url }),
    });
    expect(await readRows(path.join(result.dir, "cities.parquet"))).toHaveLength(2);
  });

  it("gives up after the retries with a clear error naming bucket and key", async () => {
    const project = await s3Project("inbox/down.csv");
    proxy.faults.push(
      ...Array.from({ length: 3 }, () => ({ kind: "status", status: 503 }) as const),
    );
    const error = await project
      .ingest("cities", { version: "1", env: env({ AWS_ENDPOINT_URL_S3: proxy.url }) })
      .catch((e: unknown) => String(e));
    expect(error).toContain(
      `s3 source: could not get s3://edm-recipes/inbox/down.csv from ${proxy.url}: HTTP 503`,
    );
    expect(error).toContain("after 3 attempts");
  });

  it("takes the endpoint from lifecycle.yml, then AWS_S3_ENDPOINT (dcpy's name) over it", async () => {
    await bucket.put("inbox/yml.csv", CSV);
    const project = await s3Project("inbox/yml.csv");
    const credentials = { ...TEST_CREDENTIALS };
    const settings = { s3: { endpoint: `${server.url}/` } };
    const projectOptions = { root: project.root, settings, templates: project.templates };
    const fromFile = await project.ingest("cities", {
      version: "1",
      env: credentials,
      project: projectOptions,
    });
    expect((await readConfig(fromFile.dir)).source).toMatchObject({ endpoint: server.url });
    const fromEnv = await project.ingest("cities", {
      version: "2",
      env: { ...credentials, AWS_S3_ENDPOINT: proxy.url },
      project: projectOptions,
    });
    expect((await readConfig(fromEnv.dir)).source).toMatchObject({ endpoint: proxy.url });
  });
});

describe("lifecycle ingest with an s3 source", () => {
  async function cliProject(): Promise<string> {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-s3-cli-"));
    await fs.mkdir(path.join(root, "ingest_templates"), { recursive: true });
    await fs.mkdir(path.join(root, "products"));
    await fs.writeFile(path.join(root, "products/products.yml"), "products: []\n");
    await fs.writeFile(
      path.join(root, "ingest_templates/cities.yml"),
      template(
        "cities",
        '  source: { type: s3, bucket: edm-recipes, key: "inbox/{{ version }}/cities list.csv" }\n  file_format: { type: csv }',
      ),
    );
    await bucket.put("inbox/2024/cities list.csv", CSV);
    return root;
  }

  it("ingests through main with the credentials from its environment", async () => {
    const root = await cliProject();
    const ok = await runCli(["ingest", "cities", "--version", "2024"], { cwd: root, env: env() });
    expect(ok.stderr).toContain(
      `downloading s3://edm-recipes/inbox/2024/cities list.csv from ${server.url}`,
    );
    expect(ok).toMatchObject({ code: 0 });
    const half = await runCli(["ingest", "cities", "--version", "2024"], {
      cwd: root,
      env: { AWS_S3_ENDPOINT: server.url, AWS_ACCESS_KEY_ID: "x" },
    });
    expect(half.code).toBe(2);
    expect(half.stderr).toContain("AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not");
    const missing = await runCli(["ingest", "cities", "--version", "2025"], {
      cwd: root,
      env: env(),
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("HTTP 404");
  });

  it("ingests through the built binary", async () => {
    await fs.access(BUILT_CLI);
    const root = await cliProject();
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [BUILT_CLI, "ingest", "cities", "--version", "2024"],
      { cwd: root, env: { PATH: process.env.PATH, ...env() } },
    );
    expect(stdout).toMatch(/^ingested cities 2024: 2 rows, /);
  });
});
