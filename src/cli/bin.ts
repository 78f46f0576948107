#!/usr/bin/env node
import { main } from "./main.js";
import { processOutput } from "./output.js";

const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => controller.abort(new Error(`received ${signal}`)));
}
let readerGone = false;
const stopQuietly = () => {
  readerGone = true;
  controller.abort(new Error("the output was closed"));
};

const code = await main(process.argv.slice(2), {
  stdout: processOutput(process.stdout, stopQuietly),
  stderr: processOutput(process.stderr, stopQuietly),
  env: process.env,
  cwd: process.cwd(),
  signal: controller.signal,
});
// Whoever read the output stopped reading (`| head`): that is not a failure.
process.exitCode = readerGone ? 0 : code;
