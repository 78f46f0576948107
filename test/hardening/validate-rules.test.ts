import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { validatePartitionKey, validateVersion } from "../../src/partitions/keys.js";
import { invalidUtf8Offset } from "../../src/config/utf8.js";
import { runCli } from "../cli-run.js";

async function project(files: Record<string, string | Buffer>): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-validate-"));
  for (const [file, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await fs.writeFile(path.join(root, file), text);
  }
  return root;
}

async function validate(root: string) {
  const result = await runCli(["validate", "--root", root], { cwd: root });
  return { ...result, out: `${result.stdout}${result.stderr}` };
}

const products = (body: string) => ({ "products/products.yml": `products:\n${body}` });

describe("validate rejects what would break a store or leak a secret", () => {
  it("a reserved device name as a product id, a version or a partition key", async () => {
    const result = await validate(await project(products("- id: CON\n  build_command: 'true'\n")));
    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /products\/products\.yml:2:7: error: .*"CON" is a reserved device name/,
    );
    expect(() => validateVersion("NUL")).toThrow(/"NUL" is a reserved device name on Windows/);
    expect(() => validatePartitionKey("com1.2024")).toThrow(/reserved device name/);
    expect(() => validatePartitionKey("console")).not.toThrow();
  });

  it("product ids that differ only by case", async () => {
    const root = await project(
      products("- id: P1\n  build_command: 'true'\n- id: p1\n  build_command: 'true'\n"),
    );
    const result = await validate(root);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /products\.yml:4:7: error: .*"P1" \(products\/products\.yml:2\) and "p1" differ only by case/,
    );
  });

  it("dataset ids that differ only by case", async () => {
    const tpl = (id: string) =>
      `id: ${id}\nattributes:\n  name: ${id}\ningestion:\n  source:\n    type: local_file\n    path: d.csv\n  file_format:\n    type: csv\n`;
    const root = await project({
      ...products("- id: p\n  build_command: 'true'\n"),
      "ingest_templates/Rows.yml": tpl("Rows"),
      "ingest_templates/rows.yml": tpl("rows"),
    });
    const result = await validate(root);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /ingest_templates\/rows\.yml:1:1: error: .*dataset ids "Rows" \(ingest_templates\/Rows\.yml\) and "rows" differ only by case/,
    );
  });

  it("invalid UTF-8, with the file, line, column and byte offset", async () => {
    const bad = Buffer.concat([
      Buffer.from("products:\n- id: caf"),
      Buffer.from([0xe9]),
      Buffer.from("\n  build_command: 'true'\n"),
    ]);
    const result = await validate(await project({ "products/products.yml": bad }));
    expect(result.code).toBe(2);
    expect(result.out).toMatch(
      /products\/products\.yml:2:10: error: .*not valid UTF-8: byte 0xe9 at byte offset 19/,
    );
    expect(invalidUtf8Offset(Buffer.from("é ok €"))).toBeUndefined();
    expect(invalidUtf8Offset(Buffer.from([0x61, 0xc0, 0x80]))).toBe(1);
    expect(invalidUtf8Offset(Buffer.from([0x61, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(invalidUtf8Offset(Buffer.from([0x61, 0xe2, 0x82]))).toBe(1);
  });

  it('env keys "" and "A=B"', async () => {
    const root = await project(
      products("- id: p\n  build_command: 'true'\n  env:\n    '': x\n    A=B: y\n"),
    );
    const result = await validate(root);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/environment variable name "" is empty/);
    expect(result.out).toMatch(
      /products\.yml:6:\d+: error: .*environment variable name "A=B" contains "="/,
    );
  });

  it("duplicate input names in a recipe", async () => {
    const root = await project({
      ...products("- id: p\n  build_command: 'true'\n"),
      "products/p/recipe.yml":
        "name: p\ninputs:\n  datasets:\n  - name: a\n  - name: b\n  - name: a\n",
    });
    const result = await validate(root);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /products\/p\/recipe\.yml:6:\d+: error: .*duplicate input "a" \(also inputs\.datasets\[0\]\)/,
    );
  });

  it("a recipe path that is a folder", async () => {
    const root = await project(
      products("- id: p\n  build_command: 'true'\n  recipe: products/p\n"),
    );
    await fs.mkdir(path.join(root, "products/p"), { recursive: true });
    const result = await validate(root);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /products\.yml:4:\d+: error: .*recipe path products\/p is a folder, not a file/,
    );
  });

  it("an env: value that looks like a secret is refused; a secret-like name warns", async () => {
    const token = `ghp_${"a1B2".repeat(9)}`;
    const root = await project({
      ...products("- id: p\n  build_command: 'true'\n"),
      "products/p/recipe.yml": `name: p\nenv:\n  GH: ${token}\n`,
    });
    const result = await validate(root);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /recipe\.yml:3:\d+: error: .*GH looks like a GitHub token: env: values are written to recipe\.lock\.yml/,
    );
    const named = await project({
      ...products("- id: p\n  build_command: 'true'\n"),
      "products/p/recipe.yml": "name: p\nenv:\n  PLAIN: x\n  DB_PASSWORD: hunter2\n",
    });
    const warned = await validate(named);
    expect(warned.code).toBe(0);
    expect(warned.out).toMatch(
      /recipe\.yml:4:\d+: warning: env\.DB_PASSWORD: DB_PASSWORD is named like a secret/,
    );
  });
});

describe("env_from_secrets", () => {
  const NAME = "LIFECYCLE_TEST_SECRET_VALUE_X";
  afterEach(() => {
    delete process.env[NAME.replace("LIFECYCLE_", "HARDENING_")];
  });

  it("is read at build time, reaches the command, and is never in recipe.lock.yml or the archive", async () => {
    const name = "HARDENING_TEST_SECRET";
    const secret = "s3cr3t-value-0123456789";
    const root = await project({
      ...products(
        '- id: p\n  build_command: \'printf %s "$HARDENING_TEST_SECRET" | wc -c > "$LIFECYCLE_OUTPUT_DIR/n"\'\n',
      ),
      "products/p/recipe.yml": `name: p\nenv_from_secrets: [${name}]\n`,
    });
    const missing = await runCli(["materialize", "--root", root], { cwd: root });
    expect(missing.code).toBe(1);
    expect(`${missing.stdout}${missing.stderr}`).toMatch(
      /env_from_secrets names HARDENING_TEST_SECRET, not set/,
    );
    process.env[name] = secret;
    const ok = await runCli(["materialize", "--root", root], { cwd: root });
    expect(ok.code).toBe(0);
    const partition = path.join(root, ".lifecycle/products/p/main");
    expect((await fs.readFile(path.join(partition, "build/output/n"), "utf8")).trim()).toBe(
      String(secret.length),
    );
    const all = await fs.readdir(partition, { recursive: true });
    for (const file of all) {
      const full = path.join(partition, file);
      if (!(await fs.stat(full)).isFile()) continue;
      const bytes = await fs.readFile(full);
      expect(bytes.includes(secret), file).toBe(false);
    }
    const lock = await fs.readFile(path.join(partition, "plan/recipe.lock.yml"), "utf8");
    expect(lock).not.toContain(secret);
  }, 60_000);

  it("refuses a LIFECYCLE_ name", async () => {
    const root = await project({
      ...products("- id: p\n  build_command: 'true'\n"),
      "products/p/recipe.yml": `name: p\nenv_from_secrets: [${NAME}]\n`,
    });
    const result = await validate(root);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/starts with LIFECYCLE_/);
  });
});
