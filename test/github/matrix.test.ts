import { describe, expect, it } from "vitest";
import {
  bucketOf,
  buildMatrix,
  entryItems,
  itemId,
  MAX_JOB_MINUTES,
  MAX_MATRIX_JOBS,
  MAX_OUTPUT_BYTES,
  outputBytes,
  type MatrixEntry,
  type MatrixUnit,
} from "../../src/github/matrix.js";

function productUnit(
  product: string,
  partition = "main",
  runsOn: string | string[] = "ubuntu-latest",
  timeoutMinutes = 30,
): MatrixUnit {
  return { item: { kind: "product", product, partition }, runsOn, timeoutMinutes };
}

function products(count: number, partition = "nightly_qa", timeoutMinutes = 1): MatrixUnit[] {
  return Array.from({ length: count }, (_, i) =>
    productUnit(
      `product_${String(i).padStart(5, "0")}`,
      partition,
      "ubuntu-latest",
      timeoutMinutes,
    ),
  );
}

const ids = (entry: MatrixEntry) => entryItems(entry).map(itemId);
const coveredIds = (units: readonly MatrixUnit[]) => units.map((u) => itemId(u.item)).sort();

describe("buildMatrix", () => {
  it("600 products: at most 256 legs, each product in exactly one, legs keyed by bucket", () => {
    const units = products(600, "2025.1.1-2_ar_build", 30);
    const { matrix, hasEntries, json } = buildMatrix(units);
    expect(hasEntries).toBe(true);
    expect(matrix.include.length).toBeLessThanOrEqual(MAX_MATRIX_JOBS);
    const items = matrix.include.flatMap(ids).sort();
    expect(items).toEqual(coveredIds(units));
    expect(outputBytes(json)).toBeLessThan(MAX_OUTPUT_BYTES);
    expect(JSON.parse(json)).toEqual(matrix);
    const keys = matrix.include.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const entry of matrix.include) {
      expect(entry.key).toMatch(/^[A-Za-z0-9_.]{1,72}$/);
      expect(entry.timeout_minutes).toBeLessThanOrEqual(MAX_JOB_MINUTES);
      for (const id of ids(entry)) {
        const [product = "", partition = ""] = id.split("@");
        const bucket = bucketOf({ kind: "product", product, partition });
        expect(entry.group.startsWith(`b${String(bucket).padStart(3, "0")}_`)).toBe(true);
      }
    }
  });

  it("an item's concurrency group does not depend on what else is selected", () => {
    const alone = buildMatrix([productUnit("cdbg", "main")]).matrix.include[0];
    const crowd = buildMatrix([...products(900), productUnit("cdbg", "main")]).matrix.include.find(
      (e) => ids(e).includes("cdbg@main"),
    );
    expect(alone?.group).toBeDefined();
    expect(crowd?.group).toBe(alone?.group);
    expect(crowd?.items.length).toBeGreaterThan(1);
  });

  it("8,000 products stay under 1 MB counted as GitHub counts (UTF-16), every item once", () => {
    const units = products(8000);
    const { matrix, json } = buildMatrix(units);
    expect(outputBytes(json)).toBeLessThan(MAX_OUTPUT_BYTES);
    expect(json.length * 2).toBe(outputBytes(json));
    expect(matrix.include.length).toBeLessThanOrEqual(MAX_MATRIX_JOBS);
    const items = matrix.include.flatMap(ids);
    expect(items.length).toBe(8000);
    expect(items.sort()).toEqual(coveredIds(units));
  });

  it("20,000 products are refused with an error that says the UTF-16 size and the limit", () => {
    expect(() => buildMatrix(products(20000))).toThrow(
      /the matrix of 20000 items is \d+ bytes as GitHub counts job outputs \(UTF-16\); GitHub allows 1048576/,
    );
  });

  it("counts non-ASCII ids as UTF-16: a matrix under the limit in UTF-8 can be over it", () => {
    const units = Array.from({ length: 300 }, (_, i) => productUnit(`p${i}`, "é".repeat(300)));
    const json = JSON.stringify(buildMatrix(units, { maxBytes: Infinity }).matrix);
    const limit = Buffer.byteLength(json) + 1;
    expect(outputBytes(json)).toBeGreaterThan(limit);
    expect(() => buildMatrix(units, { maxBytes: limit })).toThrow(/UTF-16/);
  });

  it("0 products: no entries and has_entries false", () => {
    const result = buildMatrix([]);
    expect(result.hasEntries).toBe(false);
    expect(result.json).toBe('{"include":[]}');
  });

  it("one item: runs_on, a timeout including setup, and compact items", () => {
    const { matrix } = buildMatrix([productUnit("cdbg", "nightly_qa", ["self-hosted", "big"])]);
    const [entry] = matrix.include;
    expect(entry).toMatchObject({
      name: "cdbg@nightly_qa",
      kind: "product",
      runs_on: ["self-hosted", "big"],
      timeout_minutes: 40,
      items: [["cdbg", "nightly_qa"]],
    });
    expect(entry?.key).toMatch(/^b\d{3}_[0-9a-f]{4}_cdbg_nightly_qa_[0-9a-f]{6}$/);
  });

  it("legs never mix runners", () => {
    const units = [
      ...products(500),
      productUnit("gpu_one", "main", ["self-hosted", "gpu"]),
      ...Array.from({ length: 20 }, (_, i) => productUnit(`m${i}`, "main", "macos-latest")),
    ];
    const { matrix } = buildMatrix(units);
    expect(matrix.include.flatMap(ids).sort()).toEqual(coveredIds(units));
    const byId = new Map(units.map((u) => [itemId(u.item), JSON.stringify(u.runsOn)]));
    for (const entry of matrix.include)
      for (const id of ids(entry)) expect(byId.get(id)).toBe(JSON.stringify(entry.runs_on));
  });

  it("refuses a leg over 360 minutes instead of capping its timeout", () => {
    const units = products(2000, "main", 60);
    expect(() => buildMatrix(units)).toThrow(
      /matrix leg b\d{3}_\w+ \(\d+ items: .*\) needs \d+ minutes .* a GitHub job may run 360/,
    );
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
      kind: "ingest",
      items: [["dcp_boroughs", "25v1"]],
      name: "ingest.dcp_boroughs@25v1",
    });
  });

  it("refuses duplicates, too many legs, and an output over the limit", () => {
    expect(() => buildMatrix([productUnit("a"), productUnit("a")])).toThrow(
      /a@main is listed twice/,
    );
    const spread = Array.from({ length: 3 }, (_, i) => productUnit(`p${i}`, "main", `runner-${i}`));
    expect(() => buildMatrix(spread, { maxJobs: 2 })).toThrow(/needs 3 matrix jobs/);
    expect(() => buildMatrix([productUnit("a")], { maxBytes: 50 })).toThrow(/UTF-16/);
  });
});
