/** Runs shell commands. The engine depends on this interface, never on child_process directly. */
export interface ProcessRunner {
  run(command: string, options: RunOptions): Promise<RunResult>;
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Abort kills the whole process group (SIGTERM, then SIGKILL after a grace period). */
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Called with every chunk of stdout and stderr, as it arrives. */
  onOutput?: (chunk: string, stream: "stdout" | "stderr") => void;
}

export interface RunResult {
  exitCode: number | null;
  /** Set when the process was ended by a signal. */
  signal: NodeJS.Signals | null;
  durationMs: number;
  timedOut: boolean;
  cancelled: boolean;
}
