import { randomUUID } from "node:crypto";
import { readlinkSync } from "node:fs";
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

/** A command's processes: its process group, every process carrying its marker or holding its output. */
export class ProcessTree {
  readonly marker = randomUUID();
  private pid: number | undefined;
  private stopping: Promise<void> | undefined;
  private readonly pipes = new Set<string>();

  /**
   * The command's process, the leader of its own process group. Its stdout and stderr (pipes, or
   * the socket pairs Node uses for them) are noted now, while they are surely its fds 1 and 2: a
   * descendant that cleared its environment is still found by holding them.
   */
  attach(pid: number | undefined): void {
    this.pid = pid;
    if (pid === undefined) return;
    for (const fd of [1, 2]) {
      try {
        const link = readlinkSync(`/proc/${pid}/fd/${fd}`);
        if (/^(pipe|socket):/.test(link)) this.pipes.add(link);
      } catch {
        // No /proc, or it has exited already.
      }
    }
  }

  env(base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
    return { ...base, [PROCESS_MARKER_ENV]: this.marker };
  }

  /** SIGTERM to everything, SIGKILL to what is left after the grace period. Resolves when both are sent. */
  stop(graceMs = KILL_GRACE_MS): Promise<void> {
    this.stopping ??= (async () => {
      await this.signal("SIGTERM");
      const until = Date.now() + graceMs;
      while (Date.now() < until && (await this.anyAlive())) await sleep(100);
      await this.signal("SIGKILL");
    })();
    return this.stopping;
  }

  private async anyAlive(): Promise<boolean> {
    if (this.pid !== undefined && trySignal(-this.pid, 0)) return true;
    return (await this.members()).length > 0;
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    if (this.pid !== undefined) trySignal(-this.pid, signal);
    for (const pid of await this.members()) trySignal(pid, signal);
  }

  /** Live processes carrying this tree's marker or holding its pipes (none where there is no /proc). */
  async members(): Promise<number[]> {
    const marked = await processesWithEnv(`${PROCESS_MARKER_ENV}=${this.marker}`);
    const holding = this.pipes.size === 0 ? [] : await processesHolding(this.pipes);
    return [...new Set([...marked, ...holding])];
  }
}

async function processesHolding(pipes: ReadonlySet<string>): Promise<number[]> {
  const found: number[] = [];
  for (const pid of await otherPids()) {
    try {
      for (const fd of await fs.readdir(`/proc/${pid}/fd`)) {
        const link = await fs.readlink(`/proc/${pid}/fd/${fd}`).catch(() => "");
        if (pipes.has(link)) {
          found.push(pid);
          break;
        }
      }
    } catch {
      // Gone already, or not ours to read.
    }
  }
  return found;
}

async function otherPids(): Promise<number[]> {
  try {
    const names = await fs.readdir("/proc");
    return names.filter((n) => /^\d+$/.test(n) && Number(n) !== process.pid).map(Number);
  } catch {
    return [];
  }
}

export async function processesWithEnv(entry: string): Promise<number[]> {
  const needle = `\0${entry}\0`;
  const found: number[] = [];
  for (const pid of await otherPids()) {
    try {
      const environ = await fs.readFile(`/proc/${pid}/environ`, "latin1");
      if (`\0${environ}`.includes(needle)) found.push(pid);
    } catch {
      // Gone already, or not ours to read.
    }
  }
  return found;
}

/** Whether the signal was delivered (0 only asks whether the process or group exists). */
function trySignal(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(pid, signal);
    return true;
  } catch {
    return false; // Already exited.
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
