import { fileURLToPath } from "node:url";
import { main as cliMain } from "../cli/main.js";
import { useDuckDBProvider } from "../runtime/duckdb.js";
import { actionDuckDBProvider } from "./duckdb.js";
import { run } from "./main.js";

// The runner starts the action with no arguments. With arguments, the bundle is the lifecycle CLI:
// build commands of discovered pipelines call back into it (`LIFECYCLE_CLI pipeline run <file>`).
process.env.LIFECYCLE_CLI ??= fileURLToPath(import.meta.url);
// Both as the action and as the CLI it calls back into: nothing beside the bundle holds DuckDB.
useDuckDBProvider(actionDuckDBProvider(process.env, (line) => process.stderr.write(`${line}\n`)));
if (process.argv.length > 2) {
  process.exitCode = await cliMain(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  });
} else {
  await run();
}
