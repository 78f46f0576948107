import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/core/errors.js";
import {
  formatDynamicKey,
  parseDynamicKey,
  validateIngestVersion,
  validatePartitionKey,
} from "../../src/partitions/keys.js";

describe("dynamic keys", () => {
  it("splits on the last dash: version before, note after", () => {
    expect(parseDynamicKey("2025.1.1-2_ar_build")).toEqual({
      key: "2025.1.1-2_ar_build",
      version: "2025.1.1",
      note: "2_ar_build",
    });
    expect(parseDynamicKey("24v1-rc-1-fix")).toMatchObject({ version: "24v1-rc-1", note: "fix" });
  });

  it("gives starters the product's version, or latest", () => {
    expect(parseDynamicKey("main", "2025.2")).toEqual({
      key: "main",
      version: "2025.2",
      note: "main",
    });
    expect(parseDynamicKey("nightly_qa")).toEqual({
      key: "nightly_qa",
      version: "latest",
      note: "nightly_qa",
    });
  });

  it.each([
    ["nodash", "has no dash"],
    ["-note", "starts with one"],
    ["2025.1-", "empty note"],
    ["2025/1-x", "path separator"],
    ["a\\b-x", "path separator"],
    ["2025..1-x", '".."'],
    ["2025.1-n=te", "note"],
    ["", "is empty"],
    [`${"9".repeat(201)}-x`, "characters long"],
  ])("rejects %j (%s) and shows the expected shape", (key, why) => {
    const error = (() => {
      try {
        parseDynamicKey(key);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain(why);
    expect((error as Error).message).toContain("<version>-<note>");
  });

  it("formats version and note into a key", () => {
    expect(formatDynamicKey("2025.1.1", "2_ar_build")).toBe("2025.1.1-2_ar_build");
    expect(() => formatDynamicKey("2025.1.1", "a-b/c")).toThrow(UsageError);
  });
});

describe("partition keys and versions", () => {
  it("accepts every scheme's keys", () => {
    for (const key of [
      "main",
      "2025.1.1-x",
      "mic=XLON:2025-01-03_2025-01-09",
      "us:2025-01-01",
      "a+b",
    ]) {
      expect(validatePartitionKey(key)).toBe(key);
    }
  });

  it.each(["../etc", "a/b", "..", ".hidden", "a b", "ü", "-lead", "x".repeat(201)])(
    "rejects %j",
    (key) => {
      expect(() => validatePartitionKey(key)).toThrow(/expected 1-200 characters/);
    },
  );

  it("validates ingest versions the same way, without ':'", () => {
    expect(validateIngestVersion("24v3")).toBe("24v3");
    expect(validateIngestVersion("20240101")).toBe("20240101");
    expect(() => validateIngestVersion("a:b")).toThrow(/ingest version "a:b"/);
    expect(() => validateIngestVersion("../x")).toThrow(UsageError);
  });
});
