import fs from "node:fs/promises";
import path from "node:path";
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
} from "@actions/workflow-parser";
import { ErrorPolicy } from "@actions/workflow-parser/model/convert";
import type { FileReference } from "@actions/workflow-parser/workflows/file-reference";
import { parse } from "yaml";

/**
 * The cross-file workflow check: GitHub's own parser (@actions/workflow-parser) validates each
 * workflow against GitHub's schema and, through a file provider, every reusable workflow call's
 * `with:` and `secrets:` against the called workflow; on top, every `with:` given to an action
 * must name an input its action.yml declares, required inputs must be given, and every
 * `steps.<id>.outputs.<name>` and `needs.<job>.outputs.<name>` must exist.
 */
export interface CheckOptions {
  /** lifecycle's own repository: action.yml and .github/workflows/ at the ref being checked. */
  lifecycleRepo: string;
  /** Folder holding `<owner>/<repo>/action.yml` for the other actions used. */
  actionsDir: string;
}

export interface Finding {
  file: string;
  line: number;
  message: string;
}

interface ActionMeta {
  inputs: Record<string, { required?: boolean; default?: unknown }>;
  outputs: Record<string, unknown>;
}

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}

interface Job {
  needs?: string | string[];
  uses?: string;
  with?: Record<string, unknown>;
  outputs?: Record<string, string>;
  steps?: Step[];
}

const LIFECYCLE = "lifecycle-dev/lifecycle";

/** Check every workflow in `<folder>/.github/workflows`. */
export async function checkWorkflows(folder: string, options: CheckOptions): Promise<Finding[]> {
  const dir = path.join(folder, ".github", "workflows");
  const names = (await fs.readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  const findings: Finding[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const text = await fs.readFile(file, "utf8");
    const shown = path.relative(folder, file);
    findings.push(...(await parserFindings(folder, shown, text, options)));
    findings.push(...(await referenceFindings(folder, shown, text, options)));
  }
  return findings;
}

async function parserFindings(
  folder: string,
  shown: string,
  text: string,
  options: CheckOptions,
): Promise<Finding[]> {
  const parsed = parseWorkflow({ name: shown, content: text }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (parsed.value) {
    const provider = {
      getFileContent: (ref: FileReference) => readReference(folder, ref, options),
    };
    const template = await convertWorkflowTemplate(parsed.context, parsed.value, provider, {
      fetchReusableWorkflowDepth: 1,
      errorPolicy: ErrorPolicy.TryConversion,
    });
    errors.push(...(template.errors ?? []).map((e) => String(e.Message)));
  }
  return [...new Set(errors)].map((message) => ({
    file: shown,
    line: Number(/\(Line: (\d+)/.exec(message)?.[1] ?? 0),
    message,
  }));
}

async function readReference(folder: string, ref: FileReference, options: CheckOptions) {
  if (!("owner" in ref)) {
    return { name: ref.path, content: await fs.readFile(path.join(folder, ref.path), "utf8") };
  }
  if (`${ref.owner}/${ref.repository}` !== LIFECYCLE)
    throw new Error(`no copy of ${ref.owner}/${ref.repository} to resolve ${ref.path}`);
  const file = path.join(options.lifecycleRepo, ref.path);
  return { name: ref.path, content: await fs.readFile(file, "utf8") };
}

async function referenceFindings(
  folder: string,
  shown: string,
  text: string,
  options: CheckOptions,
): Promise<Finding[]> {
  const doc = parse(text) as { jobs?: Record<string, Job> };
  const jobs = doc.jobs ?? {};
  const findings: Finding[] = [];
  const report = (needle: string, message: string) =>
    findings.push({ file: shown, line: lineOf(text, needle), message });
  for (const [jobId, job] of Object.entries(jobs)) {
    const stepOutputs = new Map<string, Set<string> | undefined>();
    for (const step of job.steps ?? []) {
      const meta = step.uses ? await actionMeta(folder, step.uses, options) : undefined;
      if (step.uses && meta) checkWith(jobId, step, meta, report);
      if (step.id) stepOutputs.set(step.id, meta ? outputsOf(meta, step) : undefined);
    }
    for (const [, id, output] of JSON.stringify(job).matchAll(
      /steps\.([\w-]+)\.outputs\.([\w-]+)/g,
    )) {
      if (id === undefined || output === undefined) continue;
      if (!stepOutputs.has(id)) report(`steps.${id}.`, `job ${jobId}: no step with id "${id}"`);
      const known = stepOutputs.get(id);
      if (known && !known.has(output))
        report(
          `steps.${id}.outputs.${output}`,
          `job ${jobId}: step "${id}" has no output "${output}" (it has: ${[...known].join(", ")})`,
        );
    }
    await checkNeeds(folder, jobId, job, jobs, options, report);
  }
  return findings;
}

type Report = (needle: string, message: string) => void;

function checkWith(jobId: string, step: Step, meta: ActionMeta, report: Report): void {
  const given = step.with ?? {};
  for (const name of Object.keys(given)) {
    if (!(name in meta.inputs))
      report(
        `${name}:`,
        `job ${jobId}: ${step.uses} has no input "${name}" (it has: ${Object.keys(meta.inputs).join(", ")})`,
      );
  }
  for (const [name, spec] of Object.entries(meta.inputs)) {
    if (spec.required === true && spec.default === undefined && !(name in given))
      report(`uses: ${step.uses}`, `job ${jobId}: ${step.uses} needs input "${name}"`);
  }
}

/** Declared outputs; lifecycle's schedules-resolve also sets one output per schedule job. */
function outputsOf(meta: ActionMeta, step: Step): Set<string> {
  const names = new Set(Object.keys(meta.outputs));
  return step.with?.command === "schedules-resolve" ? new ScheduleOutputs(names) : names;
}

class ScheduleOutputs extends Set<string> {
  override has(name: string): boolean {
    return super.has(name) || /^(schedule|ingest)_\w+$/.test(name);
  }
}

async function checkNeeds(
  folder: string,
  jobId: string,
  job: Job,
  jobs: Record<string, Job>,
  options: CheckOptions,
  report: Report,
): Promise<void> {
  const needs = job.needs === undefined ? [] : [job.needs].flat();
  const { needs: _omit, ...rest } = job;
  for (const [, id, output] of JSON.stringify(rest).matchAll(
    /needs\.([\w-]+)\.outputs\.([\w-]+)/g,
  )) {
    if (id === undefined || output === undefined) continue;
    if (!needs.includes(id)) {
      report(
        `needs.${id}.outputs`,
        `job ${jobId}: uses needs.${id} but does not list ${id} in needs`,
      );
      continue;
    }
    const other = jobs[id];
    const declared = other?.uses
      ? await calledOutputs(folder, other.uses, options)
      : Object.keys(other?.outputs ?? {});
    if (!declared.includes(output))
      report(
        `needs.${id}.outputs.${output}`,
        `job ${jobId}: job ${id} has no output "${output}" (it has: ${declared.join(", ") || "none"})`,
      );
  }
}

async function calledOutputs(
  folder: string,
  uses: string,
  options: CheckOptions,
): Promise<string[]> {
  const file = uses.startsWith("./")
    ? path.join(folder, uses)
    : path.join(options.lifecycleRepo, uses.replace(/^[^/]+\/[^/]+\//, "").replace(/@.*$/, ""));
  const doc = parse(await fs.readFile(file, "utf8")) as {
    on?: { workflow_call?: { outputs?: Record<string, unknown> } };
  };
  return Object.keys(doc.on?.workflow_call?.outputs ?? {});
}

async function actionMeta(
  folder: string,
  uses: string,
  options: CheckOptions,
): Promise<ActionMeta> {
  const [name = ""] = uses.split("@");
  const file = uses.startsWith("./")
    ? path.join(folder, uses, "action.yml")
    : name === LIFECYCLE
      ? path.join(options.lifecycleRepo, "action.yml")
      : path.join(options.actionsDir, name, "action.yml");
  const doc = parse(await fs.readFile(file, "utf8")) as Partial<ActionMeta>;
  return { inputs: doc.inputs ?? {}, outputs: doc.outputs ?? {} };
}

function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  return index < 0 ? 0 : text.slice(0, index).split("\n").length;
}
