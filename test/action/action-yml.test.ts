import fs from "node:fs/promises";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { INPUT_NAMES, InputsSchema, readInputs } from "../../src/action/inputs.js";
import { UsageError } from "../../src/core/errors.js";

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; required: boolean; default?: unknown }>;
  outputs: Record<string, { description: string }>;
}

const action = parse(await fs.readFile("action.yml", "utf8")) as ActionYml;

describe("action.yml", () => {
  it("runs dist/index.js on node24", () => {
    expect(action.runs).toEqual({ using: "node24", main: "dist/index.js" });
  });

  it("declares exactly the inputs of the schema, none with a default of its own", () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort());
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.default, name).toBeUndefined();
      expect(input.description.length, name).toBeGreaterThan(10);
    }
  });

  it("names in each description the default the schema applies", () => {
    const defaults = InputsSchema.parse({ command: "matrix" });
    for (const [name, input] of Object.entries(action.inputs)) {
      if (name === "command") continue;
      const match = /Default: (?:`([^`]*)`|``|(none))\.?\s*$/.exec(input.description.trim());
      expect(match, `${name}: ${input.description}`).not.toBeNull();
      const written = match?.[2] === "none" ? undefined : (match?.[1] ?? "");
      const value = defaults[name as keyof typeof defaults];
      const expected = value === undefined ? undefined : String(value);
      expect(written, name).toBe(expected);
    }
  });

  it("documents every output the commands set", async () => {
    const sources = await Promise.all(
      ["discover", "run", "sense", "failure-issue", "publish", "distribute"]
        .map((c) => `src/action/commands/${c}.ts`)
        .map((f) => fs.readFile(f, "utf8")),
    );
    const set = new Set([...sources.join("\n").matchAll(/setOutput\("([^"]+)"/g)].map((m) => m[1]));
    // `wave_<n>` is set in a loop (setOutput(`wave_${...}`)); action.yml lists the first five.
    expect(sources.join("\n")).toContain("io.setOutput(`wave_${i + 1}`");
    const waves = Object.keys(action.outputs).filter((name) => /^wave_\d+$/.test(name));
    expect(waves).toEqual(["wave_1", "wave_2", "wave_3", "wave_4", "wave_5"]);
    expect([...set, ...waves].sort()).toEqual(Object.keys(action.outputs).sort());
  });
});

describe("readInputs", () => {
  it("reads INPUT_* like the runner sets them, empty meaning default", () => {
    const inputs = readInputs({
      INPUT_COMMAND: "stage",
      INPUT_STAGE: "build",
      "INPUT_DRY-RUN": "true",
      INPUT_SELECT: "",
    });
    expect(inputs).toMatchObject({
      command: "stage",
      stage: "build",
      "dry-run": true,
      select: "*",
      force: false,
    });
  });

  it("parses the matrix entry JSON", () => {
    const entry = {
      key: "e0_a_main_abc123",
      items: [{ kind: "product", product: "a", partition: "main" }],
      product: "a",
    };
    expect(
      readInputs({ INPUT_COMMAND: "stage", INPUT_ENTRY: JSON.stringify(entry) }).entry,
    ).toEqual(entry);
  });

  it("names the input, the value received and the values allowed", () => {
    expect(() => readInputs({ INPUT_COMMAND: "deploy" })).toThrow(UsageError);
    expect(() => readInputs({ INPUT_COMMAND: "deploy" })).toThrow(
      /input "command".*received "deploy".*allowed: matrix, ingest-matrix/,
    );
    expect(() => readInputs({ INPUT_COMMAND: "stage", INPUT_STAGE: "deploy" })).toThrow(
      /input "stage".*allowed: plan, load, build, package/,
    );
    expect(() => readInputs({ INPUT_COMMAND: "stage", INPUT_FORCE: "yes" })).toThrow(
      /input "force".*allowed: true, false/,
    );
    expect(() => readInputs({ INPUT_COMMAND: "stage", INPUT_ENTRY: "{not json" })).toThrow(
      /input "entry": is not JSON/,
    );
    expect(() =>
      readInputs({ INPUT_COMMAND: "stage", INPUT_ENTRY: '{"key":"a-b","items":[]}' }),
    ).toThrow(/input "entry"/);
  });
});
