import { describe, expect, it } from "vitest";
import {
  allocateJobs,
  buildMatrix,
  itemId,
  MAX_JOB_MINUTES,
  MAX_MATRIX_JOBS,
  MAX_OUTPUT_BYTES,
  type MatrixUnit,
} from "../../src/github/matrix.js";

function productUnit(
  product: string,
  partition = "main",
  runsOn: string | string[] = "ubuntu-latest",
): MatrixUnit {
  return { item: { kind: "product", product, partition }, runsOn, timeoutMinutes: 30 };
}

function coveredIds(units: readonly MatrixUnit[]) {
  return units.map((u) => itemId(u.item)).sort();
}

describe("buildMatrix", () => {
  it("600 products x 1 partition: at most 256 entries, each product exactly once, under 1 MB", () => {
    const units = Array.from({ length: 600 }, (_, i) =>
      productUnit(`product_${String(i).padStart(3, "0")}`, "2025.1.1-2_ar_build"),
    );
    const { matrix, hasEntries, json } = buildMatrix(units);
    expect(hasEntries).toBe(true);
    expect(matrix.include.length).toBeLessThanOrEqual(MAX_MATRIX_JOBS);
    expect(matrix.include.length).toBe(MAX_MATRIX_JOBS);
    const items = matrix.include.flatMap((e) => e.items.map(itemId)).sort();
    expect(items).toEqual(coveredIds(units));
    expect(new Set(items).size).toBe(600);
    expect(Buffer.byteLength(json)).toBeLessThan(MAX_OUTPUT_BYTES);
    expect(JSON.parse(json)).toEqual(matrix);
    const keys = matrix.include.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_.]{1,64}$/);
    for (const entry of matrix.include) {
      expect(entry.items.length === 2 || entry.items.length === 3).toBe(true);
      expect(entry.product).toBeUndefined();
      expect(entry.timeout_minutes).toBeLessThanOrEqual(MAX_JOB_MINUTES);
    }
  });

  it("0 products: no entries and has_entries false", () => {
    const result = buildMatrix([]);
    expect(result.hasEntries).toBe(false);
    expect(result.json).toBe('{"include":[]}');
  });

  it("one item per entry carries its fields flat, with runs_on and a timeout including setup", () => {
    const { matrix } = buildMatrix([productUnit("cdbg", "nightly_qa", ["self-hosted", "big"])]);
    const [entry] = matrix.include;
    expect(entry).toMatchObject({
      product: "cdbg",
      partition: "nightly_qa",
      name: "cdbg@nightly_qa",
      runs_on: ["self-hosted", "big"],
      timeout_minutes: 40,
      items: [{ kind: "product", product: "cdbg", partition: "nightly_qa" }],
    });
    expect(entry?.key).toMatch(/^e0_cdbg_nightly_qa_[0-9a-f]{6}$/);
  });

  it("batches never mix runners, and every runner group keeps at least one job", () => {
    const units = [
      ...Array.from({ length: 500 }, (_, i) => productUnit(`a${i}`)),
      productUnit("gpu_one", "main", ["self-hosted", "gpu"]),
      ...Array.from({ length: 20 }, (_, i) => productUnit(`m${i}`, "main", "macos-latest")),
    ];
    const { matrix } = buildMatrix(units);
    expect(matrix.include.length).toBe(MAX_MATRIX_JOBS);
    const items = matrix.include.flatMap((e) => e.items.map(itemId)).sort();
    expect(items).toEqual(coveredIds(units));
    const byId = new Map(units.map((u) => [itemId(u.item), JSON.stringify(u.runsOn)]));
    for (const entry of matrix.include) {
      for (const item of entry.items)
        expect(byId.get(itemId(item))).toBe(JSON.stringify(entry.runs_on));
    }
    expect(
      matrix.include.filter((e) => JSON.stringify(e.runs_on) === '["self-hosted","gpu"]'),
    ).toHaveLength(1);
  });

  it("ingest items carry template and version", () => {
    const { matrix } = buildMatrix([
      {
        item: { kind: "ingest", template: "dcp_boroughs", version: "25v1" },
        runsOn: "ubuntu-latest",
        timeoutMinutes: 60,
      },
    ]);
    expect(matrix.include[0]).toMatchObject({
      template: "dcp_boroughs",
      version: "25v1",
      name: "ingest.dcp_boroughs@25v1",
    });
  });

  it("refuses duplicates, too many runner groups, and an output over the limit", () => {
    expect(() => buildMatrix([productUnit("a"), productUnit("a")])).toThrow(
      /a@main is listed twice/,
    );
    const groups = Array.from({ length: 3 }, (_, i) => productUnit(`p${i}`, "main", `runner-${i}`));
    expect(() => buildMatrix(groups, { maxJobs: 2 })).toThrow(/3 different runs_on values/);
    expect(() => buildMatrix([productUnit("a")], { maxBytes: 50 })).toThrow(/bytes of job outputs/);
  });
});

describe("allocateJobs", () => {
  it("gives every group 1..size jobs and uses exactly the limit when items exceed it", () => {
    for (const sizes of [[600], [1, 599], [255, 2], [100, 100, 100], [1, 1, 1, 1000]]) {
      const shares = allocateJobs(sizes, 256);
      expect(shares.reduce((a, b) => a + b, 0)).toBe(
        Math.min(
          256,
          sizes.reduce((a, b) => a + b, 0),
        ),
      );
      shares.forEach((share, i) => {
        expect(share).toBeGreaterThanOrEqual(1);
        expect(share).toBeLessThanOrEqual(sizes[i] ?? 0);
      });
    }
  });
});
