import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveS3Connection } from "../../src/store/s3-client.js";
import { S3Objects } from "../../src/store/s3-objects.js";
import { cursorDocument } from "../../src/sense/cursor.js";
import { openStore } from "../../src/store/store.js";
import { BUILT_CLI } from "../cli-run.js";
import { makeProject, type TestProject } from "../engine/helpers.js";
import { startS3Server, type S3Server } from "../support/s3-server.js";

/**
 * The sensor against the S3-speaking test server (moto): the observed input is a prefix of one
 * bucket, the store another; `lifecycle sense` is the built CLI, each call its own process.
 */
const run = promisify(execFile);
const STORE = "s3://sensor-store/team";
const NOTHING = "nothing to start: every observed partition is built or started\n";
let server: S3Server;
let project: TestProject;
let cacheDir: string;

const env = () => ({ ...process.env, ...server.env, LIFECYCLE_STORE_CACHE: cacheDir });

async function putObject(key: string, body = "ts,price\n1,2\n"): Promise<void> {
  const response = await fetch(`${server.url}/market-data/${key}`, { method: "PUT", body });
  if (!response.ok) throw new Error(`moto PUT ${key}: ${response.status} ${await response.text()}`);
}

async function sense(...argv: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(
      process.execPath,
      [BUILT_CLI, "sense", "--store", STORE, ...argv],
      {
        cwd: project.root,
        env: env(),
      },
    );
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, stdout: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

/** The partitions of `bars` whose package the store has, read back from the bucket. */
async function packaged(): Promise<string[]> {
  const store = await openStore(STORE, { root: project.root, env: env(), only: () => false });
  try {
    const records = await store.events.readAll();
    return records
      .filter((r) => r.asset === "bars.package" && r.status === "success")
      .map((r) => r.partition)
      .sort();
  } finally {
    await store.close();
  }
}

/** The cursor object, as the bucket holds it. */
async function cursor(): Promise<Record<string, string[]>> {
  const objects = new S3Objects("sensor-store", resolveS3Connection(server.env));
  const got = await objects.get("team/sensors/cursor.json");
  return (JSON.parse(got?.body.toString("utf8") ?? "{}") as { started: Record<string, string[]> })
    .started;
}

beforeAll(async () => {
  server = await startS3Server(["market-data", "sensor-store"]);
  cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-blobs-"));
  const build = 'echo "$LIFECYCLE_PARTITION" > "$LIFECYCLE_OUTPUT_DIR/day.txt"';
  project = await makeProject([{ id: "bars", build_command: build }]);
  const products = [
    "products:",
    "  - id: bars",
    `    build_command: ${JSON.stringify(build)}`,
    "    partitions: { daily: { start: 2025-01-01, end: 2025-01-12 } }",
    "    observe:",
    '      - { name: trades, object_store: { url: "s3://market-data/trades/{date}.csv" } }',
  ].join("\n");
  await fs.writeFile(path.join(project.root, "products/products.yml"), `${products}\n`);
  // Near the observed keys, but none of them: another prefix, another name, a folder marker.
  await putObject("trades/README.md");
  await putObject("other/2025-01-04.csv");
  await putObject("trades/2025-01-04.csv.tmp");
}, 60_000);
afterAll(() => server.stop());

describe("lifecycle sense on an object store (moto)", { timeout: 120_000 }, () => {
  it("starts exactly the partitions whose objects appeared under the prefix; a second call starts nothing", async () => {
    expect(await sense()).toEqual({ code: 0, stdout: NOTHING });
    await putObject("trades/2025-01-02.csv");
    await putObject("trades/2025-01-03.csv");
    expect((await sense("--dry-run")).stdout).toBe("bars: 2025-01-02, 2025-01-03\n");
    const first = await sense();
    expect(first.stdout).toMatch(/^bars: 2025-01-02, 2025-01-03\n/);
    expect(first.code).toBe(0);
    expect(await packaged()).toEqual(["2025-01-02", "2025-01-03"]);
    expect(await cursor()).toEqual({ bars: ["2025-01-02", "2025-01-03"] });

    expect(await sense()).toEqual({ code: 0, stdout: NOTHING });
    expect(await packaged()).toEqual(["2025-01-02", "2025-01-03"]);

    await putObject("trades/2025-01-05.csv");
    const third = await sense("--format", "json");
    expect(third.code).toBe(0);
    expect(JSON.parse(third.stdout.slice(0, third.stdout.indexOf("\n}\n") + 2))).toEqual({
      due: [{ product: "bars", partitions: ["2025-01-05"] }],
      waiting: 0,
    });
    expect(await packaged()).toEqual(["2025-01-02", "2025-01-03", "2025-01-05"]);
  });

  it("a partition packaged by another run is not started, and is not put in the cursor", async () => {
    const build = await run(
      process.execPath,
      [BUILT_CLI, "materialize", "--store", STORE, "--partition", "2025-01-06", "--quiet"],
      { cwd: project.root, env: env() },
    );
    expect(build.stderr).toBe("");
    await putObject("trades/2025-01-06.csv");
    expect(await sense("--dry-run")).toEqual({ code: 0, stdout: NOTHING });
    expect((await cursor()).bars).not.toContain("2025-01-06");
  });

  it("--limit hands on the oldest first; the rest wait for the next call", async () => {
    for (const day of ["07", "08", "09"]) await putObject(`trades/2025-01-${day}.csv`);
    expect((await sense("--no-run", "--limit", "2")).stdout).toBe(
      "bars: 2025-01-07, 2025-01-08\n1 more partition(s) wait for the next sense (--limit)\n",
    );
    expect((await sense("--no-run")).stdout).toBe("bars: 2025-01-09\n");
    expect((await sense("--no-run")).stdout).toBe(NOTHING);
  });

  it("two sensors at once never hand on one partition twice (the cursor is written conditionally)", async () => {
    await putObject("trades/2025-01-10.csv");
    await putObject("trades/2025-01-11.csv");
    const calls = await Promise.all(
      Array.from({ length: 4 }, () => sense("--no-run", "--format", "json")),
    );
    expect(calls.map((c) => c.code)).toEqual([0, 0, 0, 0]);
    const handedOn = calls.flatMap(
      (c) => (JSON.parse(c.stdout) as { due: { partitions: string[] }[] }).due[0]?.partitions ?? [],
    );
    expect(handedOn.sort()).toEqual(["2025-01-10", "2025-01-11"]);
    const started = (await cursor()).bars ?? [];
    expect(started.filter((k) => k >= "2025-01-10").sort()).toEqual(["2025-01-10", "2025-01-11"]);
    expect(new Set(started).size).toBe(started.length);
  });

  it("the cursor write is refused when another sensor wrote it since it was read (new or replaced)", async () => {
    for (const url of ["s3://sensor-store/race", path.join(project.root, "race-store")]) {
      const [one, two] = await Promise.all(
        [1, 2].map(() => openStore(url, { root: project.root, env: env(), only: () => false })),
      );
      if (!one || !two) throw new Error("not opened");
      try {
        const [a, b] = [cursorDocument(one), cursorDocument(two)];
        const [readA, readB] = [await a.read(), await b.read()];
        expect(readA.version, url).toBeUndefined();
        expect(await a.write({ started: { bars: ["x"] } }, readA.version), url).toBe(true);
        expect(await b.write({ started: { bars: ["y"] } }, readB.version), url).toBe(false);
        const again = await b.read();
        expect(again.cursor, url).toEqual({ started: { bars: ["x"] } });
        expect(await b.write({ started: { bars: ["x", "y"] } }, again.version), url).toBe(true);
        expect(await a.write({ started: { bars: ["z"] } }, again.version), url).toBe(false);
        expect((await a.read()).cursor, url).toEqual({ started: { bars: ["x", "y"] } });
      } finally {
        await Promise.all([one.close(), two.close()]);
      }
    }
  });
});
