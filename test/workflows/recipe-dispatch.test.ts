import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkoutOfRelease } from "./release-checkout.js";
import { walkWorkflow, type Runner, type RunResults } from "./walker.js";

/**
 * build.yml's `recipe` and `from-lock` inputs, dispatched as a consumer repository would, through
 * lifecycle.yml and stages.yml to the action's matrix and stage commands.
 */
const REPO = path.resolve(".");
const WALK_TIMEOUT = 300_000;
const RECIPE = `name: Tiny
version: "1.0"
env: { FLAVOUR: main }
stage_config:
  builds.build:
    commands:
      - name: write
        run: echo "$FLAVOUR" > "$LIFECYCLE_OUTPUT_DIR/out.txt"
`;
const MINOR = RECIPE.replace('"1.0"', '"2.0"').replace("FLAVOUR: main", "FLAVOUR: minor");
let base: string;
let runner: Runner;
let dispatches = 0;

async function dispatch(inputs: Record<string, string>): Promise<RunResults> {
  dispatches++;
  runner.log.length = 0;
  runner.runId = String(7000 + dispatches);
  runner.artifacts = path.join(base, `artifacts-${dispatches}`);
  return walkWorkflow(runner, { workflow: ".github/workflows/build.yml", inputs, secrets: {} });
}

function failures(): string[] {
  return runner.log.filter((s) => s.exitCode !== 0).map((s) => `${s.job}: ${s.stdout}`);
}

/** A file a stage job handed over, from the run's artifact `lc-<stage>-...`. */
async function handedOver(stage: string, rel: string): Promise<string> {
  const dir = path.join(runner.artifacts, "a1");
  const name = (await fs.readdir(dir)).find((n) => n.startsWith(`lc-${stage}-`)) ?? "";
  return fs.readFile(path.join(dir, name, name, "products", "tiny", "main", stage, rel), "utf8");
}

function stageItems(): string[] {
  return runner.log
    .filter((s) => s.command === "stage")
    .flatMap((s) => (JSON.parse(s.env.INPUT_ENTRY ?? "{}") as { items: string[][] }).items)
    .map((item) => item.join("@"));
}

beforeAll(async () => {
  const version = (JSON.parse(await fs.readFile("package.json", "utf8")) as { version: string })
    .version;
  base = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-recipe-runner-"));
  const actionDir = path.join(
    base,
    "_work",
    "_actions",
    "lifecycle-dev",
    "lifecycle",
    `v${version}`,
  );
  await checkoutOfRelease(REPO, actionDir);
  const repo = path.join(base, "consumer");
  const write = async (rel: string, text: string) => {
    await fs.mkdir(path.dirname(path.join(repo, rel)), { recursive: true });
    await fs.writeFile(path.join(repo, rel), text);
  };
  await write(
    "products/products.yml",
    "products:\n  - id: tiny\n  - id: other\n    build_command: 'echo x > \"$LIFECYCLE_OUTPUT_DIR/x.txt\"'\n",
  );
  await write("products/tiny/recipe.yml", RECIPE);
  await write("products/tiny/recipe-minor.yml", MINOR);
  await write("lifecycle.yml", "");
  await write("outside.lock.yml", "");
  await fs.mkdir(path.join(repo, ".github", "workflows"), { recursive: true });
  await fs.copyFile(
    path.join(REPO, ".github", "workflows", "build.yml"),
    path.join(repo, ".github", "workflows", "build.yml"),
  );
  runner = {
    root: base,
    repo,
    actions: new Map([[`lifecycle-dev/lifecycle@v${version}`, actionDir]]),
    artifacts: "",
    cache: path.join(base, "cache-service"),
    runId: "",
    attempt: 1,
    secrets: {},
    log: [],
  };
}, 120_000);

afterAll(async () => {
  if (base) await fs.rm(base, { recursive: true, force: true });
});

describe("build.yml dispatch inputs recipe and from-lock", { timeout: WALK_TIMEOUT }, () => {
  it("recipe: builds its product (alone) with that recipe file in every stage", async () => {
    const results = await dispatch({ recipe: "products/tiny/recipe-minor.yml", partition: "main" });
    expect(failures()).toEqual([]);
    expect(results.get("lifecycle/result")?.result).toBe("success");
    expect(stageItems()).toEqual(["tiny@main", "tiny@main", "tiny@main", "tiny@main"]);
    const manifest = JSON.parse(await handedOver("package", "manifest.json")) as object;
    expect(manifest).toMatchObject({ version: "2.0", recipe: "products/tiny/recipe-minor.yml" });
    expect(await handedOver("build", "output/out.txt")).toBe("minor\n");
    // Kept in the repository, the lock is what a later from-lock dispatch rebuilds.
    const lock = await handedOver("plan", "recipe.lock.yml");
    await fs.mkdir(path.join(runner.repo, "locks"), { recursive: true });
    await fs.writeFile(path.join(runner.repo, "locks", "tiny-main.lock.yml"), lock);
  });

  it("from-lock: rebuilds the lock's product and partition at the lock's version, not the recipe's now", async () => {
    await fs.writeFile(
      path.join(runner.repo, "products/tiny/recipe-minor.yml"),
      MINOR.replace('"2.0"', '"3.0"'),
    );
    const results = await dispatch({ "from-lock": "locks/tiny-main.lock.yml" });
    expect(failures()).toEqual([]);
    expect(results.get("lifecycle/result")?.result).toBe("success");
    expect(stageItems()).toEqual(["tiny@main", "tiny@main", "tiny@main", "tiny@main"]);
    const manifest = JSON.parse(await handedOver("package", "manifest.json")) as object;
    expect(manifest).toMatchObject({ version: "2.0", recipe: "products/tiny/recipe-minor.yml" });
  });

  it("a path outside the repository is refused before any stage job", async () => {
    const results = await dispatch({ "from-lock": "../outside.lock.yml" });
    expect(results.get("lifecycle/discover")?.result).toBe("failure");
    expect(results.get("lifecycle/wave_1")?.result).toBe("skipped");
    expect(runner.log.map((s) => s.command)).toEqual(["matrix", "site", "summary"]);
    expect(runner.log[0]?.stdout).toMatch(
      /input "from-lock": expected a relative path inside working-directory, without \.\. \(received "\.\.\/outside\.lock\.yml"\)/,
    );
  });
});
