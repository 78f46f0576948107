import { StageFailure } from "../core/errors.js";
import type { RecipeInputDataset } from "../config/recipe.js";
import type { LockedInput } from "./lock.js";
import { RELEASE_MEANING } from "./plan-version.js";
import type { StageRecipe } from "./recipe.js";
import type { Release } from "./releases.js";
import type { StageContext } from "./types.js";
import { pinProductInput, upstreamProductOf } from "./plan-products.js";
import { pinStoreInput, storeSourceOf } from "./plan-stores.js";
import { availableVersions } from "./versions.js";

/** Versions that mean "the newest present", whatever the strategy. */
const LATEST = "latest";
const COPY = "copy_latest_release";

/**
 * The version an input asks for: its `version`; else, as dcpy does, the recipe `vars` entry its
 * `version_env_var` names (`version_env_var: ZAP_VERSION` with `vars: { ZAP_VERSION: "20250303" }`);
 * else none, and the missing_versions_strategy decides.
 */
export function askedVersion(
  dataset: RecipeInputDataset,
  recipe: StageRecipe,
): { version?: string; requested?: string } {
  if (dataset.version !== undefined)
    return { version: dataset.version, requested: dataset.version };
  const variable = dataset.version_env_var;
  const fromVars = variable === undefined ? undefined : recipe.vars?.[variable];
  if (variable === undefined || fromVars === undefined) return {};
  return { version: fromVars, requested: `$${variable}` };
}

/** Every input of the recipe with the version it gets; throws one StageFailure listing every problem. */
export async function pinInputs(
  ctx: StageContext,
  recipe: StageRecipe,
  release: Release | undefined,
): Promise<LockedInput[]> {
  const strategy = recipe.inputs.missing_versions_strategy;
  const problems: string[] = [];
  const locked: LockedInput[] = [];
  const copied = recipe.inputs.datasets.filter(
    (d) => strategy === COPY && askedVersion(d, recipe).version === undefined,
  );
  if (copied.length > 0 && release === undefined) {
    problems.push(
      noReleaseMessage(
        ctx,
        copied.map((d) => d.id),
      ),
    );
  }
  for (const dataset of recipe.inputs.datasets) {
    const product = upstreamProductOf(ctx, dataset, recipe);
    if (product !== undefined) {
      const asked = askedVersion(dataset, recipe);
      const pinned = await pinProductInput(
        ctx,
        { dataset, product, version: asked.version },
        (version, requested) => lockedInput(recipe, dataset, version, asked.requested ?? requested),
      );
      if ("problem" in pinned) problems.push(pinned.problem);
      else locked.push(pinned);
      continue;
    }
    const asked = askedVersion(dataset, recipe);
    const copies = copied.includes(dataset);
    if (copies && release === undefined) continue; // reported once above
    const source = storeSourceOf(ctx, dataset, recipe);
    if (source !== undefined) {
      const { version, requested } = asked;
      const copyFrom = copies ? release : undefined;
      const ask = { dataset, source, version, requested, strategy, copyFrom };
      const pinned = await pinStoreInput(ctx, recipe, ask, (pin, why) =>
        lockedInput(recipe, dataset, pin, why),
      );
      if ("problem" in pinned) problems.push(pinned.problem);
      else locked.push(pinned);
      continue;
    }
    const available = await availableVersions(ctx.layout.datasetDir(dataset.id));
    const chosen = copies
      ? copyFromRelease(dataset.id, available, release)
      : chooseVersion(asked.version, available, strategy === "find_latest");
    if (typeof chosen !== "string") {
      problems.push(chosen?.problem ?? missingMessage(dataset.id, asked, available, strategy));
      continue;
    }
    const input = lockedInput(recipe, dataset, chosen, asked.requested ?? (copies ? COPY : LATEST));
    locked.push(copies && release ? { ...input, copied_from: release.partition } : input);
  }
  if (problems.length > 0) {
    throw new StageFailure(problems.join("\n"), `${ctx.product.id}.plan`, ctx.partition.key);
  }
  return locked;
}

function lockedInput(
  recipe: StageRecipe,
  dataset: RecipeInputDataset,
  version: string,
  requested: string,
): LockedInput {
  const fileType = dataset.file_type ?? recipe.inputs.dataset_defaults?.file_type;
  return {
    dataset: dataset.id,
    version,
    requested,
    import_as: dataset.import_as ?? dataset.id,
    ...(dataset.version_env_var ? { version_env_var: dataset.version_env_var } : {}),
    ...(fileType ? { file_type: fileType } : {}),
  };
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

/** `copy_latest_release`: the version the latest release locked, which must still be ingested. */
function copyFromRelease(
  dataset: string,
  available: string[],
  release: Release | undefined,
): string | { problem: string } {
  const version = release?.inputs.get(dataset);
  const from = `the latest release (${release?.partition ?? "none"})`;
  if (version === undefined) {
    return {
      problem: `dataset "${dataset}": no version given and ${from} did not use it; pin a version or use version: latest`,
    };
  }
  if (!available.includes(version)) {
    const present = available.length > 0 ? available.join(", ") : "none (ingest it first)";
    return {
      problem: `dataset "${dataset}": version "${version}" copied from ${from} is not in the ingest store; versions available: ${present}`,
    };
  }
  return version;
}

function noReleaseMessage(ctx: StageContext, datasets: string[]): string {
  const id = ctx.product.id;
  const shown =
    datasets.length > 5 ? `${datasets.slice(0, 5).join(", ")}, ...` : datasets.join(", ");
  return `product "${id}": inputs.missing_versions_strategy is copy_latest_release, but the store has no release of "${id}" to copy versions from (${RELEASE_MEANING}); package a release first (e.g. \`lifecycle materialize --select ${id} --partition <version>-<note>\` with a recipe that pins or finds versions), or give a version to the ${datasets.length} input(s) without one: ${shown}`;
}

function missingMessage(
  dataset: string,
  asked: { version?: string; requested?: string },
  available: string[],
  strategy: string | undefined,
): string {
  const present = available.length > 0 ? available.join(", ") : "none (ingest it first)";
  const wanted = asked.version;
  if (wanted !== undefined && wanted !== LATEST) {
    const via = asked.requested === wanted ? "" : ` (from ${asked.requested})`;
    return `dataset "${dataset}": version "${wanted}"${via} is not in the ingest store; versions available: ${present}`;
  }
  if (available.length === 0)
    return `dataset "${dataset}": no version in the ingest store; versions available: ${present}`;
  const hint =
    strategy === "find_latest"
      ? ""
      : "; pin a version or set inputs.missing_versions_strategy: find_latest";
  return `dataset "${dataset}": no version given${hint}; versions available: ${present}`;
}
