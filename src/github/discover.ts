import { UsageError } from "../core/errors.js";
import { validateIngestVersion } from "../partitions/keys.js";
import { buildMatrix, itemId, type MatrixResult, type RunsOn } from "./matrix.js";
import { ingestUnits, productUnits, type ProjectView } from "./project-view.js";
import { resolvePartitions } from "../partitions/resolve.js";
import { lineageMermaid, projectGraph, selectProducts } from "./selection.js";
import { lineageGraphSource } from "../graph/lineage.js";
import { productWaves } from "../graph/waves.js";
import { waveMatrices, type WaveMatrix } from "./wave-matrix.js";
import { checkAllSelected, expressionFor, type PartitionInput } from "./partition-input.js";

export interface ProductDiscovery extends MatrixResult {
  products: string[];
  partitions: string[];
  /** Markdown: the lineage of the selection, as a mermaid flowchart. */
  lineage: string;
  /**
   * The selected products in topological waves: a product is in a later wave than every product
   * whose output it reads. Run wave n's legs after wave n-1's (or keep a chain in one leg).
   */
  waves: string[][];
  /** One matrix per wave, its legs naming the earlier legs they read from (`upstream`). */
  waveMatrices: WaveMatrix[];
}

/**
 * The matrix of (product, partition) items for a selection and a partition expression applied to
 * every selected product (undefined: each product's default partitions), or exact keys per product.
 */
export function discoverProducts(
  project: ProjectView,
  select: string,
  partitionExpr: PartitionInput,
  defaultRunsOn?: RunsOn,
  options: { leaveOut?: ReadonlySet<string> } = {},
): ProductDiscovery {
  const graph = projectGraph(project);
  const selected = selectProducts(graph, select);
  const byId = new Map(project.products.map((p) => [p.id, p]));
  checkAllSelected(partitionExpr, selected.products);
  const perProduct = selected.products.map((product) => {
    const config = byId.get(product);
    const expr = expressionFor(partitionExpr, product);
    const keys = config ? resolvePartitions(config, expr).map((p) => p.key) : [];
    return { product, partitions: keys };
  });
  const leaveOut = options.leaveOut ?? new Set<string>();
  const units = productUnits(project, perProduct, defaultRunsOn).filter(
    (u) => !leaveOut.has(itemId(u.item)),
  );
  const productInputs = lineageGraphSource(project).productInputs ?? new Map();
  const waves = productWaves(
    productInputs,
    project.products.map((p) => p.id),
    selected.products,
  );
  return {
    ...buildMatrix(units),
    products: selected.products,
    partitions: [...new Set(perProduct.flatMap((p) => p.partitions))],
    lineage: lineageMermaid(graph, selected.assets),
    waves,
    waveMatrices: waveMatrices(units, waves, productInputs),
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
  // A dataset of a data-source template stands for its template: one leg, one download.
  const named = wanted.map((t) =>
    project.templates.has(t) ? t : (project.datasets?.get(t)?.template ?? t),
  );
  const unknown = named.filter((t) => !project.templates.has(t));
  if (unknown.length > 0) {
    throw new UsageError(
      `templates: unknown template ${unknown.map((t) => JSON.stringify(t)).join(", ")}; known: ${known.join(", ") || "none"}`,
    );
  }
  return buildMatrix(ingestUnits([...new Set(named)], version, runsOn));
}
