import fs from "node:fs/promises";
import path from "node:path";
import { StageFailure } from "../core/errors.js";
import { isStoreSource, StoreInputError } from "../sources/index.js";
import { safeSegment } from "../store/layout.js";
import type { LockedInput } from "./lock.js";
import { storeSourcesOf } from "./plan-stores.js";
import type { StageContext } from "./types.js";

/** Is this locked input read from one of the team's other stores? */
export function isStoreInput(input: LockedInput): boolean {
  return input.store !== undefined && input.files !== undefined;
}

/**
 * Download the files the plan locked for a store-backed input into `target`, each at its path
 * under the locked folder; the store must be the one locked and each file the size locked.
 */
export async function loadStoreInput(
  ctx: StageContext,
  input: LockedInput,
  target: string,
  asset: string,
): Promise<void> {
  const fail = (message: string) => new StageFailure(message, asset, ctx.partition.key);
  const what = `dataset "${input.dataset}" version "${input.version}" (${input.source ?? "?"})`;
  if (!isStoreSource(input.source)) throw fail(`${what}: not a store source; plan again`);
  let reader;
  try {
    reader = storeSourcesOf(ctx).reader(input.source);
  } catch (error) {
    if (error instanceof StoreInputError) throw fail(`${what}: ${error.message}`);
    throw error;
  }
  if (reader.url !== input.store)
    throw fail(
      `${what} was locked from ${input.store ?? "?"}, but lifecycle.yml now names ${reader.url}; plan again`,
    );
  await fs.mkdir(target, { recursive: true });
  const folder = input.folder ?? "";
  for (const file of input.files ?? []) {
    const relative = file.key.startsWith(`${folder}/`)
      ? file.key.slice(folder.length + 1)
      : file.key;
    const local = path.join(target, ...relative.split("/").map(localSegment));
    await fs.mkdir(path.dirname(local), { recursive: true });
    const got = await reader.download(file.key, local);
    if (!got)
      throw fail(
        `${what} is locked but ${reader.url}/${file.key} is no longer in the store; plan again`,
      );
    if (got.bytes !== file.bytes)
      throw fail(
        `${what}: ${reader.url}/${file.key} is ${got.bytes} bytes, the plan locked ${file.bytes} (it changed since); plan again`,
      );
  }
  ctx.log(`downloaded ${input.dataset} ${input.version} from ${reader.url}/${folder}/`);
}

/** A key's segment as a file name: kept as the store names it (dcpy's files have spaces), unless it could escape. */
function localSegment(segment: string): string {
  const unsafe = segment === "" || segment === "." || segment === ".." || /[\\\0]/.test(segment);
  return unsafe ? safeSegment(segment || "_") : segment;
}
