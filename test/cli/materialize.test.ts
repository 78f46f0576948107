import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readEvents } from "../../src/store/events.js";
import { StoreLayout } from "../../src/store/layout.js";
import { makeProject, writeProducts } from "../engine/helpers.js";
import { runCli } from "../cli-run.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const binary = path.join(repoRoot, "build/src/cli/bin.js");

const cli = (argv: string[], cwd: string) => runCli(argv, { cwd, env: process.env });

const WRITE_OUTPUT = 'echo "built $LIFECYCLE_PARTITION" > "$LIFECYCLE_OUTPUT_DIR/result.txt"';

describe("lifecycle materialize and status (real stages)", () => {
  it("materialises, skips when unchanged, reports status and staleness", async () => {
    const project = await makeProject([{ id: "alpha", build_command: WRITE_OUTPUT, tags: ["t"] }]);
    const first = await cli(["materialize"], project.root);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/ok {7}alpha\.build \[main\]/);
    expect(first.stdout).toMatch(/done in .*: 4 succeeded, 0 skipped/);
    const layout = new StoreLayout(project.store);
    const result = await fs.readFile(
      path.join(layout.stageDir("alpha", "main", "build"), "output/result.txt"),
      "utf8",
    );
    expect(result).toBe("built main\n");

    const second = await cli(["materialize"], project.root);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/0 succeeded, 4 skipped/);

    const status = await cli(["status", "--format", "json"], project.root);
    expect(status.code).toBe(0);
    const rows = (
      JSON.parse(status.stdout) as {
        assets: { asset: string; partition: string; status: string; stale: boolean }[];
      }
    ).assets;
    expect(rows.map((r) => [r.asset, r.partition, r.status, r.stale])).toEqual([
      ["alpha.plan", "main", "success", false],
      ["alpha.load", "main", "success", false],
      ["alpha.build", "main", "success", false],
      ["alpha.package", "main", "success", false],
    ]);

    await writeProducts(project.root, [
      { id: "alpha", build_command: `${WRITE_OUTPUT}; echo changed` },
    ]);
    const stale = await cli(["status", "--partitions", "--select", "alpha.build+"], project.root);
    expect(stale.stdout).toMatch(
      /alpha\.build +main +success .* yes: inputs or upstream output changed/,
    );
    expect(stale.stdout).toMatch(/alpha\.package +main +success .* no/);
    const dry = await cli(["materialize", "--dry-run"], project.root);
    expect(dry.stdout).toMatch(/would run {2}alpha\.build \[main\]: inputs changed/);
    expect(dry.stdout).toMatch(/up to date {2}alpha\.load \[main\]/);
  });

  it("exits 1 when a build fails and 2 for bad usage or configuration", async () => {
    const project = await makeProject([{ id: "alpha", build_command: "echo broken >&2; exit 3" }]);
    const failed = await cli(["materialize"], project.root);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/FAILED {3}alpha\.build \[main\]/);
    expect(failed.stdout).toMatch(/blocked {2}alpha\.package \[main\]/);
    expect(failed.stdout).toContain("alpha.build [main] | broken");

    const unknown = await cli(["materialize", "--select", "alpah"], project.root);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown asset or product "alpah".*did you mean "alpha"/);
    expect((await cli(["materialize", "--concurrency", "0"], project.root)).code).toBe(2);
    expect((await cli(["materialize", "--partition", "a/b"], project.root)).code).toBe(2);
    expect((await cli(["status", "--format", "xml"], project.root)).code).toBe(2);
    await fs.writeFile(path.join(project.root, "products/products.yml"), "products: 3\n");
    const config = await cli(["materialize"], project.root);
    expect(config.code).toBe(2);
    expect(config.stderr).toContain("products/products.yml");
    const help = await cli(["materialize", "--help"], project.root);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--select S");
  });

  it("the built binary, sent SIGTERM during a build, stops the command, records cancelled and keeps the last good output", async () => {
    await fs.access(binary).catch(() => {
      throw new Error(`${binary} is missing: run "npm run build" first`);
    });
    const project = await makeProject([{ id: "alpha", build_command: WRITE_OUTPUT }]);
    expect((await cli(["materialize"], project.root)).code).toBe(0);
    const pidFile = path.join(project.root, "sleep.pid");
    await writeProducts(project.root, [
      { id: "alpha", build_command: `echo $$ > ${pidFile}; exec sleep 30` },
    ]);

    const child = spawn(process.execPath, [binary, "materialize", "--root", project.root], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    const exited = new Promise<number | null>((resolve) =>
      child.once("close", (code) => resolve(code)),
    );
    await waitFor(async () => stdout.includes("start    alpha.build") && (await exists(pidFile)));
    const sleepPid = Number((await fs.readFile(pidFile, "utf8")).trim());
    child.kill("SIGTERM");
    expect(await exited).toBe(1);
    expect(stdout).toMatch(/cancelled alpha\.build \[main\]/);
    expect(alive(sleepPid)).toBe(false);

    const layout = new StoreLayout(project.store);
    const result = await fs.readFile(
      path.join(layout.stageDir("alpha", "main", "build"), "output/result.txt"),
      "utf8",
    );
    expect(result).toBe("built main\n");
    const last = (await readEvents(layout)).filter((e) => e.asset === "alpha.build").at(-1);
    expect(last).toMatchObject({ status: "cancelled", partition: "main" });
    expect(await fs.readdir(layout.tmpDir)).toEqual([]);
  });

  it("the built binary killed with SIGKILL mid-build leaves the last package and records intact; the next run recovers", async () => {
    const project = await makeProject([{ id: "alpha", build_command: WRITE_OUTPUT }]);
    expect((await cli(["materialize"], project.root)).code).toBe(0);
    const layout = new StoreLayout(project.store);
    const packageDir = layout.stageDir("alpha", "main", "package");
    const packageBefore = await fs.readdir(packageDir);
    const eventsBefore = await fs.readFile(layout.eventsFile, "utf8");
    const pidFile = path.join(project.root, "sleep.pid");
    await writeProducts(project.root, [
      {
        id: "alpha",
        build_command: `echo $$ > ${pidFile}; echo partial > "$LIFECYCLE_OUTPUT_DIR/result.txt"; exec sleep 30`,
      },
    ]);
    const child = spawn(process.execPath, [binary, "materialize", "--root", project.root], {
      stdio: "ignore",
    });
    const exited = new Promise((resolve) => child.once("close", resolve));
    await waitFor(() => exists(pidFile));
    child.kill("SIGKILL");
    await exited;
    process.kill(Number((await fs.readFile(pidFile, "utf8")).trim()), "SIGKILL");
    expect(await fs.readdir(packageDir)).toEqual(packageBefore);
    expect(
      await fs.readFile(
        path.join(layout.stageDir("alpha", "main", "build"), "output/result.txt"),
        "utf8",
      ),
    ).toBe("built main\n");
    expect((await fs.readFile(layout.eventsFile, "utf8")).startsWith(eventsBefore)).toBe(true);
    const buildRecords = (await readEvents(layout)).filter((e) => e.asset === "alpha.build");
    expect(buildRecords.map((e) => e.status)).toEqual(["success"]);

    await writeProducts(project.root, [
      {
        id: "alpha",
        build_command: `${WRITE_OUTPUT}; echo again >> "$LIFECYCLE_OUTPUT_DIR/result.txt"`,
      },
    ]);
    const next = await cli(["materialize"], project.root);
    expect(next.code).toBe(0);
    expect(next.stdout).toMatch(/2 succeeded, 2 skipped/);
    expect(
      await fs.readFile(
        path.join(layout.stageDir("alpha", "main", "build"), "output/result.txt"),
        "utf8",
      ),
    ).toBe("built main\nagain\n");
  });
});

describe("lifecycle materialize on a fresh project with ingest templates", () => {
  it("ingests the missing datasets, runs every stage, then skips everything", async () => {
    const build = 'ls "$LIFECYCLE_INPUT_DIR" > "$LIFECYCLE_OUTPUT_DIR/inputs.txt"';
    const project = await makeProject(
      [{ id: "alpha", build_command: build, inputs: [{ name: "t1" }, { name: "t2" }] }],
      ["t1", "t2", "t3"],
    );
    const first = await cli(["materialize"], project.root);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/6 succeeded, 0 skipped/);
    expect(first.stdout).toMatch(/ok {7}ingest\.t1 \[\d{8}\]/);
    expect(first.stdout).not.toContain("ingest.t3");
    const layout = new StoreLayout(project.store);
    const listed = await fs.readFile(
      path.join(layout.stageDir("alpha", "main", "build"), "output/inputs.txt"),
      "utf8",
    );
    expect(listed.split("\n").filter(Boolean)).toEqual(["t1", "t2"]);
    const second = await cli(["materialize"], project.root);
    expect(second.stdout).toMatch(/0 succeeded, 4 skipped/);
    const status = await cli(
      ["status", "--select", "group:ingest", "--format", "json"],
      project.root,
    );
    const rows = (
      JSON.parse(status.stdout) as {
        assets: { asset: string; partition: string; status?: string }[];
      }
    ).assets;
    expect(rows.map((r) => [r.asset, r.status])).toEqual([
      ["ingest.t1", "success"],
      ["ingest.t2", "success"],
    ]);
    expect(rows[0]?.partition).toMatch(/^\d{8}$/);
    const never = await cli(["status", "--select", "ingest.t3"], project.root);
    expect(never.stdout).toContain("(no partitions or versions for the selected assets)");
    const graph = await cli(["graph", "--select", "+alpha.plan"], project.root);
    expect(graph.stdout).toBe("ingest.t1\ningest.t2\nalpha.plan <- ingest.t1, ingest.t2\n");
    const mermaid = await cli(["graph", "--format", "mermaid"], project.root);
    expect(mermaid.stdout).toContain("  ingest_t1 --> alpha_plan\n");
    expect(mermaid.stdout).not.toContain("ingest_t3 -->");
    const json = await cli(["graph", "--select", "alpha", "--format", "json"], project.root);
    const assets = (JSON.parse(json.stdout) as { assets: { id: string; deps: string[] }[] }).assets;
    expect(assets.map((a) => a.id)).toEqual([
      "alpha.plan",
      "alpha.load",
      "alpha.build",
      "alpha.package",
    ]);
  });
});

async function waitFor(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("condition not met within 10 s");
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
