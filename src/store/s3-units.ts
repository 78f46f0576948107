import { createHash, randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { BlobCache } from "./blob-cache.js";
import { mapLimit } from "./limit.js";
import type { S3Objects } from "./s3-objects.js";
import {
  checkManifestPath,
  listUnitFiles,
  ManifestSchema,
  PointerSchema,
  type Manifest,
  type ManifestFile,
  type Pointer,
} from "./units.js";

/** Another run made the unit current after this run read it: this run's output stays unreferenced. */
export class StoreConflictError extends Error {
  override readonly name = "StoreConflictError";
}

/** The pointer state a run started from: unit -> ETag (absent: the unit had no pointer). */
export type PulledState = Map<string, string>;

/**
 * Units (stage outputs, dataset versions) in a bucket. Layout under the prefix:
 *   refs/<unit>.json                      the pointer: which manifest is current
 *   <unit>/manifests/<runId>.json         every file of one commit, with sha256
 *   <unit>/objects/<runId>/<file>         the files of that commit
 * A commit uploads files, then the manifest, then writes the pointer (conditionally); readers
 * only follow pointers, so they never see a half-written upload.
 */
export class S3Units {
  constructor(
    private readonly s3: S3Objects,
    private readonly prefix: string,
    private readonly cache: BlobCache,
    /** False: the server ignores If-Match/If-None-Match; a lock object and read-back stand in. */
    private readonly conditional: boolean,
  ) {}

  key(relative: string): string {
    return this.prefix === "" ? relative : `${this.prefix}/${relative}`;
  }

  /** Every current unit with its pointer's ETag: one LIST request per 1,000 units. */
  async listPointers(): Promise<Map<string, string>> {
    const refs = this.key("refs/");
    const out = new Map<string, string>();
    for await (const object of this.s3.list(refs))
      if (object.key.endsWith(".json")) out.set(object.key.slice(refs.length, -5), object.etag);
    return out;
  }

  /**
   * Materialise every current unit `only` accepts into `root`; files come from the read cache
   * when it has them. The state returned holds every pointer listed (materialised or not), so a
   * later commit of any unit is conditional on the pointer as it was now.
   */
  async pull(root: string, only?: (unit: string) => boolean): Promise<PulledState> {
    const pointers = await this.listPointers();
    const units = [...pointers].filter(([unit]) => only?.(unit) ?? true);
    await mapLimit(units, 16, async ([unit, etag]) => {
      const pointer = await this.readPointer(unit, etag);
      const manifest = await this.readManifest(pointer);
      await this.materialize(root, unit, manifest);
    });
    return pointers;
  }

  /** The pointer, from the local cache when its ETag is the one listed (no request). */
  async readPointer(unit: string, etag: string): Promise<Pointer> {
    const cached = this.pointerCacheFile(unit);
    try {
      const saved = JSON.parse(await fs.readFile(cached, "utf8")) as {
        etag: string;
        body: unknown;
      };
      if (saved.etag === etag) return PointerSchema.parse(saved.body);
    } catch {
      // Not cached yet.
    }
    const key = this.key(`refs/${unit}.json`);
    const got = await this.s3.get(key);
    if (!got) throw new Error(`s3://${this.s3.bucket}/${key}: the pointer is gone`);
    const pointer = PointerSchema.parse(JSON.parse(got.body.toString("utf8")));
    await this.cachePointer(unit, got.etag, pointer);
    return pointer;
  }

  private pointerCacheFile(unit: string): string {
    return path.join(this.cache.dir, "refs", sha(`${this.s3.bucket}/${this.key(unit)}`));
  }

  /** Remember the pointer under its ETag; written atomically (concurrent runs share the cache). */
  private async cachePointer(unit: string, etag: string, pointer: Pointer): Promise<void> {
    const file = this.pointerCacheFile(unit);
    await fs.mkdir(path.dirname(file), { recursive: true });
    const temp = `${file}.${randomUUID()}.tmp`;
    await fs.writeFile(temp, JSON.stringify({ etag, body: pointer }));
    await fs.rename(temp, file);
  }

  async readManifest(pointer: Pointer): Promise<Manifest> {
    const key = this.key(pointer.manifest);
    await this.cache.fill(pointer.sha256, `s3://${this.s3.bucket}/${key}`, async (file) => {
      if (!(await this.s3.download(key, file)))
        throw new Error(`s3://${this.s3.bucket}/${key}: the manifest a pointer names is missing`);
    });
    return ManifestSchema.parse(
      JSON.parse(await fs.readFile(this.cache.file(pointer.sha256), "utf8")),
    );
  }

  /** Download every object of the unit's current commit and hash it: the files as stored. */
  async verify(
    tmpDir: string,
    unit: string,
    etag: string,
    files: readonly ManifestFile[],
  ): Promise<ManifestFile[]> {
    const objects = objectsOf(await this.readPointer(unit, etag));
    await fs.mkdir(tmpDir, { recursive: true });
    const dir = await fs.mkdtemp(path.join(tmpDir, "verify-"));
    try {
      return await mapLimit([...files], 8, async (file): Promise<ManifestFile> => {
        if ("link" in file) return file;
        const key = this.key(`${objects}/${file.path}`);
        const got = await this.s3.download(key, path.join(dir, String(files.indexOf(file))));
        if (!got) throw new Error(`s3://${this.s3.bucket}/${key}: missing`);
        return { path: file.path, sha256: got.sha256, bytes: got.bytes };
      });
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }

  private async materialize(root: string, unit: string, manifest: Manifest): Promise<void> {
    const dir = path.join(root, unit);
    await fs.rm(dir, { recursive: true, force: true });
    await fs.mkdir(dir, { recursive: true });
    await mapLimit(manifest.files, 8, async (file) => {
      checkManifestPath(file.path, `${unit} manifest ${manifest.runId}`);
      checkManifestPath(manifest.unit, `${unit} manifest ${manifest.runId}: unit`);
      const target = path.join(dir, file.path);
      await fs.mkdir(path.dirname(target), { recursive: true });
      if ("link" in file) return fs.symlink(file.link, target);
      // An alias (`published/<p>/latest`) names another unit's manifest: its files are that unit's.
      const key = this.key(`${manifest.unit}/objects/${manifest.runId}/${file.path}`);
      await this.cache.fill(file.sha256, `s3://${this.s3.bucket}/${key}`, async (temp) => {
        if (!(await this.s3.download(key, temp)))
          throw new Error(`s3://${this.s3.bucket}/${key}: listed in a manifest but missing`);
      });
      await this.cache.materialize(file.sha256, target);
    });
  }

  /**
   * Upload `root/unit` under this run's prefix, then make it current, provided the pointer is
   * still the one this run started from (`expected`; undefined: there was none). Resolves to the
   * new pointer's ETag; throws StoreConflictError when another run moved the pointer.
   */
  async commit(
    root: string,
    unit: string,
    runId: string,
    expected: string | undefined,
  ): Promise<string> {
    const dir = path.join(root, unit);
    const files = await listUnitFiles(dir);
    await mapLimit(files, 8, async (file) => {
      if ("link" in file) return;
      const local = path.join(dir, file.path);
      const key = this.key(`${unit}/objects/${runId}/${file.path}`);
      await this.s3.put(key, createReadStream(local), {}, file.bytes);
      await this.cache.add(file.sha256, local);
    });
    const committedAt = new Date().toISOString();
    const manifest: Manifest = { format: 1, unit, runId, committedAt, files };
    const body = `${JSON.stringify(manifest)}\n`;
    const manifestKey = `${unit}/manifests/${runId}.json`;
    await this.s3.put(this.key(manifestKey), body);
    const pointer: Pointer = {
      format: 1,
      manifest: manifestKey,
      sha256: sha(body),
      runId,
      committedAt,
    };
    const etag = await this.movePointer(unit, pointer, expected);
    // The next run on this machine then reads neither the pointer nor the manifest back.
    await this.cache.fill(pointer.sha256, manifestKey, (temp) => fs.writeFile(temp, body));
    await this.cachePointer(unit, etag, pointer);
    return etag;
  }

  /**
   * Make `unit` current with exactly the files `of` has now (`ofEtag`: its pointer's ETag), by one
   * conditional write of a pointer naming `of`'s manifest: nothing is uploaded. Resolves to the new
   * pointer's ETag; throws StoreConflictError when another run moved `unit`'s pointer.
   */
  async alias(
    unit: string,
    of: { unit: string; etag: string },
    runId: string,
    expected: string | undefined,
  ): Promise<string> {
    const target = await this.readPointer(of.unit, of.etag);
    const pointer: Pointer = { ...target, runId, committedAt: new Date().toISOString() };
    return this.movePointer(unit, pointer, expected);
  }

  private async movePointer(
    unit: string,
    pointer: Pointer,
    expected: string | undefined,
  ): Promise<string> {
    const key = this.key(`refs/${unit}.json`);
    const body = `${JSON.stringify(pointer)}\n`;
    if (!this.conditional) return this.movePointerLocked(unit, key, body, pointer, expected);
    const condition =
      expected === undefined ? { ifNoneMatch: "*" as const } : { ifMatch: expected };
    const result = await this.s3.put(key, body, condition);
    if (result === "conflict") throw await this.conflict(unit, key, pointer.runId);
    return result.etag;
  }

  /** For servers without conditional writes: a lock object, then read-after-write checks. */
  private async movePointerLocked(
    unit: string,
    key: string,
    body: string,
    pointer: Pointer,
    expected: string | undefined,
  ): Promise<string> {
    const lockKey = `${key}.lock`;
    const token = `${pointer.runId}:${Math.random().toString(36).slice(2)}`;
    const held = await this.s3.get(lockKey);
    const heldBy = held
      ? (JSON.parse(held.body.toString()) as { token: string; until: number })
      : undefined;
    if (heldBy && heldBy.until > Date.now()) throw await this.conflict(unit, key, pointer.runId);
    await this.s3.put(lockKey, JSON.stringify({ token, until: Date.now() + 60_000 }));
    await sleep(200);
    const mine = await this.s3.get(lockKey);
    if (!mine || (JSON.parse(mine.body.toString()) as { token: string }).token !== token)
      throw await this.conflict(unit, key, pointer.runId);
    try {
      const current = await this.s3.get(key);
      if ((current?.etag ?? undefined) !== expected)
        throw await this.conflict(unit, key, pointer.runId);
      await this.s3.put(key, body);
      const check = await this.s3.get(key);
      if (!check || check.body.toString() !== body)
        throw await this.conflict(unit, key, pointer.runId);
      return check.etag;
    } finally {
      await this.s3.delete(lockKey);
    }
  }

  private async conflict(unit: string, key: string, runId: string): Promise<StoreConflictError> {
    const current = await this.s3.get(key).catch(() => undefined);
    let by = "another run";
    try {
      if (current) by = `run ${PointerSchema.parse(JSON.parse(current.body.toString())).runId}`;
    } catch {
      // Keep the generic wording.
    }
    return new StoreConflictError(
      `${unit}: ${by} made its output current in s3://${this.s3.bucket}/${key} while run ${runId} was building it; this run's output is not current (nothing of the two runs is mixed); rerun to build on the new output`,
    );
  }
}

/** Where the files of a pointer's commit are: `<unit>/objects/<runId>` of the manifest it names. */
function objectsOf(pointer: Pointer): string {
  const match = /^(.*)\/manifests\/([^/]+)\.json$/.exec(pointer.manifest);
  if (!match) throw new Error(`pointer names ${JSON.stringify(pointer.manifest)}, not a manifest`);
  return `${match[1]}/objects/${match[2]}`;
}

function sha(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
