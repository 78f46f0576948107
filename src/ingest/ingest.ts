import fs from "node:fs/promises";
import path from "node:path";
import type { EngineOptions } from "./engine.js";
import type { Project } from "../config/project.js";
import { ingestLimits } from "../config/ingest-limits.js";
import {
  DEFAULT_GEOMETRY_FORMAT,
  type GeometryFormat,
  type SourceStores,
} from "../config/settings.js";
import {
  isRunnableStep,
  parseTemplateFile,
  runnability,
  type IngestTemplate,
  type ProcessingStep,
  type RunnableStep,
  type TemplateDefinition,
} from "../config/template/index.js";
import { templateDatasets, type TemplateEntry } from "../config/project-files.js";
import { ConfigError, UsageError } from "../core/errors.js";
import type { Progress } from "../core/progress.js";
import { validateIngestVersion } from "../partitions/keys.js";
import { NodeProcessRunner } from "../process/node-runner.js";
import type { ProcessRunner } from "../process/runner.js";
import { writeDirAtomically, writeFileAtomically } from "../store/atomic.js";
import type { StoreLayout } from "../store/layout.js";
import { runIngestCommand } from "./command.js";
import { geometryRecord } from "./geometry.js";
import { DEFAULT_RETRY, FetchHttpClient, type HttpClient, type RetryPolicy } from "./http.js";
import { runIngest, runIngestOnDownload, type SharedRaw } from "./run.js";
import { dateVersion } from "./socrata.js";
import {
  DEFAULT_ENDPOINTS,
  fetchSource,
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
  /** Of a data-source template, write only this dataset (one of its `datasets:` ids). */
  only?: string;
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
  /** Bytes downloaded and rows read, as the ingest goes (a terminal shows them live). */
  progress?: (progress: Progress) => void;
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
  /** The (first) dataset's version directory in the store. */
  dir: string;
  /** What the (first) dataset's config.json holds. */
  metadata: Record<string, unknown>;
  /** Every dataset written, in template order. */
  datasets: IngestedDataset[];
}

/** One dataset written by an ingest. */
export interface IngestedDataset {
  id: string;
  dir: string;
  metadata: Record<string, unknown>;
}

/**
 * Ingest one version of a template into the store: every dataset it writes (one, or each of a data
 * source's `datasets:` from one download), each atomically. `templateId` is the template's name
 * (its file name) or the id of one of its datasets, which then is the only one written.
 */
export async function ingestDataset(options: IngestOptions): Promise<IngestResult> {
  const started = options.now?.() ?? new Date();
  const log = options.log ?? (() => {});
  const { file, text, definition, only: named } = await readTemplate(options);
  const only = options.only ?? named;
  if (only !== undefined && !definition.datasets.some((d) => d.id === only))
    throw new UsageError(
      `template ${file} writes no dataset "${only}"; it writes ${definition.datasets.map((d) => d.id).join(", ")}`,
    );
  const wanted = definition.datasets.filter((d) => only === undefined || d.id === only);
  const plans = wanted.map((dataset) => planDataset(options, dataset));
  const command = options.project.settings.ingest_command;
  const blocked = plans.find((p) => p.reasons.length > 0 && !command);
  if (blocked) throw notRunnableError(blocked.dataset, blocked.steps, blocked.reasons);
  const runnable = plans.every((p) => p.reasons.length === 0);
  const sources = sourceContext(options, log);
  const first = plans[0];
  if (!first) throw new UsageError(`template ${file} writes no dataset`);
  const version = await resolveVersion(
    options,
    first.dataset,
    runnable ? sources : undefined,
    started,
  );
  const rendered = renderWithVersion(file, text, version);
  const versioned = { ...sources, version };
  const download =
    runnable && plans.length > 1 ? await sharedDownload(options, rendered, versioned) : undefined;
  try {
    const datasets: IngestedDataset[] = [];
    for (const plan of plans) {
      const template = rendered.datasets.find((d) => d.id === plan.dataset.id) ?? plan.dataset;
      const run: DatasetRun = {
        options,
        template,
        steps: plan.steps,
        reasons: plan.reasons,
        file,
        version,
        sources: versioned,
        started,
        log,
      };
      datasets.push(await ingestOne(run, download));
    }
    const [main] = datasets;
    if (!main) throw new Error("unreachable: a template writes at least one dataset");
    return { version, dir: main.dir, metadata: main.metadata, datasets };
  } finally {
    if (download) await fs.rm(download.dir, { recursive: true, force: true });
  }
}

interface DatasetPlan {
  dataset: IngestTemplate;
  steps: ProcessingStep[];
  reasons: string[];
}

function planDataset(options: IngestOptions, dataset: IngestTemplate): DatasetPlan {
  const steps = selectSteps(dataset.ingestion.processing_steps ?? [], options.mode);
  const stores = options.project.settings.stores;
  return { dataset, steps, reasons: notRunnableReasons(dataset, steps, stores) };
}

interface DatasetRun {
  options: IngestOptions;
  template: IngestTemplate;
  steps: ProcessingStep[];
  reasons: string[];
  file: string;
  version: string;
  sources: SourceContext;
  started: Date;
  log: (line: string) => void;
}

/** A data source's raw download, fetched once for all its datasets. */
async function sharedDownload(
  options: IngestOptions,
  definition: TemplateDefinition,
  sources: SourceContext,
): Promise<SharedRaw> {
  const source = definition.datasets[0]?.ingestion.source;
  if (!source || !isRunnableSource(source))
    throw new Error("unreachable: template checked as runnable");
  await fs.mkdir(options.layout.tmpDir, { recursive: true });
  const dir = await fs.mkdtemp(path.join(options.layout.tmpDir, "source-"));
  const raw = await fetchSource(
    source,
    { ...sources, templateId: definition.id },
    path.join(dir, "raw"),
  );
  options.log?.(
    `raw file ${raw.file}: ${raw.bytes} bytes (shared by ${definition.datasets.length} datasets)`,
  );
  return { dir, raw: { ...raw, sha256: await raw.sha256 } };
}

async function ingestOne(
  run: DatasetRun,
  download: SharedRaw | undefined,
): Promise<IngestedDataset> {
  const { options, template, version, log } = run;
  const dir = options.layout.datasetVersionDir(template.id, version);
  const base = {
    id: template.id,
    version,
    template: run.file,
    when: run.started.toISOString(),
    source: recordedSource(template, run.reasons.length === 0 ? run.sources : undefined),
  };
  const command = options.project.settings.ingest_command;
  const metadata = await writeDirAtomically(dir, options.layout.tmpDir, async (staging) => {
    const details =
      run.reasons.length > 0 && command
        ? {
            ingestedBy: "ingest_command",
            notRunnableHere: run.reasons,
            ...(await runCommand(options, command, template, run.file, version, staging, log)),
          }
        : { ingestedBy: "lifecycle", ...(await runOwn(run, staging, download)) };
    const finished = options.now?.() ?? new Date();
    const metadata = {
      ...base,
      ...details,
      durationMs: finished.getTime() - run.started.getTime(),
    };
    await writeFileAtomically(
      path.join(staging, CONFIG_FILE),
      `${JSON.stringify(metadata, null, 2)}\n`,
    );
    return metadata;
  });
  log(`ingested ${template.id} ${version} into ${dir}`);
  return { id: template.id, dir, metadata };
}

async function readTemplate(options: IngestOptions): Promise<{
  file: string;
  text: string;
  definition: TemplateDefinition;
  only?: string;
}> {
  const { templates } = options.project;
  const byName = templates.get(options.templateId);
  const owner = byName ? undefined : templateOfDataset(templates, options.templateId);
  const entry = byName ?? owner;
  if (!entry) {
    const known = [...templates.keys()].sort().join(", ") || "(none)";
    throw new UsageError(`unknown ingest template "${options.templateId}"; templates: ${known}`);
  }
  const text = await fs.readFile(path.join(options.project.root, entry.file), "utf8");
  const definition = entry.definition ?? {
    shape: "dataset" as const,
    id: entry.template?.id ?? options.templateId,
    depends_on: [],
    datasets: templateDatasets(entry),
  };
  return { file: entry.file, text, definition, ...(owner ? { only: options.templateId } : {}) };
}

/** The template that writes dataset `id` (a data source's dataset, or a template whose id is not its file name). */
function templateOfDataset(
  templates: ReadonlyMap<string, TemplateEntry>,
  id: string,
): TemplateEntry | undefined {
  return [...templates.values()].find((entry) => templateDatasets(entry).some((d) => d.id === id));
}

/** The template rendered with the real version; each dataset keeps its `id`, as dcpy stores it. */
function renderWithVersion(file: string, text: string, version: string): TemplateDefinition {
  const { definition, diagnostics } = parseTemplateFile(file, text, version);
  if (!definition) throw new ConfigError(`${file} is invalid with version ${version}`, diagnostics);
  return definition;
}

/** Steps without a mode always run; a step with a mode runs only when that mode is asked for. */
function selectSteps(steps: ProcessingStep[], mode: string | undefined): ProcessingStep[] {
  if (mode !== undefined && !steps.some((s) => s.mode === mode)) {
    throw new UsageError(`mode "${mode}" is not used by any processing step of this template`);
  }
  return steps.filter((s) => s.mode === undefined || s.mode === mode);
}

function notRunnableReasons(
  template: IngestTemplate,
  steps: ProcessingStep[],
  stores: SourceStores | undefined,
): string[] {
  const withSteps = { ...template, ingestion: { ...template.ingestion, processing_steps: steps } };
  return runnability(withSteps, { stores }).reasons;
}

function notRunnableError(
  template: IngestTemplate,
  steps: ProcessingStep[],
  reasons: string[],
): Error {
  const step = steps.find((s) => !isRunnableStep(s));
  if (reasons.length === 1 && step) return unsupportedStepError(step);
  return new ConfigError(
    `lifecycle cannot ingest template "${template.id}" itself (${reasons.join(", ")}): it runs sources local_file, file_download, api, socrata, arcgis_feature_server, s3, edm.recipes.datasets and edm.publishing.published (from stores: in lifecycle.yml) and formats csv, json, geojson, parquet, xlsx, shapefile, geodatabase (with GDAL). Set ingest_command in lifecycle.yml to ingest it with your own tool`,
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
    ...(options.progress ? { progress: options.progress } : {}),
    root: options.project.root,
    templateId: options.templateId,
    endpoints,
    env: options.env ?? process.env,
    limits: ingestLimits(options.project.settings.ingest_limits),
    ...(options.project.settings.s3 ? { s3: options.project.settings.s3 } : {}),
    ...(options.project.settings.stores ? { stores: options.project.settings.stores } : {}),
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

async function runOwn(run: DatasetRun, staging: string, download: SharedRaw | undefined) {
  const { options, template, sources } = run;
  const source = template.ingestion.source;
  if (!source || !isRunnableSource(source))
    throw new Error("unreachable: template checked as runnable");
  const runnable = run.steps.filter((s): s is RunnableStep => isRunnableStep(s));
  const csv = options.csv === true || (template.outputs ?? []).includes("csv");
  const geometryFormat =
    options.geometryFormat ?? options.project.settings.geometry_format ?? DEFAULT_GEOMETRY_FORMAT;
  const context = {
    template,
    source,
    steps: runnable,
    version: run.version,
    layout: options.layout,
    sources,
    csv,
    geometryFormat,
    duckdb: duckDbOptions(options.project),
    log: run.log,
    ...(options.progress ? { progress: options.progress } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const summary = download
    ? await runIngestOnDownload(context, staging, download)
    : await runIngest(context, staging);
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
