import type { RecipeInputDataset } from "../config/recipe.js";
import {
  StoreInputError,
  StoreSources,
  storeSourceFor,
  type StoreRequest,
  type StoreSourceType,
} from "../sources/index.js";
import type { LockedInput } from "./lock.js";
import type { Release } from "./releases.js";
import type { StageRecipe } from "./recipe.js";
import type { StageContext } from "./types.js";

/*
 * Recipe inputs read from the team's other stores (`source: edm.recipes.datasets` for a dataset no
 * template here writes, `edm.recipes.raw_datasets`, `edm.publishing.*` for a product that is not
 * another product of this repo, `edm.private`): the plan resolves the version and the files in the
 * store that lifecycle.yml's `stores:` names, and locks them; the load stage downloads those.
 */

const sources = new WeakMap<StageContext, StoreSources>();

/** One StoreSources per stage context, so that the fingerprint and the run share resolutions. */
export function storeSourcesOf(ctx: StageContext): StoreSources {
  let found = sources.get(ctx);
  if (!found) {
    found = new StoreSources(ctx.project.settings ?? {}, ctx.project.root, ctx.env ?? process.env);
    sources.set(ctx, found);
  }
  return found;
}

/** The store source an input reads, or undefined (this repo's ingest store, or a product). */
export function storeSourceOf(
  ctx: StageContext,
  dataset: RecipeInputDataset,
  recipe: StageRecipe,
): StoreSourceType | undefined {
  const source = dataset.source ?? recipe.inputs.dataset_defaults?.source;
  const known = ctx.project.datasets ?? ctx.project.templates;
  return storeSourceFor(source, known?.has(dataset.id) ?? false, ctx.project.settings?.stores);
}

function storeRequest(
  dataset: RecipeInputDataset,
  recipe: StageRecipe,
  source: StoreSourceType,
  version: string | undefined,
): StoreRequest {
  return {
    source,
    key: dataset.id,
    version,
    fileType: dataset.file_type ?? recipe.inputs.dataset_defaults?.file_type,
    custom: dataset.custom,
  };
}

export interface StoreInputAsk {
  dataset: RecipeInputDataset;
  source: StoreSourceType;
  /** The version asked for (a pin, a var), or undefined. */
  version: string | undefined;
  requested: string | undefined;
  strategy: string | undefined;
  /** With copy_latest_release and no version asked: the release to copy from. */
  copyFrom: Release | undefined;
}

/** The locked input, or the problem (naming the dataset, store, key and version). */
export async function pinStoreInput(
  ctx: StageContext,
  recipe: StageRecipe,
  ask: StoreInputAsk,
  lockedInput: (version: string, requested: string) => LockedInput,
): Promise<LockedInput | { problem: string }> {
  const { dataset, source } = ask;
  const what = `dataset "${dataset.id}"${dataset.import_as ? ` (as ${dataset.import_as})` : ""}`;
  let version = ask.version;
  let requested = ask.requested ?? "latest";
  if (ask.copyFrom !== undefined && version === undefined) {
    version = ask.copyFrom.inputs.get(dataset.id);
    requested = "copy_latest_release";
    if (version === undefined)
      return {
        problem: `${what}: no version given and the latest release (${ask.copyFrom.partition}) did not use it; pin a version or use version: latest`,
      };
  } else if (version === undefined && ask.strategy !== "find_latest") {
    return {
      problem: `${what} (${source}): no version given; pin a version, use version: latest, or set inputs.missing_versions_strategy: find_latest`,
    };
  }
  try {
    const store = storeSourcesOf(ctx);
    const resolved = await store.resolve(storeRequest(dataset, recipe, source, version));
    const locked = lockedInput(resolved.version, requested);
    return {
      ...locked,
      ...(resolved.fileType ? { file_type: resolved.fileType } : {}),
      ...(ask.copyFrom && requested === "copy_latest_release"
        ? { copied_from: ask.copyFrom.partition }
        : {}),
      source,
      store: store.reader(source).url,
      folder: resolved.folder,
      files: resolved.files,
    };
  } catch (error) {
    if (error instanceof StoreInputError) return { problem: `${what}: ${error.message}` };
    throw error;
  }
}

/** What the plan's fingerprint reads of a store-backed input: the version and files it resolves to. */
export async function storeInputDigest(
  ctx: StageContext,
  recipe: StageRecipe,
  dataset: RecipeInputDataset,
  source: StoreSourceType,
): Promise<unknown> {
  const version = dataset.version;
  try {
    const resolved = await storeSourcesOf(ctx).resolve(
      storeRequest(dataset, recipe, source, version),
    );
    return [resolved.version, resolved.files.map((f) => [f.key, f.etag])];
  } catch (error) {
    if (error instanceof StoreInputError) return error.message;
    throw error;
  }
}
