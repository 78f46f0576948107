import fs from "node:fs/promises";
import path from "node:path";
import { StageFailure } from "../core/errors.js";
import { sha256File } from "./files.js";
import { LOCK_FILE, renderLock, type LockedInput, type RecipeLock } from "./lock.js";
import { productRecipe } from "./recipe.js";
import { timing, writeStageRecord } from "./timings.js";
import type { Stage, StageContext, StageRecipeEntry } from "./types.js";
import { availableVersions } from "./versions.js";

/** Versions that mean "the newest present", whatever the strategy. */
const LATEST = "latest";

export const planStage: Stage = {
  name: "plan",
  async fingerprintInputs(ctx) {
    const loaded = productRecipe(ctx);
    const store: Record<string, Record<string, string>> = {};
    for (const dataset of loaded?.recipe.inputs.datasets ?? [])
      store[dataset.id] = await versionDigests(ctx, dataset.id);
    return {
      recipe: loaded?.recipe ?? null,
      productEnv: ctx.product.env ?? {},
      partition: ctx.partition,
      store,
    };
  },
  async run(ctx, outDir) {
    const started = new Date();
    const loaded = productRecipe(ctx);
    const inputs = loaded ? await pinInputs(ctx, loaded.recipe) : [];
    const lock: RecipeLock = {
      product: ctx.product.id,
      recipe: loaded?.file ?? null,
      partition: lockedPartition(ctx),
      env: { ...(loaded?.recipe.env ?? {}), ...(ctx.product.env ?? {}) },
      inputs,
    };
    await fs.writeFile(path.join(outDir, LOCK_FILE), renderLock(lock));
    await writeStageRecord(outDir, [timing("plan", ctx.runId, started)]);
    for (const input of inputs)
      ctx.log(`pinned ${input.dataset} ${input.version} (asked: ${input.requested})`);
    return {
      metadata: {
        recipe: lock.recipe,
        inputs: Object.fromEntries(inputs.map((i) => [i.dataset, i.version])),
      },
    };
  },
};

function lockedPartition(ctx: StageContext): RecipeLock["partition"] {
  const { key, version, note, dimensions, env } = ctx.partition;
  return { key, version, note, ...(dimensions ? { dimensions } : {}), ...(env ? { env } : {}) };
}

async function pinInputs(
  ctx: StageContext,
  recipe: StageRecipeEntry["recipe"],
): Promise<LockedInput[]> {
  const findLatest = recipe.inputs.missing_versions_strategy === "find_latest";
  const defaults = recipe.inputs.dataset_defaults ?? {};
  const problems: string[] = [];
  const locked: LockedInput[] = [];
  for (const dataset of recipe.inputs.datasets) {
    const available = await availableVersions(ctx.layout.datasetDir(dataset.id));
    const wanted = dataset.version;
    const version = chooseVersion(wanted, available, findLatest);
    if (version === undefined) {
      problems.push(missingMessage(dataset.id, wanted, available, findLatest));
      continue;
    }
    const fileType = dataset.file_type ?? defaults.file_type;
    locked.push({
      dataset: dataset.id,
      version,
      requested: wanted ?? LATEST,
      import_as: dataset.import_as ?? dataset.id,
      ...(dataset.version_env_var ? { version_env_var: dataset.version_env_var } : {}),
      ...(fileType ? { file_type: fileType } : {}),
    });
  }
  if (problems.length > 0) {
    throw new StageFailure(problems.join("\n"), `${ctx.product.id}.plan`, ctx.partition.key);
  }
  return locked;
}

function chooseVersion(
  wanted: string | undefined,
  available: string[],
  findLatest: boolean,
): string | undefined {
  if (wanted === undefined || wanted === LATEST)
    return wanted === LATEST || findLatest ? available.at(-1) : undefined;
  return available.includes(wanted) ? wanted : undefined;
}

function missingMessage(
  dataset: string,
  wanted: string | undefined,
  available: string[],
  findLatest: boolean,
): string {
  const present = available.length > 0 ? available.join(", ") : "none (ingest it first)";
  if (wanted !== undefined && wanted !== LATEST) {
    return `dataset "${dataset}": version "${wanted}" is not in the ingest store; versions available: ${present}`;
  }
  if (available.length === 0)
    return `dataset "${dataset}": no version in the ingest store; versions available: ${present}`;
  const hint = findLatest
    ? ""
    : "; pin a version or set inputs.missing_versions_strategy: find_latest";
  return `dataset "${dataset}": no version given${hint}; versions available: ${present}`;
}

/** Each present version with the digest of its ingest record, so a new or re-ingested version re-plans. */
async function versionDigests(ctx: StageContext, dataset: string): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  for (const version of await availableVersions(ctx.layout.datasetDir(dataset))) {
    digests[version] = await sha256File(
      path.join(ctx.layout.datasetVersionDir(dataset, version), "config.json"),
    );
  }
  return digests;
}
