import fs from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadProject } from "../../src/config/project.js";
import { affectedProducts } from "../../src/github/affected.js";
import { discoverProducts } from "../../src/github/discover.js";
import { buildAssetGraph, lineageGraphSource, resolveSelection } from "../../src/graph/index.js";
import { productWaves, topologicalWaves } from "../../src/graph/waves.js";
import { runCli } from "../cli-run.js";
import { errorsOf, writeProject } from "../config/helpers.js";

const PRODUCTS = `products:
  - id: report
    build_command: "cp \\"$LIFECYCLE_INPUT_DIR/boroughs/boroughs.csv\\" \\"$LIFECYCLE_OUTPUT_DIR/report.csv\\""
  - id: boroughs
    build_command: "printf 'borough\\\\nBK\\\\n' > \\"$LIFECYCLE_OUTPUT_DIR/boroughs.csv\\""
  - id: alone
    build_command: "true"
`;

/** `report` reads the output of `boroughs` by its publishing name, as dcpy recipes do. */
const REPORT_RECIPE = `name: Report
product: db-report
inputs:
  datasets:
    - name: db-boroughs
      source: edm.publishing.published
      import_as: boroughs
`;

async function lineageProject(extra: Record<string, string> = {}): Promise<string> {
  return writeProject({
    "products/products.yml": PRODUCTS,
    "products/report/recipe.yml": REPORT_RECIPE,
    "products/boroughs/recipe.yml": "name: Boroughs\nproduct: db-boroughs\n",
    ...extra,
  });
}

describe("product-to-product lineage", () => {
  it("is an edge: the dependant's plan after the upstream's package; +product selects it", async () => {
    const { project, diagnostics } = await loadProject(await lineageProject());
    expect(errorsOf(diagnostics)).toEqual([]);
    expect(diagnostics.map((d) => d.message).join("\n")).not.toContain("has no template");
    const graph = buildAssetGraph(lineageGraphSource(project));
    expect(graph.byId.get("report.plan")?.deps).toEqual(["boroughs.package"]);
    expect(graph.dependents.get("boroughs.package")).toEqual(["report.plan"]);
    const ids = resolveSelection(graph, "+report").map((a) => a.id);
    expect(ids.slice(0, 4)).toEqual([
      "boroughs.plan",
      "boroughs.load",
      "boroughs.build",
      "boroughs.package",
    ]);
    expect(ids).toContain("report.package");
    expect(resolveSelection(graph, "boroughs+").map((a) => a.id)).toContain("report.build");
  });

  it("builds upstream first and loads its output into the dependant", async () => {
    const root = await lineageProject();
    const run = await runCli(["materialize"], { cwd: root });
    expect(run.stderr).not.toContain("failed");
    expect(run.code).toBe(0);
    const store = path.join(root, ".lifecycle/products");
    const output = await fs.readFile(
      path.join(store, "report/main/build/output/report.csv"),
      "utf8",
    );
    expect(output).toBe("borough\nBK\n");
    const lock = await fs.readFile(path.join(store, "report/main/plan/recipe.lock.yml"), "utf8");
    expect(lock).toContain("product: boroughs");
    expect(lock).toContain("partition: main");
  });

  it("fails the plan clearly when the upstream product was never packaged", async () => {
    const root = await lineageProject();
    const run = await runCli(["materialize", "--select", "report"], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stderr + run.stdout).toContain(
      'dataset "db-boroughs" (the output of product "boroughs"): no packaged partition in the store',
    );
    expect(run.stderr + run.stdout).toContain("lifecycle materialize --select boroughs");
  });

  it("shows the edge in graph, and affected marks the dependants of a changed product", async () => {
    const root = await lineageProject();
    const graph = await runCli(["graph"], { cwd: root });
    expect(graph.code).toBe(0);
    expect(graph.stdout).toMatch(/boroughs\.package/);
    const { project } = await loadProject(root);
    const affected = affectedProducts(project, ["products/boroughs/recipe.yml"], {
      base: undefined,
      head: undefined,
    });
    expect(affected).toEqual([
      { product: "report", reasons: ["reads boroughs"] },
      { product: "boroughs", reasons: ["recipe", "products/boroughs/recipe.yml"] },
    ]);
  });

  it("orders the matrix in waves, upstream first", async () => {
    const { project } = await loadProject(await lineageProject());
    const found = discoverProducts(project, "*", undefined);
    expect(found.waves).toEqual([["boroughs", "alone"], ["report"]]);
    const inputs = new Map([
      ["c", ["b"]],
      ["b", ["a"]],
    ]);
    // An unselected product in between still orders its neighbours.
    expect(productWaves(inputs, ["a", "b", "c"], ["c", "a"])).toEqual([["a"], ["c"]]);
    expect(() => topologicalWaves(["a", "b"], (n) => (n === "a" ? ["b"] : ["a"]))).toThrow(
      /dependency cycle: a -> b -> a/,
    );
  });

  it("rejects products that read each other in a cycle, naming it", async () => {
    const root = await lineageProject({
      "products/boroughs/recipe.yml":
        "name: Boroughs\nproduct: db-boroughs\ninputs:\n  datasets:\n    - name: db-report\n      source: edm.publishing.published\n",
    });
    const { diagnostics } = await loadProject(root);
    const [error] = errorsOf(diagnostics);
    expect(error?.message).toContain(
      "products read each other's output in a cycle: report reads boroughs reads report",
    );
    expect(error).toMatchObject({ file: "products/report/recipe.yml", line: 5 });
    const validate = await runCli(["validate"], { cwd: root });
    expect(validate.code).toBe(1);
  });
});
