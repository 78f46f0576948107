import fs from "node:fs/promises";
import path from "node:path";
import { StageFailure } from "../core/errors.js";
import { safeSegment } from "../store/layout.js";
import { copyTree, describeFiles, exists, sha256File } from "./files.js";
import { LOCK_FILE, readLock, type LockedInput } from "./lock.js";
import { readTimings, timing, writeStageRecord } from "./timings.js";
import type { Stage, StageContext } from "./types.js";
import { OUTPUT_DIR } from "./build.js";
import { ingestContentDigest } from "./versions.js";
import { isStoreInput, loadStoreInput } from "./load-stores.js";

export const LOAD_MANIFEST = "manifest.json";
export const INPUTS_DIR = "inputs";

export interface LoadedDataset {
  dataset: string;
  version: string;
  import_as: string;
  /** Relative to `inputs/<import_as>/`. */
  files: { path: string; bytes: number; sha256: string }[];
  bytes: number;
}

export const loadStage: Stage = {
  name: "load",
  async fingerprintInputs(ctx) {
    // The lock is the upstream output; what it points at in the ingest store is an input of its own.
    const planDir = ctx.layout.stageDir(ctx.product.id, ctx.partition.key, "plan");
    if (!(await exists(path.join(planDir, LOCK_FILE)))) return { ingest: null };
    const lock = await readLock(planDir, asset(ctx), ctx.partition.key);
    const ingest: Record<string, string | null> = {};
    for (const input of lock.inputs) {
      if (isStoreInput(input)) {
        // The lock names every file with its ETag: the upstream output covers it.
        ingest[`${input.dataset}@${input.version}`] = input.store ?? null;
        continue;
      }
      // An upstream product's output: its package manifest changes whenever it is rebuilt.
      const config =
        input.product !== undefined && input.partition !== undefined
          ? path.join(
              ctx.layout.stageDir(input.product, input.partition, "package"),
              "manifest.json",
            )
          : path.join(ctx.layout.datasetVersionDir(input.dataset, input.version), "config.json");
      ingest[`${input.dataset}@${input.version}`] = (await exists(config))
        ? input.product === undefined
          ? await ingestContentDigest(config)
          : await sha256File(config)
        : null;
    }
    return { ingest };
  },
  async run(ctx, outDir) {
    const started = new Date();
    const planDir = ctx.layout.stageDir(ctx.product.id, ctx.partition.key, "plan");
    const lock = await readLock(planDir, asset(ctx), ctx.partition.key);
    await fs.copyFile(path.join(planDir, LOCK_FILE), path.join(outDir, LOCK_FILE));
    await fs.mkdir(path.join(outDir, INPUTS_DIR)); // present even without inputs: it is LIFECYCLE_INPUT_DIR
    const datasets: LoadedDataset[] = [];
    const seen = new Set<string>();
    for (const input of lock.inputs) {
      if (seen.has(input.import_as)) {
        throw new StageFailure(
          `two inputs are imported as "${input.import_as}"; give one an import_as`,
          asset(ctx),
          ctx.partition.key,
        );
      }
      seen.add(input.import_as);
      datasets.push(await loadDataset(ctx, input, outDir));
    }
    const manifest = { product: ctx.product.id, partition: ctx.partition.key, datasets };
    await fs.writeFile(path.join(outDir, LOAD_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    await writeStageRecord(outDir, [
      ...(await readTimings(planDir)),
      timing("load", ctx.runId, started),
    ]);
    const bytes = datasets.reduce((sum, d) => sum + d.bytes, 0);
    return {
      metadata: {
        datasets: datasets.length,
        files: datasets.reduce((n, d) => n + d.files.length, 0),
        bytes,
      },
    };
  },
};

function asset(ctx: StageContext): string {
  return `${ctx.product.id}.load`;
}

/** Where a locked input is read: the ingest store, or another product's build output (lineage). */
function inputSource(ctx: StageContext, input: LockedInput): string {
  if (input.product !== undefined && input.partition !== undefined)
    return path.join(ctx.layout.stageDir(input.product, input.partition, "build"), OUTPUT_DIR);
  return ctx.layout.datasetVersionDir(input.dataset, input.version);
}

async function loadDataset(
  ctx: StageContext,
  input: LockedInput,
  outDir: string,
): Promise<LoadedDataset> {
  const target = path.join(outDir, INPUTS_DIR, safeSegment(input.import_as));
  if (isStoreInput(input)) await loadStoreInput(ctx, input, target, asset(ctx));
  else await copyInput(ctx, input, target);
  const files = await describeFiles(target);
  ctx.log(`loaded ${input.dataset} ${input.version}: ${files.length} files`);
  return {
    dataset: input.dataset,
    version: input.version,
    import_as: input.import_as,
    files,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
  };
}

async function copyInput(ctx: StageContext, input: LockedInput, target: string): Promise<void> {
  const source = inputSource(ctx, input);
  if (!(await exists(source))) {
    const where = input.product
      ? `the build output of product "${input.product}"`
      : "the ingest store";
    throw new StageFailure(
      `dataset "${input.dataset}" version "${input.version}" is locked but no longer in ${where} (${source}); plan again`,
      asset(ctx),
      ctx.partition.key,
    );
  }
  await copyTree(source, target);
}
