import { describe, expect, it } from "vitest";
import { GitHubRunReporter } from "../../src/github/reporter.js";
import { RecordingWorkflowIo } from "../../src/github/workflow-io.js";
import type { EventRecord } from "../../src/store/events.js";

function record(
  asset: string,
  status: EventRecord["status"],
  durationMs: number,
  metadata = {},
): EventRecord {
  return {
    asset,
    partition: "main",
    status,
    start: "",
    end: "",
    durationMs,
    runId: "r",
    fingerprint: "f",
    metadata,
  };
}

describe("GitHubRunReporter", () => {
  it("groups each task's log, annotates failures with the last lines, and tables every task", () => {
    const io = new RecordingWorkflowIo();
    const reporter = new GitHubRunReporter(io);
    const build = { id: "a.build@main", asset: "a.build", partition: "main" };
    const other = { id: "b.build@main", asset: "b.build", partition: "main" };
    reporter.report({
      type: "run-planned",
      runId: "r",
      tasks: [
        { ...build, after: [] },
        { ...other, after: [] },
      ],
      dryRun: false,
      concurrency: 2,
    });
    reporter.report({ type: "task-started", task: build });
    reporter.report({ type: "task-started", task: other });
    reporter.report({ type: "task-log", task: build, line: "building a" });
    reporter.report({ type: "task-log", task: other, line: "building b" });
    reporter.report({ type: "task-log", task: other, line: "boom | bad" });
    reporter.report({
      type: "task-succeeded",
      task: build,
      record: record("a.build", "success", 1500, { rows: 12, nested: { x: 1 } }),
    });
    reporter.report({
      type: "task-failed",
      task: other,
      record: record("b.build", "failed", 20),
      error: "exit code 3",
    });
    reporter.report({
      type: "run-finished",
      runId: "r",
      durationMs: 1600,
      summary: { success: 1, skipped: 0, failed: 1, cancelled: 0, blocked: 0 },
    });

    expect(io.lines).toContain("::group::a.build @ main: success in 1.5 s");
    const group = io.lines.indexOf("::group::a.build @ main: success in 1.5 s");
    expect(io.lines.slice(group + 1, group + 3)).toEqual(["building a", "::endgroup::"]);
    expect(io.annotations).toEqual([
      {
        kind: "error",
        message: "exit code 3\n\nlast lines of output:\nbuilding b\nboom | bad",
        props: { title: "b.build @ main failed" },
      },
    ]);
    expect(reporter.failed).toBe(1);
    expect(reporter.summaryTable()).toBe(
      "| asset | partition | status | duration | metadata |\n| --- | --- | --- | --- | --- |\n" +
        "| a.build | main | success | 1.5 s | rows: 12 |\n| b.build | main | failed | 20 ms |  |\n",
    );
  });
});
