import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GitHubCacheStore } from "../../src/github/actions-cache.js";
import { restoreDataset, saveDataset } from "../../src/github/ingest-cache.js";
import { StoreLayout } from "../../src/store/layout.js";
import { FakeCacheService } from "./fake-cache-service.js";

// Without a runner's cache service (no ACTIONS_* variables) the store says so instead of passing
// silently. (A service that does not answer makes @actions/cache retry for 20 s: not tested here.)
let workspace: string;
const saved = { ...process.env };
const cwd = process.cwd();

beforeEach(async () => {
  workspace = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-gh-cache-"));
  for (const name of Object.keys(process.env))
    if (name.startsWith("ACTIONS_")) delete process.env[name];
  process.env.GITHUB_WORKSPACE = workspace;
  process.chdir(workspace); // as on a runner: @actions/cache globs relative paths from the cwd
  vi.spyOn(process.stdout, "write").mockImplementation(() => true);
});

afterEach(async () => {
  vi.restoreAllMocks();
  process.env = { ...saved };
  process.chdir(cwd);
  await fs.rm(workspace, { recursive: true, force: true });
});

async function cacheDir(): Promise<string> {
  const dir = path.join(workspace, ".lifecycle-cache", "t");
  await fs.mkdir(path.join(dir, "v1"), { recursive: true });
  await fs.writeFile(path.join(dir, "v1", "f"), "x");
  return dir;
}

describe("GitHubCacheStore", () => {
  it("says when there is no cache service, and how to use a local folder", async () => {
    const store = new GitHubCacheStore(workspace, () => {});
    const dir = await cacheDir();
    await expect(store.save("lifecycle-ingest-v1/t/v1", dir)).rejects.toThrow(
      /set LIFECYCLE_CACHE_DIR/,
    );
    await expect(store.restore("k", dir, [])).rejects.toThrow(/not available here/);
  });

  it("refuses folders outside the workspace (cache paths must be the same in every job)", async () => {
    const store = new GitHubCacheStore(workspace, () => {});
    await expect(store.save("k", os.tmpdir())).rejects.toThrow(/must be inside the workspace/);
  });
});

describe("GitHubCacheStore against a cache service on 127.0.0.1", () => {
  it("saves datasets, restores the pinned or the newest version into a fresh store, keeps entries immutable", async () => {
    const service = new FakeCacheService();
    process.env.ACTIONS_CACHE_URL = await service.start();
    process.env.ACTIONS_RUNTIME_TOKEN = "token";
    try {
      const logged: string[] = [];
      const cache = new GitHubCacheStore(workspace, (line) => logged.push(line));
      const source = new StoreLayout(path.join(workspace, "store-a"));
      const stagingRoot = path.join(workspace, ".lifecycle-cache");
      for (const version of ["2024", "2025"]) {
        await fs.mkdir(source.datasetVersionDir("parks", version), { recursive: true });
        await fs.writeFile(
          path.join(source.datasetVersionDir("parks", version), "config.json"),
          version,
        );
        await saveDataset({ cache, layout: source, stagingRoot }, "parks", version);
      }
      await saveDataset({ cache, layout: source, stagingRoot }, "parks", "2025");
      expect(service.keys()).toEqual([
        "lifecycle-ingest-v1/parks/2024",
        "lifecycle-ingest-v1/parks/2025",
      ]);
      expect(logged).toEqual([
        "cache lifecycle-ingest-v1/parks/2025 already exists; kept the first one saved",
      ]);

      const fresh = new StoreLayout(path.join(workspace, "store-b"));
      const context = { cache, layout: fresh, stagingRoot };
      expect((await restoreDataset(context, "parks", "2024"))?.versionDir).toBe("2024");
      expect((await restoreDataset(context, "parks", undefined))?.versionDir).toBe("2025");
      const config = path.join(fresh.datasetVersionDir("parks", "2025"), "config.json");
      expect(await fs.readFile(config, "utf8")).toBe("2025");
      expect(await restoreDataset(context, "playgrounds", undefined)).toBeUndefined();
    } finally {
      await service.stop();
    }
  });
});
