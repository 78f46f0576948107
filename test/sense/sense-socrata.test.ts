import fs from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ObservationSchema } from "../../src/sense/schema.js";
import { runCli } from "../cli-run.js";
import { makeProject, type TestProject } from "../engine/helpers.js";

/** A Socrata portal stand-in: `/api/views/<id>.json` with the dataset's rowsUpdatedAt (seconds). */
let rowsUpdatedAt: number | undefined = Date.UTC(2025, 0, 3, 18, 30) / 1000;
let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url !== "/api/views/ipu4-2q9a.json") {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ id: "ipu4-2q9a", name: "DOB Permits", rowsUpdatedAt }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

async function project(partitions: string, dataset = "ipu4-2q9a"): Promise<TestProject> {
  const made = await makeProject([{ id: "permits" }]);
  const products = [
    "products:",
    "  - id: permits",
    `    build_command: "true"`,
    `    partitions: ${partitions}`,
    "    observe:",
    `      - { name: dob, socrata: { url: "${base}", dataset: ${dataset} } }`,
  ].join("\n");
  await fs.writeFile(path.join(made.root, "products/products.yml"), `${products}\n`);
  return made;
}

const sense = (root: string, ...argv: string[]) =>
  runCli(["sense", ...argv], { cwd: root, env: process.env });

describe("a Socrata dataset's last update as an observed input", () => {
  it("makes present every day up to the day its rows were last updated (UTC), then the next ones as it updates", async () => {
    const root = (await project("{ daily: { start: 2025-01-01, end: 2025-01-06 } }")).root;
    expect((await sense(root, "--dry-run")).stdout).toBe(
      "permits: 2025-01-01, 2025-01-02, 2025-01-03\n",
    );
    expect((await sense(root, "--no-run")).code).toBe(0);
    rowsUpdatedAt = Date.UTC(2025, 0, 5, 0, 10) / 1000;
    expect((await sense(root, "--dry-run")).stdout).toBe("permits: 2025-01-04, 2025-01-05\n");
  });

  it("names the observation when the portal answers without rowsUpdatedAt or with an error", async () => {
    rowsUpdatedAt = undefined;
    const root = (await project("{ daily: { start: 2025-01-01, end: 2025-01-03 } }")).root;
    const missing = await sense(root, "--dry-run");
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain(
      `observation dob: ${base}/api/views/ipu4-2q9a.json has no rowsUpdatedAt`,
    );
    const other = (await project("{ daily: { start: 2025-01-01, end: 2025-01-03 } }", "zzzz-9999"))
      .root;
    const refused = await sense(other, "--dry-run");
    expect(refused.stderr).toContain("answered HTTP 404");
    rowsUpdatedAt = Date.UTC(2025, 0, 3) / 1000;
  });

  it("refuses a dataset id that is not one and a portal that is not http(s)", () => {
    const parse = (socrata: unknown) => ObservationSchema.safeParse({ name: "x", socrata }).success;
    expect(parse({ url: "https://data.cityofnewyork.us", dataset: "ipu4-2q9a" })).toBe(true);
    expect(parse({ url: "https://data.cityofnewyork.us", dataset: "../../x" })).toBe(false);
    expect(parse({ url: "file:///etc", dataset: "ipu4-2q9a" })).toBe(false);
  });
});
