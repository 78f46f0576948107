import type { Diagnostic } from "./diagnostics.js";

/** Bad command-line usage or bad action input: exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** The user's configuration files are invalid: exit code 2. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  constructor(
    message: string,
    readonly diagnostics: readonly Diagnostic[] = [],
  ) {
    super(message);
  }
}

/** A stage ran and failed (non-zero exit, missing version, ...): exit code 1. */
export class StageFailure extends Error {
  override readonly name = "StageFailure";
  constructor(
    message: string,
    readonly asset: string,
    readonly partition: string,
  ) {
    super(message);
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

export function exitCodeFor(error: unknown): number {
  if (error instanceof UsageError || error instanceof ConfigError) return 2;
  return 1;
}
