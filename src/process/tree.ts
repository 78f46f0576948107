import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";

/**
 * Set in the environment of every command lifecycle runs, with a value fresh for each run: a
 * descendant that left the process group (`setsid`, a daemon) still carries it, so it can be found
 * in /proc/<pid>/environ and ended with the rest of the command's processes.
 */
export const PROCESS_MARKER_ENV = "_LIFECYCLE_PROCESS_MARKER";

/** Once the command has exited, how long its descendants may keep its output pipes open. */
export const LINGER_MS = 1_000;
/** Between SIGTERM and SIGKILL. */
export const KILL_GRACE_MS = 5_000;

/** A command's processes: its process group, and every process carrying its marker. */
export class ProcessTree {
  readonly marker = randomUUID();
  private pid: number | undefined;
  private stopping: Promise<void> | undefined;

  /** The command's process, the leader of its own process group. */
  attach(pid: number | undefined): void {
    this.pid = pid;
  }

  env(base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
    return { ...base, [PROCESS_MARKER_ENV]: this.marker };
  }

  /** SIGTERM to everything, SIGKILL to what is left after the grace period. Resolves when both are sent. */
  stop(graceMs = KILL_GRACE_MS): Promise<void> {
    this.stopping ??= (async () => {
      await this.signal("SIGTERM");
      const until = Date.now() + graceMs;
      while (Date.now() < until && (await this.members()).length > 0) await sleep(100);
      await this.signal("SIGKILL");
    })();
    return this.stopping;
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    if (this.pid !== undefined) trySignal(-this.pid, signal);
    for (const pid of await this.members()) trySignal(pid, signal);
  }

  /** Live processes carrying this tree's marker (none where there is no /proc). */
  async members(): Promise<number[]> {
    return processesWithEnv(`${PROCESS_MARKER_ENV}=${this.marker}`);
  }
}

export async function processesWithEnv(entry: string): Promise<number[]> {
  let names: string[];
  try {
    names = await fs.readdir("/proc");
  } catch {
    return [];
  }
  const needle = `\0${entry}\0`;
  const found: number[] = [];
  for (const name of names) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      const environ = await fs.readFile(`/proc/${name}/environ`, "latin1");
      if (`\0${environ}`.includes(needle)) found.push(Number(name));
    } catch {
      // Gone already, or not ours to read.
    }
  }
  return found;
}

function trySignal(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // Already exited.
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
