import path from "node:path";
import { pathToFileURL } from "node:url";
import { formatSummary, type Aim, type BenchContext, type BenchFunction } from "./aims.js";

/**
 * The bench modules, run one after another (the machines are small and shared). Each exports
 * `bench(context): Promise<Aim[]>` (see aims.ts); a listed module that is not built is skipped.
 * `BENCH_ONLY=validate,engine` runs some; `BENCH_SIZE=small` runs them small.
 */
export const BENCH_MODULES = ["validate", "engine", "ingest", "store", "action", "ui"] as const;

async function loadBench(name: string): Promise<BenchFunction | undefined> {
  const file = path.join(path.dirname(new URL(import.meta.url).pathname), `${name}.js`);
  try {
    const module = (await import(pathToFileURL(file).href)) as { bench?: BenchFunction };
    return module.bench;
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ERR_MODULE_NOT_FOUND")
      if (error.message.includes(file)) return undefined;
    throw error;
  }
}

export async function runBenches(
  context: BenchContext,
  options: { only?: readonly string[]; modules?: readonly string[] } = {},
): Promise<Aim[]> {
  const aims: Aim[] = [];
  for (const name of options.modules ?? BENCH_MODULES) {
    if (options.only && !options.only.includes(name)) continue;
    const bench = await loadBench(name);
    if (bench === undefined) {
      context.log(`(${name}: no bench/${name}.ts exporting bench() in this build; skipped)`);
      continue;
    }
    aims.push(...(await bench(context)));
    context.log("");
  }
  return aims;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const cli = path.resolve(path.dirname(process.argv[1]), "../src/cli/bin.js");
  const size = process.env.BENCH_SIZE === "small" ? "small" : "full";
  const only = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(",") : undefined;
  const aims = await runBenches({ log: console.log, size, cli }, only ? { only } : {});
  for (const line of formatSummary(aims)) console.log(line);
}
