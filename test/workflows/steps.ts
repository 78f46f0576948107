import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { MAX_OUTPUT_BYTES } from "../../src/github/matrix.js";
import { artifactPathProblem } from "../../src/github/stage-transfer.js";
import { condition, interpolate, type Context } from "./expressions.js";
import { exec, parseOutputFile } from "./process.js";
import type { Job, Runner } from "./walker.js";

export interface Step {
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  "working-directory"?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

interface JobSpace {
  runner: Runner;
  jobId: string;
  workspace: string;
  temp: string;
  /** What earlier steps wrote to GITHUB_ENV. */
  env: Record<string, string>;
  context: Context;
}

type StepResult = { ok: boolean; outputs: Record<string, string> };
const done = (ok: boolean, outputs: Record<string, string> = {}): StepResult => ({ ok, outputs });

/** One job on a fresh machine: a new workspace and RUNNER_TEMP, each step its own process. */
export async function runSteps(runner: Runner, jobId: string, job: Job, base: Context) {
  const id = `${jobId.replace(/\//g, "_")}-${randomUUID().slice(0, 8)}`;
  const workspace = path.join(runner.root, "_work", id, "repo");
  const temp = path.join(runner.root, "_work", "_temp", id);
  await fs.mkdir(workspace, { recursive: true });
  await fs.mkdir(temp, { recursive: true });
  const steps: Record<string, { outputs: Record<string, string> }> = {};
  const context: Context = { ...base, steps, runner: { temp, os: "Linux", arch: "X64" } };
  const space: JobSpace = { runner, jobId, workspace, temp, env: {}, context };
  let failed = false;
  for (const step of job.steps ?? []) {
    if (!condition(step.if, context, { failed })) continue;
    const { ok, outputs } = await runStep(space, step);
    if (!ok) failed = true;
    if (step.id) steps[step.id] = { outputs };
  }
  const outputs = failed ? {} : interpolateAll(job.outputs ?? {}, context);
  checkOutputSizes(jobId, outputs);
  return { ok: !failed, outputs };
}

/** GitHub fails a job whose output is over 1 MB, counted in UTF-16 (see src/github/matrix.ts). */
function checkOutputSizes(jobId: string, outputs: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(outputs)) {
    const bytes = String(value ?? "").length * 2;
    if (bytes > MAX_OUTPUT_BYTES)
      throw new Error(`${jobId}: output ${name} is ${bytes} bytes, over GitHub's 1 MB`);
  }
}

function interpolateAll(values: Record<string, unknown>, context: Context) {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, interpolate(v, context)]));
}

async function runStep(space: JobSpace, step: Step): Promise<StepResult> {
  const withValues = interpolateAll(step.with ?? {}, space.context);
  const stepEnv = interpolateAll(step.env ?? {}, space.context) as Record<string, string>;
  const [name = "", ref = ""] = (step.uses ?? "").split("@");
  if (name === "actions/checkout") return done(await checkout(space));
  if (name === "actions/download-artifact") return done(await download(space, withValues));
  if (name === "actions/upload-artifact") return done(await upload(space, withValues));
  if (name === "actions/setup-node") return done(setupNode(withValues));
  if (name === "actions/upload-pages-artifact") return done(await uploadPages(space, withValues));
  if (space.runner.actions.has(`${name}@${ref}`))
    return runNodeAction(space, `${name}@${ref}`, withValues, stepEnv);
  if (step.uses) throw new Error(`the walker has no ${step.uses}`);
  if (step.run !== undefined) {
    const dir = interpolate(step["working-directory"] ?? ".", space.context);
    return runScript(space, step.run, stepEnv, path.resolve(space.workspace, String(dir)));
  }
  throw new Error(`the walker does not know step ${JSON.stringify(step)}`);
}

/** What a runner gives every step's process. */
async function stepEnvironment(space: JobSpace, extra: Record<string, string>) {
  const files = {
    GITHUB_OUTPUT: path.join(space.temp, `output-${randomUUID()}`),
    GITHUB_ENV: path.join(space.temp, `env-${randomUUID()}`),
    GITHUB_STEP_SUMMARY: path.join(space.temp, `summary-${randomUUID()}`),
  };
  for (const file of Object.values(files)) await fs.writeFile(file, "");
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    // The machine's own trust store, as a runner image has it (npm installs DuckDB through it).
    ...(process.env.NODE_EXTRA_CA_CERTS
      ? { NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS }
      : {}),
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: space.workspace,
    GITHUB_RUN_ID: space.runner.runId,
    GITHUB_RUN_ATTEMPT: String(space.runner.attempt),
    RUNNER_TEMP: space.temp,
    RUNNER_TOOL_CACHE: path.join(space.runner.root, "_work", "_tool"),
    RUNNER_OS: "Linux",
    RUNNER_ARCH: "X64",
    LIFECYCLE_CACHE_DIR: space.runner.cache,
    GITHUB_EVENT_NAME: String((space.context.github as { event_name?: string }).event_name ?? ""),
    ...(space.runner.repository ? { GITHUB_REPOSITORY: space.runner.repository } : {}),
    ...(space.runner.apiUrl ? { GITHUB_API_URL: space.runner.apiUrl } : {}),
    ...space.env,
    ...extra,
    ...files,
  };
  return { env, files };
}

/** Read GITHUB_OUTPUT and GITHUB_ENV after a step, as the runner does. */
async function collect(space: JobSpace, files: { GITHUB_OUTPUT: string; GITHUB_ENV: string }) {
  Object.assign(space.env, parseOutputFile(await fs.readFile(files.GITHUB_ENV, "utf8")));
  return parseOutputFile(await fs.readFile(files.GITHUB_OUTPUT, "utf8"));
}

async function runScript(
  space: JobSpace,
  script: string,
  stepEnv: Record<string, string>,
  cwd: string,
) {
  const { env, files } = await stepEnvironment(space, stepEnv);
  const result = await exec("bash", ["-e", "-c", script], { cwd, env });
  const outputs = await collect(space, files);
  return done(result.exitCode === 0, outputs);
}

/** A node action: `runs.main` of its checkout, with GITHUB_ACTION_PATH at that checkout. */
async function runNodeAction(
  space: JobSpace,
  action: string,
  withValues: Record<string, unknown>,
  stepEnv: Record<string, string>,
): Promise<StepResult> {
  const actionPath = space.runner.actions.get(action) ?? "";
  const inputs: Record<string, string> = {};
  for (const [name, value] of Object.entries(withValues))
    inputs[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] =
      typeof value === "string" ? value : JSON.stringify(value);
  const { env, files } = await stepEnvironment(space, {
    ...stepEnv,
    ...inputs,
    GITHUB_ACTION_PATH: actionPath,
  });
  const result = await exec(process.execPath, [path.join(actionPath, "dist", "index.js")], {
    cwd: space.workspace,
    env,
  });
  const outputs = await collect(space, files);
  const matrix = space.context.matrix as { key?: string } | undefined;
  space.runner.log.push({
    job: space.jobId,
    attempt: space.runner.attempt,
    matrixKey: matrix?.key,
    command: String(withValues.command),
    exitCode: result.exitCode,
    stdout: result.stdout,
    summary: await fs.readFile(files.GITHUB_STEP_SUMMARY, "utf8"),
    outputs,
    env: { ...env },
  });
  return done(result.exitCode === 0, outputs);
}

/** A fresh checkout of the consumer repository. */
async function checkout(space: JobSpace): Promise<boolean> {
  await fs.cp(space.runner.repo, space.workspace, { recursive: true });
  return true;
}

/**
 * As actions/setup-node: the runner's node stands in for the version asked (this machine has one
 * node); the version must be given as setup-node reads it.
 */
function setupNode(values: Record<string, unknown>): boolean {
  const version = String(values["node-version"] ?? "");
  if (!/^\d+(\.\d+){0,2}$|^lts\/\*$/.test(version)) throw new Error(`setup-node ${version}`);
  return true;
}

/** Minimatch's `*`, `?` and `{a,b}` (not nested), as download-artifact matches `pattern`. */
export function globToRegExp(glob: string): RegExp {
  const escape = (text: string) =>
    text
      .replace(/[.+^$()|[\]\\]/g, "\\$&")
      .replace(/\*/g, ".*")
      .replace(/\?/g, ".");
  const body = glob
    .split(/(\{[^{}]*,[^{}]*\})/)
    .map((part) =>
      /^\{.*\}$/.test(part)
        ? `(?:${part.slice(1, -1).split(",").map(escape).join("|")})`
        : escape(part).replace(/[{}]/g, "\\$&"),
    )
    .join("");
  return new RegExp(`^${body}$`);
}

/**
 * As actions/download-artifact: without `github-token` it sees the artifacts of the current run
 * attempt only; with `github-token` and `run-id` (and `actions: read`), those of every attempt.
 * As v8 does, each artifact lands in `<path>/<name>/`, except with `merge-multiple: true` or
 * when exactly one artifact matches: then its files land in `<path>` itself.
 */
async function download(space: JobSpace, values: Record<string, unknown>): Promise<boolean> {
  const pattern = globToRegExp(String(values.pattern));
  const target = String(values.path);
  const { runner } = space;
  const everyAttempt = values["github-token"] !== undefined && values["run-id"] === runner.runId;
  await fs.mkdir(target, { recursive: true });
  const attempts = everyAttempt
    ? Array.from({ length: runner.attempt }, (_, i) => i + 1)
    : [runner.attempt];
  const found: string[] = [];
  for (const attempt of attempts) {
    const dir = path.join(runner.artifacts, `a${attempt}`);
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    found.push(...names.filter((n) => pattern.test(n)).map((n) => path.join(dir, n)));
  }
  // download-artifact v8: merged, or a lone match, extracts straight into `path`.
  const straight = values["merge-multiple"] === true || found.length === 1;
  for (const artifact of found) {
    const into = straight ? target : path.join(target, path.basename(artifact));
    await fs.cp(artifact, into, { recursive: true, force: true });
  }
  return true;
}

/** As actions/upload-artifact: names unique, file paths checked as @actions/artifact checks them. */
async function upload(space: JobSpace, values: Record<string, unknown>): Promise<boolean> {
  const name = String(values.name);
  if (name === "" || /["":<>|*?\r\n\\/]/.test(name)) throw new Error(`artifact name ${name}`);
  const source = String(values.path);
  const target = path.join(space.runner.artifacts, `a${space.runner.attempt}`, name);
  if (
    await fs.stat(target).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`artifact ${name} uploaded twice`);
  const hidden = (rel: string) => rel.split(path.sep).some((part) => part.startsWith("."));
  const all = await fs.readdir(source, { recursive: true }).catch(() => [] as string[]);
  const files = values["include-hidden-files"] === true ? all : all.filter((f) => !hidden(f));
  if (files.length === 0) return values["if-no-files-found"] !== "error";
  if (files.some((f) => artifactPathProblem(f) !== undefined)) return false;
  await fs.cp(source, target, {
    recursive: true,
    filter: (file) =>
      files.includes(path.relative(source, file)) || isAncestor(file, source, files),
  });
  return true;
}

/** A folder on the way to a file that is uploaded (fs.cp asks about folders first). */
function isAncestor(file: string, source: string, files: readonly string[]): boolean {
  const rel = path.relative(source, file);
  return rel === "" || files.some((f) => f.startsWith(`${rel}${path.sep}`));
}

/**
 * As actions/upload-pages-artifact (a composite action): `path` as one tar (hidden files, .git
 * and .github left out), uploaded as the artifact `name` (default `github-pages`) holding
 * artifact.tar.
 */
async function uploadPages(space: JobSpace, values: Record<string, unknown>): Promise<boolean> {
  const source = path.resolve(space.workspace, String(values.path ?? "_site/"));
  const staged = path.join(space.temp, `pages-${randomUUID()}`);
  await fs.mkdir(staged);
  const tar = ["--dereference", "--hard-dereference", "--directory", source];
  const excludes = ["--exclude=.git", "--exclude=.github", "--exclude=.[^/]*"];
  const args = ["-cf", path.join(staged, "artifact.tar"), ...tar, ...excludes, "."];
  const result = await exec("tar", args, { cwd: space.workspace, env: process.env });
  if (result.exitCode !== 0) return false;
  const name = String(values.name ?? "github-pages");
  return upload(space, { name, path: staged, "if-no-files-found": "error" });
}
