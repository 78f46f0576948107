import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { writeFileAtomically } from "./atomic.js";
import { safeSegment } from "./layout.js";
import { mapLimit } from "./limit.js";
import type { S3Objects } from "./s3-objects.js";

/** Product -> its dynamic keys, as read from the bucket. */
export type PulledPartitions = Map<string, Set<string>>;

const KeyObjectSchema = z.object({ product: z.string(), key: z.string(), added: z.string() });
const RegistrySchema = z.object({
  product: z.string(),
  partitions: z.array(z.object({ key: z.string(), added: z.string() })),
});

/**
 * Dynamic partitions in a bucket: one object per key, `partitions/<product>/<key>.json`, so
 * concurrent adds and removes of different keys never lose one (no read-modify-write). Locally
 * they stay the registry files `partitions/<product>.json` the rest of lifecycle reads.
 */
export class S3Partitions {
  constructor(
    private readonly s3: S3Objects,
    private readonly prefix: string,
  ) {}

  private key(relative: string): string {
    return this.prefix === "" ? relative : `${this.prefix}/${relative}`;
  }

  /** Write every product's registry file into `root`; resolves to what was read. */
  async pull(root: string): Promise<PulledPartitions> {
    const base = this.key("partitions/");
    const keys: string[] = [];
    for await (const object of this.s3.list(base))
      if (object.key.endsWith(".json")) keys.push(object.key);
    const objects = await mapLimit(keys, 16, async (key) => {
      const got = await this.s3.get(key);
      const parsed = got
        ? KeyObjectSchema.safeParse(JSON.parse(got.body.toString("utf8")))
        : undefined;
      return parsed?.success ? parsed.data : undefined;
    });
    const byProduct = new Map<string, { key: string; added: string }[]>();
    for (const item of objects) {
      if (!item) continue;
      const list = byProduct.get(item.product) ?? [];
      list.push({ key: item.key, added: item.added });
      byProduct.set(item.product, list);
    }
    const pulled: PulledPartitions = new Map();
    for (const [product, list] of byProduct) {
      list.sort((a, b) => a.added.localeCompare(b.added) || a.key.localeCompare(b.key));
      const file = path.join(root, "partitions", `${safeSegment(product)}.json`);
      await writeFileAtomically(
        file,
        `${JSON.stringify({ product, partitions: list }, null, 2)}\n`,
      );
      pulled.set(product, new Set(list.map((p) => p.key)));
    }
    return pulled;
  }

  /** Put the keys added in `root` since the pull; delete the keys removed there. */
  async push(root: string, pulled: PulledPartitions): Promise<void> {
    const dir = path.join(root, "partitions");
    const files = (await fs.readdir(dir).catch(() => [] as string[])).filter((f) =>
      f.endsWith(".json"),
    );
    const seen = new Set<string>();
    for (const file of files) {
      const parsed = RegistrySchema.safeParse(
        JSON.parse(await fs.readFile(path.join(dir, file), "utf8")),
      );
      if (!parsed.success) continue;
      const { product, partitions } = parsed.data;
      seen.add(product);
      const before = pulled.get(product) ?? new Set();
      const now = new Set(partitions.map((p) => p.key));
      for (const p of partitions.filter((p) => !before.has(p.key)))
        await this.s3.put(this.objectKey(product, p.key), JSON.stringify({ product, ...p }), {
          ifNoneMatch: "*",
        });
      for (const gone of [...before].filter((k) => !now.has(k)))
        await this.s3.delete(this.objectKey(product, gone));
    }
    for (const [product, keys] of pulled)
      if (!seen.has(product))
        for (const gone of keys) await this.s3.delete(this.objectKey(product, gone));
  }

  private objectKey(product: string, key: string): string {
    return this.key(`partitions/${safeSegment(product)}/${safeSegment(key)}.json`);
  }
}
