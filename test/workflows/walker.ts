import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { condition, interpolate, type Context } from "./expressions.js";
import { exec, parseOutputFile } from "./process.js";

/**
 * Walks a workflow's job graph the way a runner would, with GitHub's hosted services replaced by
 * local folders: every job runs in a fresh copy of the repository, every action step in its own
 * process, and jobs see only what earlier jobs uploaded (artifacts) or saved (cache).
 */
export interface Services {
  /** The repository to check out. */
  repo: string;
  /** The run's artifact service: one folder per uploaded artifact. */
  artifacts: string;
  /** The Actions cache, shared across runs (LIFECYCLE_CACHE_DIR). */
  cache: string;
  /** Scratch space for job workspaces. */
  scratch: string;
  runId: string;
  /** Every action step run, for assertions. */
  log: StepRecord[];
}

export interface StepRecord {
  job: string;
  matrixKey: string | undefined;
  command: string;
  exitCode: number;
  stdout: string;
  summary: string;
  outputs: Record<string, string>;
}

export interface JobResult {
  result: "success" | "failure" | "skipped";
  outputs: Record<string, unknown>;
}

interface Job {
  needs?: string | string[];
  if?: string;
  uses?: string;
  with?: Record<string, unknown>;
  strategy?: { matrix?: unknown };
  outputs?: Record<string, string>;
  steps?: Step[];
}

interface Step {
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

/** Run a workflow with `inputs`; resolves to each job's result. */
export async function walkWorkflow(
  services: Services,
  file: string,
  inputs: Record<string, unknown>,
): Promise<Map<string, JobResult>> {
  const doc = parse(await fs.readFile(path.join(services.repo, file), "utf8")) as {
    on: Record<string, { inputs?: Record<string, { default?: unknown }> } | null>;
    jobs: Record<string, Job>;
  };
  const declared = { ...doc.on.workflow_call?.inputs, ...doc.on.workflow_dispatch?.inputs };
  const withDefaults: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(declared))
    withDefaults[name] = inputs[name] ?? spec?.default;
  const results = new Map<string, JobResult>();
  for (const id of jobOrder(doc.jobs)) {
    results.set(id, await runJob(services, id, doc.jobs[id] as Job, withDefaults, results));
  }
  return results;
}

function needsOf(job: Job): string[] {
  return job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs];
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

async function runJob(
  services: Services,
  id: string,
  job: Job,
  inputs: Record<string, unknown>,
  results: Map<string, JobResult>,
): Promise<JobResult> {
  const needs = Object.fromEntries(needsOf(job).map((n) => [n, results.get(n)]));
  const failed = Object.values(needs).some((r) => r?.result !== "success");
  const context: Context = { inputs, needs, github: { run_attempt: "1", run_id: services.runId } };
  if (!condition(job.if, context, { failed })) return { result: "skipped", outputs: {} };
  if (job.uses) {
    const called = await walkWorkflow(
      services,
      job.uses.replace(/^\.\//, ""),
      interpolateAll(job.with ?? {}, context),
    );
    const ok = [...called.values()].every((r) => r.result !== "failure");
    return { result: ok ? "success" : "failure", outputs: {} };
  }
  const matrix =
    job.strategy?.matrix === undefined ? undefined : interpolate(job.strategy.matrix, context);
  const entries =
    matrix === undefined ? [undefined] : ((matrix as { include: Context[] }).include ?? []);
  let outputs: Record<string, unknown> = {};
  let ok = true;
  for (const entry of entries) {
    const run = await runSteps(services, id, job, { ...context, matrix: entry });
    ok &&= run.ok;
    outputs = run.outputs;
  }
  return { result: ok ? "success" : "failure", outputs };
}

function interpolateAll(
  values: Record<string, unknown>,
  context: Context,
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, interpolate(v, context)]));
}

async function runSteps(services: Services, jobId: string, job: Job, base: Context) {
  const workspace = path.join(services.scratch, `${jobId}-${randomUUID().slice(0, 8)}`);
  const temp = `${workspace}-temp`;
  await fs.mkdir(temp, { recursive: true });
  await fs.mkdir(workspace, { recursive: true });
  const steps: Record<string, { outputs: Record<string, string> }> = {};
  const context: Context = { ...base, steps, runner: { temp } };
  let failed = false;
  for (const step of job.steps ?? []) {
    if (!condition(step.if, context, { failed })) continue;
    const withValues = interpolateAll(step.with ?? {}, context);
    const { ok, outputs } = await runStep(services, {
      jobId,
      workspace,
      temp,
      step,
      withValues,
      context,
    });
    if (!ok) failed = true;
    if (step.id) steps[step.id] = { outputs };
  }
  const jobOutputs = failed ? {} : interpolateAll(job.outputs ?? {}, context);
  return { ok: !failed, outputs: jobOutputs };
}

interface StepRun {
  jobId: string;
  workspace: string;
  temp: string;
  step: Step;
  withValues: Record<string, unknown>;
  context: Context;
}

type StepResult = { ok: boolean; outputs: Record<string, string> };
const done = (ok: boolean, outputs: Record<string, string> = {}): StepResult => ({ ok, outputs });

/** A failed step keeps the outputs it set, as on GitHub. */
async function runStep(services: Services, run: StepRun): Promise<StepResult> {
  const { step, withValues, workspace } = run;
  const uses = step.uses?.replace(/@.*$/, "");
  if (uses === "actions/checkout") return done(await checkout(services, workspace));
  if (uses === "actions/setup-node") return done(true);
  if (uses === "actions/download-artifact") return done(await download(services, withValues));
  if (uses === "actions/upload-artifact") return done(await upload(services, withValues));
  if (uses === "./") return runAction(services, run);
  if (step.run?.startsWith("npm ci")) {
    const modules = path.join(services.repo, "node_modules");
    await fs.symlink(modules, path.join(workspace, "node_modules"), "dir");
    return done(true);
  }
  if (step.run !== undefined) {
    const env = {
      ...process.env,
      ...interpolateAll(step.env ?? {}, run.context),
    } as NodeJS.ProcessEnv;
    const result = await exec("bash", ["-e", "-c", step.run], { cwd: workspace, env });
    return done(result.exitCode === 0);
  }
  throw new Error(`the walker does not know step ${JSON.stringify(step)}`);
}

/** A fresh copy of the repository, as actions/checkout makes it (node_modules comes from `npm ci`). */
async function checkout(services: Services, workspace: string): Promise<boolean> {
  await fs.mkdir(workspace, { recursive: true });
  for (const name of await fs.readdir(services.repo)) {
    if (name === "node_modules" || name === ".git" || name === ".lifecycle") continue;
    await fs.cp(path.join(services.repo, name), path.join(workspace, name), { recursive: true });
  }
  return true;
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(
    `^${glob
      .replace(/[.+^${}()|[\]\\]/g, "\\$&")
      .replace(/\*/g, ".*")
      .replace(/\?/g, ".")}$`,
  );
}

async function download(services: Services, values: Record<string, unknown>): Promise<boolean> {
  const pattern = globToRegExp(String(values.pattern));
  const target = String(values.path);
  await fs.mkdir(target, { recursive: true });
  const names = await fs.readdir(services.artifacts).catch(() => [] as string[]);
  for (const name of names.filter((n) => pattern.test(n))) {
    await fs.cp(path.join(services.artifacts, name), path.join(target, name), { recursive: true });
  }
  return true;
}

/** Artifact names are unique within a run, as GitHub enforces. */
async function upload(services: Services, values: Record<string, unknown>): Promise<boolean> {
  const name = String(values.name);
  const source = String(values.path);
  const target = path.join(services.artifacts, name);
  const taken = await fs.stat(target).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`artifact ${name} uploaded twice`);
  const files = await fs.readdir(source).catch(() => [] as string[]);
  if (files.length === 0 && values["if-no-files-found"] === "error") return false;
  await fs.cp(source, target, { recursive: true });
  return true;
}

async function runAction(services: Services, run: StepRun): Promise<StepResult> {
  const outputFile = `${run.temp}/output-${randomUUID()}`;
  const summaryFile = `${run.temp}/summary-${randomUUID()}`;
  await fs.writeFile(outputFile, "");
  await fs.writeFile(summaryFile, "");
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_WORKSPACE: run.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_RUN_ID: services.runId,
    GITHUB_RUN_ATTEMPT: "1",
    RUNNER_TEMP: run.temp,
    LIFECYCLE_CACHE_DIR: services.cache,
  };
  for (const [name, value] of Object.entries(run.withValues)) {
    env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] =
      typeof value === "string" ? value : JSON.stringify(value);
  }
  const result = await exec(process.execPath, [path.join(run.workspace, "dist", "index.js")], {
    cwd: run.workspace,
    env,
  });
  const outputs = parseOutputFile(await fs.readFile(outputFile, "utf8"));
  const matrix = run.context.matrix as { key?: string } | undefined;
  services.log.push({
    job: run.jobId,
    matrixKey: matrix?.key,
    command: String(run.withValues.command),
    exitCode: result.exitCode,
    stdout: result.stdout,
    summary: await fs.readFile(summaryFile, "utf8"),
    outputs,
  });
  return done(result.exitCode === 0, outputs);
}
