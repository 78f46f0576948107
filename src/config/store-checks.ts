import type { Diagnostic } from "../core/diagnostics.js";
import { isStoreSource, STORE_SOURCES } from "../sources/layouts.js";
import type { CheckInput } from "./checks.js";
import { diagnosticAt } from "./yaml-file.js";

/**
 * Recipe inputs read from one of the team's other stores (`source: edm.private`,
 * `edm.publishing.*` of a product not built here, `edm.recipes.raw_datasets`) when lifecycle.yml
 * names no such store: a warning per recipe and store, at the first such input, since the plan
 * will fail on them.
 */
export function storeSettingChecks({ products, recipes, stores }: CheckInput): Diagnostic[] {
  const namesOf = new Map<string, string>();
  for (const { config } of products) {
    namesOf.set(config.id, config.id);
    namesOf.set(`db-${config.id}`, config.id);
  }
  for (const [id, { recipe }] of recipes) if (recipe.product) namesOf.set(recipe.product, id);
  const diagnostics: Diagnostic[] = [];
  for (const [productId, { recipe, yaml }] of recipes) {
    const needing = recipe.inputs.datasets.flatMap((dataset, index) => {
      const source = dataset.source ?? recipe.inputs.dataset_defaults?.source;
      if (!isStoreSource(source) || source === "edm.recipes.datasets") return [];
      const product = namesOf.get(dataset.id);
      if (source.startsWith("edm.publishing.") && product !== undefined && product !== productId)
        return []; // another product of this repo: its packages in lifecycle's own store
      const name = STORE_SOURCES[source];
      return stores?.[name] === undefined ? [{ dataset, index, source, name }] : [];
    });
    for (const name of new Set(needing.map((n) => n.name))) {
      const of = needing.filter((n) => n.name === name);
      const { dataset, index, source } = of[0]!;
      const message = `input "${dataset.id}" has source ${source}, read from the team's ${name} store, which lifecycle.yml does not name (${of.length} input(s) of this recipe): add stores: { ${name}: s3://<bucket>/<prefix> } to lifecycle.yml, or the plan cannot read them`;
      const at =
        dataset.source === undefined
          ? ["inputs", "dataset_defaults", "source"]
          : ["inputs", "datasets", index, "source"];
      diagnostics.push(diagnosticAt(yaml, at, message, { severity: "warning", received: source }));
    }
  }
  return diagnostics;
}
