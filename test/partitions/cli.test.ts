import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { EXPRESSION_GRAMMAR } from "../../src/partitions/expr.js";
import { runCli } from "../cli-run.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const binary = path.join(repoRoot, "build/src/cli/bin.js");

const PRODUCTS = `products:
  - id: pluto
    version: "2025.1"
    build_command: "true"
  - id: ohlcv
    build_command: "true"
    partitions:
      universe: [mic=XLON, mic=XPAR]
      date: { start: "2025-01-06", end: "2025-01-17", batch: W }
    schedules:
      - name: nightly
        cron: "30 0 * * *"
        partitions: [{ date: yesterday, universe: mic=XLON }]
`;

let root: string;
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-partitions-cli-"));
  await fs.mkdir(path.join(root, "products"), { recursive: true });
  await fs.writeFile(path.join(root, "products/products.yml"), PRODUCTS);
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

const cli = (argv: string[], env: NodeJS.ProcessEnv = {}) =>
  runCli(argv, { cwd: root, env: { ...process.env, ...env } });

describe("lifecycle partitions", () => {
  it("lists starters, adds and removes dynamic keys in the store", async () => {
    expect((await cli(["partitions", "add", "pluto", "2025.1.1-2_ar_build"])).stdout).toBe(
      "pluto: 2025.1.1-2_ar_build added\n",
    );
    const listed = await cli(["partitions", "list", "pluto", "--format", "json"]);
    expect(listed.code).toBe(0);
    const rows = JSON.parse(listed.stdout).partitions as {
      key: string;
      version: string;
      note: string;
      added: string | null;
    }[];
    expect(rows.map((r) => [r.key, r.version, r.note, r.added === null])).toEqual([
      ["main", "2025.1", "main", true],
      ["nightly_qa", "2025.1", "nightly_qa", true],
      ["2025.1.1-2_ar_build", "2025.1.1", "2_ar_build", false],
    ]);
    const stored = JSON.parse(
      await fs.readFile(path.join(root, ".lifecycle/partitions/pluto.json"), "utf8"),
    );
    expect(stored.partitions.map((p: { key: string }) => p.key)).toEqual(["2025.1.1-2_ar_build"]);
    expect((await cli(["partitions", "remove", "pluto", "2025.1.1-2_ar_build"])).stdout).toContain(
      "removed",
    );
    expect((await cli(["partitions", "list", "pluto"])).stdout).toBe(
      "# pluto: dynamic partitions\nmain\tstarter\nnightly_qa\tstarter\n",
    );
  });

  it("exits 2 with the expected shape for bad keys, products and subcommands", async () => {
    const bad = await cli(["partitions", "add", "pluto", "../../x"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("expected");
    const declared = await cli(["partitions", "add", "ohlcv", "1.0-x"]);
    expect(declared.code).toBe(2);
    expect(declared.stderr).toContain("ohlcv has universe-date partitions");
    expect((await cli(["partitions", "list", "nope"])).stderr).toContain(
      'unknown product "nope"; products: pluto, ohlcv',
    );
    expect((await cli(["partitions", "frobnicate", "pluto"])).code).toBe(2);
  });

  it("expands universe x date expressions to runs as JSON", async () => {
    const result = await cli([
      "partitions",
      "expand",
      "ohlcv",
      "universe=mic=XPAR;date=2025-01-08..2025-01-14",
      "--format",
      "json",
    ]);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.count).toBe(2);
    expect(out.partitions.map((p: { key: string }) => p.key)).toEqual([
      "mic=XPAR:2025-01-08_2025-01-12",
      "mic=XPAR:2025-01-13_2025-01-14",
    ]);
    expect(out.partitions[1].env).toMatchObject({
      LIFECYCLE_UNIVERSE: "mic=XPAR",
      LIFECYCLE_START_DATE: "2025-01-13",
      LIFECYCLE_END_DATE: "2025-01-14",
    });
  });

  it("shows the grammar when an expression is wrong", async () => {
    const result = await cli(["partitions", "expand", "ohlcv", "universe=mic=XLON;when=today"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown dimension "when"; dimensions: universe, date, batch');
    expect(result.stderr).toContain(EXPRESSION_GRAMMAR.split("\n")[0]);
  });

  it("runs through the built binary", async () => {
    const run = promisify(execFile);
    const { stdout } = await run(
      process.execPath,
      [binary, "partitions", "expand", "ohlcv", "mic=XLON:2025-01-06|main"],
      {
        cwd: root,
      },
    );
    expect(stdout).toBe(
      [
        "mic=XLON:2025-01-06\tuniverse=mic=XLON date=2025-01-06",
        "mic=XLON:2025-01-06_2025-01-12\tuniverse=mic=XLON date=2025-01-06_2025-01-12",
        "mic=XLON:2025-01-13_2025-01-17\tuniverse=mic=XLON date=2025-01-13_2025-01-17",
        "mic=XPAR:2025-01-06_2025-01-12\tuniverse=mic=XPAR date=2025-01-06_2025-01-12",
        "mic=XPAR:2025-01-13_2025-01-17\tuniverse=mic=XPAR date=2025-01-13_2025-01-17",
        "5 partitions",
        "",
      ].join("\n"),
    );
    const failed = await run(
      process.execPath,
      [binary, "partitions", "expand", "ohlcv", "date=2024-01-01"],
      {
        cwd: root,
      },
    ).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 2 });
    expect((failed as { stderr: string }).stderr).toContain("outside 2025-01-06..2025-01-17");
  });
});

describe("lifecycle schedules", () => {
  it("generates the workflow, checks it, and fails the check when the config changes", async () => {
    expect((await cli(["schedules", "generate", "--check"])).code).toBe(1);
    const generated = await cli(["schedules", "generate"]);
    expect(generated.stdout).toBe(".github/workflows/schedules.yml: written\n");
    const file = path.join(root, ".github/workflows/schedules.yml");
    expect(await fs.readFile(file, "utf8")).toContain('cron: "30 0 * * *"');
    expect(await cli(["schedules", "generate", "--check"])).toMatchObject({
      code: 0,
      stdout: ".github/workflows/schedules.yml: up to date\n",
    });
    await fs.writeFile(
      path.join(root, "products/products.yml"),
      PRODUCTS.replace("30 0 * * *", "45 0 * * *"),
    );
    const stale = await cli(["schedules", "generate", "--check"]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain("differs from the configuration");
  });

  it("keeps the repository's schedules workflow in step with products.yml", async () => {
    let stderr = "";
    const code = await main(["schedules", "generate", "--check"], {
      stdout: { write: () => undefined },
      stderr: { write: (t) => void (stderr += t) },
      env: process.env,
      cwd: repoRoot,
    });
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  it("resolves the partitions due at a tick into GITHUB_OUTPUT", async () => {
    const output = path.join(root, "github-output.txt");
    const result = await cli(
      [
        "schedules",
        "resolve",
        "--cron",
        "30 0 * * *",
        "--schedule",
        "",
        "--now",
        "2025-01-10T00:41:00Z",
        "--github-output",
      ],
      { GITHUB_OUTPUT: output },
    );
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(
      "ohlcv (nightly, tick 2025-01-10T00:30:00.000Z UTC): universe=mic=XLON;date=2025-01-09\n",
    );
    expect(await fs.readFile(output, "utf8")).toBe(
      "schedule_ohlcv__nightly=universe=mic=XLON;date=2025-01-09\n",
    );
  });
});
