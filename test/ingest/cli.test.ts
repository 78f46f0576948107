import { execFile } from "node:child_process";
import fs from "node:fs";
import fsp from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readRows, send, startServer, template, type TestServer } from "./helpers.js";
import { runCli } from "../cli-run.js";

const BIN = path.resolve(import.meta.dirname, "../../build/src/cli/bin.js");

let server: TestServer;
let root: string;

beforeAll(async () => {
  server = await startServer({ "/cities.csv": send("City Name,Pop\nAlbany,99\nBuffalo,278\n") });
  root = await fsp.mkdtemp(path.join(os.tmpdir(), "lifecycle-ingest-cli-"));
  await fsp.mkdir(path.join(root, "products"));
  await fsp.mkdir(path.join(root, "ingest_templates"));
  await fsp.writeFile(path.join(root, "products/products.yml"), "products: []\n");
  const steps =
    "  processing_steps:\n  - name: clean_column_names\n    args: { replace: { ' ': _ }, lower: true }";
  await fsp.writeFile(
    path.join(root, "ingest_templates/cities.yml"),
    template(
      "cities",
      `  source: { type: file_download, url: "${server.url}/cities.csv" }\n  file_format: { type: csv }\n${steps}`,
    ),
  );
  await fsp.writeFile(
    path.join(root, "ingest_templates/missing.yml"),
    template(
      "missing",
      `  source: { type: file_download, url: "${server.url}/missing.csv" }\n  file_format: { type: csv }`,
    ),
  );
});

afterAll(async () => {
  await server.close();
});

const run = (argv: string[]) => runCli(argv, { cwd: root });

describe("lifecycle ingest", () => {
  it("ingests a template into the store and prints where", async () => {
    const { code, stdout, stderr } = await run(["ingest", "cities", "--version", "2024", "--csv"]);
    expect(stderr).toContain(`downloading ${server.url}/cities.csv`);
    const dir = path.join(root, ".lifecycle/ingest/datasets/cities/2024");
    expect(stdout).toBe(`ingested cities 2024: 2 rows, ${dir}\n`);
    expect(code).toBe(0);
    expect(await readRows(path.join(dir, "cities.csv"))).toEqual([
      { city_name: "Albany", pop: 99 },
      { city_name: "Buffalo", pop: 278 },
    ]);
  });

  it("exits 2 on bad usage: no template, unknown template, a version that is not a partition key", async () => {
    expect((await run(["ingest"])).code).toBe(2);
    const unknown = await run(["ingest", "nope"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown ingest template "nope"; templates: cities, missing');
    const bad = await run(["ingest", "cities", "--version", "../x"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('ingest version "../x" contains a path separator');
  });

  it("exits 1 when the download fails, naming URL and status", async () => {
    const { code, stderr } = await run(["ingest", "missing", "--version", "1", "--quiet"]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `lifecycle: GET ${server.url}/missing.csv failed: HTTP 404 (no route /missing.csv)\n`,
    );
  });

  it("has --help", async () => {
    const { code, stdout } = await run(["ingest", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: lifecycle ingest <template> [--version V]");
  });

  it.skipIf(!fs.existsSync(BIN))("works through the built binary (npm run build)", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [
      BIN,
      "ingest",
      "cities",
      "--version",
      "bin",
      "--root",
      root,
      "--quiet",
    ]);
    expect(stdout).toContain("ingested cities bin: 2 rows");
  });
});
