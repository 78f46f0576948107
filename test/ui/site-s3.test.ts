import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import vm from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AssetHistory, SiteData } from "../../src/ui/site-data.js";
import { assetFile } from "../../src/ui/site-data.js";
import { BUILT_CLI } from "../cli-run.js";
import { makeProject } from "../engine/helpers.js";
import { startS3Server, type S3Server } from "../support/s3-server.js";

const run = promisify(execFile);
const OK = 'echo ok > "$LIFECYCLE_OUTPUT_DIR/out.txt"';
const STORE = "s3://lifecycle-site/team";
let server: S3Server;

beforeAll(async () => {
  server = await startS3Server(["lifecycle-site"]);
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

/** Run a site script as the browser would: it assigns to `window`. */
function evalScript(text: string): Record<string, unknown> {
  const window: Record<string, unknown> = {};
  vm.runInNewContext(text, { window });
  return window;
}

describe("lifecycle ui over an s3:// store", () => {
  it("reads the events through the store interface: assets, states, runs and history", async () => {
    const project = await makeProject([
      { id: "good", build_command: OK, partitions: "{ static: [a, b] }" },
    ]);
    const env = { ...process.env, ...server.env };
    const cli = (args: string[]) =>
      run(process.execPath, [BUILT_CLI, ...args, "--store", STORE], { cwd: project.root, env });
    await cli(["materialize"]);
    const { stdout } = await cli(["ui", "--out", "site"]);
    expect(stdout).toMatch(/wrote .*index\.html \(\d+ assets, 1 runs/);
    const site = path.join(project.root, "site");
    const data = evalScript(await fs.readFile(path.join(site, "data.js"), "utf8"))
      .LIFECYCLE_DATA as SiteData;
    expect(data.store).toBe(STORE);
    const build = data.assets.find((a) => a.id === "good.build");
    expect(build?.states).toBe("ss");
    expect(data.keySets[build?.keys ?? -1]).toEqual(["a", "b"]);
    expect(data.runs.map((r) => [r.outcome, r.taskCount])).toEqual([["success", 8]]);
    const file = await fs.readFile(path.join(site, assetFile("good.build")), "utf8");
    const loaded = evalScript(file).LIFECYCLE_ASSETS as Record<string, AssetHistory>;
    expect(Object.keys(loaded["good.build"] ?? {}).sort()).toEqual(["a", "b"]);
    expect(loaded["good.build"]?.a?.[0]?.[1]).toBe("success");
  }, 120_000);
});
