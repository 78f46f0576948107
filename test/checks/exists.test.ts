import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runChecks } from "../../src/checks/run.js";
import { ChecksSchema } from "../../src/checks/schema.js";
import { NodeProcessRunner } from "../../src/process/node-runner.js";
import { execFile } from "node:child_process";
import { runCli } from "../cli-run.js";
import { makeProject } from "../engine/helpers.js";
import { startS3Server, type S3Server } from "../support/s3-server.js";

let server: S3Server;
let dir: string;
beforeAll(async () => {
  server = await startS3Server(["lake"]);
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-exists-"));
  for (const key of [
    "bars/XLON/2025-01-06/part-0.parquet",
    "bars/XLON/2025-01-06/part-1.parquet",
    "bars/XLON/2025-01-06/deep/extra.json",
    "bars/XLON/2025-01-07/part-0.parquet",
  ])
    await put(key, "x");
});
afterAll(async () => {
  await server.stop();
  await fs.rm(dir, { recursive: true, force: true });
});

async function built(
  argv: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<{ code: number; stdout: string; stderr: string }> {
  const bin = path.resolve("build/src/cli/bin.js");
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...argv], options, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** An unsigned PUT: moto accepts it (lifecycle itself always signs). */
async function put(key: string, body: string): Promise<void> {
  const answer = await fetch(`${server.url}/lake/${key}`, { method: "PUT", body });
  expect(answer.status).toBe(200);
}

async function exists(config: unknown, env: Record<string, string> = {}) {
  const checks = ChecksSchema.parse([{ exists: config }]);
  const [result] = await runChecks({
    checks,
    dir,
    runner: new NodeProcessRunner(),
    env: { ...process.env, ...server.env, ...env },
  });
  if (!result) throw new Error("no result");
  return result;
}

describe("exists checks on the S3 test server", () => {
  it("head: one object, passing when it is there", async () => {
    const there = await exists({ url: "s3://lake/bars/XLON/2025-01-06/part-0.parquet" });
    expect(there).toMatchObject({ kind: "exists", passed: true, observed: 1 });
    const missing = await exists({ url: "s3://lake/bars/XLON/2025-01-08/part-0.parquet" });
    expect(missing).toMatchObject({ passed: false, observed: 0 });
    expect(missing.message).toBe("s3://lake/bars/XLON/2025-01-08/part-0.parquet does not exist");
  });

  it("list counts direct children (objects and sub-prefixes); recursive counts everything below", async () => {
    const listed = await exists({ url: "s3://lake/bars/XLON/2025-01-06/", mode: "list", min: 3 });
    expect(listed).toMatchObject({ passed: true, observed: 3 });
    const all = await exists({ url: "s3://lake/bars/XLON/", min: 5 });
    expect(all).toMatchObject({ passed: false, observed: 4, expected: { min: 5 } });
    expect(all.message).toBe("s3://lake/bars/XLON/: 4 objects; expected at least 5");
    const none = await exists({ url: "s3://lake/bars/XPAR/" });
    expect(none).toMatchObject({ passed: false, observed: 0 });
  });

  it("takes ${NAME} from the build's environment; an unset name cannot run, naming it", async () => {
    const url = "s3://lake/bars/${MIC}/${LIFECYCLE_PARTITION}/";
    const ok = await exists({ url }, { MIC: "XLON", LIFECYCLE_PARTITION: "2025-01-07" });
    expect(ok).toMatchObject({ passed: true, observed: 1 });
    const unset = await exists({ url }, { LIFECYCLE_PARTITION: "2025-01-07" });
    expect(unset.passed).toBe(false);
    expect(unset.message).toMatch(/could not run: \$\{MIC\} in .* is not set/);
  });

  it("refuses a URL that is not s3:// and a mode it does not know", () => {
    const parse = (exists: unknown) => ChecksSchema.safeParse([{ exists }]).success;
    expect(parse({ url: "https://example.com/x" })).toBe(false);
    expect(parse({ url: "s3://lake/x", mode: "glob" })).toBe(false);
    expect(parse({ url: "s3://lake/x", min: 0 })).toBe(false);
  });

  it("blocks package for the partition whose objects are missing, through the package stage", async () => {
    const project = await makeProject([{ id: "p" }]);
    const products = [
      "products:",
      "  - id: p",
      `    build_command: "true"`,
      "    partitions: [2025-01-06, 2025-01-08]",
      "    checks:",
      "      - name: bars landed",
      '        exists: { url: "s3://lake/bars/XLON/${LIFECYCLE_PARTITION}/" }',
      "",
    ].join("\n");
    await fs.writeFile(path.join(project.root, "products/products.yml"), products);
    // The built CLI in its own process: stage commands and checks see its whole environment.
    const env = { ...process.env, ...server.env };
    const run = await built(["materialize", "--partition", "2025-01-06,2025-01-08"], {
      cwd: project.root,
      env,
    });
    expect(run.code).toBe(1);
    expect(run.stderr + run.stdout).toContain(
      "error check bars landed: s3://lake/bars/XLON/2025-01-08/: 0 objects; expected at least 1",
    );
    const status = await runCli(["status", "--partitions", "--format", "json"], {
      cwd: project.root,
      env,
    });
    const { assets } = JSON.parse(status.stdout) as {
      assets: { asset: string; partition: string; status: string }[];
    };
    const packaged = assets.filter((r) => r.asset === "p.package");
    expect(packaged.map((r) => [r.partition, r.status]).sort()).toEqual([
      ["2025-01-06", "success"],
      ["2025-01-08", "failed"],
    ]);
  });
});
