import { randomBytes } from "node:crypto";

/**
 * Lines a build printed are untrusted: the runner would execute any `::command::` among them
 * (`::add-mask::`, `::error::`, `::stop-commands::`...). Fenced between `::stop-commands::<token>`
 * and `::<token>::` they are shown but never executed. The token is fresh and random for every
 * fence, made after the lines were produced, and never one that appears in them, so nothing a
 * build prints can end the fence early.
 */
export function fenceUntrusted(lines: readonly string[]): string[] {
  if (lines.length === 0) return [];
  let token = freshToken();
  while (lines.some((line) => line.includes(token))) token = freshToken();
  return [`::stop-commands::${token}`, ...lines, `::${token}::`];
}

function freshToken(): string {
  return randomBytes(16).toString("hex");
}
