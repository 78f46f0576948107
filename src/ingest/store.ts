import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { safeSegment, type StoreLayout } from "../store/layout.js";

export const CONFIG_FILE = "config.json";

export function parquetName(id: string): string {
  return `${safeSegment(id)}.parquet`;
}

export function csvName(id: string): string {
  return `${safeSegment(id)}.csv`;
}

const StoredConfig = z.looseObject({ version: z.string(), when: z.string() });

export interface StoredVersion {
  version: string;
  when: string;
  dir: string;
}

/** Every version of a dataset in the store that has a readable config.json, newest first. */
export async function storedVersions(layout: StoreLayout, id: string): Promise<StoredVersion[]> {
  const root = layout.datasetDir(id);
  let entries: string[];
  try {
    entries = await fs.readdir(root);
  } catch {
    return [];
  }
  const versions = await Promise.all(
    entries.map(async (entry): Promise<StoredVersion | undefined> => {
      const dir = path.join(root, entry);
      try {
        const parsed = StoredConfig.safeParse(
          JSON.parse(await fs.readFile(path.join(dir, CONFIG_FILE), "utf8")),
        );
        return parsed.success
          ? { version: parsed.data.version, when: parsed.data.when, dir }
          : undefined;
      } catch {
        return undefined;
      }
    }),
  );
  return versions
    .filter((v): v is StoredVersion => v !== undefined)
    .sort((a, b) => b.when.localeCompare(a.when) || b.version.localeCompare(a.version));
}

/** `latest`: the newest stored version other than `current`; otherwise the version named. */
export async function findPreviousVersion(
  layout: StoreLayout,
  id: string,
  wanted: string,
  current: string,
): Promise<{ version: string; parquet: string } | undefined> {
  const versions = await storedVersions(layout, id);
  const match =
    wanted === "latest"
      ? versions.find((v) => v.version !== current)
      : versions.find((v) => v.version === wanted);
  if (!match) return undefined;
  const parquet = path.join(match.dir, parquetName(id));
  try {
    await fs.access(parquet);
  } catch {
    return undefined;
  }
  return { version: match.version, parquet };
}
