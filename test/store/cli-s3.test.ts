import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/store.js";
import { runCli } from "../cli-run.js";
import { makeProject, writeProducts } from "../engine/helpers.js";
import { startS3Server, type S3Server } from "../support/s3-server.js";

let server: S3Server;
let cacheDir: string;
beforeAll(async () => {
  server = await startS3Server(["cli-store"]);
  cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-blobs-"));
});
afterAll(() => server.stop());

const env = () => ({ ...process.env, ...server.env, LIFECYCLE_STORE_CACHE: cacheDir });
const cli = (argv: string[], cwd: string) => runCli(argv, { cwd, env: env() });
const sha = (text: string) => createHash("sha256").update(text).digest("hex");
const READ_INPUT = 'ls "$LIFECYCLE_INPUT_DIR" > "$LIFECYCLE_OUTPUT_DIR/inputs.txt"';

describe("--store s3:// for ingest and partitions (moto)", () => {
  it("ingest writes a dataset version into the bucket; materialize in a fresh project reads it from there", async () => {
    const url = "s3://cli-store/ingest";
    const spec = [{ id: "a", build_command: READ_INPUT, inputs: [{ name: "towers" }] }];
    const first = await makeProject(spec, ["towers"]);
    const ingest = await cli(["ingest", "towers", "--version", "1", "--store", url], first.root);
    expect(ingest.stderr).not.toMatch(/error/i);
    expect(ingest.code).toBe(0);
    expect(ingest.stdout).toContain(`ingested towers 1: 2 rows, ${url}/ingest/datasets/towers/1`);
    await expect(fs.stat(path.join(first.root, ".lifecycle"))).rejects.toThrow();

    // A fresh project without the template's data file: an ingest here would fail.
    const fresh = await makeProject(spec, ["towers"]);
    await writeProducts(fresh.root, spec);
    await fs.rm(path.join(fresh.root, "ingest_templates/data"), { recursive: true });
    const run = await cli(["materialize", "--store", url], fresh.root);
    expect(run.stdout).not.toMatch(/ingest\.towers/);
    expect(run.code).toBe(0);
    const store = await openStore(url, { root: fresh.root, env: env() });
    try {
      const lock = await fs.readFile(
        path.join(store.layout.stageDir("a", "main", "plan"), "recipe.lock.yml"),
        "utf8",
      );
      expect(lock).toMatch(/towers[\s\S]*version: "?1"?/);
      const records = await store.events.readAll();
      expect(records.filter((r) => r.asset === "ingest.towers").map((r) => r.status)).toEqual([
        "success",
      ]);
    } finally {
      await store.close();
    }
  });

  it("re-ingesting a version replaces it (the pointer is moved conditionally, no conflict)", async () => {
    const url = "s3://cli-store/reingest";
    const project = await makeProject([{ id: "a" }], ["towers"]);
    const args = ["ingest", "towers", "--version", "1", "--store", url, "--quiet"];
    expect((await cli(args, project.root)).code).toBe(0);
    await fs.writeFile(
      path.join(project.root, "ingest_templates/data/towers.csv"),
      "id,name\n9,z\n",
    );
    const again = await cli(args, project.root);
    expect(again.stderr).toBe("");
    expect(again.stdout).toContain("1 rows");
  });

  it("partitions add and remove publish to the bucket; list in another project sees them", async () => {
    const url = "s3://cli-store/partitions";
    const spec = [{ id: "d", partitions: "dynamic" }];
    const one = await makeProject(spec);
    const two = await makeProject(spec);
    for (const key of ["24v1-first", "24v2-second"])
      expect((await cli(["partitions", "add", "d", key, "--store", url], one.root)).code).toBe(0);
    expect(
      (await cli(["partitions", "remove", "d", "24v1-first", "--store", url], two.root)).stdout,
    ).toBe("d: 24v1-first removed\n");
    const list = await cli(["partitions", "list", "d", "--store", url], two.root);
    expect(list.stdout).toMatch(/24v2-second\tadded /);
    expect(list.stdout).not.toMatch(/24v1-first/);
  });

  it("matrix --changed-only leaves out what is up to date in the bucket, and keeps what changed", async () => {
    const url = "s3://cli-store/matrix";
    const spec = [{ id: "a" }, { id: "b", build_command: "echo b > $LIFECYCLE_OUTPUT_DIR/b.txt" }];
    const project = await makeProject(spec);
    const matrix = async () => {
      const run = await cli(["matrix", "--changed-only", "--store", url], project.root);
      expect(run.stderr).toBe("");
      return JSON.parse(run.stdout) as { has_entries: boolean; left_out: string[] };
    };
    expect(await matrix()).toMatchObject({ has_entries: true, left_out: [] });
    expect((await cli(["materialize", "--store", url, "--quiet"], project.root)).code).toBe(0);
    expect(await matrix()).toMatchObject({ has_entries: false, left_out: ["a@main", "b@main"] });
    await writeProducts(project.root, [spec[0]!, { id: "b", build_command: "echo changed" }]);
    const changed = await matrix();
    expect(changed).toMatchObject({ has_entries: true, left_out: ["a@main"] });
    expect(JSON.stringify(changed)).toContain('["b","main"]');
  });

  it("a run that selects one product downloads that product's part of the bucket, not the others'", async () => {
    const url = "s3://cli-store/narrow";
    const out = (text: string) => `echo ${text} > "$LIFECYCLE_OUTPUT_DIR/out.txt"`;
    const spec = [
      { id: "a", build_command: out("made-by-a") },
      { id: "b", build_command: out("made-by-b") },
    ];
    const project = await makeProject(spec);
    expect((await cli(["materialize", "--store", url, "--quiet"], project.root)).code).toBe(0);
    const fresh = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-blobs-fresh-"));
    const run = await runCli(["materialize", "--select", "a", "--store", url, "--quiet"], {
      cwd: project.root,
      env: { ...env(), LIFECYCLE_STORE_CACHE: fresh },
    });
    expect(run.code).toBe(0);
    const cached = async (text: string) =>
      fs
        .access(path.join(fresh, sha(`${text}\n`).slice(0, 2), sha(`${text}\n`)))
        .then(() => true)
        .catch(() => false);
    expect(await cached("made-by-a")).toBe(true);
    expect(await cached("made-by-b")).toBe(false);
  });
});
