import { StageFailure } from "../core/errors.js";
import { isStarterNote } from "../partitions/keys.js";
import type { LockedInput, LockedVersion } from "./lock.js";
import type { StageRecipe } from "./recipe.js";
import type { Release } from "./releases.js";
import type { StageContext } from "./types.js";
import { bumpVersion, firstOfMonth, isoDay } from "./versions.js";

export type VersionSource = LockedVersion["strategy"];

/** The product version when nothing else gives one, as the partitions module uses it. */
const DEFAULT_VERSION = "latest";

/**
 * What decides the product version of this plan, first match wins: a dynamic partition key that
 * carries a version (`2025.1.1-2_ar_build`); else (starters `main`, `nightly_qa`, and declared
 * schemes) the product's `version` in products.yml, the recipe's `version`, its
 * `version_strategy`, and last `latest`.
 */
export function versionSource(ctx: StageContext, recipe: StageRecipe | undefined): VersionSource {
  if (keyCarriesVersion(ctx)) return "partition_key";
  if (ctx.product.version !== undefined) return "product_version";
  if (recipe?.version !== undefined) return "recipe_version";
  const strategy = recipe?.version_strategy;
  if (strategy === undefined) return "default";
  if (typeof strategy === "string") return strategy;
  return "bump_latest_release" in strategy ? "bump_latest_release" : "pin_to_source_dataset";
}

function keyCarriesVersion(ctx: StageContext): boolean {
  const scheme = ctx.product.partitions;
  const dynamic = scheme === undefined || scheme === "dynamic";
  return dynamic && !isStarterNote(ctx.partition.key);
}

export interface VersionInputs {
  recipe: StageRecipe | undefined;
  inputs: LockedInput[];
  release: Release | undefined;
  now: Date;
}

/** The product version this plan records, with what chose it; throws a StageFailure when it cannot. */
export function chooseProductVersion(ctx: StageContext, from: VersionInputs): LockedVersion {
  const source = versionSource(ctx, from.recipe);
  switch (source) {
    case "partition_key":
      return { value: ctx.partition.version, strategy: source };
    case "product_version":
      return { value: ctx.product.version ?? ctx.partition.version, strategy: source };
    case "recipe_version":
      return { value: from.recipe?.version ?? DEFAULT_VERSION, strategy: source };
    case "first_of_month":
      return { value: firstOfMonth(from.now), strategy: source };
    case "today":
      return { value: isoDay(from.now), strategy: source };
    case "bump_latest_release":
      return bumpRelease(ctx, from);
    case "pin_to_source_dataset":
      return pinToDataset(ctx, from);
    case "default":
      return { value: ctx.partition.version || DEFAULT_VERSION, strategy: source };
  }
}

function bumpRelease(ctx: StageContext, { recipe, release }: VersionInputs): LockedVersion {
  const strategy = recipe?.version_strategy;
  const by =
    typeof strategy === "object" && "bump_latest_release" in strategy
      ? strategy.bump_latest_release
      : 1;
  if (release === undefined) {
    throw failure(
      ctx,
      `product "${ctx.product.id}": version_strategy bump_latest_release needs a release of "${ctx.product.id}" in the store, and there is none (${RELEASE_MEANING}); package one first, e.g. \`lifecycle materialize --select ${ctx.product.id} --partition <version>-<note>\`, or plan a partition whose key carries the version`,
    );
  }
  let value: string;
  try {
    value = bumpVersion(release.version, recipe?.version_type, by);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw failure(
      ctx,
      `product "${ctx.product.id}": version_strategy bump_latest_release: latest release ${release.partition}: ${why}`,
    );
  }
  return {
    value,
    strategy: "bump_latest_release",
    release: { partition: release.partition, version: release.version },
    ...(recipe?.version_type ? { version_type: recipe.version_type } : {}),
    bump_by: by,
  };
}

function pinToDataset(ctx: StageContext, { recipe, inputs }: VersionInputs): LockedVersion {
  const strategy = recipe?.version_strategy;
  const dataset =
    typeof strategy === "object" && "pin_to_source_dataset" in strategy
      ? strategy.pin_to_source_dataset
      : "";
  const input = inputs.find((i) => i.dataset === dataset);
  if (input === undefined) {
    const names = inputs.map((i) => i.dataset).join(", ") || "none";
    throw failure(
      ctx,
      `product "${ctx.product.id}": version_strategy pin_to_source_dataset names "${dataset}", which is not an input of the recipe; inputs: ${names}`,
    );
  }
  return { value: input.version, strategy: "pin_to_source_dataset", dataset };
}

export const RELEASE_MEANING =
  "a release is a published version (`lifecycle publish release`), else a successful package of a partition other than the one being planned, main and nightly_qa";

function failure(ctx: StageContext, message: string): StageFailure {
  return new StageFailure(message, `${ctx.product.id}.plan`, ctx.partition.key);
}
