import packageJson from "../../package.json" with { type: "json" };

/**
 * lifecycle's identity, from package.json (the one source of truth). The JSON is inlined by the
 * action's bundle and copied beside build/ by tsc, so both read the same file they were built from.
 */
export const LIFECYCLE_REPOSITORY = "lifecycle-dev/lifecycle";
export const LIFECYCLE_VERSION: string = packageJson.version;
/** The tag a release is published at; workflows and the init scaffold pin it. */
export const LIFECYCLE_TAG = `v${LIFECYCLE_VERSION}`;
/** The exact `@duckdb/node-api` version lifecycle is built and tested with. */
export const DUCKDB_VERSION: string = packageJson.dependencies["@duckdb/node-api"];
