import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  canonicalJson,
  hashDirectory,
  outputHashOf,
  STAGE_MARKER,
} from "../../src/engine/fingerprint.js";

async function tree(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-fp-"));
  for (const [name, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await fs.writeFile(path.join(dir, name), content);
  }
  return dir;
}

describe("fingerprints", () => {
  it("canonical JSON ignores key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}',
    );
  });

  it("hashes a directory by relative paths and contents, large files included, the marker left out", async () => {
    const big = Buffer.alloc(5 * 1024 * 1024, 7);
    const a = await tree({ "x.txt": "1", "sub/y.bin": big });
    const b = await tree({
      "sub/y.bin": big,
      "x.txt": "1",
      [STAGE_MARKER]: "{}",
      "stage.json": "{}",
    });
    expect(await hashDirectory(a)).toBe(await hashDirectory(b));
    const c = await tree({ "x.txt": "2", "sub/y.bin": big });
    expect(await hashDirectory(c)).not.toBe(await hashDirectory(a));
    const d = await tree({ "z.txt": "1", "sub/y.bin": big });
    expect(await hashDirectory(d)).not.toBe(await hashDirectory(a));
  });

  it("takes an output's hash from its marker, else computes it; undefined when there is no output", async () => {
    const plain = await tree({ "x.txt": "1" });
    expect(await outputHashOf(plain)).toBe(await hashDirectory(plain));
    const marked = await tree({
      [STAGE_MARKER]: JSON.stringify({
        asset: "a.plan",
        partition: "main",
        fingerprint: "f",
        outputHash: "h",
        runId: "r",
        start: "",
        end: "",
        durationMs: 1,
      }),
    });
    expect(await outputHashOf(marked)).toBe("h");
    expect(await outputHashOf(path.join(plain, "missing"))).toBeUndefined();
  });
});
