import { UsageError } from "../core/errors.js";
import { validateIngestVersion } from "../partitions/keys.js";
import { buildMatrix, type MatrixResult, type RunsOn } from "./matrix.js";
import { ingestUnits, productUnits, type ProjectView } from "./project-view.js";
import { resolvePartitions } from "../partitions/resolve.js";
import { lineageMermaid, projectGraph, selectProducts } from "./selection.js";

export interface ProductDiscovery extends MatrixResult {
  products: string[];
  partitions: string[];
  /** Markdown: the lineage of the selection, as a mermaid flowchart. */
  lineage: string;
}

/**
 * The matrix of (product, partition) items for a selection and a partition expression applied to
 * every selected product (undefined: each product's default partitions).
 */
export function discoverProducts(
  project: ProjectView,
  select: string,
  partitionExpr: string | undefined,
  defaultRunsOn?: RunsOn,
): ProductDiscovery {
  const graph = projectGraph(project);
  const selected = selectProducts(graph, select);
  const byId = new Map(project.products.map((p) => [p.id, p]));
  const perProduct = selected.products.map((product) => {
    const config = byId.get(product);
    const keys = config ? resolvePartitions(config, partitionExpr).map((p) => p.key) : [];
    return { product, partitions: keys };
  });
  const units = productUnits(project, perProduct, defaultRunsOn);
  return {
    ...buildMatrix(units),
    products: selected.products,
    partitions: [...new Set(perProduct.flatMap((p) => p.partitions))],
    lineage: lineageMermaid(graph, selected.assets),
  };
}

/** The matrix of (template, version) items: `templatesText` is `*` or a comma-separated list of ids. */
export function discoverIngest(
  project: ProjectView,
  templatesText: string,
  version: string,
  runsOn?: RunsOn,
): MatrixResult {
  if (version.trim() === "")
    throw new UsageError(`version: an ingest needs a dataset version (received "")`);
  validateIngestVersion(version);
  const known = [...project.templates.keys()].sort();
  const wanted =
    templatesText.trim() === "*"
      ? known
      : [
          ...new Set(
            templatesText
              .split(",")
              .map((t) => t.trim())
              .filter((t) => t !== ""),
          ),
        ];
  const unknown = wanted.filter((t) => !project.templates.has(t));
  if (unknown.length > 0) {
    throw new UsageError(
      `templates: unknown template ${unknown.map((t) => JSON.stringify(t)).join(", ")}; known: ${known.join(", ") || "none"}`,
    );
  }
  return buildMatrix(ingestUnits(wanted, version, runsOn));
}
