import type { EventRecord } from "../store/events.js";
import { openStore } from "../store/store.js";

/** Every record of a store, oldest first, through the Store interface (a directory or s3://). */
export async function readStoreEvents(
  url: string,
  root: string,
  env: NodeJS.ProcessEnv,
): Promise<EventRecord[]> {
  const store = await openStore(url, { root, env, only: () => false });
  try {
    return await store.events.readAll();
  } finally {
    await store.close();
  }
}
