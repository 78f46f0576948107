import { spawnSync } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { loadProject } from "../src/config/project.js";
import { generateRepo, type GeneratedRepoSize } from "./validate/generate.js";

const SIZE: GeneratedRepoSize = { products: 1000, templates: 2000, inputsPerRecipe: 6 };
const RUNS = 3;

/**
 * Validate a generated repository of 1,000 products and 2,000 templates (`loadProject`, which
 * includes the cross-file checks) and print the time next to `node -e 0` measured in this run.
 */
export async function runValidateBench(log: (line: string) => void = console.log): Promise<void> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-bench-validate-"));
  try {
    await generateRepo(root, SIZE);
    const nodeStartMs = median(Array.from({ length: RUNS }, () => timeNodeStart()));
    const loadMs: number[] = [];
    const cpuMs: number[] = [];
    let summary = "";
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      const { project, diagnostics } = await loadProject(root);
      loadMs.push(performance.now() - start);
      const cpu = process.cpuUsage(cpuStart);
      cpuMs.push((cpu.user + cpu.system) / 1000);
      summary = `${project.products.length} products, ${project.recipes.size} recipes, ${project.templates.size} templates, ${diagnostics.length} diagnostics`;
    }
    const validateMs = median(loadMs);
    log(`validate bench: ${summary}`);
    log(
      `  loadProject + checks, median of ${RUNS}: ${validateMs.toFixed(0)} ms (runs: ${loadMs.map((ms) => ms.toFixed(0)).join(", ")})`,
    );
    log(`  CPU time of this process, median:    ${median(cpuMs).toFixed(0)} ms`);
    log(`  node -e 0, median of ${RUNS}:            ${nodeStartMs.toFixed(0)} ms`);
    log(`  ratio: ${(validateMs / nodeStartMs).toFixed(1)}x the start-up of node`);
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
}

function timeNodeStart(): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, ["-e", "0"]);
  if (result.status !== 0) throw new Error(`node -e 0 failed: ${result.stderr.toString()}`);
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runValidateBench();
}
