import { execFileSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { fenceUntrusted } from "../../src/github/untrusted-output.js";
import { REPO_ROOT } from "../cli-run.js";

const HOSTILE = [
  "::add-mask::x",
  "::error::x",
  "plain line",
  "::stop-commands::guess",
  "::guess::",
];

/**
 * The built reporter and @actions/core in a real Node process, as the action runs them: a task
 * whose log is HOSTILE fails, and what reaches stdout is what the runner would read.
 */
function actionStdout(): string[] {
  const url = (file: string) => pathToFileURL(path.join(REPO_ROOT, "build/src/github", file)).href;
  const script = `
    const { GitHubRunReporter } = await import(${JSON.stringify(url("reporter.js"))});
    const { CoreWorkflowIo } = await import(${JSON.stringify(url("core-io.js"))});
    const reporter = new GitHubRunReporter(new CoreWorkflowIo());
    const task = { id: "t", asset: "alpha.build", partition: "main" };
    reporter.report({ type: "task-started", task });
    for (const line of ${JSON.stringify(HOSTILE)}) reporter.report({ type: "task-log", task, line });
    reporter.report({ type: "task-failed", task, error: "boom\\n::add-mask::y" });
  `;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    env: { PATH: process.env.PATH },
  });
  return out.toString().split(/\r?\n/).filter(Boolean);
}

describe("the action's untrusted output", () => {
  it("fences a task's output with ::stop-commands:: and a fresh token the output never saw", () => {
    const lines = actionStdout();
    const start = lines.findIndex((l) => l.startsWith("::stop-commands::"));
    expect(start).toBeGreaterThan(0);
    const token = lines[start]!.slice("::stop-commands::".length);
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    const end = lines.indexOf(`::${token}::`);
    expect(lines.slice(start + 1, end)).toEqual(HOSTILE);
    expect(lines.slice(0, start).join("\n")).toMatch(/^::group::alpha\.build @ main: failed/m);
    expect(lines.slice(end + 1)).toContain("::endgroup::");
    // Outside the fence, every line is lifecycle's own command; the hostile ones never stand alone.
    const outside = [...lines.slice(0, start), ...lines.slice(end + 1)];
    for (const hostile of HOSTILE) expect(outside).not.toContain(hostile);
    // The failure annotation carries the error on one escaped line.
    expect(outside.find((l) => l.startsWith("::error"))).toMatch(/boom%0A::add-mask::y/);
    const again = actionStdout().find((l) => l.startsWith("::stop-commands::"));
    expect(again).not.toBe(lines[start]);
  }, 30_000);

  it("never picks a token that occurs in the lines", () => {
    for (let i = 0; i < 200; i++) {
      const fenced = fenceUntrusted(["a", "::x::"]);
      const token = fenced[0]!.slice("::stop-commands::".length);
      expect(fenced.at(-1)).toBe(`::${token}::`);
      expect(fenced.slice(1, -1).some((l) => l.includes(token))).toBe(false);
    }
    expect(fenceUntrusted([])).toEqual([]);
  });
});
