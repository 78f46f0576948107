import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isSafeId } from "../../src/config/products.js";
import { UsageError } from "../../src/core/errors.js";
import {
  parseDynamicKey,
  validatePartitionKey,
  validateVersion,
} from "../../src/partitions/keys.js";
import { safeSegment, STAGES, StoreLayout } from "../../src/store/layout.js";

/** mulberry32: a small seeded generator, so a failure is reproduced by its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE = [
  ".",
  "..",
  "/",
  "\\",
  "%",
  "%2E",
  "%2F",
  ":",
  "\0",
  " ",
  "\n",
  "~",
  "$",
  "*",
  "?",
  "é",
  "日本",
  "😀",
  "\u202e",
  "CON",
  "nul",
  "COM1",
  ".git",
  "-",
  "=",
  "+",
  "_",
];
const SAFE = "ABCXYZabcxyz0123456789._-=+:";

/** Strings a hostile user, a typo or a key scheme might give: mostly near-valid, often not. */
function generator(seed: number): () => string {
  const next = random(seed);
  const pick = <T>(list: ArrayLike<T>): T => list[Math.floor(next() * list.length)]!;
  return () => {
    const long = next() < 0.05;
    const length = long ? 80 + Math.floor(next() * 200) : Math.floor(next() * 24);
    const hostileShare = next() < 0.5 ? 0 : next() * 0.5;
    // Long runs of characters that are valid in a key but percent-encoded in its folder name.
    const alphabet = long && next() < 0.5 ? "a:" : SAFE;
    let text = "";
    for (let i = 0; i < length; i++) text += next() < hostileShare ? pick(HOSTILE) : pick(alphabet);
    return text;
  };
}

const ROOT = "/tmp/lifecycle-fuzz-root/.lifecycle";
const SEGMENT = /^[A-Za-z0-9._=+%-]+$/;
const NAME_MAX = 255;

function expectInside(file: string): void {
  const relative = path.relative(ROOT, file);
  expect(relative.startsWith("..") || path.isAbsolute(relative), file).toBe(false);
}

/** undefined when refused with a UsageError (the only acceptable failure), else the value. */
function accepted<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    if (error instanceof UsageError) return undefined;
    throw error;
  }
}

/** No lone surrogate (UTF-8 cannot hold one: it becomes U+FFFD, so two such strings may share a folder). */
const wellFormed = (text: string) => !/\p{Cs}/u.test(text);

const COUNT = 12_000;

describe(`fuzz: ${COUNT} generated ids, keys and versions through the key and path functions`, () => {
  it("never leave the store root, never collide, never crash", () => {
    const next = generator(16);
    const layout = new StoreLayout(ROOT);
    const sources = new Map<string, string>();
    for (let i = 0; i < COUNT; i++) {
      const value = next();
      if (value === "") {
        expect(() => safeSegment(value)).toThrow();
        continue;
      }
      const segment = safeSegment(value);
      expect(segment, JSON.stringify(value)).toMatch(SEGMENT);
      expect([".", ".."]).not.toContain(segment);
      // Different (well-formed) strings never share a folder.
      const earlier = sources.get(segment);
      if (earlier !== undefined && wellFormed(value)) expect(earlier).toBe(value);
      if (wellFormed(value)) sources.set(segment, value);
      for (const stage of STAGES) expectInside(layout.stageDir(value, value, stage));
      expectInside(layout.datasetVersionDir(value, value));
      expectInside(layout.partitionsFile(value));
      accepted(() => validatePartitionKey(value));
      accepted(() => validateVersion(value));
      const dynamic = accepted(() => parseDynamicKey(value, "2025.1"));
      if (dynamic && dynamic.key !== dynamic.note)
        expect(`${dynamic.version}-${dynamic.note}`).toBe(value);
    }
  });

  it("every accepted key, version and id is a folder the file system can make", async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-fuzz-"));
    const layout = new StoreLayout(path.join(root, ".lifecycle"));
    const next = generator(1616);
    const problems: string[] = [];
    let made = 0;
    for (let i = 0; i < COUNT && made < 3_000; i++) {
      const value = next();
      const key = accepted(() => validatePartitionKey(value));
      const version = accepted(() => validateVersion(value));
      const id = value !== "" && isSafeId(value) ? value : undefined;
      for (const [what, ok] of [
        ["key", key],
        ["version", version],
        ["id", id],
      ] as const) {
        if (ok === undefined) continue;
        if (Buffer.byteLength(safeSegment(ok)) > NAME_MAX) problems.push(`${what} ${ok}`);
      }
      if (key === undefined) continue;
      await fs.mkdir(layout.stageDir("p", key, "build"), { recursive: true });
      made += 1;
    }
    expect(made).toBeGreaterThan(500);
    expect(problems).toEqual([]);
    await fs.rm(root, { recursive: true, force: true });
  }, 60_000);
});
