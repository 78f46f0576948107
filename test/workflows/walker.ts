import fs from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { condition, interpolate, type Context } from "./expressions.js";
import { runSteps, type Step } from "./steps.js";

/**
 * Walks a workflow's job graph the way GitHub and its runners do, with GitHub's hosted services
 * replaced by local folders at the narrowest seam. The runner is laid out as on a hosted runner:
 * `<root>/_work/_actions/<owner>/<repo>/<ref>/` holds each action as a checkout of its ref,
 * `<root>/_work/_tool` is RUNNER_TOOL_CACHE, every job gets a fresh `GITHUB_WORKSPACE` and
 * `RUNNER_TEMP`, and every step runs in its own process. A reusable workflow `owner/repo/path@ref`
 * is read from that action checkout; `./path` from the caller's repository.
 */
export interface Runner {
  /** The runner's root: `_work/` lives under it. */
  root: string;
  /** The consumer repository that actions/checkout checks out (no node_modules in it). */
  repo: string;
  /** `owner/repo@ref` -> the folder holding its checkout (under `_work/_actions`). */
  actions: Map<string, string>;
  /** The run's artifact service: `<artifacts>/a<attempt>/<name>/`. */
  artifacts: string;
  /** The Actions cache, shared across runs (LIFECYCLE_CACHE_DIR). */
  cache: string;
  runId: string;
  attempt: number;
  secrets: Record<string, string>;
  /** The repository's configuration variables (`vars.*`). */
  vars?: Record<string, string>;
  /** Every action step run, for assertions. */
  log: StepRecord[];
  /** `owner/name` of the consumer repository (GITHUB_REPOSITORY). */
  repository?: string;
  /** GITHUB_API_URL: a strict stand-in for GitHub's REST API on 127.0.0.1, when a test needs one. */
  apiUrl?: string;
  /**
   * A job with `environment:` waits for that environment's protection rules (required reviewers):
   * this decides, as the reviewers would (default: approved). Every decision is logged.
   */
  approve?: (environment: string, job: string) => boolean;
  approvals?: { job: string; environment: string; approved: boolean }[];
}

export interface StepRecord {
  job: string;
  attempt: number;
  matrixKey: string | undefined;
  command: string;
  exitCode: number;
  stdout: string;
  summary: string;
  outputs: Record<string, string>;
  env: Record<string, string | undefined>;
}

export interface JobResult {
  result: "success" | "failure" | "skipped";
  outputs: Record<string, unknown>;
}

/** Results by job path (`caller-job/called-job`), so that a re-run can keep what succeeded. */
export type RunResults = Map<string, JobResult>;

export interface Job {
  needs?: string | string[];
  environment?: string | { name: string; url?: string };
  if?: string;
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: Record<string, string> | "inherit";
  strategy?: { matrix?: unknown };
  outputs?: Record<string, string>;
  steps?: Step[];
}

interface WorkflowDoc {
  on: Record<string, { inputs?: Record<string, { default?: unknown }> } | null>;
  jobs: Record<string, Job>;
}

export interface Call {
  /** A path in the consumer repo, or `owner/repo/.github/workflows/x.yml@ref`. */
  workflow: string;
  inputs: Record<string, unknown>;
  secrets: Record<string, string>;
  event?: Record<string, unknown>;
}

/** GITHUB_EVENT_NAME of a call: a pull request when its event has one, else a manual dispatch. */
export function eventName(call: Call): string {
  return call.event?.pull_request === undefined ? "workflow_dispatch" : "pull_request";
}

/**
 * Run a workflow; resolves to the result of every job, nested ones included. With `previous`
 * (the results of attempt n-1), only jobs that did not succeed run again, as "Re-run failed jobs"
 * does: the others keep their outputs.
 */
export async function walkWorkflow(
  runner: Runner,
  call: Call,
  previous: RunResults = new Map(),
  prefix = "",
): Promise<RunResults> {
  const doc = parse(
    await fs.readFile(resolveWorkflow(runner, call.workflow), "utf8"),
  ) as WorkflowDoc;
  const declared = { ...doc.on.workflow_call?.inputs, ...doc.on.workflow_dispatch?.inputs };
  const inputs: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(declared))
    inputs[name] = call.inputs[name] ?? spec?.default;
  const results: RunResults = new Map();
  const local = new Map<string, JobResult>();
  for (const id of jobOrder(doc.jobs)) {
    const key = `${prefix}${id}`;
    const kept = previous.get(key);
    const job = doc.jobs[id] as Job;
    const result =
      kept?.result === "success" && !job.uses
        ? kept
        : await runJob(runner, { id: key, job, inputs, call, local, previous, results });
    local.set(id, result);
    results.set(key, result);
  }
  return results;
}

function resolveWorkflow(runner: Runner, workflow: string): string {
  const remote = /^([\w.-]+\/[\w.-]+)\/(.+)@([\w.-]+)$/.exec(workflow);
  if (!remote) return path.join(runner.repo, workflow.replace(/^\.\//, ""));
  const checkout = runner.actions.get(`${remote[1]}@${remote[3]}`);
  if (!checkout) throw new Error(`no checkout of ${remote[1]}@${remote[3]} on the runner`);
  return path.join(checkout, remote[2] ?? "");
}

function needsOf(job: Job): string[] {
  return job.needs === undefined ? [] : [job.needs].flat();
}

function jobOrder(jobs: Record<string, Job>): string[] {
  const order: string[] = [];
  const visit = (id: string) => {
    if (order.includes(id)) return;
    for (const dep of needsOf(jobs[id] as Job)) visit(dep);
    order.push(id);
  };
  for (const id of Object.keys(jobs)) visit(id);
  return order;
}

interface JobRun {
  id: string;
  job: Job;
  inputs: Record<string, unknown>;
  call: Call;
  local: Map<string, JobResult>;
  previous: RunResults;
  results: RunResults;
}

async function runJob(runner: Runner, run: JobRun): Promise<JobResult> {
  const { job, call } = run;
  const needs = Object.fromEntries(needsOf(job).map((n) => [n, run.local.get(n)]));
  const failed = Object.values(needs).some((r) => r?.result !== "success");
  const context: Context = {
    inputs: run.inputs,
    needs,
    secrets: call.secrets,
    vars: runner.vars ?? {},
    github: {
      run_id: runner.runId,
      run_attempt: String(runner.attempt),
      token: "ghs_fake_run_token",
      event: call.event ?? {},
      event_name: eventName(call),
      repository: runner.repository ?? "",
    },
  };
  if (!condition(job.if, context, { failed })) return { result: "skipped", outputs: {} };
  if (job.environment !== undefined && !approved(runner, run.id, job.environment, context))
    return { result: "failure", outputs: {} };
  if (job.uses) return callWorkflow(runner, run, context);
  const matrix =
    job.strategy?.matrix === undefined ? undefined : interpolate(job.strategy.matrix, context);
  const entries =
    matrix === undefined ? [undefined] : ((matrix as { include: Context[] }).include ?? []);
  let outputs: Record<string, unknown> = {};
  let ok = true;
  for (const entry of entries) {
    const result = await runSteps(runner, run.id, job, { ...context, matrix: entry });
    ok &&= result.ok;
    outputs = result.outputs;
  }
  return { result: ok ? "success" : "failure", outputs };
}

/** The environment's protection rules: the job runs once approved, fails when rejected. */
function approved(
  runner: Runner,
  job: string,
  environment: Job["environment"],
  context: Context,
): boolean {
  const spec = typeof environment === "string" ? environment : environment?.name;
  const name = String(interpolate(spec, context) ?? "");
  if (name === "") throw new Error(`${job}: environment with no name`);
  const ok = runner.approve?.(name, job) ?? true;
  (runner.approvals ??= []).push({ job, environment: name, approved: ok });
  return ok;
}

async function callWorkflow(runner: Runner, run: JobRun, context: Context): Promise<JobResult> {
  const { job } = run;
  if (job.secrets === "inherit") throw new Error(`${run.id}: secrets: inherit`);
  const secrets = Object.fromEntries(
    Object.entries(job.secrets ?? {}).map(([k, v]) => [k, String(interpolate(v, context) ?? "")]),
  );
  const inputs = Object.fromEntries(
    Object.entries(job.with ?? {}).map(([k, v]) => [k, interpolate(v, context)]),
  );
  const called = await walkWorkflow(
    runner,
    { workflow: job.uses ?? "", inputs, secrets, event: run.call.event },
    run.previous,
    `${run.id}/`,
  );
  for (const [key, value] of called) run.results.set(key, value);
  const ok = [...called.values()].every((r) => r.result !== "failure");
  return { result: ok ? "success" : "failure", outputs: {} };
}
