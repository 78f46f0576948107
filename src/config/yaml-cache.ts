import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { FastParse } from "./yaml-fast.js";

/**
 * Parsed values of well-formed YAML files, keyed by the sha256 of their text: an unchanged file is
 * not parsed again. One file per project under the user's cache directory
 * (`$LIFECYCLE_CACHE_DIR`, else `$XDG_CACHE_HOME/lifecycle`, else `~/.cache/lifecycle`;
 * `LIFECYCLE_CACHE_DIR=off` turns it off). A missing, unreadable or foreign cache file is ignored;
 * it is replaced atomically, so concurrent runs never read half of one. Only the files read by
 * the last load are kept, so it does not grow with history.
 */
const FORMAT = "lifecycle-yaml-cache-2";

interface CacheFile {
  format: typeof FORMAT;
  /**
   * Each entry as its own JSON text (JSON.parse is several times faster than v8.deserialize per
   * entry), so a caller that changes its value changes only its copy.
   */
  entries: Map<string, string>;
}

export class YamlCache {
  private readonly used = new Map<string, string>();
  private changed = false;

  constructor(
    private readonly file: string | undefined,
    private readonly known: Map<string, string>,
  ) {}

  get(key: string): FastParse | undefined {
    const text = this.known.get(key);
    if (text === undefined) return undefined;
    const parsed = readEntry(text);
    if (parsed) this.used.set(key, text);
    return parsed;
  }

  /** Remember a parse; call before anything changes `parsed.value`. */
  set(key: string, parsed: FastParse): void {
    if (this.file === undefined || !jsonSafe(parsed.value)) return;
    const text = JSON.stringify(parsed);
    this.known.set(key, text);
    this.used.set(key, text);
    this.changed = true;
  }

  /** Write the entries this load used, when any were added or dropped. */
  async save(): Promise<void> {
    if (this.file === undefined) return;
    if (!this.changed && this.used.size === this.known.size) return;
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${randomUUID()}.tmp`;
    const data: CacheFile = { format: FORMAT, entries: this.used };
    try {
      await fs.writeFile(temporary, serialize(data), { mode: 0o600 });
      await fs.rename(temporary, this.file);
    } catch {
      await fs.rm(temporary, { force: true });
    }
  }
}

/** The cache key of a text: what it parses to depends on nothing else. */
export function yamlCacheKey(text: string): string {
  return createHash("sha256").update(text).digest("base64");
}

export async function openYamlCache(
  root: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<YamlCache> {
  const dir = cacheDir(env);
  if (dir === undefined) return new YamlCache(undefined, new Map());
  const name = createHash("sha256").update(path.resolve(root)).digest("hex").slice(0, 24);
  const file = path.join(dir, "config", `${name}.bin`);
  return new YamlCache(file, await readEntries(file));
}

function cacheDir(env: NodeJS.ProcessEnv): string | undefined {
  const configured = env.LIFECYCLE_CACHE_DIR;
  if (configured === "off") return undefined;
  if (configured) return configured;
  if (env.XDG_CACHE_HOME) return path.join(env.XDG_CACHE_HOME, "lifecycle");
  return path.join(os.homedir(), ".cache", "lifecycle");
}

async function readEntries(file: string): Promise<Map<string, string>> {
  try {
    const data: unknown = deserialize(await fs.readFile(file));
    if (!isCacheFile(data)) return new Map();
    return data.entries;
  } catch {
    return new Map();
  }
}

function isCacheFile(data: unknown): data is CacheFile {
  if (typeof data !== "object" || data === null) return false;
  const { format, entries } = data as Partial<CacheFile>;
  return format === FORMAT && entries instanceof Map;
}

/** JSON keeps every value YAML gives except NaN, the infinities and -0: those are not cached. */
function jsonSafe(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(jsonSafe);
  if (typeof value === "object" && value !== null) return Object.values(value).every(jsonSafe);
  return true;
}

function readEntry(text: string): FastParse | undefined {
  try {
    const entry: unknown = JSON.parse(text);
    if (typeof entry !== "object" || entry === null || !("value" in entry)) return undefined;
    const { numberSources } = entry as Partial<FastParse>;
    if (typeof numberSources !== "object" || numberSources === null) return undefined;
    return entry as FastParse;
  } catch {
    return undefined;
  }
}
