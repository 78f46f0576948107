import fs from "node:fs/promises";
import path from "node:path";
import { StageFailure } from "../core/errors.js";
import {
  LOCK_FILE,
  renderLock,
  type LockedInput,
  type LockedVersion,
  type RecipeLock,
} from "./lock.js";
import { chooseProductVersion, versionSource } from "./plan-version.js";
import { pinInputs } from "./plan-inputs.js";
import { upstreamDigest, upstreamProductOf } from "./plan-products.js";
import { storeInputDigest, storeSourceOf } from "./plan-stores.js";
import { productRecipe, type ResolvedRecipe, type StageRecipe } from "./recipe.js";
import { listReleases, previousRelease, type Release } from "./releases.js";
import { timing, writeStageRecord } from "./timings.js";
import type { Stage, StageContext } from "./types.js";
import { availableVersions, ingestContentDigest, isoDay } from "./versions.js";

/** dcpy's variable for the previous release's version, which recipes use as a `version_env_var`. */
const VERSION_PREV = "VERSION_PREV";

export interface PlanStageOptions {
  /** The clock of the `first_of_month` and `today` version strategies (default: now). */
  now?: () => Date;
}

/** Everything the plan reads besides the ingest store; the fingerprint covers all of it. */
interface PlanSources {
  recipe: ResolvedRecipe | undefined;
  /** The product's releases, oldest first (only read for a product with a recipe). */
  releases: Release[];
  now: Date;
}

/** The plan stage with its clock injected (tests); `planStage` uses the real clock. */
export function createPlanStage(options: PlanStageOptions = {}): Stage {
  const clock = options.now ?? (() => new Date());
  return {
    name: "plan",
    async fingerprintInputs(ctx) {
      const { recipe, releases, now } = await readSources(ctx, clock());
      const store: Record<string, Record<string, string>> = {};
      const upstream: Record<string, string[][]> = {};
      const stores: unknown[] = [];
      const stageRecipe = recipe?.recipe;
      for (const dataset of stageRecipe?.inputs.datasets ?? []) {
        const product = stageRecipe ? upstreamProductOf(ctx, dataset, stageRecipe) : undefined;
        const source = stageRecipe ? storeSourceOf(ctx, dataset, stageRecipe) : undefined;
        if (product !== undefined) upstream[product] = await upstreamDigest(ctx, product);
        else if (source !== undefined && stageRecipe)
          stores.push(await storeInputDigest(ctx, stageRecipe, dataset, source));
        else store[dataset.id] = await versionDigests(ctx, dataset.id);
      }
      const source = recipe ? versionSource(ctx, recipe.recipe) : "default";
      return {
        recipeFiles: recipe?.files ?? [],
        recipe: recipe?.recipe ?? null,
        productEnv: ctx.product.env ?? {},
        productVersion: ctx.product.version ?? null,
        partition: ctx.partition,
        store,
        ...(Object.keys(upstream).length > 0 ? { upstream } : {}),
        ...(stores.length > 0 ? { stores, storeUrls: ctx.project.settings?.stores ?? {} } : {}),
        // What the plan reads of a release: its version and input versions (not its timings).
        releases: releases.map((r) => [r.partition, r.version, Object.fromEntries(r.inputs)]),
        day: source === "today" || source === "first_of_month" ? isoDay(now) : null,
      };
    },
    async run(ctx, outDir) {
      const started = new Date();
      const sources = await readSources(ctx, clock());
      const { version, inputs, recipe } = sources.recipe
        ? await resolve(ctx, sources.recipe.recipe, sources)
        : { version: undefined, inputs: [], recipe: undefined };
      const lock: RecipeLock = {
        product: ctx.product.id,
        recipe: sources.recipe?.file ?? null,
        partition: lockedPartition(ctx),
        ...(version ? { version } : {}),
        env: lockEnv(ctx, recipe, version),
        inputs,
      };
      await fs.writeFile(path.join(outDir, LOCK_FILE), renderLock(lock));
      await writeStageRecord(outDir, [timing("plan", ctx.runId, started)]);
      if (version) ctx.log(`version ${version.value} (${version.strategy})`);
      for (const input of inputs)
        ctx.log(`pinned ${input.dataset} ${input.version} (asked: ${input.requested})`);
      return {
        metadata: {
          recipe: lock.recipe,
          ...(version ? { version: version.value, version_strategy: version.strategy } : {}),
          inputs: Object.fromEntries(inputs.map((i) => [i.dataset, i.version])),
        },
      };
    },
  };
}

export const planStage: Stage = createPlanStage();

async function readSources(ctx: StageContext, now: Date): Promise<PlanSources> {
  const recipe = productRecipe(ctx);
  return { recipe, releases: recipe ? await listReleases(ctx) : [], now };
}

/**
 * The product version and the input versions. The version comes first (dcpy's order), so that
 * `VERSION_PREV` (the newest release older than it) can pin inputs through `version_env_var`;
 * only `pin_to_source_dataset` needs the inputs first, and then has no `VERSION_PREV`.
 */
async function resolve(
  ctx: StageContext,
  recipe: StageRecipe,
  { releases, now }: PlanSources,
): Promise<{ version: LockedVersion; inputs: LockedInput[]; recipe: StageRecipe }> {
  const release = releases.at(-1);
  const pinned = versionSource(ctx, recipe) === "pin_to_source_dataset";
  let early: LockedVersion | undefined;
  let versionProblem: StageFailure | undefined;
  try {
    if (!pinned) early = chooseProductVersion(ctx, { recipe, inputs: [], release, now });
  } catch (error) {
    if (!(error instanceof StageFailure)) throw error;
    versionProblem = error; // reported together with the inputs' problems
  }
  const previous = early ? previousRelease(releases, early.value) : undefined;
  const withPrevious: StageRecipe =
    previous && recipe.vars?.[VERSION_PREV] === undefined
      ? { ...recipe, vars: { ...recipe.vars, [VERSION_PREV]: previous.version } }
      : recipe;
  const inputs = await pinInputs(ctx, withPrevious, release).catch((error: unknown) => {
    if (!versionProblem || !(error instanceof StageFailure)) throw error;
    throw new StageFailure(
      `${versionProblem.message}\n${error.message}`,
      error.asset,
      error.partition,
    );
  });
  if (versionProblem) throw versionProblem;
  const version = early ?? chooseProductVersion(ctx, { recipe, inputs, release, now });
  const withRelease = previous
    ? { ...version, previous_release: { partition: previous.partition, version: previous.version } }
    : version;
  return { version: withRelease, inputs, recipe: withPrevious };
}

/**
 * dcpy's build environment: the recipe's `vars` (with `VERSION_PREV`), then `VERSION` (and
 * `VERSION_TYPE`) as dcpy sets them, then the recipe's `env`, then the product's `env` (later
 * entries win).
 */
function lockEnv(
  ctx: StageContext,
  recipe: StageRecipe | undefined,
  version: LockedVersion | undefined,
): Record<string, string> {
  if (recipe === undefined || version === undefined) return { ...(ctx.product.env ?? {}) };
  return {
    ...(recipe.vars ?? {}),
    VERSION: version.value,
    ...(recipe.version_type ? { VERSION_TYPE: recipe.version_type } : {}),
    ...(recipe.env ?? {}),
    ...(ctx.product.env ?? {}),
  };
}

function lockedPartition(ctx: StageContext): RecipeLock["partition"] {
  const { key, version, note, dimensions, env } = ctx.partition;
  return { key, version, note, ...(dimensions ? { dimensions } : {}), ...(env ? { env } : {}) };
}

/** Each present version with the digest of its content, so a new version, or one re-ingested with other data, re-plans. */
async function versionDigests(ctx: StageContext, dataset: string): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  for (const version of await availableVersions(ctx.layout.datasetDir(dataset))) {
    digests[version] = await ingestContentDigest(
      path.join(ctx.layout.datasetVersionDir(dataset, version), "config.json"),
    );
  }
  return digests;
}
