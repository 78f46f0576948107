import { newRunId } from "../store/events.js";
import { withStoreLock } from "../store/lock.js";
import { openStore, type Store } from "../store/store.js";
import type { CommandContext } from "./command.js";
import { commandLock } from "./lock-timeout.js";

export interface OpenStoreUse {
  /** S3: materialise only the units this accepts (default: none; a local store is always whole). */
  only?: (unit: string) => boolean;
}

/**
 * Open the command's store (`--store`: a directory or s3://), run `use`, then close it: for S3
 * that publishes partition changes and drops the private working directory. Only the units
 * `only` accepts are downloaded; the pointers of all of them are read, so a commit of any unit is
 * conditional on the state the command started from.
 */
export async function withOpenStore<T>(
  context: CommandContext,
  options: OpenStoreUse,
  use: (store: Store) => Promise<T>,
): Promise<T> {
  const store = await openStore(context.store, {
    root: context.root,
    env: context.env,
    only: options.only ?? (() => false),
  });
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

/**
 * `use` holding the lock of the store's working directory, for commands that write the store
 * outside `materialize`. A local store is its own working directory, so this is the store lock;
 * an S3 store's is private to this run (its units are committed conditionally instead).
 */
export function withStoreWriteLock<T>(
  context: CommandContext,
  store: Store,
  command: string,
  timeoutSeconds: number | undefined,
  use: (runId: string) => Promise<T>,
): Promise<T> {
  const runId = newRunId();
  const settings = commandLock(context, command, timeoutSeconds);
  return withStoreLock(
    { ...settings, store: store.layout.root, runId, signal: context.signal },
    () => use(runId),
  );
}
