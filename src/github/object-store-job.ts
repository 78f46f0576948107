import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { StoreLayout } from "../store/layout.js";
import { isS3Url, openStore, type Store } from "../store/store.js";
import type { ProductPartition } from "./stage-transfer.js";

/*
 * A stage job against an object store (s3://): the engine opens the store itself for each run;
 * the job opens it around that run only for what the engine cannot see from the Actions side:
 * the datasets ingested into the Actions cache (seeded into the store before plan), and the
 * records and manifests the run summary needs (read back after the stage).
 */

export function isObjectStore(store: string): boolean {
  return isS3Url(store);
}

async function withStore<T>(
  url: string,
  root: string,
  only: (unit: string) => boolean,
  use: (store: Store) => Promise<T>,
): Promise<T> {
  const store = await openStore(url, { root, env: process.env, only });
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

/**
 * Restore the datasets the items read from the Actions cache (`restore`, into a scratch layout)
 * and commit into the store every version it does not hold yet; the store's own copy wins.
 */
export async function seedDatasets(
  url: string,
  root: string,
  runId: string,
  restore: (layout: StoreLayout) => Promise<string[]>,
): Promise<void> {
  const scratch = new StoreLayout(await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-seed-")));
  try {
    const dirs = await restore(scratch);
    if (dirs.length === 0) return;
    await withStore(
      url,
      root,
      (u) => u.startsWith("ingest/"),
      async (store) => {
        for (const dir of dirs) {
          const target = path.join(store.layout.root, path.relative(scratch.root, dir));
          if (await exists(target)) continue;
          await fs.mkdir(path.dirname(target), { recursive: true });
          await fs.cp(dir, target, { recursive: true });
        }
        await store.commitDatasets(runId);
      },
    );
  } finally {
    await fs.rm(scratch.root, { recursive: true, force: true });
  }
}

/** The store's package manifests and event lines of `items`, as `pack` reads them from a layout. */
export async function readBackForRecords<T>(
  url: string,
  root: string,
  items: readonly ProductPartition[],
  pack: (layout: StoreLayout, eventLines: string[]) => Promise<T>,
): Promise<T> {
  const names = new StoreLayout("");
  const units = new Set(
    items.map((i) => path.relative("", names.stageDir(i.product, i.partition, "package"))),
  );
  return withStore(
    url,
    root,
    (u) => units.has(u),
    async (store) => {
      const lines = (await store.events.readAll()).map((r) => JSON.stringify(r));
      return pack(store.layout, lines);
    },
  );
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}
