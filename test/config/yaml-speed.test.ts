import { execFileSync } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LineCounter, parseDocument } from "yaml";
import { loadProject } from "../../src/config/project.js";
import { openYamlCache, yamlCacheKey } from "../../src/config/yaml-cache.js";
import { fastParse } from "../../src/config/yaml-fast.js";
import { parseYamlFile } from "../../src/config/yaml-file.js";
import { BUILT_CLI, REPO_ROOT } from "../cli-run.js";

const CORPUS = path.join(REPO_ROOT, "../shared/corpus/nyc-dcp");

/** What the full parser (`yaml`, with positions) makes of a text, or undefined on any error. */
function fullValue(text: string): { value: unknown } | undefined {
  const doc = parseDocument(text, { lineCounter: new LineCounter(), uniqueKeys: true });
  if (doc.errors.length > 0) return undefined;
  try {
    return { value: doc.toJS({ maxAliasCount: 100 }) };
  } catch {
    return undefined;
  }
}

async function yamlFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

describe("the fast parse path", () => {
  it("gives exactly the full parser's value for every corpus and repository file it accepts", async () => {
    const files = [
      ...(await yamlFiles(CORPUS)),
      ...(await yamlFiles(path.join(REPO_ROOT, "products"))),
      ...(await yamlFiles(path.join(REPO_ROOT, "ingest_templates"))),
      ...(await yamlFiles(path.join(REPO_ROOT, "test/fixtures"))),
    ];
    let accepted = 0;
    for (const file of files) {
      const text = await fs.readFile(file, "utf8");
      const fast = fastParse(text);
      if (fast === undefined) continue;
      accepted++;
      expect({ file, value: fast.value }).toEqual({ file, value: fullValue(text)?.value });
    }
    expect(files.length).toBeGreaterThan(100);
    expect(accepted / files.length).toBeGreaterThan(0.8);
  });

  it("resolves plain scalars by the core schema's rules, as the full parser does", () => {
    const text = [
      "ints: [0812, -3, +4, 0o17, 0x1F, 1_000, 0b101, 012]",
      "floats: [2.10, .5, 1e3, -1.5E-2, .inf, -.Inf, .NaN, 1.]",
      "bools: [true, True, TRUE, false, yes, no, on, off, tRUE]",
      "nulls: [~, null, Null, NULL, nULL, '']",
      "empty:",
      "dates: [2024-01-01, 2024-01-01T00:00:00Z]",
      "1: numeric key",
      "0x10: hex key",
      "null: null key",
      "true: bool key",
      "__proto__: {polluted: true}",
      "quoted: ['0812', \"2.10\", 'true']",
      "folded: >",
      "  one",
      "  two",
      "",
      "  three",
      "literal: |-",
      "  keep",
      "   indented",
      "plain: a multi",
      "  line plain scalar",
      "'<<': not a merge",
      'unicode: "caf\\u00e9 \\x41"',
      "flow: {a: [1, {b: c}], 'd e': f}",
    ].join("\n");
    const fast = fastParse(text);
    expect(fast).toBeDefined();
    expect(fast?.value).toEqual(fullValue(text)?.value);
    expect(Object.getPrototypeOf(fast?.value)).toBe(Object.prototype);
    expect(fast?.numberSources).toMatchObject({ "ints\u00000": "0812", "floats\u00000": "2.10" });
  });

  it("leaves to the full parser what it is unsure of: anchors, aliases, tags, repeated keys, errors", () => {
    for (const text of [
      "a: &x 1\nb: *x\n",
      "a: !!str 1\n",
      "%YAML 1.2\n---\na: 1\n",
      "a: 1\na: 2\n",
      "a: [1\n",
      "---\na: 1\n---\nb: 2\n",
      "a:\n\tb: 1\n",
      'a: "one\n  two"\n',
      "a: 'one\n  two'\n",
      'a: &x "q"\nb: *x\n',
      "a: ['x', *y, 'z']\n",
      "a: it's, b: *x, c: 'y'\n",
    ])
      expect(fastParse(text)).toBeUndefined();
    expect(fastParse("a: 1\n")).toBeDefined();
  });

  it("takes `*`, `&` and `!` inside a quoted scalar for text (a cron string is not an alias)", () => {
    for (const text of [
      'cron: "0 7 * * 1"\n',
      "- {cron: '*/5 * * * *', note: \"a & b\"}\n",
      'title: "wow !"  # comment\n',
      '"* key": 1\n',
    ]) {
      const fast = fastParse(text);
      expect(fast, text).toBeDefined();
      expect(fast?.value).toEqual(fullValue(text)?.value);
    }
  });

  it("computes positions only when asked, and they are the full parser's", () => {
    const text = "top:\n  version: 0812\n  field:   value\n";
    const yaml = parseYamlFile("f.yml", text);
    expect(yaml.value).toEqual({ top: { version: 812, field: "value" } });
    expect(yaml.scalarSource(["top", "version"])).toBe("0812");
    expect(yaml.locate(["top", "field"])).toEqual({ line: 3, column: 12 });
  });
});

describe("YAML alias errors", () => {
  const bomb = [
    'a: &a ["x","x","x","x","x","x","x","x","x"]',
    "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
    "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
    "d: [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
    "",
  ].join("\n");

  it("an alias bomb is a located error, not a crash", () => {
    const yaml = parseYamlFile("f.yml", bomb);
    expect(yaml.value).toBeUndefined();
    expect(yaml.diagnostics).toEqual([
      expect.objectContaining({ severity: "error", file: "f.yml", line: 2, column: 8 }),
    ]);
    expect(yaml.diagnostics[0]?.message).toMatch(/aliases expand to more than 100 nodes/);
  });

  it("an unresolved alias and an alias inside its own anchor are located errors", () => {
    const unresolved = parseYamlFile("f.yml", "a: 1\nb:\n  c: *nope\n");
    expect(unresolved.diagnostics).toEqual([
      expect.objectContaining({ file: "f.yml", line: 3, column: 6, path: "b.c" }),
    ]);
    expect(unresolved.diagnostics[0]?.message).toMatch(/Unresolved alias.*nope/);
    const circular = parseYamlFile("f.yml", "a: &x\n  b: [1, *x]\n");
    expect(circular.value).toBeUndefined();
    expect(circular.diagnostics).toEqual([
      expect.objectContaining({ line: 2, column: 10, path: "a.b[1]" }),
    ]);
    expect(circular.diagnostics[0]?.message).toMatch(/alias \*x is inside the node anchored &x/);
  });

  it("validate and materialize name file:line:column of an alias bomb, materialize exits 2", async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-alias-"));
    await fs.mkdir(path.join(root, "products"));
    const entry = bomb.replace(/^/gm, "    ").trimEnd();
    await fs.writeFile(
      path.join(root, "products/products.yml"),
      `products:\n- id: a\n  build_command: "true"\n  env:\n${entry}\n`,
    );
    // validate's contract is exit 1 when the configuration has errors; every other command exits 2.
    for (const [command, expected] of [
      ["validate", 1],
      ["materialize", 2],
    ] as const) {
      let status = 0;
      let output = "";
      try {
        execFileSync(process.execPath, [BUILT_CLI, command], { cwd: root, stdio: "pipe" });
      } catch (error) {
        const failed = error as { status: number; stdout: Buffer; stderr: Buffer };
        status = failed.status;
        output = `${failed.stdout.toString()}${failed.stderr.toString()}`;
      }
      expect({ command, status }).toEqual({ command, status: expected });
      expect(output).toMatch(/products\/products\.yml:6:12: error: .*alias/);
    }
  });
});

describe("the parse cache", () => {
  it("serves an unchanged file from the cache, a changed one is parsed again", async () => {
    const cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-cache-"));
    const root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-cached-"));
    const env = { LIFECYCLE_CACHE_DIR: cacheDir };
    const text = "a: 0812\n";
    const first = await openYamlCache(root, env);
    first.set(yamlCacheKey(text), { value: { a: 812 }, numberSources: { a: "0812" } });
    await first.save();
    const second = await openYamlCache(root, env);
    const hit = second.get(yamlCacheKey(text));
    expect(hit).toEqual({ value: { a: 812 }, numberSources: { a: "0812" } });
    (hit?.value as { a: unknown }).a = "changed by a caller";
    expect(second.get(yamlCacheKey(text))?.value).toEqual({ a: 812 });
    expect(second.get(yamlCacheKey("a: 0813\n"))).toBeUndefined();
    const special = { value: { a: Number.NaN, b: -0 }, numberSources: {} };
    second.set(yamlCacheKey("a: .nan\n"), special);
    expect(second.get(yamlCacheKey("a: .nan\n"))).toBeUndefined();
    const proto = JSON.parse('{"__proto__": {"polluted": true}}') as object;
    second.set(yamlCacheKey("__proto__: x\n"), { value: proto, numberSources: {} });
    const back = second.get(yamlCacheKey("__proto__: x\n"))?.value as object;
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.keys(back)).toEqual(["__proto__"]);
    const [file] = await fs.readdir(path.join(cacheDir, "config"));
    await fs.writeFile(path.join(cacheDir, "config", file ?? ""), "not a cache file");
    expect((await openYamlCache(root, env)).get(yamlCacheKey(text))).toBeUndefined();
    const off = await openYamlCache(root, { LIFECYCLE_CACHE_DIR: "off" });
    off.set(yamlCacheKey(text), { value: 1, numberSources: {} });
    await off.save();
    expect(off.get(yamlCacheKey(text))).toBeUndefined();
  });

  it("a project loads to the same result with a cold and a warm cache", async () => {
    const cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-cache-"));
    const previous = process.env.LIFECYCLE_CACHE_DIR;
    process.env.LIFECYCLE_CACHE_DIR = cacheDir;
    try {
      const cold = await loadProject(REPO_ROOT);
      expect((await fs.readdir(path.join(cacheDir, "config"))).length).toBe(1);
      const warm = await loadProject(REPO_ROOT);
      expect(warm.diagnostics).toEqual(cold.diagnostics);
      const recipes = (loaded: typeof cold) =>
        [...loaded.project.recipes].map(([id, entry]) => [id, entry.recipe, entry.extended]);
      expect(recipes(warm)).toEqual(recipes(cold));
      expect([...warm.project.templates]).toEqual([...cold.project.templates]);
      expect(warm.project.products).toEqual(cold.project.products);
    } finally {
      if (previous === undefined) delete process.env.LIFECYCLE_CACHE_DIR;
      else process.env.LIFECYCLE_CACHE_DIR = previous;
    }
  });
});
