import { readFileSync } from "node:fs";
import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import { BUILT_CLI } from "../cli-run.js";

export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** The built CLI as a child process; SIGKILLed after `killAfterMs` so a hang fails the test instead of blocking it. */
export async function runBuiltCli(
  argv: string[],
  options: { cwd: string; killAfterMs: number; env?: NodeJS.ProcessEnv },
): Promise<ChildResult> {
  await fs.access(BUILT_CLI).catch(() => {
    throw new Error(`${BUILT_CLI} is missing: run "npm run build" first`);
  });
  const started = performance.now();
  const child = spawn(process.execPath, [BUILT_CLI, ...argv], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (c: string) => (stdout += c));
  child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
  const killer = setTimeout(() => child.kill("SIGKILL"), options.killAfterMs);
  return new Promise((resolve) =>
    child.once("close", (code, signal) => {
      clearTimeout(killer);
      resolve({ code, signal, stdout, stderr, ms: performance.now() - started });
    }),
  );
}

/**
 * Whether the process still runs. A zombie has exited: an orphan waits for the machine's init to
 * reap it, which on some VMs takes seconds, and `kill(pid, 0)` still succeeds on it.
 */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true; // No /proc: the signal's answer stands.
  }
}

export async function waitFor(check: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 50));
  }
}
