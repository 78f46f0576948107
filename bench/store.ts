import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { startFaultProxy, startS3Server, type S3Server } from "../test/support/s3-server.js";
import {
  formatSummary,
  medianProcessMs,
  ms,
  requests,
  timeProcess,
  type Aim,
  type BenchContext,
} from "./aims.js";
import { statusAim, timeStatus, type HistoryShape } from "./store-status.js";

const SIZES: Record<
  BenchContext["size"],
  { products: [number, number]; history: HistoryShape; events: [number, number]; runs: number }
> = {
  full: {
    runs: 3,
    products: [20, 200],
    history: { products: 10, partitions: 50 },
    events: [10_000, 500_000],
  },
  small: {
    runs: 1,
    products: [4, 20],
    history: { products: 5, partitions: 20 },
    events: [1_000, 20_000],
  },
};
const BUCKET = "lifecycle-bench";

/** One size of the S3 rerun: wall times of the unchanged rerun, and the requests of the first. */
export interface RerunFigures {
  products: number;
  localMs: number;
  s3Ms: number;
  /** Requests the first unchanged rerun against the bucket made (counted by a proxy). */
  requests: number;
  /** Those requests, `METHOD /bucket/key?query`. */
  requestLines: string[];
}

/**
 * The unchanged rerun of `materialize` against s3:// on moto_server (127.0.0.1) beside the same
 * rerun against a local directory store, at two sizes; then `status` over a history 50x longer.
 */
export async function bench(context: BenchContext): Promise<Aim[]> {
  const size = SIZES[context.size];
  context.log(`store bench: unchanged materialize, s3:// on moto vs a local store; status`);
  const server = await startS3Server([BUCKET]);
  const figures: RerunFigures[] = [];
  try {
    for (const products of size.products) {
      const measured = await rerunFigures(context, server, products, size.runs);
      context.log(
        `  ${products} products: unchanged rerun local ${measured.localMs.toFixed(0)} ms, s3 ${measured.s3Ms.toFixed(0)} ms; first rerun made ${measured.requests} requests`,
      );
      context.log(`    ${measured.requestLines.map((r) => r.replace(/\?.*$/, "")).join(", ")}`);
      figures.push(measured);
    }
  } finally {
    await server.stop();
  }
  const [fewer, more] = size.events;
  const small = await timeStatus(context, size.history, fewer, size.runs);
  const large = await timeStatus(context, size.history, more, size.runs);
  for (const t of [small, large])
    context.log(
      `  status, ${t.events.toLocaleString("en")} events: ${t.ms.toFixed(0)} ms (first, building the index: ${t.rebuildMs.toFixed(0)} ms)`,
    );
  return [...rerunAims(figures), statusAim(size.history, small, large)];
}

/** The aims over the reruns measured at two sizes (fewer products first). */
export function rerunAims(figures: readonly RerunFigures[]): Aim[] {
  const [fewer, more] = figures;
  if (!fewer || !more) throw new Error("store bench: rerun figures at two sizes expected");
  return [
    {
      name: `unchanged materialize, ${more.products} products, s3:// on moto vs local`,
      measured: ms("s3://", more.s3Ms),
      anchor: ms("local directory", more.localMs),
      // Beyond the local rerun, the S3 one lists the pointers (one request per 1,000 units),
      // hard-links every unit from the read cache into a fresh working directory, and makes a
      // handful of requests for the events; 3x leaves room for moto (a Python server) on a
      // loaded machine, while one request per unit (800 here) would exceed it.
      max: 3,
    },
    {
      name: `requests of an unchanged rerun, ${more.products} vs ${fewer.products} products`,
      measured: requests(`at ${more.products} products`, more.requests),
      anchor: requests(`at ${fewer.products}`, fewer.requests),
      // Constant in the products: only a LIST page more per 1,000 units may be added; one
      // request per product or unit would make this 10x.
      max: 1.5,
    },
  ];
}

async function rerunFigures(
  context: BenchContext,
  server: S3Server,
  products: number,
  runs: number,
): Promise<RerunFigures> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-bench-store-"));
  const proxy = await startFaultProxy(server.url);
  try {
    await writeProducts(root, products);
    const cache = { LIFECYCLE_CACHE_DIR: path.join(root, ".cache") };
    const local = { ...process.env, ...cache };
    const s3 = { ...process.env, ...server.env, ...cache };
    const materialize = [context.cli, "materialize"];
    const onS3 = [context.cli, "--store", `s3://${BUCKET}/p${products}`, "materialize"];
    await mustRun(materialize, root, local);
    await mustRun(onS3, root, s3);
    await mustRun(onS3, root, { ...s3, AWS_ENDPOINT_URL_S3: proxy.url });
    const counted = proxy.requests.length;
    const localMs = (
      await medianProcessMs(runs, process.execPath, materialize, { cwd: root, env: local })
    ).ms;
    const s3Ms = (await medianProcessMs(runs, process.execPath, onS3, { cwd: root, env: s3 })).ms;
    return { products, localMs, s3Ms, requests: counted, requestLines: [...proxy.requests] };
  } finally {
    await proxy.close();
    await fs.rm(root, { recursive: true, force: true });
  }
}

async function writeProducts(root: string, count: number): Promise<void> {
  await fs.mkdir(path.join(root, "products"), { recursive: true });
  const entries = Array.from({ length: count }, (_, i) => `- id: p${i}\n  build_command: "true"\n`);
  await fs.writeFile(path.join(root, "products/products.yml"), `products:\n${entries.join("")}`);
}

async function mustRun(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  const timing = await timeProcess(process.execPath, args, { cwd, env });
  if (timing.exitCode !== 0)
    throw new Error(
      `store bench: ${args.slice(1).join(" ")} failed: ${timing.stderr.slice(-2000)}`,
    );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const cli = path.resolve(path.dirname(process.argv[1]), "../src/cli/bin.js");
  const size = process.env.BENCH_SIZE === "small" ? "small" : "full";
  for (const line of formatSummary(await bench({ log: console.log, size, cli }))) console.log(line);
}
