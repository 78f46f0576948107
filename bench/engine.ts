import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { formatSummary, ms, timeProcess, type Aim, type BenchContext } from "./aims.js";
import { turboAnchor } from "./turbo.js";

const SIZES: Record<BenchContext["size"], { products: number; turboReplay: boolean }[]> = {
  full: [
    { products: 200, turboReplay: true },
    { products: 1000, turboReplay: false },
  ],
  small: [
    { products: 20, turboReplay: true },
    { products: 100, turboReplay: false },
  ],
};

/** Spawn the products' own commands (`sh -c true`, as the runner does) N at a time, then exit. */
const FLOOR_SCRIPT = `
const { spawn } = require("node:child_process");
const [count, concurrency] = process.argv.slice(1).map(Number);
let started = 0, finished = 0;
const next = () => {
  if (started >= count) return;
  started++;
  spawn("sh", ["-c", "true"], { stdio: "ignore" }).on("close", (code) => {
    if (code !== 0) process.exit(1);
    if (++finished === count) process.exit(0);
    next();
  });
};
for (let i = 0; i < Math.min(concurrency, count); i++) next();
`;

/**
 * Cold materialize (plan, load, build and package for real) of N products whose build is `true`,
 * against a fresh process spawning only those N build commands at the same concurrency; then the
 * unchanged rerun against turbo on the same 4-task pipeline (full-cache replay at the smaller size,
 * its planning alone, `--dry-run`, at the larger one: a cold turbo run of 4,000 npm scripts takes
 * many minutes).
 */
export async function bench(context: BenchContext): Promise<Aim[]> {
  const concurrency = os.availableParallelism();
  context.log(`engine bench: products x 4 stages, concurrency ${concurrency}, fresh processes`);
  const aims: Aim[] = [];
  for (const { products, turboReplay } of SIZES[context.size]) {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-bench-engine-"));
    try {
      await writeProject(root, products);
      const floor = await run(process.execPath, [
        "-e",
        FLOOR_SCRIPT,
        `${products}`,
        `${concurrency}`,
      ]);
      const materialize = [context.cli, "materialize", "--concurrency", `${concurrency}`];
      const env = { ...process.env, LIFECYCLE_CACHE_DIR: path.join(root, ".cache") };
      const cold = await run(process.execPath, materialize, { cwd: root, env });
      const rerun = await run(process.execPath, materialize, { cwd: root, env });
      const perProduct = (value: number) => `${(value / products).toFixed(2)} ms/product`;
      context.log(
        `  ${products} products: ${products} x sh -c true, ${concurrency} at a time: ${floor.toFixed(0)} ms`,
      );
      context.log(
        `  ${products} products: materialize, cold: ${cold.toFixed(0)} ms (${perProduct(cold)})`,
      );
      context.log(
        `  ${products} products: materialize, unchanged: ${rerun.toFixed(0)} ms (${perProduct(rerun)})`,
      );
      aims.push({
        name: `cold materialize, ${products} products`,
        measured: ms("materialize", cold),
        anchor: ms(`${products} own commands, ${concurrency} at a time`, floor),
        max: 2,
      });
      const turbo = await turboAnchor({
        products,
        concurrency,
        replay: turboReplay,
        log: context.log,
      });
      if (turbo)
        aims.push({
          name: `unchanged rerun, ${products} products`,
          measured: ms("materialize", rerun),
          anchor: ms(turbo.label, turbo.ms),
          max: 1,
        });
    } finally {
      await fs.rm(root, { recursive: true, force: true });
    }
  }
  return aims;
}

async function writeProject(root: string, count: number): Promise<void> {
  await fs.mkdir(path.join(root, "products"), { recursive: true });
  const entries = Array.from({ length: count }, (_, i) => `- id: p${i}\n  build_command: "true"\n`);
  await fs.writeFile(path.join(root, "products/products.yml"), `products:\n${entries.join("")}`);
}

async function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<number> {
  const timing = await timeProcess(command, args, options);
  if (timing.exitCode !== 0)
    throw new Error(
      `engine bench: ${args.slice(0, 2).join(" ")} failed: ${timing.stderr.slice(-2000)}`,
    );
  return timing.ms;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const cli = path.resolve(path.dirname(process.argv[1]), "../src/cli/bin.js");
  const size = process.env.BENCH_SIZE === "small" ? "small" : "full";
  for (const line of formatSummary(await bench({ log: console.log, size, cli }))) console.log(line);
}
