import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { materialize } from "../../src/engine/materialize.js";
import { RecordingReporter } from "../../src/engine/reporter.js";
import { readEvents } from "../../src/store/events.js";
import { StoreLayout } from "../../src/store/layout.js";
import { listLocalUnits, listUnitFiles } from "../../src/store/units.js";
import { runCli } from "../cli-run.js";
import { fakeStages, fakeState, makeProject } from "../engine/helpers.js";
import { startS3Server, type S3Server } from "../support/s3-server.js";

let server: S3Server;
let cacheDir: string;
beforeAll(async () => {
  server = await startS3Server(["copy-store"]);
  cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-blobs-"));
});
afterAll(() => server.stop());

const env = () => ({ ...process.env, ...server.env, LIFECYCLE_STORE_CACHE: cacheDir });

/** Every unit's files (path, sha256) and the records, as a comparable value. */
async function tree(dir: string) {
  const units: Record<string, unknown> = {};
  for (const unit of await listLocalUnits(dir))
    units[unit] = await listUnitFiles(path.join(dir, unit));
  const partitions = await fs.readdir(path.join(dir, "partitions")).catch(() => []);
  const records = (await readEvents(new StoreLayout(dir))).map((r) => JSON.stringify(r)).sort();
  return { units, partitions, records };
}

describe("lifecycle store copy", () => {
  it("local -> s3 -> another local dir gives the same tree; a second copy skips everything; an interrupted one resumes", async () => {
    const project = await makeProject(
      [
        { id: "a", inputs: [{ name: "t" }] },
        { id: "d", partitions: "dynamic" },
      ],
      ["t"],
    );
    const cli = (argv: string[]) => runCli(argv, { cwd: project.root, env: env() });
    expect((await cli(["partitions", "add", "d", "24v1-first"])).code).toBe(0);
    const built = await materialize({
      root: project.root,
      store: project.store,
      env: env(),
      reporter: new RecordingReporter(),
      signal: new AbortController().signal,
      deps: { stages: fakeStages(fakeState()) },
    });
    expect(built.ok).toBe(true);
    const original = await tree(project.store);
    expect(Object.keys(original.units).length).toBeGreaterThan(8);
    expect(Object.keys(original.units)).toContainEqual(
      expect.stringMatching(/^ingest\/datasets\/t\//),
    );

    const url = "s3://copy-store/copied";
    const up = await cli(["store", "copy", project.store, url, "--quiet"]);
    expect(up.stderr).toBe("");
    expect(up.code).toBe(0);
    const units = Object.keys(original.units).length;
    expect(up.stdout).toMatch(
      new RegExp(
        `^copied ${units} unit\\(s\\) .*skipped 0 already there; records: ${original.records.length} copied, 0 skipped; 1 partition file`,
      ),
    );

    const again = await cli(["store", "copy", project.store, url, "--quiet"]);
    expect(again.stdout).toMatch(
      new RegExp(
        `^copied 0 unit\\(s\\) \\(0 files, 0.0 MiB\\), skipped ${units} already there; records: 0 copied, ${original.records.length} skipped`,
      ),
    );

    const back = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-copy-back-"));
    const down = await cli(["store", "copy", url, back, "--quiet"]);
    expect(down.code).toBe(0);
    expect(await tree(back)).toEqual(original);

    // As if the copy down had been killed before its last units: it copies only what is missing.
    const [first, second] = Object.keys(original.units);
    await fs.rm(path.join(back, first ?? "x"), { recursive: true });
    await fs.writeFile(path.join(back, second ?? "x", "out.txt"), "tampered");
    const resumed = await cli(["store", "copy", url, back]);
    expect(resumed.stdout).toMatch(
      new RegExp(`^copied 2 unit\\(s\\) .*skipped ${units - 2} already there`),
    );
    expect(resumed.stderr).toContain(`copied ${first}`);
    expect(await tree(back)).toEqual(original);

    // The copy in the bucket is a working store: status reads every asset from it.
    const rerun = await cli(["status", "--format", "json", "--store", url]);
    const rows = (JSON.parse(rerun.stdout) as { assets: { status?: string; stale: boolean }[] })
      .assets;
    expect(rows.filter((r) => r.status === "success").length).toBeGreaterThan(8);
  }, 180_000);

  it("names the usage when FROM or TO is missing", async () => {
    const result = await runCli(["store", "copy", "only-one"], { cwd: os.tmpdir(), env: {} });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/usage: lifecycle store copy FROM TO/);
  });
});
