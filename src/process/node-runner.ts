import { spawn } from "node:child_process";
import type { ProcessRunner, RunOptions, RunResult } from "./runner.js";

const KILL_GRACE_MS = 5_000;

/** Runs commands with `sh -c` in their own process group, so that a stop reaches grandchildren. */
export class NodeProcessRunner implements ProcessRunner {
  run(command: string, options: RunOptions): Promise<RunResult> {
    const started = performance.now();
    const child = spawn("sh", ["-c", command], {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let timedOut = false;
    let cancelled = false;
    const stop = () => killGroup(child.pid);
    const onAbort = () => {
      cancelled = true;
      stop();
    };
    options.signal?.addEventListener("abort", onAbort, { once: true });
    if (options.signal?.aborted) onAbort();
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            stop();
          }, options.timeoutMs);
    child.stdout.setEncoding("utf8").on("data", (c: string) => options.onOutput?.(c, "stdout"));
    child.stderr.setEncoding("utf8").on("data", (c: string) => options.onOutput?.(c, "stderr"));
    return new Promise((resolve, reject) => {
      child.once("error", (error) => {
        clearTimeout(timer);
        options.signal?.removeEventListener("abort", onAbort);
        reject(error);
      });
      child.once("close", (exitCode, signal) => {
        clearTimeout(timer);
        options.signal?.removeEventListener("abort", onAbort);
        const durationMs = Math.round(performance.now() - started);
        resolve({ exitCode, signal, durationMs, timedOut, cancelled });
      });
    });
  }
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  signalGroup(pid, "SIGTERM");
  setTimeout(() => signalGroup(pid, "SIGKILL"), KILL_GRACE_MS).unref();
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group has already exited.
  }
}
