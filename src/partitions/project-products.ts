import path from "node:path";
import { loadProjectOrThrow } from "../config/project.js";
import { UsageError } from "../core/errors.js";
import { PIPELINES_DIR, discoverPipelines } from "./pipelines.js";
import type { ScheduledProduct } from "./schedules.js";

/** The project's products, then every discovered pipeline whose id no product already has. */
export async function loadPartitionedProducts(root: string): Promise<ScheduledProduct[]> {
  const { project } = await loadProjectOrThrow(root);
  const pipelines = await discoverPipelines(path.join(root, PIPELINES_DIR));
  const ids = new Set(project.products.map((p) => p.id));
  return [...project.products, ...pipelines.filter((p) => !ids.has(p.id)).map((p) => p.product)];
}

export function findProduct(products: readonly ScheduledProduct[], id: string): ScheduledProduct {
  const product = products.find((p) => p.id === id);
  if (product) return product;
  const ids = products.map((p) => p.id).join(", ") || "none";
  throw new UsageError(`unknown product ${JSON.stringify(id)}; products: ${ids}`);
}

/** The project as `loadProjectOrThrow` reads it, with every discovered pipeline as a product. */
export async function loadProjectWithPipelines(
  root: string,
): ReturnType<typeof loadProjectOrThrow> {
  const loaded = await loadProjectOrThrow(root);
  const pipelines = await discoverPipelines(path.join(root, PIPELINES_DIR));
  const ids = new Set(loaded.project.products.map((p) => p.id));
  const discovered = pipelines.filter((p) => !ids.has(p.id)).map((p) => p.product);
  const products = [...loaded.project.products, ...discovered];
  return { ...loaded, project: { ...loaded.project, products } };
}
