import path from "node:path";
import {
  loadProject,
  loadProjectOrThrow,
  sortDiagnostics,
  type Project,
} from "../config/project.js";
import type { Diagnostic } from "../core/diagnostics.js";
import { ConfigError, UsageError } from "../core/errors.js";
import { PIPELINES_DIR, discoverPipelines, type DiscoveredPipeline } from "./pipelines.js";
import { resolveIngestSchedules } from "./ingest-schedules.js";
import type { ScheduledProduct, ScheduledProject } from "./schedules.js";

/** The project's products, then every discovered pipeline whose id no product already has. */
export async function loadPartitionedProducts(root: string): Promise<ScheduledProduct[]> {
  const { project } = await loadProjectOrThrow(root);
  return withPipelines(project, await discoverPipelines(path.join(root, PIPELINES_DIR)));
}

/** The project's products, then every pipeline whose id no product already has. */
function withPipelines(
  project: Project,
  pipelines: readonly DiscoveredPipeline[],
): Project["products"] {
  const ids = new Set(project.products.map((p) => p.id));
  return [...project.products, ...pipelines.filter((p) => !ids.has(p.id)).map((p) => p.product)];
}

/** What the schedules workflow is made of: product schedules, and lifecycle.yml's ingest schedules. */
export async function loadScheduledProject(root: string): Promise<ScheduledProject> {
  const { project } = await loadProjectWithPipelines(root);
  const { jobs } = resolveIngestSchedules(project, project.settings.ingest_schedules ?? []);
  return { products: project.products, ingest: jobs };
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
  return {
    ...loaded,
    project: { ...loaded.project, products: withPipelines(loaded.project, pipelines) },
  };
}

/**
 * `loadProject` with every discovered pipeline as a product, for `validate`: a pipeline module
 * that cannot be read is an error on its file, a helper module (no `run`) a warning.
 */
export async function loadProjectWithPipelinesDiagnostics(
  root: string,
): Promise<{ project: Project; diagnostics: Diagnostic[] }> {
  const loaded = await loadProject(root);
  const diagnostics = [...loaded.diagnostics];
  const dir = path.join(root, PIPELINES_DIR);
  const skipped = (file: string, reason: string) =>
    diagnostics.push({
      severity: "warning",
      file,
      line: 1,
      column: 1,
      path: "",
      message: `${reason}; skipped`,
    });
  let pipelines: DiscoveredPipeline[] = [];
  try {
    pipelines = await discoverPipelines(dir, skipped);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    diagnostics.push({
      severity: "error",
      file: dir,
      line: 1,
      column: 1,
      path: "",
      message: error.message,
    });
  }
  const products = withPipelines(loaded.project, pipelines);
  return { project: { ...loaded.project, products }, diagnostics: sortDiagnostics(diagnostics) };
}
