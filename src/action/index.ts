import { fileURLToPath } from "node:url";
import { main as cliMain } from "../cli/main.js";
import { run } from "./main.js";

// The runner starts the action with no arguments. With arguments, the bundle is the lifecycle CLI:
// build commands of discovered pipelines call back into it (`LIFECYCLE_CLI pipeline run <file>`).
process.env.LIFECYCLE_CLI ??= fileURLToPath(import.meta.url);
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
