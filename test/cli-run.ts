import path from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../src/cli/main.js";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** The CLI as `npm run build` leaves it. */
export const BUILT_CLI = path.join(REPO_ROOT, "build/src/cli/bin.js");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `lifecycle <argv>` through `main`, in this process, with its output captured. */
export async function runCli(
  argv: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: { write: (text) => void (stdout += text) },
    stderr: { write: (text) => void (stderr += text) },
    env: options.env ?? {},
    cwd: options.cwd,
  });
  return { code, stdout, stderr };
}
