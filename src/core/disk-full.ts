import { errorMessage } from "./errors.js";

const DISK_FULL = new Set(["ENOSPC", "EDQUOT"]);

export function isDiskFull(error: unknown): boolean {
  return error instanceof Error && "code" in error && DISK_FULL.has(String(error.code));
}

/**
 * Node's ENOSPC from a stream write says only `ENOSPC: no space left on device, write`: say which
 * directory's disk is full (the stage was writing under `where`), so the message and the stage's
 * record name it. Other errors come back unchanged.
 */
export function namingFullDisk(error: unknown, where: string): unknown {
  if (!isDiskFull(error)) return error;
  const code = (error as NodeJS.ErrnoException).code ?? "ENOSPC";
  return new Error(
    `no space left on the device holding ${where} (${code}: ${errorMessage(error)}): free space there, or point --store at a larger disk`,
    { cause: error },
  );
}
