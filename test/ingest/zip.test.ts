import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractZipEntry, readZipEntries } from "../../src/ingest/zip.js";
import { zip } from "./shapefile-writer.js";

/** A zip whose only entry declares `declared` bytes but unpacks to `actual` zero bytes. */
function lyingZip(actual: number, declared: number): Buffer {
  const archive = zip([{ name: "big.csv", data: Buffer.alloc(actual) }]);
  const central = archive.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  archive.writeUInt32LE(declared, central + 24);
  return archive;
}

async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-zip-"));
}

describe("zip reader", () => {
  it("stops an entry that unpacks to more than it declares, before writing it all", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "bomb.zip");
    await fs.writeFile(file, lyingZip(20_000_000, 10));
    await expect(extractZipEntry(file, path.join(dir, "out"))).rejects.toThrow(
      "bomb.zip: zip entry big.csv unpacks to more than 10 bytes, not 10: the archive is corrupt",
    );
    const written = await fs.stat(path.join(dir, "out", "big.csv")).catch(() => ({ size: 0 }));
    expect(written.size).toBeLessThan(1_000_000);
    expect(() => readZipEntries(lyingZip(20_000_000, 10), "bomb.zip").get("big.csv")?.()).toThrow(
      "unpacks to more than 10 bytes",
    );
  });

  it("never extracts an entry named .. (it would land outside the folder)", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "odd.zip");
    const data = Buffer.from("a,b\n1,2\n");
    await fs.writeFile(
      file,
      zip([
        { name: "..", data },
        { name: "sub/..", data },
        { name: "ok.csv", data },
      ]),
    );
    const extracted = await extractZipEntry(file, path.join(dir, "out"));
    expect(path.relative(dir, extracted)).toBe(path.join("out", "ok.csv"));
    expect([...readZipEntries(await fs.readFile(file)).keys()]).toEqual(["ok.csv"]);
  });
});
