import type { RecipeInputDataset } from "../config/recipe.js";
import { classifyInput } from "../graph/lineage.js";
import type { LockedInput } from "./lock.js";
import { listPackages, type Release } from "./releases.js";
import type { StageRecipe } from "./recipe.js";
import type { StageContext } from "./types.js";

/*
 * Recipe inputs that are another product's output (dcpy: `source: edm.publishing.published` with
 * the product's publishing name). The plan pins them to a packaged partition of that product in
 * this store: the version asked for, else the partition with the same key as the one planned, else
 * the latest release; the load stage copies that partition's build output.
 */

/** The product of this repo that an input reads, or undefined when it reads a dataset. */
export function upstreamProductOf(
  ctx: StageContext,
  dataset: RecipeInputDataset,
  recipe: StageRecipe,
): string | undefined {
  const { project } = ctx;
  if (project.products === undefined) return undefined;
  const view = {
    products: project.products,
    recipes: project.recipes,
    templates: project.templates ?? new Map<string, unknown>(),
    ...(project.datasets ? { datasets: project.datasets } : {}),
  };
  const source = dataset.source ?? recipe.inputs.dataset_defaults?.source;
  const input = classifyInput(view, { id: dataset.id, source });
  return input.kind === "product" && input.product !== ctx.product.id ? input.product : undefined;
}

/** The packaged partition an input of `product` gets, or the problem, worded like the datasets'. */
export async function pinProductInput(
  ctx: StageContext,
  input: { dataset: RecipeInputDataset; product: string; version: string | undefined },
  lockedInput: (version: string, requested: string) => LockedInput,
): Promise<LockedInput | { problem: string }> {
  const packages = await listPackages(ctx, input.product);
  const chosen = choosePackage(packages, input.version, ctx.partition.key);
  if (chosen === undefined) return { problem: missingProductMessage(input, packages) };
  const locked = lockedInput(chosen.version, input.version ?? "latest");
  return { ...locked, product: input.product, partition: chosen.partition };
}

function choosePackage(
  packages: readonly Release[],
  version: string | undefined,
  partitionKey: string,
): Release | undefined {
  if (version !== undefined && version !== "latest")
    return packages.filter((p) => p.version === version || p.partition === version).at(-1);
  return packages.find((p) => p.partition === partitionKey) ?? packages.at(-1);
}

function missingProductMessage(
  input: { dataset: RecipeInputDataset; product: string; version: string | undefined },
  packages: readonly Release[],
): string {
  const present =
    packages.length > 0
      ? packages.map((p) => `${p.version} (partition ${p.partition})`).join(", ")
      : `none (materialize it first: lifecycle materialize --select ${input.product})`;
  const what = `dataset "${input.dataset.id}" (the output of product "${input.product}")`;
  if (input.version !== undefined && input.version !== "latest")
    return `${what}: version "${input.version}" is not packaged in the store; versions available: ${present}`;
  return `${what}: no packaged partition in the store; versions available: ${present}`;
}

/** What the fingerprint of a plan reads of an upstream product: its packaged partitions. */
export async function upstreamDigest(ctx: StageContext, product: string): Promise<string[][]> {
  const packages = await listPackages(ctx, product);
  return packages.map((p) => [p.partition, p.version, p.finishedAt]);
}
