import { describe, expect, it } from "vitest";
import { affectedProducts } from "../../src/github/affected.js";
import type { ProjectView } from "../../src/github/project-view.js";

const project: ProjectView = {
  root: "/repo",
  products: [{ id: "cdbg" }, { id: "pluto" }, { id: "facilities" }],
  recipes: new Map([
    [
      "cdbg",
      {
        file: "products/cdbg/recipe.yml",
        recipe: { inputs: { datasets: [{ name: "dcp_boroughs" }] } },
      },
    ],
    [
      "pluto",
      {
        file: "recipes/pluto.yml",
        recipe: { inputs: { datasets: [{ id: "dof_dtm", version: "2024" }] } },
      },
    ],
  ]),
  templates: new Map([
    ["dcp_boroughs", { file: "ingest_templates/dcp_boroughs.yml" }],
    ["dof_dtm", { file: "ingest_templates/dof_dtm.yml" }],
  ]),
};

const base = "products:\n  - id: cdbg\n    build_command: a\n  - id: pluto\n    build_command: b\n";
const head = `${base}  - id: facilities\n    build_command: c\n`;
const none = { base: undefined, head: undefined };

describe("affectedProducts", () => {
  it("finds products through their recipe, their directory, and the templates they read", () => {
    expect(affectedProducts(project, ["recipes/pluto.yml"], none)).toEqual([
      { product: "pluto", reasons: ["recipe"] },
    ]);
    expect(affectedProducts(project, ["products/facilities/build.sh"], none)).toEqual([
      { product: "facilities", reasons: ["products/facilities/build.sh"] },
    ]);
    expect(affectedProducts(project, ["products/cdbg/recipe.yml"], none)).toEqual([
      { product: "cdbg", reasons: ["recipe", "products/cdbg/recipe.yml"] },
    ]);
    expect(affectedProducts(project, ["ingest_templates/dof_dtm.yml", "README.md"], none)).toEqual([
      { product: "pluto", reasons: ["template dof_dtm"] },
    ]);
    expect(affectedProducts(project, ["docs/x.md", "products/cdbgx/y"], none)).toEqual([]);
  });

  it("compares products.yml entries: only new or changed entries count", () => {
    const changed = affectedProducts(project, ["products/products.yml"], { base, head });
    expect(changed).toEqual([{ product: "facilities", reasons: ["products.yml entry"] }]);
    const edited = head.replace("build_command: a", "build_command: a2");
    expect(
      affectedProducts(project, ["products/products.yml"], { base, head: edited }).map(
        (a) => a.product,
      ),
    ).toEqual(["cdbg", "facilities"]);
  });

  it("counts every product when the base products.yml cannot be read", () => {
    const all = affectedProducts(project, ["products/products.yml"], { base: undefined, head });
    expect(all.map((a) => a.product)).toEqual(["cdbg", "pluto", "facilities"]);
  });
});
