import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { chromium } from "playwright-core";
import type { Aim, BenchContext } from "./aims.js";

const run = promisify(execFile);
const STAGES = ["plan", "load", "build", "package"] as const;

/** A project of `products` products with `partitions` static partitions each, and a record per stage. */
async function syntheticStore(products: number, partitions: number): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-bench-ui-"));
  const keys = Array.from({ length: partitions }, (_, i) => `p${String(i).padStart(4, "0")}`);
  const ids = Array.from({ length: products }, (_, i) => `product_${String(i).padStart(3, "0")}`);
  const yml = ids
    .map(
      (id) =>
        `- id: ${id}\n  build_command: "true"\n  partitions: { static: [${keys.join(", ")}] }\n`,
    )
    .join("");
  await fs.mkdir(path.join(root, "products"), { recursive: true });
  await fs.writeFile(path.join(root, "products/products.yml"), `products:\n${yml}`);
  const store = path.join(root, ".lifecycle");
  await fs.mkdir(store, { recursive: true });
  const handle = await fs.open(path.join(store, "events.jsonl"), "w");
  for (const [p, id] of ids.entries()) {
    const lines: string[] = [];
    for (const [k, key] of keys.entries())
      for (const stage of STAGES) {
        const failed = (p + k) % 97 === 0 && stage === "build";
        const end = new Date(Date.UTC(2026, 0, 1) + k * 60_000).toISOString();
        lines.push(
          `${JSON.stringify({ asset: `${id}.${stage}`, partition: key, status: failed ? "failed" : "success", start: end, end, durationMs: 1000 + k, runId: `run-${k % 20}`, fingerprint: "f", metadata: { rows: 100 + k }, ...(failed ? { error: "exit code 1" } : {}) })}\n`,
        );
      }
    await handle.write(lines.join(""));
  }
  await handle.close();
  return root;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function treeBytes(dir: string): Promise<number> {
  let bytes = 0;
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) bytes += (await fs.stat(path.join(entry.parentPath, entry.name))).size;
  return bytes;
}

async function pageOpenMs(file: string, hash = "", ready = "#app main"): Promise<number> {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox"],
  });
  try {
    const page = await browser.newPage();
    const start = performance.now();
    await page.goto(`${pathToFileURL(file).href}${hash}`, { waitUntil: "load" });
    await page.waitForFunction(`document.querySelector(${JSON.stringify(ready)}) !== null`);
    return performance.now() - start;
  } finally {
    await browser.close();
  }
}

/** `lifecycle ui --out` on a synthetic store, beside `status --format json` over the same store. */
export async function bench(context: BenchContext): Promise<Aim[]> {
  const custom = /^(\d+)x(\d+)$/.exec(process.env.BENCH_UI_SIZE ?? "");
  const [products, partitions] = custom
    ? [Number(custom[1]), Number(custom[2])]
    : context.size === "full"
      ? [200, 1500]
      : [20, 150];
  const root = await syntheticStore(products, partitions);
  const cli = (args: string[]) =>
    run(process.execPath, [context.cli, ...args], { cwd: root, maxBuffer: 1 << 30 });
  const statusMs = await timed(() => cli(["status", "--format", "json"]));
  const uiMs = await timed(() => cli(["ui", "--out", "site"]));
  const site = path.join(root, "site");
  const bytes = await treeBytes(site);
  const frontBytes = (await fs.stat(path.join(site, "data.js"))).size;
  await fs.writeFile(
    path.join(site, "anchor.html"),
    '<!doctype html><div id="app"><main></main></div><script src="data.js"></script>',
  );
  const anchorOpen = await pageOpenMs(path.join(site, "anchor.html"));
  const open = await pageOpenMs(path.join(site, "index.html"));
  // An asset's page: its history file loads on demand, then the materialisations show.
  const assetOpen = await pageOpenMs(
    path.join(site, "index.html"),
    "#/asset/product_000.build/partition/p0001",
    "section.materialisation",
  );
  context.log(
    `ui: ${products} products x ${partitions} partitions: site ${(bytes / 2 ** 20).toFixed(1)} MiB (front page's data.js ${(frontBytes / 2 ** 20).toFixed(2)} MiB) in ${uiMs.toFixed(0)} ms (status --format json: ${statusMs.toFixed(0)} ms); page open ${open.toFixed(0)} ms (data.js alone: ${anchorOpen.toFixed(0)} ms); an asset's page with its history ${assetOpen.toFixed(0)} ms`,
  );
  await fs.rm(root, { recursive: true, force: true });
  return [
    {
      name: "ui --out",
      measured: { label: "ui --out", value: uiMs, unit: "ms" },
      anchor: { label: "status --format json", value: statusMs, unit: "ms" },
      max: 2,
    },
    {
      name: "ui page open",
      measured: { label: "index.html", value: open, unit: "ms" },
      anchor: { label: "data.js alone", value: anchorOpen, unit: "ms" },
      max: 3,
    },
  ];
}
