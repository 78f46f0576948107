import fs from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadProject } from "../../src/config/project.js";
import { runCli } from "../cli-run.js";
import { errorsOf, writeProject } from "./helpers.js";

const RECIPE = `name: Tiny
stage_config:
  builds.build:
    commands:
      - name: write
        run: echo built > "$LIFECYCLE_OUTPUT_DIR/out.txt"
`;

describe("products without products.yml", () => {
  it("are the folders of products/ holding a recipe*.yml, as dcpy finds them", async () => {
    const root = await writeProject({
      "products/tiny/recipe.yml": RECIPE,
      "products/qa_only/recipe_qa.yml": RECIPE,
      "products/notes/README.md": "not a product\n",
    });
    const { project, diagnostics } = await loadProject(root);
    expect(errorsOf(diagnostics)).toEqual([]);
    expect(project.products.map((p) => p.id)).toEqual(["qa_only", "tiny"]);
    expect(project.recipes.get("qa_only")?.file).toBe("products/qa_only/recipe_qa.yml");
    const run = await runCli(["materialize", "--select", "tiny"], { cwd: root });
    expect(run.code).toBe(0);
  });

  it("checks every recipe file of a product folder, with or without products.yml", async () => {
    const broken = "name: Minor\nverison: 1\n";
    const cases: Record<string, string>[] = [
      { "products/tiny/recipe.yml": RECIPE, "products/tiny/recipe-minor.yml": broken },
      {
        "products/products.yml": "products:\n  - id: tiny\n",
        "products/tiny/recipe.yml": RECIPE,
        "products/tiny/recipe-minor.yml": broken,
        "products/unlisted/recipe.yml": broken,
      },
    ];
    for (const files of cases) {
      const { diagnostics } = await loadProject(await writeProject(files));
      const files2 = errorsOf(diagnostics).map((d) => `${d.file}:${d.line}:${d.path}`);
      expect(files2).toContain("products/tiny/recipe-minor.yml:2:verison");
      if ("products/unlisted/recipe.yml" in files)
        expect(files2).toContain("products/unlisted/recipe.yml:2:verison");
    }
  });

  it("says what to write in an empty directory, and for a product with nothing to build", async () => {
    const empty = await loadProject(await writeProject({}));
    expect(errorsOf(empty.diagnostics)[0]?.message).toContain("write products/<id>/recipe.yml");
    const listed = await loadProject(
      await writeProject({ "products/products.yml": "products:\n  - id: idle\n" }),
    );
    expect(errorsOf(listed.diagnostics)[0]?.message).toContain(
      'product "idle" has nothing to build: write build_command: <shell command>',
    );
  });
});

describe("materialize --recipe FILE", () => {
  it("builds the product of that recipe file with it, for this run", async () => {
    const minor = RECIPE.replace("echo built", "echo minor");
    const root = await writeProject({
      "products/tiny/recipe.yml": RECIPE,
      "products/tiny/recipe-minor.yml": minor,
    });
    const run = await runCli(["materialize", "--recipe", "products/tiny/recipe-minor.yml"], {
      cwd: root,
    });
    expect(run.code).toBe(0);
    const dir = path.join(root, ".lifecycle/products/tiny/main");
    expect(await fs.readFile(path.join(dir, "build/output/out.txt"), "utf8")).toBe("minor\n");
    const lock = await fs.readFile(path.join(dir, "plan/recipe.lock.yml"), "utf8");
    expect(lock).toContain("recipe: products/tiny/recipe-minor.yml");
    const bad = await runCli(["materialize", "--recipe", "elsewhere.yml"], { cwd: root });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      "expected a recipe file of a product, products/<product>/recipe*.yml",
    );
  });
});
