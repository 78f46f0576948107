import { reportToIssue } from "../../github/failure-issue.js";
import type { ActionContext } from "../context.js";
import type { CommandOutcome } from "./outcome.js";

/**
 * `failure-issue`: after a scheduled run, open (or comment on) one issue when it failed, and close
 * it when a later run succeeds. The job that runs it is the only one with `issues: write`.
 */
export async function failureIssueCommand(context: ActionContext): Promise<CommandOutcome> {
  const { inputs, io } = context;
  const env = process.env;
  if (inputs.ok === undefined)
    return { ok: false, message: 'failure-issue needs the input "ok": the result of the run' };
  const repository = env.GITHUB_REPOSITORY ?? "";
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository))
    return { ok: false, message: "failure-issue: GITHUB_REPOSITORY is not owner/name" };
  if (inputs["github-token"] === "")
    return { ok: false, message: 'failure-issue needs "github-token" (default: github.token)' };
  const workflow = env.GITHUB_WORKFLOW ?? "lifecycle";
  const run = runLink(env, repository);
  const result = await reportToIssue({
    api: env.GITHUB_API_URL ?? "https://api.github.com",
    token: inputs["github-token"],
    repository,
    ok: inputs.ok,
    title: inputs["issue-title"] || `${workflow} is failing`,
    label: inputs["issue-label"],
    body: inputs.ok
      ? `Run ${run} succeeded: closing.`
      : `Run ${run} of ${workflow} failed (${env.GITHUB_REF_NAME ?? "?"} at ${(env.GITHUB_SHA ?? "?").slice(0, 12)}). Its summary lists what failed.`,
    signal: context.signal,
  });
  io.setOutput("issue-action", result.action);
  io.setOutput("issue-number", result.number === undefined ? "" : String(result.number));
  io.info(
    result.action === "none"
      ? "no open failure issue to close"
      : `issue #${result.number ?? "?"} ${result.action}`,
  );
  return { ok: true };
}

function runLink(env: NodeJS.ProcessEnv, repository: string): string {
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  const id = env.GITHUB_RUN_ID;
  return id && /^\d+$/.test(id) ? `[${id}](${server}/${repository}/actions/runs/${id})` : "(local)";
}
