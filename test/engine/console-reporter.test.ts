import { describe, expect, it } from "vitest";
import { ConsoleReporter } from "../../src/engine/console-reporter.js";
import { emptySummary } from "../../src/engine/reporter.js";
import type { EventRecord } from "../../src/store/events.js";

const task = { id: "a.build@main", asset: "a.build", partition: "main" };
const record: EventRecord = {
  asset: "a.build",
  partition: "main",
  status: "failed",
  start: "",
  end: "",
  durationMs: 1500,
  runId: "r",
  fingerprint: "",
  metadata: {},
};

function capture(isTTY: boolean) {
  let text = "";
  return { out: { isTTY, write: (t: string) => void (text += t) }, text: () => text };
}

describe("console reporter", () => {
  it("prints plain lines, command output included, when not a TTY", () => {
    const c = capture(false);
    const reporter = new ConsoleReporter(c.out);
    reporter.report({
      type: "run-planned",
      runId: "r",
      tasks: [{ ...task, after: [] }],
      dryRun: false,
      concurrency: 2,
      warnings: [
        {
          severity: "warning",
          file: "products/a/recipe.yml",
          line: 3,
          column: 5,
          path: "inputs",
          message: "no template",
        },
      ],
    });
    reporter.report({ type: "task-started", task });
    reporter.report({ type: "task-log", task, line: "hello" });
    reporter.report({ type: "task-succeeded", task, record: { ...record, status: "success" } });
    reporter.report({
      type: "run-finished",
      runId: "r",
      summary: { ...emptySummary(), success: 1 },
      durationMs: 2000,
    });
    expect(c.text()).toBe(
      "products/a/recipe.yml:3:5: warning: inputs: no template\n" +
        "1 task(s), concurrency 2, run r\nstart    a.build [main]\n  a.build [main] | hello\nok       a.build [main] (1.5s)\n" +
        "done in 2.0s: 1 succeeded, 0 skipped, 0 failed, 0 blocked, 0 cancelled\n",
    );
    expect(c.text()).not.toContain("\r");
  });

  it("keeps a live status line on a TTY and shows a failed task's output", () => {
    const c = capture(true);
    const reporter = new ConsoleReporter(c.out);
    reporter.report({
      type: "run-planned",
      runId: "r",
      tasks: [{ ...task, after: [] }],
      dryRun: false,
      concurrency: 1,
    });
    reporter.report({ type: "task-started", task });
    expect(c.text()).toContain("[0/1] running: a.build [main]");
    reporter.report({ type: "task-log", task, line: "boom" });
    expect(c.text()).not.toContain("boom");
    reporter.report({ type: "task-failed", task, record, error: "exit 3" });
    expect(c.text()).toContain(
      "\r\x1b[2KFAILED   a.build [main]: exit 3\n  | boom\n[1/1] running: -",
    );
  });
});
