import path from "node:path";
import { LocalArtifactStore, LocalCacheStore, type CacheStore } from "../github/transfer.js";
import type { WorkflowIo } from "../github/workflow-io.js";
import type { ActionInputs } from "./inputs.js";
import { LazyGitHubCacheStore } from "./lazy-cache.js";

/** What every command of the action works with, resolved once from inputs and the runner's env. */
export interface ActionContext {
  io: WorkflowIo;
  inputs: ActionInputs;
  workspace: string;
  root: string;
  store: string;
  /**
   * A store was given: it outlives the job (a folder that persists, or `s3://`), so stage jobs
   * read and write it directly. Without one, the job's `.lifecycle` is handed over as artifacts.
   */
  sharedStore: boolean;
  artifacts: LocalArtifactStore;
  cache: CacheStore;
  /** Inside the workspace: the GitHub cache keys entries by the paths saved. */
  cacheStagingRoot: string;
  attempt: number;
  runId: string | undefined;
  signal: AbortSignal;
}

/**
 * Artifacts always go through a local folder (`artifact-dir`, else `$LIFECYCLE_ARTIFACT_DIR`, else
 * `$RUNNER_TEMP/lifecycle-artifacts`) that the workflow fills with actions/download-artifact and
 * empties with actions/upload-artifact. The cache is the GitHub Actions cache, or a local folder
 * when `$LIFECYCLE_CACHE_DIR` is set.
 */
export function createContext(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  io: WorkflowIo,
  signal: AbortSignal,
): ActionContext {
  const workspace = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const root = path.resolve(workspace, inputs["working-directory"]);
  const store = resolveStore(root, inputs.store);
  const temp = env.RUNNER_TEMP ?? path.join(workspace, ".lifecycle-tmp");
  const artifactDir = path.resolve(
    workspace,
    inputs["artifact-dir"] || env.LIFECYCLE_ARTIFACT_DIR || path.join(temp, "lifecycle-artifacts"),
  );
  const cacheDir = env.LIFECYCLE_CACHE_DIR;
  const cache = cacheDir
    ? new LocalCacheStore(path.resolve(workspace, cacheDir))
    : new LazyGitHubCacheStore(workspace, (line) => io.info(line));
  const attempt = Number.parseInt(env.GITHUB_RUN_ATTEMPT ?? "1", 10);
  return {
    io,
    inputs,
    workspace,
    root,
    store,
    sharedStore: inputs.store !== "",
    artifacts: new LocalArtifactStore(artifactDir, `${artifactDir}-upload`),
    cache,
    cacheStagingRoot: path.join(workspace, ".lifecycle-cache"),
    attempt: Number.isFinite(attempt) && attempt > 0 ? attempt : 1,
    runId: env.GITHUB_RUN_ID
      ? `gh-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? "1"}`
      : undefined,
    signal,
  };
}

/** A URL (`s3://bucket/prefix`) as given; a folder relative to the project root; empty: `.lifecycle`. */
export function resolveStore(root: string, store: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(store)) return store;
  return path.resolve(root, store === "" ? ".lifecycle" : store);
}
