import type * as DuckDBApi from "@duckdb/node-api";

export type DuckDBModule = typeof DuckDBApi;

/** Where `@duckdb/node-api` comes from: node_modules, or a copy the action provides. */
export interface DuckDBProvider {
  /** Says where it loads from, for errors and logs. */
  readonly description: string;
  load(): Promise<DuckDBModule>;
}

/**
 * Resolves `@duckdb/node-api` as Node resolves it from this file: a dev checkout's or an npm
 * install's node_modules. `webpackIgnore` keeps the bundler from hoisting it into a static import
 * at the top of the bundle, which would fail every command where it is not installed.
 */
export const nodeModulesDuckDB: DuckDBProvider = {
  description: "node_modules",
  load: () => import(/* webpackIgnore: true */ "@duckdb/node-api"),
};

let provider: DuckDBProvider = nodeModulesDuckDB;
let loaded: Promise<DuckDBModule> | undefined;

/** The action sets its provider once at start; the CLI keeps the default. */
export function useDuckDBProvider(next: DuckDBProvider): void {
  provider = next;
  loaded = undefined;
}

/**
 * DuckDB, loaded on first use: the native library costs most of a second to load, which commands
 * that never read data should not pay. A failed load is retried by the next call.
 */
export function loadDuckDB(): Promise<DuckDBModule> {
  loaded ??= provider.load().catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}
