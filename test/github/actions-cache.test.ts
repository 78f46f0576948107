import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GitHubCacheStore } from "../../src/github/actions-cache.js";
import { restoreDataset, saveDataset } from "../../src/github/ingest-cache.js";
import { StoreLayout } from "../../src/store/layout.js";
import {
  MAIN_RUN,
  pullRequestRun,
  readOnlyRun,
  runtimeToken,
  type CacheScope,
} from "./fake-cache-service-backend.js";
import type { FakeHttpService } from "./fake-cache-service-http.js";
import { FakeCacheService } from "./fake-cache-service.js";
import { FakeCacheServiceV2 } from "./fake-cache-service-v2.js";

// GitHubCacheStore drives the real @actions/cache against in-memory fakes of both protocols of
// GitHub's cache service: v1 (GHES) and v2 (github.com). Only the service is fake.
let workspace: string;
let output: string[];
const saved = { ...process.env };
const cwd = process.cwd();

beforeEach(async () => {
  workspace = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-gh-cache-"));
  for (const name of Object.keys(process.env))
    if (name.startsWith("ACTIONS_") || name.startsWith("GITHUB_")) delete process.env[name];
  process.env.GITHUB_WORKSPACE = workspace;
  process.chdir(workspace); // as on a runner: @actions/cache globs relative paths from the cwd
  output = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    output.push(String(chunk));
    return true;
  });
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
  // Without a runner's cache service (no ACTIONS_* variables) the store says so instead of
  // passing silently.
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

interface Protocol {
  make: () => FakeHttpService;
  /** The service's operations one save and one restore make, in order. */
  saveThenRestore: string[];
}

const protocols: Protocol[] = [
  {
    make: () => new FakeCacheService(),
    saveThenRestore: ["reserve", "upload", "commit", "lookup", "download"],
  },
  {
    make: () => new FakeCacheServiceV2(),
    saveThenRestore: [
      "CreateCacheEntry",
      "PutBlob",
      "FinalizeCacheEntryUpload",
      "GetCacheEntryDownloadURL",
      "GetBlobProperties",
      "GetBlob",
    ],
  },
];

describe.each(protocols.map((p) => ({ ...p, name: p.make().protocol })))(
  "GitHubCacheStore against the cache service, $name",
  ({ make, saveThenRestore }) => {
    let service: FakeHttpService;
    const logged: string[] = [];
    const stagingRoot = () => path.join(workspace, ".lifecycle-cache");
    const source = () => new StoreLayout(path.join(workspace, "store-a"));

    beforeEach(async () => {
      service = make();
      logged.length = 0;
      Object.assign(process.env, await service.start(runtimeToken(MAIN_RUN)));
    });

    afterEach(async () => service.stop());

    /** The next calls run as a job whose runtime token holds these cache scopes. */
    function runAs(scopes: readonly CacheScope[]): void {
      process.env.ACTIONS_RUNTIME_TOKEN = runtimeToken(scopes);
    }

    function context(store: string) {
      const cache = new GitHubCacheStore(workspace, (line) => logged.push(line));
      return {
        cache,
        layout: new StoreLayout(path.join(workspace, store)),
        stagingRoot: stagingRoot(),
      };
    }

    async function ingested(template: string, version: string): Promise<void> {
      const dir = source().datasetVersionDir(template, version);
      await fs.mkdir(dir, { recursive: true });
      await fs.writeFile(path.join(dir, "config.json"), `${template}@${version}`);
    }

    async function save(template: string, version: string): Promise<string> {
      await ingested(template, version);
      return saveDataset({ ...context("store-a"), layout: source() }, template, version);
    }

    async function restoredText(store: string, template: string, version: string) {
      const file = path.join(
        context(store).layout.datasetVersionDir(template, version),
        "config.json",
      );
      return fs.readFile(file, "utf8");
    }

    it("saves and restores through the protocol's own calls", async () => {
      await save("parks", "2024");
      const restored = await restoreDataset(context("store-b"), "parks", "2024");
      expect(restored?.key).toBe("lifecycle-ingest-v1/parks/2024");
      expect(await restoredText("store-b", "parks", "2024")).toBe("parks@2024");
      expect(service.backend.operations).toEqual(saveThenRestore);
    });

    it("restores the pinned or the newest version into a fresh store, keeps entries immutable", async () => {
      for (const version of ["2024", "2025"]) await save("parks", version);
      await save("parks", "2025");
      expect(service.keys()).toEqual([
        "lifecycle-ingest-v1/parks/2024",
        "lifecycle-ingest-v1/parks/2025",
      ]);
      expect(logged).toEqual([
        "cache lifecycle-ingest-v1/parks/2025 already exists; kept the first one saved",
      ]);

      const fresh = context("store-b");
      expect((await restoreDataset(fresh, "parks", "2024"))?.versionDir).toBe("2024");
      expect((await restoreDataset(fresh, "parks", undefined))?.versionDir).toBe("2025");
      expect(await restoredText("store-b", "parks", "2025")).toBe("parks@2025");
      // a pinned version that was never cached falls back to the newest: plan then names the pin
      expect((await restoreDataset(fresh, "parks", "2023"))?.versionDir).toBe("2025");
    });

    it("misses: no version of the template, or one saved under other paths", async () => {
      await save("parks", "2025");
      expect(await restoreDataset(context("store-b"), "playgrounds", undefined)).toBeUndefined();
      // the entry version hashes the paths: another staging folder never sees the entry
      const elsewhere = { ...context("store-b"), stagingRoot: path.join(workspace, "other") };
      expect(await restoreDataset(elsewhere, "parks", "2025")).toBeUndefined();
    });

    it("pull requests read the default branch's entries; what they save stays in the pull request", async () => {
      await save("parks", "2024");
      runAs(pullRequestRun(7));
      expect((await restoreDataset(context("pr-7"), "parks", undefined))?.versionDir).toBe("2024");
      await save("parks", "2025");
      expect(service.keys("refs/pull/7/merge")).toEqual(["lifecycle-ingest-v1/parks/2025"]);
      expect((await restoreDataset(context("pr-7"), "parks", undefined))?.versionDir).toBe("2025");

      runAs(pullRequestRun(8));
      expect((await restoreDataset(context("pr-8"), "parks", undefined))?.versionDir).toBe("2024");
      runAs(MAIN_RUN);
      expect((await restoreDataset(context("main"), "parks", undefined))?.versionDir).toBe("2024");
    });

    it("a read-only token still restores; saving a new entry fails and says why", async () => {
      await save("parks", "2024");
      runAs(readOnlyRun(pullRequestRun(9)));
      expect((await restoreDataset(context("ro"), "parks", "2024"))?.versionDir).toBe("2024");
      await expect(save("parks", "2025")).rejects.toThrow(
        "could not save the cache entry lifecycle-ingest-v1/parks/2025",
      );
      expect(output.join("")).toMatch(/cache write denied/);
      expect(service.keys()).toEqual(["lifecycle-ingest-v1/parks/2024"]);
    });

    it("ACTIONS_CACHE_MODE=read: restores; a save saves nothing and fails, saying why", async () => {
      await save("parks", "2024");
      process.env.ACTIONS_CACHE_MODE = "read";
      await expect(save("parks", "2025")).rejects.toThrow(/this run may only read the cache/);
      expect(output.join("")).toMatch(/Cache save skipped: the effective cache-mode 'read'/);
      expect((await restoreDataset(context("ro"), "parks", "2024"))?.versionDir).toBe("2024");
      expect(service.keys()).toEqual(["lifecycle-ingest-v1/parks/2024"]);
    });

    it("survives a transient 503 on every call (retried)", async () => {
      shortenRetryDelays();
      for (const operation of saveThenRestore) service.backend.fail(operation, 1, 503);
      await save("parks", "2024");
      expect((await restoreDataset(context("store-b"), "parks", "2024"))?.versionDir).toBe("2024");
      expect(await restoredText("store-b", "parks", "2024")).toBe("parks@2024");
      expect(service.backend.operations).toEqual(saveThenRestore.flatMap((op) => [op, op]));
    });

    it("an archive that cannot be downloaded after a hit is a miss; the store is left alone", async () => {
      await save("parks", "2024");
      shortenRetryDelays();
      service.backend.fail(saveThenRestore.at(-1) ?? "", Number.POSITIVE_INFINITY, 500);
      const fresh = context("store-b");
      expect(await restoreDataset(fresh, "parks", "2024")).toBeUndefined();
      expect(output.join("")).toMatch(/::(warning|error)::Failed to restore/);
      await expect(fs.access(fresh.layout.datasetDir("parks"))).rejects.toThrow(/ENOENT/);
    });

    it("an outage: restoring warns and finds nothing (the job goes on); saving fails the ingest", async () => {
      await save("parks", "2024");
      shortenRetryDelays();
      service.backend.fail("*", Number.POSITIVE_INFINITY, 500);
      expect(await restoreDataset(context("store-b"), "parks", "2024")).toBeUndefined();
      expect(output.join("")).toMatch(/::(warning|error)::Failed to restore/);
      await expect(save("parks", "2025")).rejects.toThrow(
        /could not save the cache entry lifecycle-ingest-v1\/parks\/2025/,
      );
    });
  },
);

/**
 * @actions/cache and the Azure SDK wait seconds between retries (3 s growing to 15 s): shorten
 * waits of 1 to 20 s to 1 ms, leaving the SDK's longer timeouts alone.
 */
function shortenRetryDelays(): void {
  const original = globalThis.setTimeout;
  const shorten = (ms: number | undefined) => (ms && ms >= 1000 && ms <= 20_000 ? 1 : ms);
  vi.spyOn(globalThis, "setTimeout").mockImplementation((callback, ms) =>
    original(callback, shorten(ms)),
  );
}
