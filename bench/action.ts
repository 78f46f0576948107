import { spawnSync } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { DUCKDB_VERSION } from "../src/core/release.js";
import type { Aim, BenchContext } from "./aims.js";
import { LocalCacheStore } from "../src/github/transfer.js";
import { ToolCacheDuckDB } from "../src/runtime/duckdb-tool-cache.js";
import { NpmInstaller } from "../src/runtime/npm-installer.js";
import { currentPlatform } from "../src/runtime/platform.js";

const RUNS = 5;
const AIM = 2;
const DEMO = ["products", "pipelines", "universes", "ingest_templates"];

/**
 * The bundled action as the runner starts it: `matrix` on the demo project, as a ratio to
 * `node -e 0` measured alternately in this run (aim: at most 2x). Then the first-use cost of
 * DuckDB: an install into an empty tool cache (from the npm cache), a restore from the cache into
 * an empty tool cache, and a warm tool cache. Run from the repository root; the bundle is dist/,
 * or LIFECYCLE_DIST_DIR.
 */
export async function runActionBench(log: (line: string) => void = console.log): Promise<Aim[]> {
  const temp = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-bench-action-"));
  try {
    const startup = await benchStartup(temp, log);
    await benchDuckDB(temp, log);
    return [startup];
  } finally {
    await fs.rm(temp, { recursive: true, force: true });
  }
}

/** bench/run.ts's entry: the start-up aim (DuckDB's first-use cost is printed, it has no aim). */
export async function bench(context: BenchContext): Promise<Aim[]> {
  return runActionBench((line) => context.log(line));
}

async function benchStartup(temp: string, log: (line: string) => void): Promise<Aim> {
  const bundle = path.resolve(process.env.LIFECYCLE_DIST_DIR ?? "dist", "index.js");
  const workspace = path.join(temp, "workspace");
  for (const dir of DEMO) await fs.cp(dir, path.join(workspace, dir), { recursive: true });
  const output = path.join(temp, "output");
  const env = {
    PATH: process.env.PATH,
    INPUT_COMMAND: "matrix",
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: output,
  };
  const matrixMs: number[] = [];
  const nodeMs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await fs.writeFile(output, "");
    matrixMs.push(timeProcess([bundle], env, workspace));
    if (!(await fs.readFile(output, "utf8")).includes("has_entries"))
      throw new Error(`the action's matrix command wrote no has_entries output (${bundle})`);
    nodeMs.push(timeProcess(["-e", "0"], { PATH: process.env.PATH }, workspace));
  }
  const ratio = median(matrixMs) / median(nodeMs);
  log(`action bench: ${path.relative(process.cwd(), bundle)} matrix on the demo project`);
  log(`  action matrix, median of ${RUNS}: ${median(matrixMs).toFixed(0)} ms (${list(matrixMs)})`);
  log(`  node -e 0, median of ${RUNS}:     ${median(nodeMs).toFixed(0)} ms (${list(nodeMs)})`);
  log(
    `  ratio: ${ratio.toFixed(1)}x the start-up of node (aim <= ${AIM}x: ${ratio <= AIM ? "holds" : "does not hold"})`,
  );
  return {
    name: "start-up, the action's matrix command on the demo",
    measured: { label: "action matrix", value: median(matrixMs), unit: "ms" },
    anchor: { label: "node -e 0", value: median(nodeMs), unit: "ms" },
    max: AIM,
  };
}

async function benchDuckDB(temp: string, log: (line: string) => void): Promise<void> {
  const cache = new LocalCacheStore(path.join(temp, "actions-cache"));
  const provider = (toolCache: string) =>
    new ToolCacheDuckDB({
      toolCache: path.join(temp, toolCache),
      version: DUCKDB_VERSION,
      platform: currentPlatform(),
      installer: new NpmInstaller(),
      cache,
      log: () => {},
    });
  const install = await timed(() => provider("cold").provide());
  const restore = await timed(() => provider("restored").provide());
  const warm = await timed(() => provider("cold").provide());
  const entry = path.join(provider("cold").dir, "node_modules", "@duckdb", "node-api");
  const load = timeProcess(
    ["-e", `require(${JSON.stringify(entry)}).DuckDBInstance`],
    { PATH: process.env.PATH },
    temp,
  );
  const nodeMs = timeProcess(["-e", "0"], { PATH: process.env.PATH }, temp);
  log(`  DuckDB ${DUCKDB_VERSION} (${path.basename(provider("cold").dir)}) first use:`);
  log(
    `    install into an empty tool cache (npm, from the npm cache): ${install.ms.toFixed(0)} ms (${install.value})`,
  );
  log(
    `    restore from the cache into an empty tool cache:            ${restore.ms.toFixed(0)} ms (${restore.value})`,
  );
  log(
    `    warm tool cache:                                            ${warm.ms.toFixed(1)} ms (${warm.value})`,
  );
  log(
    `    then loading it in a fresh node: ${load.toFixed(0)} ms (node -e 0: ${nodeMs.toFixed(0)} ms)`,
  );
}

function timeProcess(args: string[], env: NodeJS.ProcessEnv, cwd: string): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { env, cwd });
  if (result.status !== 0)
    throw new Error(`node ${args.join(" ")} failed: ${result.stderr.toString().slice(-500)}`);
  return performance.now() - start;
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function list(values: number[]): string {
  return values.map((v) => v.toFixed(0)).join(", ");
}

if (import.meta.url === `file://${process.argv[1]}`) await runActionBench();
