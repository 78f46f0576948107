import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { templateText, writeProject } from "./helpers.js";
import { runCli } from "../cli-run.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const builtBin = path.join(repoRoot, "build/src/cli/bin.js");

const run = (argv: string[], cwd: string) => runCli(argv, { cwd });

const BROKEN = {
  "products/products.yml":
    "products:\n  - id: a b\n    build_command: make\n  - id: c\n    build_command: make\n",
  "products/c/recipe.yml": "name: C\nproduct: db-c\ninputs:\n  datasets:\n    - name: nowhere\n",
};
const CLEAN = {
  "products/products.yml": "products:\n  - id: c\n    build_command: make\n",
  "products/c/recipe.yml": "name: C\nproduct: db-c\ninputs:\n  datasets:\n    - name: t\n",
  "ingest_templates/t.yml": templateText("t"),
};

describe("lifecycle validate", () => {
  it("prints located problems and a count line, exit 1 on errors", async () => {
    const root = await writeProject(BROKEN);
    const { code, stdout } = await run(["validate", "--root", root], "/");
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(
      'products/products.yml:2:9: error: products[0].id: product id "a b" is not safe as a directory ' +
        'and asset name: use letters, digits, "_" and "-", starting with a letter or digit; did you mean "a_b"?',
    );
    expect(lines[1]).toMatch(
      /^products\/c\/recipe\.yml:5:13: warning: inputs\.datasets\[0\]\.name: input dataset "nowhere"/,
    );
    expect(lines.at(-1)).toBe(
      "1 error, 1 warning (checked 2 products, 1 recipe, 0 ingest templates)",
    );
  });

  it("exits 0 when there are only warnings, and when there are none", async () => {
    const warned = await writeProject({
      ...CLEAN,
      "ingest_templates/t.yml": templateText("t").replace("id: t", "id: tt"),
    });
    expect((await run(["validate"], warned)).code).toBe(0);
    const clean = await run(["validate"], await writeProject(CLEAN));
    expect(clean.code).toBe(0);
    expect(clean.stdout).toBe(
      "0 errors, 0 warnings (checked 1 product, 1 recipe, 1 ingest template)\n",
    );
  });

  it("prints JSON with errors and warnings apart", async () => {
    const root = await writeProject(BROKEN);
    const { code, stdout } = await run(["validate", "--root", root, "--format", "json"], "/");
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.errors).toEqual([
      expect.objectContaining({
        file: "products/products.yml",
        line: 2,
        column: 9,
        path: "products[0].id",
        received: "a b",
      }),
    ]);
    expect(report.warnings[0]).toMatchObject({
      file: "products/c/recipe.yml",
      line: 5,
      column: 13,
      path: "inputs.datasets[0].name",
    });
    expect(report.warnings[0].message).toContain('"nowhere"');
  });

  it("prints GitHub annotations", async () => {
    const root = await writeProject(BROKEN);
    const { code, stdout } = await run(["validate", "--format", "github"], root);
    expect(code).toBe(1);
    const lines = stdout.split("\n");
    expect(lines[0]).toMatch(
      /^::error file=products\/products.yml,line=2,col=9,title=products\[0\]\.id::product id "a b"/,
    );
    expect(lines[1]).toMatch(
      /^::warning file=products\/c\/recipe.yml,line=5,col=13,title=inputs\.datasets\[0\]\.name::/,
    );
  });

  it("rejects a bad format or extra arguments with exit 2", async () => {
    const root = await writeProject(CLEAN);
    const bad = await run(["validate", "--format", "xml"], root);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--format");
    expect(bad.stderr).toContain('"xml"');
    expect((await run(["validate", "products"], root)).code).toBe(2);
  });

  it("has help", async () => {
    const { code, stdout } = await run(["validate", "--help"], "/");
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: lifecycle validate [--format text|json|github]");
  });
});

describe("lifecycle schema", () => {
  it.each(["products", "recipe", "template", "settings"])(
    "prints the JSON Schema of %s",
    async (name) => {
      const { code, stdout } = await run(["schema", name], "/");
      expect(code).toBe(0);
      const schema = JSON.parse(stdout);
      expect(schema.$schema).toContain("json-schema.org");
      expect(schema.type).toBe("object");
      expect(schema.additionalProperties).toBe(false);
    },
  );

  it("describes products and their fields", async () => {
    const schema = JSON.parse((await run(["schema", "products"], "/")).stdout);
    const product = schema.properties.products.items;
    expect(product.required).toEqual(["id"]);
    expect(Object.keys(product.properties)).toContain("timeout_minutes");
    expect(product.properties.runs_on.anyOf).toHaveLength(2);
  });

  it("rejects an unknown schema with exit 2", async () => {
    const { code, stderr } = await run(["schema", "workflow"], "/");
    expect(code).toBe(2);
    expect(stderr).toContain("products, recipe, template, settings");
    expect(stderr).toContain('"workflow"');
  });
});

describe.skipIf(!existsSync(builtBin))("the built binary", () => {
  it("validates a project and exits 1 on errors", async () => {
    const root = await writeProject(BROKEN);
    const error = await promisify(execFile)(process.execPath, [
      builtBin,
      "validate",
      "--root",
      root,
      "--format",
      "json",
    ]).catch((e: unknown) => e as { code: number; stdout: string });
    expect(error).toMatchObject({ code: 1 });
    expect(JSON.parse((error as { stdout: string }).stdout).errors).toHaveLength(1);
  });
});
