import path from "node:path";
import { DUCKDB_VERSION } from "../core/release.js";
import { LocalCacheStore, type CacheStore } from "../github/transfer.js";
import { nodeModulesDuckDB, type DuckDBModule, type DuckDBProvider } from "../runtime/duckdb.js";
import { ToolCacheDuckDB } from "../runtime/duckdb-tool-cache.js";
import { NpmInstaller } from "../runtime/npm-installer.js";
import { currentPlatform } from "../runtime/platform.js";
import { LazyGitHubCacheStore } from "./lazy-cache.js";

/**
 * DuckDB for the action: beside the bundle when a node_modules holds it (a dev checkout), else
 * installed into `$RUNNER_TOOL_CACHE` on first use. The platform is only checked when DuckDB is
 * needed, so every other command runs on any runner.
 */
export function actionDuckDBProvider(
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): DuckDBProvider {
  return {
    description: "node_modules beside the action, else the runner's tool cache",
    load: async () => {
      const local = await tryNodeModules();
      if (local) return local;
      const toolCache = env.RUNNER_TOOL_CACHE;
      if (!toolCache)
        throw new Error(
          "DuckDB is not installed beside the action and RUNNER_TOOL_CACHE is not set, so " +
            "lifecycle has nowhere to install it (the runner sets RUNNER_TOOL_CACHE)",
        );
      return new ToolCacheDuckDB({
        toolCache,
        version: DUCKDB_VERSION,
        platform: currentPlatform(),
        installer: new NpmInstaller(env),
        cache: duckdbCache(env, log),
        log,
      }).load();
    },
  };
}

async function tryNodeModules(): Promise<DuckDBModule | undefined> {
  try {
    return await nodeModulesDuckDB.load();
  } catch (error) {
    if (isMissingPackage(error)) return undefined;
    throw error;
  }
}

function isMissingPackage(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return code === "ERR_MODULE_NOT_FOUND" && error.message.includes("'@duckdb/node-api'");
}

/**
 * `$LIFECYCLE_CACHE_DIR` when set (tests, self-hosted runners), else the Actions cache when the
 * job has one. Its paths are absolute: the tool cache is outside the workspace.
 */
function duckdbCache(env: NodeJS.ProcessEnv, log: (line: string) => void): CacheStore | undefined {
  if (env.LIFECYCLE_CACHE_DIR) return new LocalCacheStore(path.resolve(env.LIFECYCLE_CACHE_DIR));
  if (!env.ACTIONS_RUNTIME_TOKEN) return undefined;
  return new LazyGitHubCacheStore(undefined, log);
}
