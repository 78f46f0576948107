import { describe, expect, it } from "vitest";
import { loadProject } from "../../src/config/project.js";
import { graphSourceOf } from "../../src/engine/deps.js";
import { affectedProducts } from "../../src/github/affected.js";
import { errorsOf, templateText, writeProject } from "./helpers.js";

const BASE = `name: Pluto
product: db-pluto
inputs:
  datasets:
    - name: dof_dtm
    - name: dcp_zoning
`;

const MINOR = `name: Pluto Minor
base_recipe: recipe.yml
product: db-pluto
version_strategy:
  pin_to_source_dataset: dof_dtm
inputs:
  datasets:
    - name: dcp_new
`;

function files(minor = MINOR): Record<string, string> {
  return {
    "products/products.yml": `products:\n  - id: pluto\n    build_command: "true"\n    recipe: products/pluto/recipe-minor.yml\n`,
    "products/pluto/recipe.yml": BASE,
    "products/pluto/recipe-minor.yml": minor,
    "ingest_templates/dof_dtm.yml": templateText("dof_dtm"),
    "ingest_templates/dcp_zoning.yml": templateText("dcp_zoning"),
    "ingest_templates/dcp_new.yml": templateText("dcp_new"),
  };
}

describe("a recipe with a base_recipe, as the whole project sees it", () => {
  it("brings the base's datasets into the asset graph, the checks and the affected products", async () => {
    const { project, diagnostics } = await loadProject(await writeProject(files()));
    // pin_to_source_dataset names a dataset that only the base lists: not an error
    expect(errorsOf(diagnostics)).toEqual([]);
    expect(graphSourceOf(project).recipeInputs.get("pluto")).toEqual([
      "dcp_new",
      "dof_dtm",
      "dcp_zoning",
    ]);
    expect(affectedProducts(project, ["products/pluto/recipe.yml"], noEntries)).toEqual([
      { product: "pluto", reasons: ["recipe", "products/pluto/recipe.yml"] },
    ]);
    expect(affectedProducts(project, ["ingest_templates/dcp_zoning.yml"], noEntries)).toEqual([
      { product: "pluto", reasons: ["template dcp_zoning"] },
    ]);
  });

  it("reports a missing base where the recipe names it", async () => {
    const minor = MINOR.replace("base_recipe: recipe.yml", "base_recipe: recipe-major.yml");
    const { diagnostics } = await loadProject(await writeProject(files(minor)));
    expect(errorsOf(diagnostics)).toEqual([
      expect.objectContaining({
        file: "products/pluto/recipe-minor.yml",
        line: 2,
        column: 14,
        path: "base_recipe",
        message: expect.stringContaining(
          "base recipe file not found: products/pluto/recipe-major.yml",
        ),
        received: "recipe-major.yml",
      }),
    ]);
  });
});

const noEntries = { base: undefined, head: undefined };
