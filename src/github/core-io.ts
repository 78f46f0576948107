import * as core from "@actions/core";
import { fenceUntrusted } from "./untrusted-output.js";
import type { AnnotationProps, WorkflowIo } from "./workflow-io.js";

/** WorkflowIo through @actions/core: workflow commands on stdout, `GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`. */
export class CoreWorkflowIo implements WorkflowIo {
  info(line: string): void {
    core.info(line);
  }

  group(title: string, lines: readonly string[]): void {
    core.startGroup(title);
    // A group's lines are a task's output: shown, never executed as workflow commands.
    for (const line of fenceUntrusted(lines)) core.info(line);
    core.endGroup();
  }

  annotate(
    kind: "error" | "warning" | "notice",
    message: string,
    props: AnnotationProps = {},
  ): void {
    core[kind](message, props);
  }

  setOutput(name: string, value: string): void {
    core.setOutput(name, value);
  }

  async appendSummary(markdown: string): Promise<void> {
    if (!process.env.GITHUB_STEP_SUMMARY) {
      core.info(markdown);
      return;
    }
    await core.summary.addRaw(markdown, true).write();
  }
}
