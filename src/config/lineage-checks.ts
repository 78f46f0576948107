import type { Diagnostic } from "../core/diagnostics.js";
import { lineageGraphSource, type LineageProject } from "../graph/lineage.js";
import { findCycle } from "../graph/waves.js";
import type { RecipeEntry } from "./project-files.js";
import { diagnosticAt } from "./yaml-file.js";

interface LineageCheckInput extends LineageProject {
  recipes: ReadonlyMap<string, RecipeEntry>;
  datasets: ReadonlyMap<string, { template: string; file: string; dataset: unknown }>;
}

/**
 * Lineage that cannot be built: products that read each other's output in a cycle, datasets made
 * from each other in a cycle (errors, naming the cycle), `depends_on` naming no dataset (warning).
 */
export function lineageChecks(project: LineageCheckInput): Diagnostic[] {
  const source = lineageGraphSource(project);
  return [...productCycle(project, source.productInputs), ...datasetChecks(project)];
}

function productCycle(
  project: LineageCheckInput,
  productInputs: ReadonlyMap<string, readonly string[]> | undefined,
): Diagnostic[] {
  const cycle = findCycle(
    project.products.map((p) => p.id),
    (id) => productInputs?.get(id) ?? [],
  );
  if (!cycle) return [];
  const first = cycle[0] ?? "";
  const entry = project.recipes.get(first);
  const message =
    `products read each other's output in a cycle: ${cycle.join(" reads ")}` +
    ` (a product cannot build before itself: remove one of these inputs)`;
  const at = entry ? cycleInput(entry, cycle[1] ?? "") : undefined;
  if (entry && at !== undefined)
    return [diagnosticAt(entry.yaml, ["inputs", "datasets", at], message)];
  return [
    {
      severity: "error",
      file: entry?.file ?? "products",
      line: 1,
      column: 1,
      path: "",
      message,
    },
  ];
}

/** The index of the input of `entry`'s recipe that names `product` (by id or a publishing name). */
function cycleInput(entry: RecipeEntry, product: string): number | undefined {
  const index = entry.recipe.inputs.datasets.findIndex(
    (d) => d.id === product || d.id === `db-${product}` || d.id.endsWith(product),
  );
  return index < 0 ? undefined : index;
}

function datasetChecks(project: LineageCheckInput): Diagnostic[] {
  const source = lineageGraphSource(project);
  const dependsOn = new Map((source.datasets ?? []).map((d) => [d.id, d.dependsOn ?? []]));
  const diagnostics: Diagnostic[] = [];
  const cycle = findCycle([...dependsOn.keys()], (id) =>
    (dependsOn.get(id) ?? []).filter((d) => dependsOn.has(d)),
  );
  if (cycle) {
    const file = project.datasets.get(cycle[0] ?? "")?.file ?? "ingest_templates";
    diagnostics.push({
      severity: "error",
      file,
      line: 1,
      column: 1,
      path: "depends_on",
      message: `datasets are made from each other in a cycle: ${cycle.join(" depends on ")} (remove one depends_on)`,
    });
  }
  const reported = new Set<string>();
  for (const [id, upstream] of dependsOn) {
    const file = project.datasets.get(id)?.file ?? "ingest_templates";
    for (const name of upstream) {
      if (dependsOn.has(name) || reported.has(`${file}:${name}`)) continue;
      reported.add(`${file}:${name}`);
      diagnostics.push({
        severity: "warning",
        file,
        line: 1,
        column: 1,
        path: "depends_on",
        message: `dataset "${id}" depends on "${name}", which no template in ingest_templates/ writes (it must be ingested elsewhere first)`,
        received: name,
      });
    }
  }
  return diagnostics;
}
