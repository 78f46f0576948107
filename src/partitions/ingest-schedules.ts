import type { Diagnostic } from "../core/diagnostics.js";
import { diagnosticAt, type YamlFile } from "../config/yaml-file.js";
import type { ProjectView } from "../github/project-view.js";
import { templatesUsedBy } from "../github/project-view.js";
import type { IngestScheduleConfig } from "./config.js";

/** One ingest schedule with its template selection resolved: one job of the generated workflow. */
export interface IngestScheduleJob {
  jobId: string;
  schedule: IngestScheduleConfig;
  /** Template names, sorted: what the ingest workflow's `templates` input takes. */
  templates: string[];
}

interface ResolvedTerm {
  templates: string[];
  problem?: string;
}

/** The template a dataset id or template name stands for, if the project has it. */
function templateOf(project: ProjectView, id: string): string | undefined {
  if (project.templates.has(id)) return id;
  return project.datasets?.get(id)?.template;
}

function inputsOf(project: ProjectView, productIds: readonly string[]): string[] {
  return productIds.flatMap((id) =>
    templatesUsedBy(project, id).flatMap((d) => templateOf(project, d) ?? []),
  );
}

function resolveTerm(project: ProjectView, term: string): ResolvedTerm {
  const known = [...project.templates.keys()].sort();
  if (term === "*") return { templates: known };
  if (term.startsWith("inputs:")) {
    const product = term.slice("inputs:".length);
    if (!project.products.some((p) => p.id === product))
      return {
        templates: [],
        problem: `unknown product "${product}"; products: ${project.products.map((p) => p.id).join(", ") || "none"}`,
      };
    return { templates: inputsOf(project, [product]) };
  }
  if (term.startsWith("tag:")) {
    const tag = term.slice("tag:".length);
    const tagged = project.products.filter((p) => p.tags?.includes(tag)).map((p) => p.id);
    if (tagged.length === 0) return { templates: [], problem: `no product has the tag "${tag}"` };
    return { templates: inputsOf(project, tagged) };
  }
  const template = templateOf(project, term);
  if (template !== undefined) return { templates: [template] };
  return {
    templates: [],
    problem: `unknown ingest template or dataset "${term}"; templates: ${known.join(", ") || "none"} (or inputs:<product>, tag:<tag>, *)`,
  };
}

/**
 * lifecycle.yml's `ingest_schedules`, each with its templates resolved from the project; a term
 * that names nothing, or a schedule that selects no template, is a diagnostic on its line.
 */
export function resolveIngestSchedules(
  project: ProjectView,
  schedules: readonly IngestScheduleConfig[],
  yaml?: YamlFile,
): { jobs: IngestScheduleJob[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const problem = (field: (string | number)[], message: string) => {
    if (yaml) diagnostics.push(diagnosticAt(yaml, ["ingest_schedules", ...field], message));
    else
      diagnostics.push({
        severity: "error",
        file: "lifecycle.yml",
        line: 1,
        column: 1,
        path: "",
        message,
      });
  };
  const jobs = schedules.map((schedule, index) => {
    const templates = new Set<string>();
    schedule.templates.forEach((term, t) => {
      const resolved = resolveTerm(project, term);
      if (resolved.problem) problem([index, "templates", t], resolved.problem);
      for (const name of resolved.templates) templates.add(name);
    });
    if (templates.size === 0 && diagnostics.length === 0)
      problem([index, "templates"], `ingest schedule "${schedule.name}" selects no template`);
    return { jobId: ingestJobId(schedule.name), schedule, templates: [...templates].sort() };
  });
  return { jobs, diagnostics };
}

export function ingestJobId(name: string): string {
  return `ingest__${name.replace(/[^A-Za-z0-9_]/g, "_")}`;
}
