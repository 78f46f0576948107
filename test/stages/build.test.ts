import fs from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { StageFailure } from "../../src/core/errors.js";
import { stages } from "../../src/stages/index.js";
import { makeProject, productsYml, runStage, stageDir, type TestProject } from "./helpers.js";

const commands = (list: [string, string][]) =>
  list.map(([name, run]) => `    - name: ${name}\n      run: ${JSON.stringify(run)}\n`).join("");

function recipe(list: [string, string][], extra = "") {
  return `name: Demo
product: demo
env:
  RECIPE_VAR: from-recipe
inputs:
  missing_versions_strategy: find_latest
  datasets:
  - name: parks
    version_env_var: PARKS_VERSION
stage_config:
  builds.build:
    env:
      STAGE_VAR: from-stage
    commands:
${commands(list)}${extra}`;
}

async function demo(list: [string, string][], product = "") {
  const p = await makeProject({
    "products/products.yml": productsYml(
      `id: demo\nbuild_command: "echo product command > $LIFECYCLE_OUTPUT_DIR/fallback.txt"\n${product}`,
    ),
    "products/demo/recipe.yml": recipe(list),
  });
  await p.ingest("parks", "20240601", { "parks.csv": "name\nCentral Park\n" });
  return p;
}

async function upToLoad(p: TestProject, options: Parameters<TestProject["context"]>[1] = {}) {
  const ctx = await p.context("demo", options);
  await runStage(stages.plan, ctx);
  await runStage(stages.load, ctx);
  return ctx;
}

const read = (file: string) => fs.readFile(file, "utf8");

describe("build stage", () => {
  it("runs the recipe commands in order, in products/<id>/, with the documented environment", async () => {
    const p = await demo(
      [
        [
          "first",
          "pwd > $LIFECYCLE_OUTPUT_DIR/cwd.txt; env | grep -E '^(LIFECYCLE_|RECIPE_VAR|STAGE_VAR|PARKS_VERSION|PART_VAR|PRODUCT_VAR)' | sort > $LIFECYCLE_OUTPUT_DIR/env.txt; echo one",
        ],
        [
          "second",
          "cat $LIFECYCLE_INPUT_DIR/parks/parks.csv > $LIFECYCLE_OUTPUT_DIR/copy.csv; echo two; echo warn >&2",
        ],
      ],
      "env:\n  PRODUCT_VAR: from-product",
    );
    const ctx = await upToLoad(p, { partition: { env: { PART_VAR: "from-partition" } } });
    const outcome = await runStage(stages.build, ctx);
    const dir = stageDir(ctx, "build");
    expect((await read(path.join(dir, "output/cwd.txt"))).trim()).toBe(
      await fs.realpath(path.join(p.root, "products/demo")),
    );
    expect((await read(path.join(dir, "output/env.txt"))).trim().split("\n")).toEqual([
      `LIFECYCLE_BUILD_NOTE=main`,
      `LIFECYCLE_INPUT_DIR=${path.join(stageDir(ctx, "load"), "inputs")}`,
      // The staging directory that the scheduler promotes to build/ once the stage succeeds.
      expect.stringMatching(/^LIFECYCLE_OUTPUT_DIR=.*\/\.lifecycle\/tmp\/stage-[^/]+\/output$/),
      `LIFECYCLE_PARTITION=2025.1-main`,
      `LIFECYCLE_PRODUCT=demo`,
      `LIFECYCLE_VERSION=2025.1`,
      `PARKS_VERSION=20240601`,
      `PART_VAR=from-partition`,
      `PRODUCT_VAR=from-product`,
      `RECIPE_VAR=from-recipe`,
      `STAGE_VAR=from-stage`,
    ]);
    expect(await read(path.join(dir, "output/copy.csv"))).toBe("name\nCentral Park\n");
    expect(await read(path.join(dir, "logs/1-first.log"))).toMatch(
      /^\$ pwd .*\none\n# exit code 0 after/s,
    );
    expect(await read(path.join(dir, "logs/2-second.log"))).toContain("two\n");
    const records = JSON.parse(await read(path.join(dir, "commands.json")));
    expect(
      records.map((r: { name: string; exitCode: number; attempt: number }) => [
        r.name,
        r.exitCode,
        r.attempt,
      ]),
    ).toEqual([
      ["first", 0, 1],
      ["second", 0, 1],
    ]);
    expect(typeof records[0].durationMs).toBe("number");
    expect(p.logs).toEqual(expect.arrayContaining(["one", "two", "warn"]));
    expect(outcome.metadata).toEqual({ commands: 2, attempts: 1 });
    const timings = JSON.parse(await read(path.join(dir, "stage.json"))).timings;
    expect(timings.map((t: { stage: string }) => t.stage)).toEqual(["plan", "load", "build"]);
  });

  it("runs in the directory of the recipe a product names, even another product's", async () => {
    const minor = `name: Minor\nproduct: db-pluto-minor\ninputs:\n  datasets: []\nstage_config:\n  builds.build:\n    commands:\n      - name: where\n        run: pwd > $LIFECYCLE_OUTPUT_DIR/cwd.txt\n`;
    const p = await makeProject({
      "products/products.yml": productsYml(
        `id: pluto\nbuild_command: "true"`,
        `id: pluto_minor\nbuild_command: "true"\nrecipe: products/pluto/recipe-minor.yml`,
      ),
      "products/pluto/recipe-minor.yml": minor,
    });
    const ctx = await p.context("pluto_minor");
    await runStage(stages.plan, ctx);
    await runStage(stages.load, ctx);
    await runStage(stages.build, ctx);
    expect((await read(path.join(stageDir(ctx, "build"), "output/cwd.txt"))).trim()).toBe(
      await fs.realpath(path.join(p.root, "products/pluto")),
    );
  });

  it("runs the product's build_command in the root when there are no recipe commands and no product dir", async () => {
    const p = await makeProject({
      "products/products.yml": productsYml(
        `id: plain\nbuild_command: "pwd > $LIFECYCLE_OUTPUT_DIR/cwd.txt; ls -A $LIFECYCLE_INPUT_DIR > $LIFECYCLE_OUTPUT_DIR/inputs.txt"`,
      ),
    });
    const ctx = await p.context("plain");
    await runStage(stages.plan, ctx);
    await runStage(stages.load, ctx);
    await runStage(stages.build, ctx);
    expect((await read(path.join(stageDir(ctx, "build"), "output/cwd.txt"))).trim()).toBe(
      await fs.realpath(p.root),
    );
    expect(await fs.readdir(path.join(stageDir(ctx, "build"), "logs"))).toEqual([
      "1-build_command.log",
    ]);
    expect(await read(path.join(stageDir(ctx, "build"), "output/inputs.txt"))).toBe("");
  });

  it("stops at a failing command, keeps the previous output and the failed logs", async () => {
    const p = await demo([
      ["ok", "echo fine > $LIFECYCLE_OUTPUT_DIR/a.txt"],
      ["boom", "echo about to fail; exit 3"],
      ["never", "touch $LIFECYCLE_OUTPUT_DIR/never.txt"],
    ]);
    const ctx = await upToLoad(p);
    await p.write(
      "products/demo/recipe.yml",
      recipe([["good", "echo good > $LIFECYCLE_OUTPUT_DIR/good.txt"]]),
    );
    await runStage(stages.build, await p.context("demo"));
    const error = await runStage(stages.build, ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StageFailure);
    expect((error as StageFailure).message).toMatch(
      /command "boom" exit code 3 after [\d.]+s \(log: .*build\.failed-logs\/2-boom\.log\)/,
    );
    expect((error as StageFailure).asset).toBe("demo.build");
    expect(await fs.readdir(path.join(stageDir(ctx, "build"), "output"))).toEqual(["good.txt"]);
    const kept = path.join(p.layout.partitionDir("demo", ctx.partition.key), "build.failed-logs");
    expect(await read(path.join(kept, "2-boom.log"))).toContain("about to fail");
    expect(await fs.readdir(kept)).toEqual(["1-ok.log", "2-boom.log"]);
  });

  it("retries a failed build from the first command into a fresh output directory", async () => {
    const p = await demo(
      [
        [
          "count",
          "echo x >> ../../attempts.txt; echo partial > $LIFECYCLE_OUTPUT_DIR/attempt-$(wc -l < ../../attempts.txt | tr -d ' ').txt",
        ],
        ["flaky", "test $(wc -l < ../../attempts.txt) -ge 2"],
      ],
      "retries: 2",
    );
    const ctx = await upToLoad(p);
    const outcome = await runStage(stages.build, ctx);
    const dir = stageDir(ctx, "build");
    expect(await fs.readdir(path.join(dir, "output"))).toEqual(["attempt-2.txt"]);
    const records = JSON.parse(await read(path.join(dir, "commands.json")));
    expect(
      records.map(
        (r: { name: string; attempt: number; exitCode: number }) =>
          `${r.attempt}:${r.name}:${r.exitCode}`,
      ),
    ).toEqual(["1:count:0", "1:flaky:1", "2:count:0", "2:flaky:0"]);
    expect(await read(path.join(dir, "logs/2-flaky.log"))).toContain("(attempt 2)");
    expect(outcome.metadata).toEqual({ commands: 2, attempts: 2 });
  });

  it("fails after retries + 1 attempts", async () => {
    const p = await demo([["always", "echo x >> ../../attempts.txt; exit 1"]], "retries: 1");
    const ctx = await upToLoad(p);
    await expect(runStage(stages.build, ctx)).rejects.toThrow(/command "always" exit code 1/);
    expect(
      (await read(path.join(p.root, "attempts.txt"))).split("\n").filter(Boolean),
    ).toHaveLength(2);
  });

  it("timeout_minutes bounds the build; a timed-out command is not retried", async () => {
    const p = await demo([["slow", "echo x >> ../../attempts.txt; sleep 20"]], "retries: 3");
    const ctx = await upToLoad(p, { product: { timeout_minutes: 0.005 } });
    await expect(runStage(stages.build, ctx)).rejects.toThrow(/command "slow" timed out after/);
    expect(
      (await read(path.join(p.root, "attempts.txt"))).split("\n").filter(Boolean),
    ).toHaveLength(1);
  });

  it("cancellation stops the command and its children, and is not retried", async () => {
    const p = await demo(
      [["wait", "sleep 30 & echo $! > ../../child.pid; echo started; wait"]],
      "retries: 3",
    );
    const controller = new AbortController();
    const ctx = await upToLoad(p, { signal: controller.signal });
    const logged = ctx.log;
    ctx.log = (line) => {
      logged(line);
      if (line === "started") controller.abort();
    };
    await expect(runStage(stages.build, ctx)).rejects.toThrow(/command "wait" cancelled after/);
    const pid = Number(await read(path.join(p.root, "child.pid")));
    await waitUntilGone(pid);
    expect(await isGone(pid)).toBe(true);
    await expect(fs.stat(stageDir(ctx, "build"))).rejects.toThrow();
  });

  it("runs python commands as module:function in the product directory", async () => {
    const p = await demo([["export", "build_scripts.export:write"]]);
    await p.write(
      "products/demo/recipe.yml",
      recipe([]).replace(
        "    commands:\n",
        "    commands:\n    - name: export\n      run: build_scripts.export:write\n      command_type: python\n",
      ),
    );
    await p.write("products/demo/build_scripts/__init__.py", "");
    await p.write(
      "products/demo/build_scripts/export.py",
      "import os\n\ndef write():\n    open(os.path.join(os.environ['LIFECYCLE_OUTPUT_DIR'], 'py.txt'), 'w').write(os.environ['PARKS_VERSION'])\n",
    );
    const ctx = await upToLoad(p);
    await runStage(stages.build, ctx);
    expect(await read(path.join(stageDir(ctx, "build"), "output/py.txt"))).toBe("20240601");
  });

  it("fingerprint inputs follow the commands and the product directory's files", async () => {
    const p = await demo([["a", "true"]]);
    const fingerprint = async () =>
      JSON.stringify(await stages.build.fingerprintInputs(await p.context("demo")));
    const first = await fingerprint();
    expect(await fingerprint()).toBe(first);
    await p.write("products/demo/build.sh", "echo v1");
    const second = await fingerprint();
    expect(second).not.toBe(first);
    await p.write("products/demo/node_modules/x.js", "ignored");
    await p.write("products/demo/build_scripts/__pycache__/export.cpython-312.pyc", "ignored");
    await p.write("products/demo/.venv/lib.py", "ignored");
    expect(await fingerprint()).toBe(second);
    await p.write("products/demo/recipe.yml", recipe([["a", "false"]]));
    expect(await fingerprint()).not.toBe(second);
  });
});

/** Gone, or a zombie (dead, waiting for init to reap it). */
async function isGone(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  const stat = await fs.readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
  return / Z /.test(stat.replace(/^.*\)/, ")"));
}

async function waitUntilGone(pid: number): Promise<void> {
  for (let i = 0; i < 100 && !(await isGone(pid)); i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
