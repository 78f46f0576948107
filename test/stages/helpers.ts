import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { loadProjectOrThrow } from "../../src/config/project.js";
import { NodeProcessRunner } from "../../src/process/node-runner.js";
import type { ProcessRunner } from "../../src/process/runner.js";
import { writeDirAtomically } from "../../src/store/atomic.js";
import { StoreLayout } from "../../src/store/layout.js";
import type { Stage, StageContext, StagePartition } from "../../src/stages/types.js";

export interface TestProject {
  root: string;
  layout: StoreLayout;
  logs: string[];
  /** A context for `productId` (reloading the project, so edits to its files are seen). */
  context(productId: string, options?: ContextOptions): Promise<StageContext>;
  write(relative: string, text: string): Promise<void>;
  /** Put a dataset version into the ingest store as the ingest would: files plus config.json. */
  ingest(dataset: string, version: string, files?: Record<string, string>): Promise<void>;
}

export interface ContextOptions {
  partition?: Partial<StagePartition>;
  signal?: AbortSignal;
  runner?: ProcessRunner;
  product?: Partial<StageContext["product"]>;
}

/** A project in a fresh temp directory, with its files written and loaded by the config module. */
export async function makeProject(files: Record<string, string>): Promise<TestProject> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-stages-"));
  const layout = new StoreLayout(path.join(root, ".lifecycle"));
  const logs: string[] = [];
  const write = async (relative: string, text: string) => {
    const file = path.join(root, relative);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, text);
  };
  for (const [relative, text] of Object.entries(files)) await write(relative, text);
  return {
    root,
    layout,
    logs,
    write,
    async context(productId, options = {}) {
      const { project } = await loadProjectOrThrow(root);
      const product = project.products.find((p) => p.id === productId);
      if (!product) throw new Error(`no product ${productId}`);
      return {
        project,
        product: { ...product, ...options.product },
        partition: {
          key: "2025.1-main",
          version: "2025.1",
          note: "main",
          dimensions: {},
          env: {},
          ...options.partition,
        },
        layout,
        runner: options.runner ?? new NodeProcessRunner(),
        signal: options.signal ?? new AbortController().signal,
        log: (line) => logs.push(line),
        runId: "run-test",
      };
    },
    async ingest(dataset, version, datasetFiles = { [`${dataset}.csv`]: "a,b\n1,2\n" }) {
      const dir = layout.datasetVersionDir(dataset, version);
      for (const [name, text] of Object.entries(datasetFiles)) {
        await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
        await fs.writeFile(path.join(dir, name), text);
      }
      await fs.writeFile(path.join(dir, "config.json"), JSON.stringify({ id: dataset, version }));
    },
  };
}

/** Run a stage the way the scheduler does: into a staging dir promoted atomically. */
export function runStage(stage: Stage, ctx: StageContext) {
  const target = ctx.layout.stageDir(ctx.product.id, ctx.partition.key, stage.name);
  return writeDirAtomically(target, ctx.layout.tmpDir, (dir) => stage.run(ctx, dir));
}

export function stageDir(ctx: StageContext, stage: "plan" | "load" | "build" | "package"): string {
  return ctx.layout.stageDir(ctx.product.id, ctx.partition.key, stage);
}

export function productsYml(...products: string[]): string {
  return `products:\n${products.map((p) => `- ${p.trim().replace(/\n/g, "\n  ")}`).join("\n")}\n`;
}
