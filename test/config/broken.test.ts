import { describe, expect, it } from "vitest";
import { loadProject, loadProjectOrThrow, productDiagnostic } from "../../src/config/project.js";
import { ConfigError } from "../../src/core/errors.js";
import { errorsOf, templateText, warningsOf, writeProject } from "./helpers.js";

const PRODUCTS = "products/products.yml";

async function problems(files: Record<string, string>) {
  const { project, diagnostics } = await loadProject(await writeProject(files));
  return { project, errors: errorsOf(diagnostics), warnings: warningsOf(diagnostics) };
}

describe("products.yml", () => {
  it("reports invalid YAML at its position", async () => {
    const { errors } = await problems({
      [PRODUCTS]: "products:\n  - id: a\n    build_command: [make\n",
    });
    expect(errors[0]).toMatchObject({ file: PRODUCTS, path: "" });
    expect(errors[0]?.message).toMatch(/^invalid YAML: /);
    expect(errors[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it("reports a wrong type with the value received and the type allowed", async () => {
    const { errors } = await problems({
      [PRODUCTS]: "products:\n  - id: a\n    build_command: make\n    retries: many\n",
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      file: PRODUCTS,
      line: 4,
      column: 14,
      path: "products[0].retries",
      received: "many",
      allowed: "number",
    });
    expect(errors[0]?.message).toContain('(received "many")');
  });

  it("reports an unknown field listing the allowed ones", async () => {
    const { errors } = await problems({
      [PRODUCTS]: "products:\n  - id: a\n    build_command: make\n    timeout: 5\n",
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      line: 4,
      column: 5,
      path: "products[0].timeout",
      received: 5,
    });
    expect(errors[0]?.message).toContain('unknown field "timeout"; allowed: id, build_command,');
    expect(errors[0]?.message).toContain("timeout_minutes");
  });

  it("reports a missing required field on its product", async () => {
    const { errors } = await problems({ [PRODUCTS]: "products:\n  - id: a\n" });
    expect(errors[0]).toMatchObject({ line: 2, column: 5, path: "products[0].build_command" });
    expect(errors[0]?.message).toContain("write build_command: <shell command>");
  });

  it("reports a duplicate id at the second one, naming the first", async () => {
    const { errors } = await problems({
      [PRODUCTS]: "products:\n  - id: a\n    build_command: x\n  - id: a\n    build_command: y\n",
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 4, column: 9, path: "products[1].id", received: "a" });
    expect(errors[0]?.message).toBe(`duplicate product id "a" (first defined at ${PRODUCTS}:2)`);
  });

  it.each([
    ["../x", '"x"'],
    ["a/b", '"a_b"'],
    ["pluto cbbr", '"pluto_cbbr"'],
    [".hidden", '"hidden"'],
  ])("rejects the id %j and suggests %s", async (id, suggestion) => {
    const { errors, project } = await problems({
      [PRODUCTS]: `products:\n  - id: ok\n    build_command: x\n  - id: "${id}"\n    build_command: y\n`,
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: PRODUCTS, line: 4, column: 9, path: "products[1].id" });
    expect(errors[0]?.message).toContain(`product id "${id}" is not safe`);
    expect(errors[0]?.message).toContain(`did you mean ${suggestion}`);
    expect(project.recipes.size).toBe(0);
  });

  it("suggests an existing product directory that names no product", async () => {
    const { errors } = await problems({
      [PRODUCTS]:
        "products:\n  - id: pluto cbbr\n    build_command: x\n  - id: pluto\n    build_command: y\n",
      "products/cbbr/README.md": "budget requests\n",
      "products/pluto/README.md": "pluto\n",
    });
    expect(errors[0]?.message).toContain('or "cbbr" (products/cbbr/ exists)');
    expect(errors[0]?.message).not.toContain('"pluto" (products/pluto/');
  });

  it("is a clear error when missing", async () => {
    const { errors } = await problems({ "README.md": "nothing here\n" });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: PRODUCTS, line: 1, column: 1 });
    expect(errors[0]?.message).toContain("write products/<id>/recipe.yml");
  });

  it("still checks the valid products when one is broken", async () => {
    const { errors, project } = await problems({
      [PRODUCTS]: "products:\n  - id: a\n    build_command: x\n  - id: b/c\n    build_command: 3\n",
    });
    expect(errors.map((e) => e.path)).toEqual(["products[1].build_command"]);
    expect(project.products.map((p) => p.id)).toEqual(["a"]);
  });
});

describe("ingest templates", () => {
  it("warns when a template id differs from its file name, at the id", async () => {
    const { errors, warnings, project } = await problems({
      [PRODUCTS]: "products: []\n",
      "ingest_templates/dcp_pad.yml": `# the PAD\n${templateText("dcp_padd")}`,
    });
    expect(errors).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      file: "ingest_templates/dcp_pad.yml",
      line: 2,
      column: 5,
      path: "id",
      received: "dcp_padd",
      allowed: "dcp_pad",
    });
    expect(warnings[0]?.message).toContain('template id "dcp_padd" differs from its file name');
    expect(project.templates.get("dcp_pad")?.template?.id).toBe("dcp_padd");
    expect(project.datasets.get("dcp_padd")?.template).toBe("dcp_pad");
  });

  it("reports a broken template in the original text", async () => {
    const { errors } = await problems({
      [PRODUCTS]: "products: []\n",
      "ingest_templates/a.yml": templateText("a").replace("type: csv", "type: [csv"),
    });
    expect(errors[0]?.file).toBe("ingest_templates/a.yml");
    expect(errors[0]?.message).toMatch(/invalid YAML/);
  });

  it("warns about a .yaml file, which is not read", async () => {
    const { warnings, project } = await problems({
      [PRODUCTS]: "products: []\n",
      "ingest_templates/a.yaml": templateText("a"),
    });
    expect(warnings).toEqual([
      expect.objectContaining({ file: "ingest_templates/a.yaml", line: 1, column: 1 }),
    ]);
    expect(warnings[0]?.message).toContain("rename it to a.yml");
    expect(project.templates.size).toBe(0);
  });

  it("is fine without an ingest_templates directory", async () => {
    const { errors, project } = await problems({ [PRODUCTS]: "products: []\n" });
    expect(errors).toEqual([]);
    expect(project.templates.size).toBe(0);
  });
});

const RECIPE = `name: A
product: db-a
version: 0812
inputs:
  missing_versions_strategy: find_latest
  datasets:
    - name: t1
      version: 2.10
    - id: db-b
      source: edm.publishing.published
    - name: elsewhere
stage_config:
  builds.build:
    commands:
      - name: build
        run: make all
`;

const AB_PRODUCTS = "products:\n  - id: a\n    build_command: x\n  - id: b\n    build_command: y\n";

describe("recipes", () => {
  it("loads the default recipe, keeps versions as written, warns on inputs without a template", async () => {
    const { errors, warnings, project } = await problems({
      [PRODUCTS]: AB_PRODUCTS,
      "products/a/recipe.yml": RECIPE,
      "ingest_templates/t1.yml": templateText("t1"),
    });
    expect(errors).toEqual([]);
    const recipe = project.recipes.get("a")?.recipe;
    expect(recipe?.version).toBe("0812");
    expect(recipe?.inputs.datasets[0]).toMatchObject({ id: "t1", version: "2.10" });
    expect(recipe?.stage_config["builds.build"]?.commands?.[0]?.command_type).toBe("shell");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      file: "products/a/recipe.yml",
      line: 11,
      column: 13,
      path: "inputs.datasets[2].name",
    });
    expect(warnings[0]?.message).toContain('input dataset "elsewhere" has no template');
  });

  it("reports a recipe that names a different product of the repo", async () => {
    const { errors } = await problems({
      [PRODUCTS]: AB_PRODUCTS,
      "products/a/recipe.yml": RECIPE.replace("product: db-a", "product: db-b"),
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      file: "products/a/recipe.yml",
      line: 2,
      column: 10,
      path: "product",
    });
    expect(errors[0]?.message).toContain('belongs to product "a" but names product "b"');
  });

  it("reports a version pinned to a dataset that is not an input", async () => {
    const { errors } = await problems({
      [PRODUCTS]: AB_PRODUCTS,
      "products/a/recipe.yml": RECIPE.replace(
        "version: 0812",
        "version_strategy:\n  pin_to_source_dataset: t2",
      ),
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      line: 4,
      column: 26,
      path: "version_strategy.pin_to_source_dataset",
      allowed: "t1, db-b, elsewhere",
    });
    expect(errors[0]?.message).toContain('"t2", which is not an input dataset');
  });

  it("accepts a publishing name that is not a product id", async () => {
    const { errors } = await problems({
      [PRODUCTS]: AB_PRODUCTS,
      "products/a/recipe.yml": RECIPE.replace("product: db-a", "product: db-kpdb"),
    });
    expect(errors).toEqual([]);
  });

  it("reports an explicit recipe file that does not exist, at the product's recipe field", async () => {
    const { errors } = await problems({
      [PRODUCTS]:
        "products:\n  - id: a\n    build_command: x\n    recipe: products/a/recipe-major.yml\n",
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      file: PRODUCTS,
      line: 4,
      column: 13,
      path: "products[0].recipe",
    });
    expect(errors[0]?.message).toContain("recipe file not found: products/a/recipe-major.yml");
  });

  it("rejects a recipe path outside the project", async () => {
    const { errors } = await problems({
      [PRODUCTS]: "products:\n  - id: a\n    build_command: x\n    recipe: ../../etc/passwd\n",
    });
    expect(errors[0]?.message).toContain("recipe must be a path inside the project root");
  });

  it("reports unknown fields and a dataset with both name and id", async () => {
    const { errors } = await problems({
      [PRODUCTS]: AB_PRODUCTS,
      "products/a/recipe.yml": RECIPE.replace("      version: 2.10", "      verison: 2.10").replace(
        "    - id: db-b",
        "    - id: db-b\n      name: b",
      ),
    });
    expect(errors.map((e) => [e.line, e.column, e.path])).toEqual([
      [8, 7, "inputs.datasets[0].verison"],
      [9, 7, "inputs.datasets[1]"],
    ]);
    expect(errors[0]?.message).toContain('unknown field "verison"; allowed: name, id, version,');
    expect(errors[1]?.message).toContain("exactly one of `name` or `id`");
  });

  it("reports a wrong enum value with the values allowed", async () => {
    const { errors } = await problems({
      [PRODUCTS]: AB_PRODUCTS,
      "products/a/recipe.yml": RECIPE.replace("find_latest", "find_newest"),
    });
    expect(errors[0]).toMatchObject({
      line: 5,
      column: 30,
      path: "inputs.missing_versions_strategy",
    });
    expect(errors[0]?.message).toContain('allowed: "find_latest", "copy_latest_release"');
  });

  it("warns on a repeated key and keeps the last value, as upstream does", async () => {
    const { errors, warnings, project } = await problems({
      [PRODUCTS]: AB_PRODUCTS,
      "products/a/recipe.yml": `${RECIPE}name: A2\n`,
    });
    expect(errors).toEqual([]);
    expect(warnings.find((w) => w.path === "name")).toMatchObject({ line: 17, column: 1 });
    expect(project.recipes.get("a")?.recipe.name).toBe("A2");
  });
});

describe("lifecycle.yml", () => {
  it("defaults when absent and rejects unknown fields", async () => {
    const absent = await problems({ [PRODUCTS]: "products: []\n" });
    expect(absent.project.settings).toEqual({});
    const { errors } = await problems({
      [PRODUCTS]: "products: []\n",
      "lifecycle.yml": "ingest: dcpy\n",
    });
    expect(errors[0]).toMatchObject({ file: "lifecycle.yml", line: 1, column: 1, path: "ingest" });
    expect(errors[0]?.message).toContain("allowed: ingest_command");
  });

  it("reads ingest_command", async () => {
    const { project } = await problems({
      [PRODUCTS]: "products: []\n",
      "lifecycle.yml": "ingest_command: python -m dcpy ingest\n",
    });
    expect(project.settings.ingest_command).toBe("python -m dcpy ingest");
  });
});

describe("loadProjectOrThrow", () => {
  it("throws a ConfigError carrying every diagnostic when there is an error", async () => {
    const root = await writeProject({
      [PRODUCTS]: "products:\n  - id: a/b\n    build_command: x\n",
    });
    const error = await loadProjectOrThrow(root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).diagnostics[0]?.path).toBe("products[0].id");
  });

  it("lets later stages locate a problem on a product's field", async () => {
    const root = await writeProject({ [PRODUCTS]: AB_PRODUCTS });
    const { project } = await loadProjectOrThrow(root);
    const diagnostic = productDiagnostic(project, "b", ["build_command"], "no such script", {
      received: "y",
    });
    expect(diagnostic).toMatchObject({
      file: PRODUCTS,
      line: 5,
      column: 20,
      path: "products[1].build_command",
    });
  });

  it("returns the project and its warnings otherwise", async () => {
    const root = await writeProject({ [PRODUCTS]: AB_PRODUCTS, "products/a/recipe.yml": RECIPE });
    const { project, warnings } = await loadProjectOrThrow(root);
    expect(project.products.map((p) => p.id)).toEqual(["a", "b"]);
    expect(warnings.map((w) => w.received)).toEqual(["t1", "elsewhere"]);
  });
});
