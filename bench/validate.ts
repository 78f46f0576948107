import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { median, medianProcessMs, ms, type Aim, type BenchContext, formatSummary } from "./aims.js";
import { generateRepo, type GeneratedRepoSize } from "./validate/generate.js";

const SIZES: Record<BenchContext["size"], GeneratedRepoSize> = {
  full: { products: 1000, templates: 2000, inputsPerRecipe: 6 },
  small: { products: 100, templates: 200, inputsPerRecipe: 6 },
};
const RUNS = 3;

/**
 * `validate` and `matrix` on a generated repository (1,000 products and 2,000 templates at full
 * size), each a fresh process: cold (an empty parse cache) and with the tree unchanged since the
 * last run (a warm cache), and `--help`, each next to `node -e 0` measured in this run.
 */
export async function bench(context: BenchContext): Promise<Aim[]> {
  const size = SIZES[context.size];
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-bench-validate-"));
  try {
    await generateRepo(root, size);
    const scale = `${size.products.toLocaleString("en")} products + ${size.templates.toLocaleString("en")} templates`;
    context.log(`validate bench: ${scale}, medians of ${RUNS} fresh processes`);
    const node = await medianProcessMs(RUNS + 2, process.execPath, ["-e", "0"]);
    context.log(`  node -e 0: ${node.ms.toFixed(0)} ms (runs ${list(node.runs)})`);
    const anchor = ms("node -e 0", node.ms);
    const aims: Aim[] = [];
    for (const command of ["validate", "matrix"]) {
      const cold = await coldRuns(context, root, command);
      const warm = await warmRuns(context, root, command);
      context.log(`  ${command}, cold cache: ${cold.ms.toFixed(0)} ms (runs ${list(cold.runs)})`);
      context.log(
        `  ${command}, unchanged tree: ${warm.ms.toFixed(0)} ms (runs ${list(warm.runs)})`,
      );
      aims.push(
        { name: `${command}, ${scale}, cold`, measured: ms(command, cold.ms), anchor, max: 10 },
        {
          name: `${command}, ${scale}, unchanged tree`,
          measured: ms(command, warm.ms),
          anchor,
          max: 3,
        },
      );
    }
    const help = await medianProcessMs(RUNS + 2, process.execPath, [context.cli, "--help"]);
    context.log(`  lifecycle --help: ${help.ms.toFixed(0)} ms (runs ${list(help.runs)})`);
    aims.push({
      name: "start-up, lifecycle --help",
      measured: ms("--help", help.ms),
      anchor,
      max: 2,
    });
    return aims;
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
}

/** Each run with its own empty cache directory: nothing parsed before. */
async function coldRuns(context: BenchContext, root: string, command: string) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const cache = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-bench-cache-"));
    try {
      const env = { ...process.env, LIFECYCLE_CACHE_DIR: cache };
      times.push(
        (await medianProcessMs(1, process.execPath, [context.cli, command], { cwd: root, env })).ms,
      );
    } finally {
      await fs.rm(cache, { recursive: true, force: true });
    }
  }
  return { ms: median(times), runs: times };
}

/** One run fills the cache; the measured runs find every file unchanged. */
async function warmRuns(context: BenchContext, root: string, command: string) {
  const cache = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-bench-cache-"));
  try {
    const env = { ...process.env, LIFECYCLE_CACHE_DIR: cache };
    await medianProcessMs(1, process.execPath, [context.cli, command], { cwd: root, env });
    return await medianProcessMs(RUNS, process.execPath, [context.cli, command], {
      cwd: root,
      env,
    });
  } finally {
    await fs.rm(cache, { recursive: true, force: true });
  }
}

function list(values: readonly number[]): string {
  return values.map((v) => v.toFixed(0)).join(", ");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const cli = path.resolve(path.dirname(process.argv[1]), "../src/cli/bin.js");
  const size = process.env.BENCH_SIZE === "small" ? "small" : "full";
  for (const line of formatSummary(await bench({ log: console.log, size, cli }))) console.log(line);
}
