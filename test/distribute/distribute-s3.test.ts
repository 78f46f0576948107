import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli-run.js";
import { makeProject } from "../engine/helpers.js";
import { startS3Server, type S3Server } from "../support/s3-server.js";

let server: S3Server;
beforeAll(async () => {
  server = await startS3Server(["lc-store", "open-data"]);
});
afterAll(() => server.stop());

/** The keys under a prefix of a bucket, read with an unsigned LIST (moto answers it). */
async function keysIn(bucket: string, prefix: string): Promise<string[]> {
  const answer = await fetch(`${server.url}/${bucket}?list-type=2&prefix=${prefix}`);
  const xml = await answer.text();
  return [...xml.matchAll(/<Key>([^<]+)<\/Key>/g)].map((m) => m[1] ?? "").sort();
}

describe("distribute to an object store (a second bucket on the S3 test server)", () => {
  it("copies the published version under <prefix>/<product>/<version>/, from a store in another bucket", async () => {
    const build = `printf 'id,v\\n1,a\\n' > "$LIFECYCLE_OUTPUT_DIR/out.csv"`;
    const project = await makeProject([{ id: "p", build_command: build }]);
    const products = [
      "products:",
      "  - id: p",
      '    version: "24v1"',
      `    build_command: ${JSON.stringify(build)}`,
      "    destinations:",
      "      - { id: lake, object_store: { url: s3://open-data/releases } }",
      "      - { id: nowhere, object_store: { url: s3://no-such-bucket/x } }",
    ].join("\n");
    await fs.writeFile(path.join(project.root, "products/products.yml"), `${products}\n`);
    const env = { ...process.env, ...server.env };
    const store = ["--store", "s3://lc-store/team"];
    for (const argv of [
      ["materialize", ...store],
      ["publish", "draft", "p", "--partition", "main", ...store],
      ["publish", "release", "p", "--version", "24v1", ...store],
    ]) {
      const run = await runCli(argv, { cwd: project.root, env });
      expect(run.code, run.stderr).toBe(0);
    }
    const sent = await runCli(["distribute", "p", "--destination", "lake", ...store], {
      cwd: project.root,
      env,
    });
    expect(sent.stderr).toBe("");
    expect(sent.code).toBe(0);
    expect(sent.stdout).toMatch(/lake: \d+ files to s3:\/\/open-data\/releases\/p\/24v1\//);
    const keys = await keysIn("open-data", "releases/p/24v1/");
    expect(keys).toContain("releases/p/24v1/output/out.csv");
    expect(keys).toContain("releases/p/24v1/manifest.json");
    // The object's content: its ETag is the MD5 of what was put (a single-part upload).
    const listing = await fetch(
      `${server.url}/open-data?list-type=2&prefix=releases/p/24v1/output/`,
    );
    const md5 = createHash("md5").update("id,v\n1,a\n").digest("hex");
    expect(await listing.text()).toContain(`<ETag>"${md5}"</ETag>`);

    const missing = await runCli(["distribute", "p", "--destination", "nowhere", ...store], {
      cwd: project.root,
      env,
    });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(
      /nowhere: failed: S3 PUT s3:\/\/no-such-bucket\/x\/p\/24v1\/\S+ failed: HTTP 404/,
    );
    expect(missing.stdout + missing.stderr).not.toContain(server.env.AWS_SECRET_ACCESS_KEY ?? "?");
  });
});
