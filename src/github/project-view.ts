import { z } from "zod";
import type { PartitionedProduct } from "../partitions/resolve.js";
import type { MatrixUnit, RunsOn } from "./matrix.js";

/**
 * The part of a loaded project that the GitHub layer reads. Structural, so that the configuration
 * model's `Project` is accepted as it is.
 */
export interface ProjectView {
  root: string;
  products: readonly ProductView[];
  recipes: ReadonlyMap<
    string,
    {
      file: string;
      recipe: unknown;
      extended?: { recipe: unknown; files: readonly { file: string }[] } | undefined;
    }
  >;
  templates: ReadonlyMap<string, { file: string }>;
  /** By dataset id: the template (name) that writes it; absent: each template writes its namesake. */
  datasets?: ReadonlyMap<string, { template: string; file: string; dataset: unknown }>;
}

export interface ProductView extends PartitionedProduct {
  id: string;
  runs_on?: RunsOn | undefined;
  timeout_minutes?: number | undefined;
  tags?: readonly string[] | undefined;
}

export const DEFAULT_RUNS_ON = "ubuntu-latest";
export const DEFAULT_TIMEOUT_MINUTES = 60;

const recipeInputsSchema = z.looseObject({
  inputs: z
    .looseObject({
      datasets: z
        .array(
          z.looseObject({
            name: z.string().optional(),
            id: z.string().optional(),
            version: z.union([z.string(), z.number()]).optional(),
          }),
        )
        .optional(),
    })
    .optional(),
});

export interface DatasetUse {
  template: string;
  /** The version the recipe pins, undefined for `latest` or none. */
  version: string | undefined;
}

/** The ingest templates a product's recipe (with its base recipes) reads, with the versions pinned. */
export function datasetsUsedBy(project: ProjectView, productId: string): DatasetUse[] {
  const entry = project.recipes.get(productId);
  const recipe = entry?.extended?.recipe ?? entry?.recipe;
  const parsed = recipeInputsSchema.safeParse(recipe);
  if (!parsed.success) return [];
  const uses: DatasetUse[] = [];
  for (const dataset of parsed.data.inputs?.datasets ?? []) {
    const template = dataset.id ?? dataset.name;
    if (template === undefined) continue;
    const version = dataset.version === undefined ? undefined : String(dataset.version);
    uses.push({ template, version: version === "latest" ? undefined : version });
  }
  return uses;
}

export function templatesUsedBy(project: ProjectView, productId: string): string[] {
  return [...new Set(datasetsUsedBy(project, productId).map((d) => d.template))];
}

/** One matrix unit per (product, partition), in the order given. */
export function productUnits(
  project: ProjectView,
  selection: readonly { product: string; partitions: readonly string[] }[],
  defaultRunsOn: RunsOn = DEFAULT_RUNS_ON,
): MatrixUnit[] {
  const byId = new Map(project.products.map((p) => [p.id, p]));
  return selection.flatMap(({ product, partitions }) => {
    const config = byId.get(product);
    return partitions.map((partition) => ({
      item: { kind: "product" as const, product, partition },
      runsOn: config?.runs_on ?? defaultRunsOn,
      timeoutMinutes: config?.timeout_minutes ?? DEFAULT_TIMEOUT_MINUTES,
    }));
  });
}

/** One matrix unit per ingest template, all at `version`. */
export function ingestUnits(
  templates: readonly string[],
  version: string,
  runsOn: RunsOn = DEFAULT_RUNS_ON,
): MatrixUnit[] {
  return templates.map((template) => ({
    item: { kind: "ingest" as const, template, version },
    runsOn,
    timeoutMinutes: DEFAULT_TIMEOUT_MINUTES,
  }));
}
