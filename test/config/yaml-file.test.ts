import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseWithSchema, parseYamlFile } from "../../src/config/yaml-file.js";

describe("yaml-file additions", () => {
  it("gives the source text of plain scalars only", () => {
    const yaml = parseYamlFile("f.yml", "a: 0812\nb: '0812'\nc:\nd: [2.10]\n");
    expect(yaml.value).toEqual({ a: 812, b: "0812", c: null, d: [2.1] });
    expect(yaml.scalarSource(["a"])).toBe("0812");
    expect(yaml.scalarSource(["b"])).toBeUndefined();
    expect(yaml.scalarSource(["c"])).toBe("");
    expect(yaml.scalarSource(["d", 0])).toBe("2.10");
    expect(yaml.scalarSource(["missing"])).toBeUndefined();
  });

  it("locates a field's key or its value", () => {
    const yaml = parseYamlFile("f.yml", "top:\n  field:   value\n");
    expect(yaml.locate(["top", "field"])).toEqual({ line: 2, column: 12 });
    expect(yaml.locate(["top", "field"], { key: true })).toEqual({ line: 2, column: 3 });
    expect(yaml.locate(["top", "nothing"], { key: true })).toEqual({ line: 2, column: 3 });
  });

  it("turns repeated keys into warnings on request, keeping the last value", () => {
    const strict = parseYamlFile("f.yml", "a:\n  b: 1\n  b: 2\n");
    expect(strict.value).toBeUndefined();
    expect(strict.diagnostics[0]?.severity).toBe("error");
    const lenient = parseYamlFile("f.yml", "a:\n  b: 1\n  b: 2\n", { duplicateKeys: "warning" });
    expect(lenient.value).toEqual({ a: { b: 2 } });
    expect(lenient.diagnostics).toEqual([
      expect.objectContaining({ severity: "warning", line: 3, column: 3, path: "a.b" }),
    ]);
    expect(lenient.locate(["a", "b"])).toEqual({ line: 3, column: 6 });
  });

  it("lists the allowed fields of a strict object in an unknown-field diagnostic", () => {
    const yaml = parseYamlFile("f.yml", "outer:\n  nme: x\n");
    const schema = z.object({
      outer: z.strictObject({ name: z.string().optional(), size: z.number().optional() }),
    });
    const { diagnostics } = parseWithSchema(yaml, schema);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        line: 2,
        column: 3,
        path: "outer.nme",
        message: 'unknown field "nme"; allowed: name, size',
        allowed: "name, size",
        received: "x",
      }),
    ]);
  });
});
