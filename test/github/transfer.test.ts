import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { datasetCacheKey, restoreDataset, saveDataset } from "../../src/github/ingest-cache.js";
import {
  entryArtifactPattern,
  packStageOutputs,
  restoreEarlierStages,
  stageArtifactName,
} from "../../src/github/stage-transfer.js";
import { LocalArtifactStore, LocalCacheStore } from "../../src/github/transfer.js";
import { StoreLayout } from "../../src/store/layout.js";

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-transfer-"));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function write(file: string, text: string) {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, text);
}

describe("LocalCacheStore", () => {
  it("restores the exact key, else the newest entry of a restore-key prefix; entries are immutable", async () => {
    const cache = new LocalCacheStore(path.join(dir, "cache"));
    for (const [key, text] of [
      ["t/1", "one"],
      ["t/2", "two"],
      ["other/9", "nine"],
    ] as const) {
      await write(path.join(dir, "src", "f.txt"), text);
      await cache.save(key, path.join(dir, "src"));
    }
    await write(path.join(dir, "src", "f.txt"), "changed");
    await cache.save("t/1", path.join(dir, "src"));
    expect(await cache.restore("t/1", path.join(dir, "a"), ["t/"])).toBe("t/1");
    expect(await fs.readFile(path.join(dir, "a", "f.txt"), "utf8")).toBe("one");
    expect(await cache.restore("t/latest", path.join(dir, "b"), ["t/"])).toBe("t/2");
    expect(await fs.readFile(path.join(dir, "b", "f.txt"), "utf8")).toBe("two");
    expect(await cache.restore("x/1", path.join(dir, "c"), ["x/"])).toBeUndefined();
  });
});

describe("dataset cache", () => {
  it("saves a dataset version and restores it, or the latest, into a fresh store", async () => {
    const cache = new LocalCacheStore(path.join(dir, "cache"));
    const source = new StoreLayout(path.join(dir, "store-a"));
    for (const version of ["2024-01-01", "2025-01-01"]) {
      await write(
        path.join(source.datasetVersionDir("dcp_boroughs", version), "config.json"),
        version,
      );
      await saveDataset(
        { cache, layout: source, stagingRoot: path.join(dir, "staging") },
        "dcp_boroughs",
        version,
      );
    }
    await write(
      path.join(source.datasetVersionDir("dcp_boroughs_extra", "1"), "config.json"),
      "extra",
    );
    await saveDataset(
      { cache, layout: source, stagingRoot: path.join(dir, "staging") },
      "dcp_boroughs_extra",
      "1",
    );

    const target = new StoreLayout(path.join(dir, "store-b"));
    const context = { cache, layout: target, stagingRoot: path.join(dir, "staging-b") };
    const pinned = await restoreDataset(context, "dcp_boroughs", "2024-01-01");
    expect(pinned).toEqual({
      template: "dcp_boroughs",
      key: datasetCacheKey("dcp_boroughs", "2024-01-01"),
      versionDir: "2024-01-01",
    });
    const latest = await restoreDataset(context, "dcp_boroughs", undefined);
    expect(latest?.versionDir).toBe("2025-01-01");
    expect(await fs.readdir(target.datasetDir("dcp_boroughs"))).toEqual([
      "2024-01-01",
      "2025-01-01",
    ]);
    expect(await restoreDataset(context, "dcp_boroughs_e", undefined)).toBeUndefined();
  });
});

describe("stage artifacts", () => {
  it("names are unique per stage, entry and attempt, and the entry pattern matches only that entry", () => {
    expect(stageArtifactName("load", "e1_a_main_abc123", 2)).toBe("lc-load-e1_a_main_abc123-a2");
    expect(() => stageArtifactName("load", "bad-key", 1)).toThrow(/invalid matrix entry key/);
    const pattern = new RegExp(`^${entryArtifactPattern("e1_x").replace(/\*/g, ".*")}$`);
    expect(pattern.test("lc-plan-e1_x-a1")).toBe(true);
    expect(pattern.test("lc-plan-e11_x-a1")).toBe(false);
    expect(pattern.test("lc-plan-e0_e1_x-a1")).toBe(false);
  });

  it("carry a stage's outputs and records to a fresh store, taking the newest attempt", async () => {
    const artifacts = new LocalArtifactStore(path.join(dir, "artifacts"));
    const a = new StoreLayout(path.join(dir, "a"));
    const item = { product: "cdbg", partition: "2025.1-x" };
    const record = (attempt: number) =>
      JSON.stringify({ asset: "cdbg.plan", partition: item.partition, status: "success", attempt });
    const other = JSON.stringify({
      asset: "other.plan",
      partition: item.partition,
      status: "success",
    });
    for (const attempt of [1, 2]) {
      await write(
        path.join(a.stageDir("cdbg", item.partition, "plan"), "recipe.lock.yml"),
        `attempt ${attempt}`,
      );
      await write(a.eventsFile, `${record(attempt)}\n${other}\n`);
      const packed = path.join(dir, `packed-${attempt}`);
      await packStageOutputs({ layout: a, items: [item], stage: "plan", dir: packed });
      await artifacts.upload(stageArtifactName("plan", "e0_k", attempt), packed);
    }
    await write(path.join(dir, "unrelated", "x"), "x");
    await artifacts.upload(stageArtifactName("plan", "e1_k", 1), path.join(dir, "unrelated"));

    const b = new StoreLayout(path.join(dir, "b"));
    const used = await restoreEarlierStages({
      artifacts,
      layout: b,
      entryKey: "e0_k",
      stage: "build",
    });
    expect(used).toEqual(["lc-plan-e0_k-a2"]);
    expect(
      await fs.readFile(
        path.join(b.stageDir("cdbg", item.partition, "plan"), "recipe.lock.yml"),
        "utf8",
      ),
    ).toBe("attempt 2");
    expect((await fs.readFile(b.eventsFile, "utf8")).trim().split("\n")).toEqual([record(2)]);
    await expect(fs.access(path.join(b.root, "x"))).rejects.toThrow();
    expect(
      await restoreEarlierStages({ artifacts, layout: b, entryKey: "e0_k", stage: "plan" }),
    ).toEqual([]);
  });
});
