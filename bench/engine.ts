import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { materialize } from "../src/engine/materialize.js";
import type { RunReporter } from "../src/engine/reporter.js";

const PRODUCTS = 200;
const silent: RunReporter = { report: () => undefined };

/**
 * The orchestration overhead: materialise N products whose build is `true` (plan, load, build and
 * package all run for real) against spawning `sh -c true` once per stage directly, in one run.
 */
export async function runEngineBench(log: (line: string) => void = console.log): Promise<void> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-bench-engine-"));
  try {
    await writeProject(root, PRODUCTS);
    const directMs = await timeDirectSpawns(PRODUCTS * 4);
    const firstMs = await timeMaterialize(root);
    const skippedMs = await timeMaterialize(root);
    log(`engine bench: ${PRODUCTS} products x 4 stages, concurrency ${os.availableParallelism()}`);
    log(`  ${PRODUCTS * 4} x sh -c true, spawned one after another: ${directMs.toFixed(0)} ms`);
    log(
      `  materialize, first run:          ${firstMs.toFixed(0)} ms (${ratio(firstMs, directMs)})`,
    );
    log(
      `  materialize, all stages skipped: ${skippedMs.toFixed(0)} ms (${ratio(skippedMs, directMs)})`,
    );
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
}

async function writeProject(root: string, count: number): Promise<void> {
  await fs.mkdir(path.join(root, "products"), { recursive: true });
  const entries = Array.from({ length: count }, (_, i) => `- id: p${i}\n  build_command: "true"\n`);
  await fs.writeFile(path.join(root, "products/products.yml"), `products:\n${entries.join("")}`);
}

async function timeDirectSpawns(count: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    await new Promise((resolve) =>
      spawn("sh", ["-c", "true"], { stdio: "ignore" }).on("close", resolve),
    );
  }
  return performance.now() - start;
}

async function timeMaterialize(root: string): Promise<number> {
  const start = performance.now();
  const result = await materialize({
    root,
    store: path.join(root, ".lifecycle"),
    reporter: silent,
    signal: new AbortController().signal,
  });
  if (!result.ok) throw new Error("engine bench: materialize failed");
  return performance.now() - start;
}

function ratio(ms: number, baselineMs: number): string {
  return `${(ms / baselineMs).toFixed(2)}x the direct spawns`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runEngineBench();
}
