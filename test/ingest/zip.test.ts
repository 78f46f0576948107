import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import yazl from "yazl";
import { DEFAULT_INGEST_LIMITS } from "../../src/config/ingest-limits.js";
import { checkZipLimits } from "../../src/ingest/zip-limits.js";
import { extractZipEntry, withZip } from "../../src/ingest/zip.js";
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

/** A zip64 archive written by yazl: zip64 end records and zip64 extra fields on every entry. */
async function zip64(entries: { name: string; data: Buffer }[]): Promise<Buffer> {
  const archive = new yazl.ZipFile();
  for (const { name, data } of entries) archive.addBuffer(data, name, { forceZip64Format: true });
  archive.end({ forceZip64Format: true, comment: "" });
  const chunks: Buffer[] = [];
  for await (const chunk of archive.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const LIMITS = { ...DEFAULT_INGEST_LIMITS, maxDecompressedBytes: 1_000_000 };

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
    const inMemory = withZip(
      lyingZip(20_000_000, 10),
      async (archive) => archive.read(archive.files[0] ?? { name: "", size: 0, compressedSize: 0 }),
      "bomb.zip",
    );
    await expect(inMemory).rejects.toThrow("unpacks to more than 10 bytes");
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
    const names = await withZip(await fs.readFile(file), async ({ files }) =>
      files.map((e) => e.name),
    );
    expect(names).toEqual(["ok.csv"]);
  });

  it.each([
    ["../escape.csv", "invalid relative path"],
    ["/etc/escape.csv", "absolute path"],
    ["C:\\escape.csv", "absolute path"],
  ])("refuses an archive with an entry named %s, naming it", async (name, why) => {
    const dir = await tempDir();
    const file = path.join(dir, "evil.zip");
    await fs.writeFile(file, zip([{ name, data: Buffer.from("x\n") }]));
    const refused = extractZipEntry(file, path.join(dir, "out"), "escape.csv");
    await expect(refused).rejects.toThrow(
      `evil.zip: zip entry ${JSON.stringify(name.replace("\\", "/"))} has an unsafe name (${why}`,
    );
    expect(existsSync(path.join(dir, "out"))).toBe(false);
    expect(existsSync(path.join(dir, "escape.csv"))).toBe(false);
  });

  it("says what is wrong with a file that is not a zip archive", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "fake.zip");
    await fs.writeFile(file, "PK\x03\x04 and then nothing of a zip");
    await expect(extractZipEntry(file, dir)).rejects.toThrow(
      /^fake\.zip is not a readable zip archive: end of central directory record signature not found/i,
    );
  });

  it("reads a zip64 archive: sizes from the zip64 extra fields, entries streamed out", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "big64.zip");
    const csv = Buffer.from(`a,b\n${"1,2\n".repeat(50_000)}`);
    await fs.writeFile(
      file,
      await zip64([
        { name: "inner/data.csv", data: csv },
        { name: "README.txt", data: Buffer.from("zip64\n") },
      ]),
    );
    // The 32-bit fields say "see the zip64 record": the old reader refused such an archive.
    const raw = await fs.readFile(file);
    expect(raw.includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(true);
    const entries = await withZip(file, async ({ files }) =>
      files.map(({ name, size }) => ({ name, size })),
    );
    expect(entries).toEqual([
      { name: "inner/data.csv", size: csv.length },
      { name: "README.txt", size: 6 },
    ]);
    const extracted = await extractZipEntry(file, path.join(dir, "out"), "inner/data.csv");
    expect(await fs.readFile(extracted)).toEqual(csv);
    await expect(
      checkZipLimits(file, { ...LIMITS, maxDecompressedBytes: 100_000 }),
    ).rejects.toThrow(`big64.zip unpacks to ${csv.length + 6} bytes`);
  });

  const infoZip = existsSync("/usr/bin/zip");
  it.skipIf(!infoZip)("reads a zip64 archive written by Info-ZIP's zip -fz", async () => {
    const dir = await tempDir();
    await fs.writeFile(path.join(dir, "data.csv"), "a,b\n1,2\n");
    execFileSync("zip", ["-q", "-fz", "fz.zip", "data.csv"], { cwd: dir });
    const extracted = await extractZipEntry(path.join(dir, "fz.zip"), path.join(dir, "out"));
    expect(await fs.readFile(extracted, "utf8")).toBe("a,b\n1,2\n");
  });
});
