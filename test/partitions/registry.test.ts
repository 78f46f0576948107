import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UsageError } from "../../src/core/errors.js";
import {
  addPartition,
  ensurePartition,
  listPartitions,
  removePartition,
} from "../../src/partitions/registry.js";
import { StoreLayout } from "../../src/store/layout.js";

let dir: string;
let store: StoreLayout;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-registry-"));
  store = new StoreLayout(path.join(dir, ".lifecycle"));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("partition registry", () => {
  it("persists added keys in the store and removes them", async () => {
    expect(
      await addPartition(store, "pluto", "2025.1.1-2_ar_build", new Date("2025-01-01T00:00:00Z")),
    ).toBe(true);
    expect(await addPartition(store, "pluto", "2025.1.1-2_ar_build")).toBe(false);
    await addPartition(store, "pluto", "2025.2-qa");
    const fresh = new StoreLayout(store.root);
    expect((await listPartitions(fresh, "pluto")).map((p) => p.key)).toEqual([
      "2025.1.1-2_ar_build",
      "2025.2-qa",
    ]);
    const file = JSON.parse(
      await fs.readFile(path.join(store.root, "partitions", "pluto.json"), "utf8"),
    );
    expect(file.partitions[0]).toEqual({
      key: "2025.1.1-2_ar_build",
      added: "2025-01-01T00:00:00.000Z",
    });
    expect(await removePartition(store, "pluto", "2025.2-qa")).toBe(true);
    expect(await removePartition(store, "pluto", "2025.2-qa")).toBe(false);
    expect((await listPartitions(store, "pluto")).map((p) => p.key)).toEqual([
      "2025.1.1-2_ar_build",
    ]);
    expect(await listPartitions(store, "other")).toEqual([]);
  });

  it("loses nothing when many keys are added at once", async () => {
    const keys = Array.from({ length: 25 }, (_, i) => `2025.${i}-n${i}`);
    await Promise.all(keys.map((k) => ensurePartition(store, "facilities", k)));
    expect((await listPartitions(store, "facilities")).map((p) => p.key).sort()).toEqual(
      [...keys].sort(),
    );
    const leftovers = (await fs.readdir(path.join(store.root, "partitions"))).filter((f) =>
      f.endsWith(".tmp"),
    );
    expect(leftovers).toEqual([]);
  });

  it("rejects bad keys and starters, and keeps non-dynamic products out", async () => {
    expect(() => addPartition(store, "p", "../../etc-x")).toThrow(UsageError);
    expect(() => addPartition(store, "p", "nodash")).toThrow(/<version>-<note>/);
    expect(await addPartition(store, "p", "main")).toBe(false);
    expect(() => removePartition(store, "p", "nightly_qa")).toThrow(/starter/);
    await ensurePartition(store, { id: "ohlcv", partitions: ["a", "b"] }, "a");
    await ensurePartition(store, { id: "dyn" }, "1.0-x");
    expect(await listPartitions(store, "ohlcv")).toEqual([]);
    expect((await listPartitions(store, "dyn")).map((p) => p.key)).toEqual(["1.0-x"]);
  });

  it("keeps a product id from escaping the partitions directory", async () => {
    await addPartition(store, "../escape", "1.0-x");
    const files = await fs.readdir(path.join(store.root, "partitions"));
    expect(files).toEqual(["%2E.%2Fescape.json"]);
  });

  it("reports a corrupt registry file with its path", async () => {
    await fs.mkdir(path.join(store.root, "partitions"), { recursive: true });
    await fs.writeFile(path.join(store.root, "partitions", "p.json"), "{not json");
    await expect(listPartitions(store, "p")).rejects.toThrow(/p\.json: not valid JSON/);
  });
});
