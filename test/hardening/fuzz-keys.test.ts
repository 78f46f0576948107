import path from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/core/errors.js";
import { parseExpression } from "../../src/partitions/expr.js";
import {
  parseDynamicKey,
  validatePartitionKey,
  validateVersion,
} from "../../src/partitions/keys.js";
import { safeSegment, STAGES, StoreLayout } from "../../src/store/layout.js";

/** mulberry32: a small seeded generator, so a failure reproduces from its seed. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  ..."abcXYZ0129._-=+:",
  "/",
  "\\",
  "..",
  ".",
  "%",
  "%2F",
  "%2E",
  "\0",
  " ",
  "\t",
  "\n",
  "~",
  "$",
  "*",
  "?",
  '"',
  "<",
  ">",
  "|",
  "é",
  "ß",
  "İ",
  "ﬁ",
  "\u0301",
  "\u202e",
  "\ufeff",
  "😀",
  "\ud800",
  "中文",
  "CON",
  "nul",
  "COM1",
  "lpt9",
  "main",
  "nightly_qa",
  "2024-01-01",
  "2025.1.1",
  "-",
];
const NAME_MAX = 255;

function fuzzValue(random: () => number): string {
  const shape = random();
  if (shape < 0.1) return "a" + ":".repeat(Math.floor(random() * 250));
  if (shape < 0.2) return "x".repeat(Math.floor(random() * 300));
  const length = Math.floor(random() * 24);
  let text = "";
  for (let i = 0; i < length; i++) text += PIECES[Math.floor(random() * PIECES.length)] ?? "";
  return text;
}

/** Valid keys are refused only with a UsageError; anything else thrown is a crash. */
function attempt<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    if (error instanceof UsageError) return undefined;
    throw error;
  }
}

function assertInside(root: string, file: string, value: string): void {
  const relative = path.relative(root, path.resolve(file));
  const where = JSON.stringify(value);
  expect(relative.startsWith(".."), `${where} escapes: ${file}`).toBe(false);
  expect(path.isAbsolute(relative), `${where} escapes: ${file}`).toBe(false);
  expect(relative, `${where} is the store itself`).not.toBe("");
}

const SEED = 16_2026;
const CASES = 12_000;

describe(`fuzz: ${CASES} generated ids, keys and versions (seed ${SEED})`, () => {
  it("safeSegment and every store path stay inside the store, and never crash", () => {
    const random = generator(SEED);
    const root = path.resolve("/store/.lifecycle");
    const layout = new StoreLayout(root);
    const segments = new Map<string, string>();
    for (let i = 0; i < CASES; i++) {
      const value = fuzzValue(random);
      if (value === "") {
        expect(() => safeSegment(value)).toThrow();
        continue;
      }
      const segment = safeSegment(value);
      expect(segment).not.toMatch(/[/\\\0]/);
      expect([".", ".."]).not.toContain(segment);
      // Injective: two values never share a folder.
      const before = segments.get(segment);
      expect(
        before === undefined || before === value,
        `${JSON.stringify(value)} and ${JSON.stringify(before)}`,
      ).toBe(true);
      segments.set(segment, value);
      const other = fuzzValue(random) || "p";
      assertInside(root, layout.partitionDir(value, other), value);
      assertInside(root, layout.stageDir(other, value, STAGES[i % STAGES.length] ?? "plan"), value);
      assertInside(root, layout.datasetVersionDir(value, other), value);
      assertInside(root, layout.partitionsFile(value), value);
    }
    expect(segments.size).toBeGreaterThan(CASES / 2);
  });

  it("a key or version that validates is a folder name every disk takes", () => {
    const random = generator(SEED + 1);
    let accepted = 0;
    for (let i = 0; i < CASES; i++) {
      const value = fuzzValue(random);
      for (const validate of [validatePartitionKey, validateVersion]) {
        if (attempt(() => validate(value)) === undefined) continue;
        accepted++;
        const segment = safeSegment(value);
        expect(
          Buffer.byteLength(segment),
          `${JSON.stringify(value)} -> ${segment.length} bytes`,
        ).toBeLessThanOrEqual(NAME_MAX);
        expect(segment).toMatch(/^[A-Za-z0-9._=+%-]+$/);
        expect(segment.toUpperCase().split(".")[0]).not.toMatch(/^(CON|PRN|AUX|NUL|COM\d|LPT\d)$/);
      }
    }
    expect(accepted).toBeGreaterThan(500);
  });

  it("dynamic keys and partition expressions refuse bad input with a UsageError, never a crash", () => {
    const random = generator(SEED + 2);
    for (let i = 0; i < CASES; i++) {
      const value = fuzzValue(random);
      const parsed = attempt(() => parseDynamicKey(value));
      if (parsed) {
        expect(parsed.key).toBe(value);
        expect(() => validateVersion(parsed.version)).not.toThrow();
      }
      attempt(() => parseExpression(value, ["date", "borough"]));
      attempt(() => parseExpression(`date=${value}`, ["date"]));
    }
  });
});
