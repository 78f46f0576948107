import fs from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ConfigError, errorMessage } from "../core/errors.js";
import { eachDay } from "./dates.js";
import { PartitionRun, type Universe, type UniversePartition } from "./universe.js";

/** Members (instrument ids) of a universe on a date; `value` is the part after `=`, if any. */
export type GetUniverse = (
  date: string,
  value: string | undefined,
) => readonly string[] | Promise<readonly string[]>;

const MODULE_NAME = /^[A-Za-z0-9_-]+$/;

/**
 * Where universe members come from: `default` uses the default function given to `resolve`; a
 * custom universe registered by name; else the module `<dir>/<name>.js` (or `.mjs`; `.ts` only
 * where Node can strip types) exporting `getUniverse(date, value)`.
 */
export const UNIVERSES_DIR = "universes";

/** Loaded universe: its members function, and whether its membership changes from day to day. */
interface UniverseSource {
  getUniverse: GetUniverse;
  membershipChanges: boolean;
}

export class UniverseRegistry {
  private readonly custom = new Map<string, UniverseSource>();
  private readonly modules = new Map<string, Promise<UniverseSource>>();

  constructor(readonly dir: string) {}

  /** The `universes/` folder of a project. */
  static inProject(root: string): UniverseRegistry {
    return new UniverseRegistry(path.join(root, UNIVERSES_DIR));
  }

  /** `membershipChanges`: members differ by day, so a multi-day run resolves them per day. */
  register(
    name: string,
    getUniverse: GetUniverse,
    options: { membershipChanges?: boolean } = {},
  ): this {
    this.custom.set(name, { getUniverse, membershipChanges: options.membershipChanges ?? false });
    return this;
  }

  /** Does any factor of the universe say its membership changes from day to day? */
  async membershipChanges(universe: Universe, defaultGetUniverse?: GetUniverse): Promise<boolean> {
    for (const factor of universe.factors) {
      if ((await this.lookup(factor.name, defaultGetUniverse)).membershipChanges) return true;
    }
    return false;
  }

  /** Members on `date`; a product of universes gives the members common to every factor, in the first factor's order. */
  async resolve(
    universe: Universe,
    date: string,
    defaultGetUniverse?: GetUniverse,
  ): Promise<string[]> {
    const memberLists: (readonly string[])[] = [];
    for (const factor of universe.factors) {
      memberLists.push(await this.resolveOne(factor, date, defaultGetUniverse));
    }
    const [first = [], ...rest] = memberLists;
    const others = rest.map((list) => new Set(list));
    return [...new Set(first)].filter((m) => others.every((set) => set.has(m)));
  }

  private async resolveOne(
    universe: UniversePartition,
    date: string,
    defaultGetUniverse: GetUniverse | undefined,
  ): Promise<readonly string[]> {
    const { getUniverse } = await this.lookup(universe.name, defaultGetUniverse);
    const members = await getUniverse(date, universe.value);
    if (!Array.isArray(members) || members.some((m) => typeof m !== "string")) {
      throw new ConfigError(
        `universe ${universe.spec}: getUniverse must return an array of strings`,
      );
    }
    return members;
  }

  private lookup(
    name: string,
    defaultGetUniverse: GetUniverse | undefined,
  ): Promise<UniverseSource> {
    if (name === "default") {
      if (!defaultGetUniverse)
        throw new ConfigError(`universe "default" needs a defaultGetUniverse`);
      return Promise.resolve({ getUniverse: defaultGetUniverse, membershipChanges: false });
    }
    const custom = this.custom.get(name);
    if (custom) return Promise.resolve(custom);
    let loading = this.modules.get(name);
    if (!loading) {
      loading = loadUniverseModule(this.dir, name);
      this.modules.set(name, loading);
    }
    return loading;
  }
}

function canImportTypeScript(): boolean {
  return Boolean((process.features as { typescript?: unknown }).typescript);
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}

/**
 * Import `<dir>/<name>.js|.mjs|.ts`: its `getUniverse` export, and `membershipChanges` (a boolean
 * export: true when the members on one day can differ from those on another).
 */
export async function loadUniverseModule(dir: string, name: string): Promise<UniverseSource> {
  if (!MODULE_NAME.test(name))
    throw new ConfigError(`universe ${JSON.stringify(name)} is not a module name`);
  const candidates = [".js", ".mjs", ".ts"].map((ext) => path.join(dir, `${name}${ext}`));
  for (const file of candidates) {
    if (!(await exists(file))) continue;
    if (file.endsWith(".ts") && !canImportTypeScript()) {
      throw new ConfigError(
        `universe module ${file} is TypeScript, which this Node (${process.version}) cannot import; compile it to ${name}.js or use Node >= 22.18`,
      );
    }
    const module: unknown = await import(/* webpackIgnore: true */ pathToFileURL(file).href);
    const getUniverse = (module as { getUniverse?: unknown }).getUniverse;
    if (typeof getUniverse !== "function") {
      throw new ConfigError(
        `universe module ${file} does not export a function getUniverse(date, value)`,
      );
    }
    const membershipChanges =
      (module as { membershipChanges?: unknown }).membershipChanges === true;
    return {
      getUniverse: (date, value) => Promise.resolve(getUniverse(date, value)),
      membershipChanges,
    };
  }
  throw new ConfigError(
    `unknown universe ${JSON.stringify(name)}: not "default", not registered, and no module ${name}.js, ${name}.mjs or ${name}.ts in ${dir}`,
  );
}

/** The config a pipeline receives for one run. */
export type PartitionConfig<C> = C & {
  START_DATE: string;
  END_DATE: string;
  UNIVERSE: string;
  UNIVERSE_MEMBERS: string[];
  /** Members per processed day, when the universe's membership changes from day to day. */
  UNIVERSE_MEMBERS_BY_DATE?: Record<string, string[]>;
};

export interface RunPartitionOptions<C extends object, R> {
  baseConfig: C;
  defaultGetUniverse?: GetUniverse;
  partition: PartitionRun | string;
  pipeline: (config: PartitionConfig<C>) => R | Promise<R>;
  onResult?: (
    partition: PartitionRun,
    config: PartitionConfig<C>,
    result: R,
  ) => void | Promise<void>;
  universes?: UniverseRegistry;
}

/** A run failed; the message starts with the partition key. */
export class PartitionRunError extends Error {
  override readonly name = "PartitionRunError";
  constructor(
    readonly partition: string,
    cause: unknown,
  ) {
    super(`partition ${partition}: ${errorMessage(cause)}`, { cause });
  }
}

/**
 * Members on START_DATE; or, when the universe says its membership changes, the members of every
 * day of the run (UNIVERSE_MEMBERS is then their union, in first-seen order).
 */
async function membersOf(
  registry: UniverseRegistry,
  run: PartitionRun,
  defaultGetUniverse: GetUniverse | undefined,
): Promise<Pick<PartitionConfig<object>, "UNIVERSE_MEMBERS" | "UNIVERSE_MEMBERS_BY_DATE">> {
  if (!(await registry.membershipChanges(run.universe, defaultGetUniverse))) {
    return {
      UNIVERSE_MEMBERS: await registry.resolve(run.universe, run.dates.start, defaultGetUniverse),
    };
  }
  const byDate: Record<string, string[]> = {};
  for (const day of eachDay(run.dates.start, run.dates.end)) {
    byDate[day] = await registry.resolve(run.universe, day, defaultGetUniverse);
  }
  return {
    UNIVERSE_MEMBERS: [...new Set(Object.values(byDate).flat())],
    UNIVERSE_MEMBERS_BY_DATE: byDate,
  };
}

/**
 * Run a pipeline for one partition: a shallow copy of `baseConfig` with START_DATE, END_DATE, UNIVERSE and the
 * resolved UNIVERSE_MEMBERS (members on START_DATE), run the pipeline, then call `onResult`.
 */
export async function runPartition<C extends object, R>(
  options: RunPartitionOptions<C, R>,
): Promise<R> {
  const run =
    typeof options.partition === "string"
      ? PartitionRun.parse(options.partition)
      : options.partition;
  try {
    const registry = options.universes ?? UniverseRegistry.inProject(process.cwd());
    const config: PartitionConfig<C> = {
      ...options.baseConfig,
      START_DATE: run.dates.start,
      END_DATE: run.dates.end,
      UNIVERSE: run.universe.spec,
      ...(await membersOf(registry, run, options.defaultGetUniverse)),
    };
    const result = await options.pipeline(config);
    await options.onResult?.(run, config, result);
    return result;
  } catch (error) {
    if (error instanceof PartitionRunError) throw error;
    throw new PartitionRunError(run.key, error);
  }
}
