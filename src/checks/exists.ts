import { resolveS3Connection, type S3ConnectionSettings } from "../store/s3-client.js";
import { parseS3Url, S3Objects } from "../store/s3-objects.js";

/**
 * Existence checks on an object store, as the market-data team's materialisation checks make
 * them: one object (`head`), the direct children of a prefix (`list`), or anything below it
 * (`recursive`). `${NAME}` in the URL is taken from the check's environment (the build's:
 * LIFECYCLE_PARTITION, LIFECYCLE_VERSION, the recipe's env), so one check serves every partition.
 */
export interface ExistsConfig {
  url: string;
  mode?: "head" | "list" | "recursive" | undefined;
  min?: number | undefined;
}

export interface ExistsFinding {
  passed: boolean;
  observed: number;
  expected: { min: number };
  message: string;
}

export async function checkObjectsExist(
  config: ExistsConfig,
  env: NodeJS.ProcessEnv,
  settings: S3ConnectionSettings | undefined,
): Promise<ExistsFinding> {
  const url = expandVariables(config.url, env);
  const { bucket, prefix: key } = parseS3Url(url, "exists check");
  const mode = config.mode ?? (key === "" || url.endsWith("/") ? "recursive" : "head");
  const objects = new S3Objects(bucket, resolveS3Connection(env, settings, "exists check"));
  try {
    if (mode === "head") {
      const found = await objects.exists(key);
      const message = `${url} ${found ? "exists" : "does not exist"}`;
      return { passed: found, observed: found ? 1 : 0, expected: { min: 1 }, message };
    }
    const min = config.min ?? 1;
    const prefix = key === "" ? "" : `${key}/`;
    const { found, complete } =
      mode === "list" ? await countChildren(objects, prefix) : await countAll(objects, prefix, min);
    const what = mode === "list" ? "entries" : "objects";
    return {
      passed: found >= min,
      observed: found,
      expected: { min },
      message: `${url}: ${complete ? "" : "at least "}${found} ${what}; expected at least ${min}`,
    };
  } finally {
    objects.client.destroy();
  }
}

/** `${NAME}` replaced from env; a name that is not set is an error, never an empty segment. */
export function expandVariables(text: string, env: NodeJS.ProcessEnv): string {
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
    const value = env[name];
    if (value === undefined || value === "")
      throw new Error(`\${${name}} in ${JSON.stringify(text)} is not set`);
    return value;
  });
}

async function countChildren(objects: S3Objects, prefix: string) {
  const { folders, objects: keys } = await objects.children(prefix);
  return { found: folders.length + keys.length, complete: true };
}

/** Objects anywhere under the prefix, counted until there are `enough`. */
async function countAll(objects: S3Objects, prefix: string, enough: number) {
  let found = 0;
  for await (const object of objects.list(prefix)) {
    if (object.key === prefix) continue;
    if (++found >= enough) return { found, complete: false };
  }
  return { found, complete: true };
}
