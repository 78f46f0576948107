import fs from "node:fs/promises";
import { z } from "zod";
import { ConfigError, UsageError } from "../core/errors.js";
import { writeFileAtomically } from "../store/atomic.js";
import type { StoreLayout } from "../store/layout.js";
import type { PartitionedProduct } from "./resolve.js";
import { isStarterNote, parseDynamicKey, validatePartitionKey } from "./keys.js";

const RegistryFileSchema = z.strictObject({
  product: z.string(),
  partitions: z.array(z.strictObject({ key: z.string(), added: z.string() })),
});
export type RegistryFile = z.infer<typeof RegistryFileSchema>;
export type RegisteredPartition = RegistryFile["partitions"][number];

// Writers to one file queue behind each other inside this process.
const queues = new Map<string, Promise<unknown>>();

function serialised<T>(file: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(file) ?? Promise.resolve();
  const next = previous.then(task, task);
  queues.set(
    file,
    next.catch(() => undefined),
  );
  return next;
}

async function readRegistry(store: StoreLayout, product: string): Promise<RegistryFile> {
  const file = store.partitionsFile(product);
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { product, partitions: [] };
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const result = RegistryFileSchema.safeParse(parsed);
  if (!result.success)
    throw new ConfigError(`${file}: ${result.error.issues[0]?.message ?? "invalid"}`);
  return result.data;
}

async function writeRegistry(store: StoreLayout, registry: RegistryFile): Promise<void> {
  await writeFileAtomically(
    store.partitionsFile(registry.product),
    `${JSON.stringify(registry, null, 2)}\n`,
  );
}

/** Dynamic partitions added to a product, oldest first (the starters are not stored). */
export async function listPartitions(
  store: StoreLayout,
  product: string,
): Promise<RegisteredPartition[]> {
  return (await readRegistry(store, product)).partitions;
}

/** Add a dynamic key; resolves to false when it was already there. */
export function addPartition(
  store: StoreLayout,
  product: string,
  key: string,
  now = new Date(),
): Promise<boolean> {
  validatePartitionKey(key);
  parseDynamicKey(key);
  if (isStarterNote(key)) return Promise.resolve(false);
  return serialised(store.partitionsFile(product), async () => {
    const registry = await readRegistry(store, product);
    if (registry.partitions.some((p) => p.key === key)) return false;
    registry.partitions.push({ key, added: now.toISOString() });
    await writeRegistry(store, registry);
    return true;
  });
}

/** Remove a dynamic key; resolves to false when it was not there. Starters cannot be removed. */
export function removePartition(
  store: StoreLayout,
  product: string,
  key: string,
): Promise<boolean> {
  if (isStarterNote(key))
    throw new UsageError(`${key} is a starter partition of every product; it cannot be removed`);
  return serialised(store.partitionsFile(product), async () => {
    const registry = await readRegistry(store, product);
    const kept = registry.partitions.filter((p) => p.key !== key);
    if (kept.length === registry.partitions.length) return false;
    await writeRegistry(store, { ...registry, partitions: kept });
    return true;
  });
}

/**
 * Materialising a product with a valid key it does not know yet adds the key. Given a product
 * config, only dynamic products register keys (other schemes declare theirs in products.yml).
 */
export async function ensurePartition(
  store: StoreLayout,
  product: string | PartitionedProduct,
  key: string,
): Promise<void> {
  if (typeof product === "string") {
    await addPartition(store, product, key);
    return;
  }
  if (product.partitions !== undefined && product.partitions !== "dynamic") return;
  await addPartition(store, product.id, key);
}
