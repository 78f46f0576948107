import { readFileSync } from "node:fs";
import os from "node:os";

export interface ProcessIdentity {
  pid: number;
  hostname: string;
  processStart?: string;
  bootId?: string;
}

/** This process, as recorded in a lock or journal. */
export function thisProcess(): ProcessIdentity {
  const processStarted = processStart(process.pid);
  const bootId = currentBootId();
  return {
    pid: process.pid,
    hostname: os.hostname(),
    ...(processStarted !== undefined ? { processStart: processStarted } : {}),
    ...(bootId !== undefined ? { bootId } : {}),
  };
}

/**
 * Whether the process `identity` names still runs. Only meaningful on its own host (the caller
 * checks `hostname`). False when the pid is gone, the machine rebooted since, or the pid now
 * names a process that started at another time (pid reuse).
 */
export function isStillRunning(identity: Omit<ProcessIdentity, "hostname">): boolean {
  const bootId = currentBootId();
  if (identity.bootId !== undefined && bootId !== undefined && identity.bootId !== bootId)
    return false;
  if (!isProcessAlive(identity.pid)) return false;
  const started = processStart(identity.pid);
  return (
    identity.processStart === undefined ||
    started === undefined ||
    started === identity.processStart
  );
}

/** Whether a pid exists on this host (EPERM: it does, owned by another user). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Linux: the process's start time in clock ticks after boot (field 22 of /proc/<pid>/stat). */
export function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

/** Linux: changes at every boot, so pids recorded before a reboot mean nothing. */
export function currentBootId(): string | undefined {
  try {
    return readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim() || undefined;
  } catch {
    return undefined;
  }
}
