import fs from "node:fs/promises";
import path from "node:path";
import type { EngineOptions } from "./engine.js";
import type { Project } from "../config/project.js";
import { DEFAULT_GEOMETRY_FORMAT, type GeometryFormat } from "../config/settings.js";
import {
  isRunnableStep,
  parseTemplateFile,
  runnability,
  type IngestTemplate,
  type ProcessingStep,
  type RunnableStep,
} from "../config/template/index.js";
import { ConfigError, UsageError } from "../core/errors.js";
import { validateIngestVersion } from "../partitions/keys.js";
import { NodeProcessRunner } from "../process/node-runner.js";
import type { ProcessRunner } from "../process/runner.js";
import { writeDirAtomically, writeFileAtomically } from "../store/atomic.js";
import type { StoreLayout } from "../store/layout.js";
import { runIngestCommand } from "./command.js";
import { geometryRecord } from "./geometry.js";
import { DEFAULT_RETRY, FetchHttpClient, type HttpClient, type RetryPolicy } from "./http.js";
import { runIngest } from "./run.js";
import { dateVersion } from "./socrata.js";
import {
  DEFAULT_ENDPOINTS,
  isRunnableSource,
  sourceRecord,
  sourceVersion,
  type Endpoints,
  type SourceContext,
} from "./sources.js";
import { unsupportedStepError } from "./steps.js";
import { CONFIG_FILE } from "./store.js";

export interface IngestOptions {
  project: Pick<Project, "root" | "settings" | "templates">;
  layout: StoreLayout;
  templateId: string;
  /** Without it: the source's own version (Socrata, ArcGIS), else today's date as YYYYMMDD (UTC). */
  version?: string;
  /** Also run the steps marked with this `mode:` (steps with another mode never run). */
  mode?: string;
  /** Also write `<id>.csv` (the template's `outputs: [csv]` asks for it too). */
  csv?: boolean;
  /** Text format of built geometry, over the project's `geometry_format` setting. */
  geometryFormat?: GeometryFormat;
  signal?: AbortSignal;
  log?: (line: string) => void;
  runner?: ProcessRunner;
  http?: HttpClient;
  retry?: Partial<RetryPolicy>;
  /** Base URLs by Socrata org and ArcGIS server name, over the built-in ones. */
  endpoints?: { socrata?: Record<string, string>; arcgis?: Record<string, string> };
  /** Environment of the ingest_command, and where s3 sources find credentials (default: this process's). */
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
}

export interface IngestResult {
  version: string;
  /** The dataset version directory in the store. */
  dir: string;
  /** What config.json holds. */
  metadata: Record<string, unknown>;
}

/** Ingest one dataset version of a template into the store, atomically. */
export async function ingestDataset(options: IngestOptions): Promise<IngestResult> {
  const started = options.now?.() ?? new Date();
  const log = options.log ?? (() => {});
  const { file, text, template: placeholder } = await readTemplate(options);
  const steps = selectSteps(placeholder.ingestion.processing_steps ?? [], options.mode);
  const reasons = notRunnableReasons(placeholder, steps);
  const command = options.project.settings.ingest_command;
  if (reasons.length > 0 && !command) throw notRunnableError(placeholder, steps, reasons);
  const sources = sourceContext(options, log);
  const version = await resolveVersion(
    options,
    placeholder,
    reasons.length === 0 ? sources : undefined,
    started,
  );
  const template = renderWithVersion(file, text, version, options.templateId);
  const dir = options.layout.datasetVersionDir(template.id, version);
  const base = {
    id: template.id,
    version,
    template: file,
    when: started.toISOString(),
    source: recordedSource(template, reasons.length === 0 ? sources : undefined),
  };
  const metadata = await writeDirAtomically(dir, options.layout.tmpDir, async (staging) => {
    const details =
      reasons.length > 0 && command
        ? {
            ingestedBy: "ingest_command",
            notRunnableHere: reasons,
            ...(await runCommand(options, command, template, file, version, staging, log)),
          }
        : {
            ingestedBy: "lifecycle",
            ...(await runOwn(options, template, steps, version, sources, staging, log)),
          };
    const finished = options.now?.() ?? new Date();
    const metadata = { ...base, ...details, durationMs: finished.getTime() - started.getTime() };
    await writeFileAtomically(
      path.join(staging, CONFIG_FILE),
      `${JSON.stringify(metadata, null, 2)}\n`,
    );
    return metadata;
  });
  log(`ingested ${template.id} ${version} into ${dir}`);
  return { version, dir, metadata };
}

async function readTemplate(
  options: IngestOptions,
): Promise<{ file: string; text: string; template: IngestTemplate }> {
  const entry = options.project.templates.get(options.templateId);
  if (!entry) {
    const known = [...options.project.templates.keys()].sort().join(", ") || "(none)";
    throw new UsageError(`unknown ingest template "${options.templateId}"; templates: ${known}`);
  }
  const text = await fs.readFile(path.join(options.project.root, entry.file), "utf8");
  return { file: entry.file, text, template: entry.template };
}

/** The template rendered with the real version; known by its file name, as recipes name it. */
function renderWithVersion(
  file: string,
  text: string,
  version: string,
  id: string,
): IngestTemplate {
  const { template, diagnostics } = parseTemplateFile(file, text, version);
  if (!template) throw new ConfigError(`${file} is invalid with version ${version}`, diagnostics);
  return { ...template, id };
}

/** Steps without a mode always run; a step with a mode runs only when that mode is asked for. */
function selectSteps(steps: ProcessingStep[], mode: string | undefined): ProcessingStep[] {
  if (mode !== undefined && !steps.some((s) => s.mode === mode)) {
    throw new UsageError(`mode "${mode}" is not used by any processing step of this template`);
  }
  return steps.filter((s) => s.mode === undefined || s.mode === mode);
}

function notRunnableReasons(template: IngestTemplate, steps: ProcessingStep[]): string[] {
  const withSteps = { ...template, ingestion: { ...template.ingestion, processing_steps: steps } };
  return runnability(withSteps).reasons;
}

function notRunnableError(
  template: IngestTemplate,
  steps: ProcessingStep[],
  reasons: string[],
): Error {
  const step = steps.find((s) => !isRunnableStep(s));
  if (reasons.length === 1 && step) return unsupportedStepError(step);
  return new ConfigError(
    `lifecycle cannot ingest template "${template.id}" itself (${reasons.join(", ")}): it runs sources local_file, file_download, api, socrata, arcgis_feature_server, s3 and formats csv, json, geojson, parquet, xlsx, shapefile. Set ingest_command in lifecycle.yml to ingest it with your own tool`,
  );
}

function recordedSource(template: IngestTemplate, sources: SourceContext | undefined) {
  const source = template.ingestion.source;
  if (!source) return null;
  return sources && isRunnableSource(source) ? sourceRecord(source, sources) : source;
}

function sourceContext(options: IngestOptions, log: (line: string) => void): SourceContext {
  const endpoints: Endpoints = {
    socrata: { ...DEFAULT_ENDPOINTS.socrata, ...options.endpoints?.socrata },
    arcgis: { ...DEFAULT_ENDPOINTS.arcgis, ...options.endpoints?.arcgis },
  };
  return {
    client: options.http ?? new FetchHttpClient(),
    retry: { ...DEFAULT_RETRY, ...options.retry },
    ...(options.signal ? { signal: options.signal } : {}),
    log,
    root: options.project.root,
    templateId: options.templateId,
    endpoints,
    env: options.env ?? process.env,
    ...(options.project.settings.s3 ? { s3: options.project.settings.s3 } : {}),
  };
}

async function resolveVersion(
  options: IngestOptions,
  template: IngestTemplate,
  sources: SourceContext | undefined,
  now: Date,
): Promise<string> {
  if (options.version !== undefined) return validateIngestVersion(options.version);
  const source = template.ingestion.source;
  const published =
    sources && source && isRunnableSource(source)
      ? await sourceVersion(source, sources)
      : undefined;
  if (published) options.log?.(`version ${published} from the source's last update`);
  return validateIngestVersion(published ?? dateVersion(now));
}

async function runOwn(
  options: IngestOptions,
  template: IngestTemplate,
  steps: ProcessingStep[],
  version: string,
  sources: SourceContext,
  staging: string,
  log: (line: string) => void,
) {
  const source = template.ingestion.source;
  if (!source || !isRunnableSource(source))
    throw new Error("unreachable: template checked as runnable");
  const runnable = steps.filter((s): s is RunnableStep => isRunnableStep(s));
  const csv = options.csv === true || (template.outputs ?? []).includes("csv");
  const geometryFormat =
    options.geometryFormat ?? options.project.settings.geometry_format ?? DEFAULT_GEOMETRY_FORMAT;
  const summary = await runIngest(
    {
      template,
      source,
      steps: runnable,
      version,
      layout: options.layout,
      sources,
      csv,
      geometryFormat,
      duckdb: duckDbOptions(options.project),
      log,
      ...(options.signal ? { signal: options.signal } : {}),
    },
    staging,
  );
  const format = template.ingestion.file_format;
  return { ...summary, geometry: geometryRecord(format, summary.columns, geometryFormat) };
}

/** lifecycle.yml's `duckdb:` settings; a relative temp_directory is under the project root. */
function duckDbOptions(project: IngestOptions["project"]): EngineOptions {
  const { memory_limit, temp_directory, threads } = project.settings.duckdb ?? {};
  return {
    ...(memory_limit ? { memoryLimit: memory_limit } : {}),
    ...(temp_directory ? { tempDirectory: path.resolve(project.root, temp_directory) } : {}),
    ...(threads !== undefined ? { threads } : {}),
  };
}

function runCommand(
  options: IngestOptions,
  command: string,
  template: IngestTemplate,
  file: string,
  version: string,
  staging: string,
  log: (line: string) => void,
) {
  return runIngestCommand(
    {
      command,
      template,
      templateFile: file,
      version,
      root: options.project.root,
      runner: options.runner ?? new NodeProcessRunner(),
      env: options.env ?? process.env,
      log,
      ...(options.signal ? { signal: options.signal } : {}),
    },
    staging,
  );
}
