import { fileURLToPath } from "node:url";
import { useDuckDBProvider } from "../runtime/duckdb.js";
import { actionDuckDBProvider } from "./duckdb.js";

// The runner starts the action with no arguments. With arguments, the bundle is the lifecycle CLI:
// build commands of discovered pipelines call back into it (`LIFECYCLE_CLI pipeline run <file>`).
process.env.LIFECYCLE_CLI ??= fileURLToPath(import.meta.url);
// Both as the action and as the CLI it calls back into: nothing beside the bundle holds DuckDB.
useDuckDBProvider(actionDuckDBProvider(process.env, (line) => process.stderr.write(`${line}\n`)));
if (process.argv.length > 2) {
  const { main } = await import("../cli/main.js");
  process.exitCode = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  });
} else {
  const { run } = await import("./main.js");
  await run();
}
