import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigError } from "../../src/core/errors.js";
import { discoverPipelines, runPipelineModule } from "../../src/partitions/pipelines.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const run = promisify(execFile);

let root: string;
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-pipelines-"));
  await fs.mkdir(path.join(root, "pipelines"));
  await fs.mkdir(path.join(root, "universes"));
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

const PIPELINE = `import fs from "node:fs/promises";
export const partitions = { universe: ["desk=fx"], date: { start: "2025-01-01", end: "2025-01-31" } };
export const description = "writes its config";
export function getUniverse(date) { return ["default-" + date]; }
export async function run(config) {
  await fs.writeFile(config.OUTPUT_DIR + "/config.json", JSON.stringify(config));
  return config.UNIVERSE_MEMBERS;
}
`;

describe("discoverPipelines", () => {
  it("makes every module exporting run(config) a product, in name order", async () => {
    await fs.writeFile(path.join(root, "pipelines/b_fx.js"), PIPELINE);
    await fs.writeFile(
      path.join(root, "pipelines/a_plain.mjs"),
      "export function run() { return 1; }\n",
    );
    await fs.writeFile(path.join(root, "pipelines/notes.txt"), "not a module");
    await fs.writeFile(path.join(root, "pipelines/_helper.js"), "export const x = 1;\n");
    const found = await discoverPipelines(path.join(root, "pipelines"));
    expect(found.map((p) => p.id)).toEqual(["a_plain", "b_fx"]);
    const [plain, fx] = found;
    expect(plain?.product).toMatchObject({
      id: "a_plain",
      tags: ["pipeline"],
      partitions: undefined,
    });
    expect(fx?.product).toMatchObject({
      id: "b_fx",
      description: "writes its config",
      partitions: {
        universe: ["desk=fx"],
        date: { start: "2025-01-01", end: "2025-01-31", timezone: "UTC", batch: "auto" },
      },
    });
    expect(fx?.product.build_command).toContain("'pipeline' 'run'");
    expect(fx?.product.build_command).toContain(path.join(root, "pipelines/b_fx.js"));
  });

  it("skips a helper module without a run export, with a warning naming it", async () => {
    const dir = path.join(root, "helpers-dir");
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, "shared.js"), "export const FEE = 0.1;\n");
    await fs.writeFile(path.join(dir, "real.js"), "export function run() { return 1; }\n");
    const warnings: string[] = [];
    const found = await discoverPipelines(dir, (file, reason) =>
      warnings.push(`${file}: ${reason}`),
    );
    expect(found.map((p) => p.id)).toEqual(["real"]);
    expect(warnings).toEqual([
      `${path.join(dir, "shared.js")}: exports no run(config), so it is not a pipeline`,
    ]);
  });

  it("returns nothing without a folder and explains a module that breaks the contract", async () => {
    expect(await discoverPipelines(path.join(root, "missing"))).toEqual([]);
    await fs.writeFile(
      path.join(root, "pipelines/broken.js"),
      "export const partitions = { daily: {} };\nexport function run() {}\n",
    );
    const error = await discoverPipelines(path.join(root, "pipelines")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/broken\.js: export partitions/);
    await fs.rm(path.join(root, "pipelines/broken.js"));
    await fs.writeFile(path.join(root, "pipelines/norun.js"), "export const run = 3;\n");
    await expect(discoverPipelines(path.join(root, "pipelines"))).rejects.toThrow(
      /export run: expected an exported function/,
    );
  });
});

describe("runPipelineModule", () => {
  it("runs a universe x date partition from the environment through runPartition", async () => {
    await fs.writeFile(path.join(root, "pipelines/fx.js"), PIPELINE);
    await fs.writeFile(
      path.join(root, "universes/desk.js"),
      "export const getUniverse = (d, v) => [v + '@' + d];\n",
    );
    const out = path.join(root, "out");
    await fs.mkdir(out);
    const env = {
      LIFECYCLE_PARTITION: "desk=fx:2025-01-02_2025-01-03",
      LIFECYCLE_UNIVERSE: "desk=fx",
      LIFECYCLE_START_DATE: "2025-01-02",
      LIFECYCLE_END_DATE: "2025-01-03",
      LIFECYCLE_OUTPUT_DIR: out,
    };
    expect(await runPipelineModule("pipelines/fx.js", env, root)).toEqual(["fx@2025-01-02"]);
    const config = JSON.parse(await fs.readFile(path.join(out, "config.json"), "utf8"));
    expect(config).toMatchObject({
      UNIVERSE: "desk=fx",
      START_DATE: "2025-01-02",
      END_DATE: "2025-01-03",
      OUTPUT_DIR: out,
    });
    const failing = runPipelineModule(
      "pipelines/fx.js",
      { ...env, LIFECYCLE_UNIVERSE: "nowhere" },
      root,
    );
    await expect(failing).rejects.toThrow(
      /^partition nowhere:2025-01-02_2025-01-03: unknown universe "nowhere"/,
    );
  });

  it("runs the discovered build command for real (built CLI)", async () => {
    await fs.writeFile(path.join(root, "pipelines/fx.js"), PIPELINE);
    const built = (await import(
      pathToFileURL(path.join(repoRoot, "build/src/partitions/pipelines.js")).href
    )) as {
      discoverPipelines: typeof discoverPipelines;
    };
    const [fx] = await built.discoverPipelines(path.join(root, "pipelines"));
    const out = path.join(root, "out");
    await fs.mkdir(out);
    await run("sh", ["-c", fx?.product.build_command ?? "false"], {
      cwd: root,
      env: {
        ...process.env,
        LIFECYCLE_UNIVERSE: "default",
        LIFECYCLE_START_DATE: "2025-01-05",
        LIFECYCLE_END_DATE: "2025-01-05",
        LIFECYCLE_OUTPUT_DIR: out,
      },
    });
    const config = JSON.parse(await fs.readFile(path.join(out, "config.json"), "utf8"));
    expect(config.UNIVERSE_MEMBERS).toEqual(["default-2025-01-05"]);
  });

  it("discovers the repository's demo pipeline", async () => {
    const [vwap] = await discoverPipelines(path.join(repoRoot, "pipelines"));
    expect(vwap?.id).toBe("vwap");
    expect(vwap?.product.partitions).toMatchObject({ universe: ["mic=XLON", "mic=XPAR"] });
  });
});
