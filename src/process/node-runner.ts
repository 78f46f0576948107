import { spawn, type ChildProcess } from "node:child_process";
import type { ProcessRunner, RunOptions, RunResult } from "./runner.js";
import { LINGER_MS, ProcessTree } from "./tree.js";

/**
 * Runs commands with `sh -c` in their own process group. A stop (timeout or abort) ends the group
 * and every descendant that left it (found by a per-run environment marker), SIGKILL after a grace
 * period; the command's pipes are then released, so a descendant that escaped even that cannot keep
 * the run waiting. Descendants still holding the pipes once the command has exited are ended too.
 */
export class NodeProcessRunner implements ProcessRunner {
  run(command: string, options: RunOptions): Promise<RunResult> {
    const started = performance.now();
    const tree = new ProcessTree();
    const child = spawn("sh", ["-c", command], {
      cwd: options.cwd,
      env: tree.env(options.env),
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    tree.attach(child.pid);
    let timedOut = false;
    let cancelled = false;
    const stop = () => void tree.stop().then(() => releasePipes(child));
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
    let linger: NodeJS.Timeout | undefined;
    child.once("exit", () => (linger = setTimeout(stop, LINGER_MS)));
    child.stdout?.setEncoding("utf8").on("data", (c: string) => options.onOutput?.(c, "stdout"));
    child.stderr?.setEncoding("utf8").on("data", (c: string) => options.onOutput?.(c, "stderr"));
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        clearTimeout(linger);
        options.signal?.removeEventListener("abort", onAbort);
      };
      child.once("error", (error) => {
        done();
        reject(error);
      });
      child.once("close", (exitCode, signal) => {
        done();
        const durationMs = Math.round(performance.now() - started);
        resolve({ exitCode, signal, durationMs, timedOut, cancelled });
      });
    });
  }
}

function releasePipes(child: ChildProcess): void {
  child.stdout?.destroy();
  child.stderr?.destroy();
}
