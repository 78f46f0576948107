import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { loadProject } from "../../src/config/project.js";
import { parseRecipeFile, recipeBuildCommands, recipeInputIds } from "../../src/config/recipe.js";
import { parseTemplateFile } from "../../src/config/template/index.js";
import { formatDiagnostics } from "../../src/core/diagnostics.js";
import { errorsOf } from "./helpers.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const corpus = path.resolve(repoRoot, "../shared/corpus/nyc-dcp");
const present = existsSync(corpus);
if (!present) console.warn(`SKIPPED: nyc-dcp corpus conformance, no corpus at ${corpus}`);

function corpusFiles(dir: string, pattern: RegExp): string[] {
  if (!present) return [];
  const found: string[] = [];
  for (const entry of readdirSync(path.join(corpus, dir), {
    withFileTypes: true,
    recursive: true,
  })) {
    if (entry.isFile() && pattern.test(entry.name)) {
      found.push(
        path.relative(corpus, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"),
      );
    }
  }
  return found.sort();
}

const templates = corpusFiles("ingest_templates", /\.yml$/);
const recipes = corpusFiles("products", /^recipe.*\.yml$/);

describe.skipIf(!present)("nyc-dcp corpus conformance", () => {
  it("finds the corpus files", () => {
    expect(templates.length).toBeGreaterThan(100);
    expect(recipes.length).toBeGreaterThan(15);
  });

  it.each(templates)("template %s validates with a real version and without one", (file) => {
    const text = readFileSync(path.join(corpus, file), "utf8");
    for (const version of ["20250101", "25v1", undefined]) {
      const { template, diagnostics } = parseTemplateFile(file, text, version);
      expect(formatDiagnostics(errorsOf(diagnostics), "text")).toBe("");
      expect(template?.id).toMatch(/^[a-z0-9_]+$/);
    }
  });

  it.each(recipes)("recipe %s validates", (file) => {
    const { recipe, diagnostics } = parseRecipeFile(
      file,
      readFileSync(path.join(corpus, file), "utf8"),
    );
    expect(formatDiagnostics(errorsOf(diagnostics), "text")).toBe("");
    expect(recipe?.inputs.datasets.length).toBeGreaterThan(0);
  });

  it("reports exactly the real problem of the project: the product id `pluto cbbr`", async () => {
    const { project, diagnostics } = await loadProject(corpus);
    const errors = errorsOf(diagnostics);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      file: "products/products.yml",
      line: 2,
      column: 7,
      path: "products[0].id",
      received: "pluto cbbr",
    });
    expect(errors[0]?.message).toContain('did you mean "pluto_cbbr"');
    expect(project.products).toHaveLength(19);
    expect(project.templates.size).toBe(templates.length);
  });

  it("lifecycle validate exits 1 with that one error in its JSON report", async () => {
    let stdout = "";
    const code = await main(["validate", "--root", corpus, "--format", "json"], {
      stdout: { write: (text) => void (stdout += text) },
      stderr: { write: () => undefined },
      env: {},
      cwd: repoRoot,
    });
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.errors.map((e: { path: string }) => e.path)).toEqual(["products[0].id"]);
    expect(report.warnings.length).toBeGreaterThan(0);
  });

  it("reads each product's default recipe and its inputs and commands", async () => {
    const { project } = await loadProject(corpus);
    const pluto = project.recipes.get("pluto");
    expect(pluto?.file).toBe("products/pluto/recipe.yml");
    expect(pluto?.recipe.product).toBe("db-pluto");
    expect(recipeBuildCommands(pluto!.recipe).map((c) => c.name)).toEqual([
      "setup",
      "dbt_staging",
      "build",
      "corrections",
      "archive",
      "qaqc",
      "custom_qaqc",
    ]);
    const cscl = project.recipes.get("cscl")!.recipe;
    expect(recipeInputIds(cscl)).toEqual(["dcp_cscl_gdb"]);
    expect(cscl.inputs.datasets).toHaveLength(55);
    expect(cscl.inputs.datasets[0]).toMatchObject({ import_as: "dcp_cscl_centerline" });
    expect(project.recipes.has("factfinder")).toBe(false);
    expect(project.recipes.get("edde")?.recipe.product).toBe("db-eddt");
  });
});
