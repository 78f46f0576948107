import fs from "node:fs/promises";
import path from "node:path";
import type { GeometryFormat } from "../config/settings.js";
import type { Progress } from "../core/progress.js";
import type { IngestTemplate, RunnableStep } from "../config/template/index.js";
import { Engine, frameSelect, quoteString, type EngineOptions, type Frame } from "./engine.js";
import { isCsvSniffError, loadFormat } from "./formats/index.js";
import { GEOM_COLUMN } from "./geometry.js";
import { fetchSource, type RawFile, type RunnableSource, type SourceContext } from "./sources.js";
import { runStep, StepError, type StepContext, type StepSummary } from "./steps.js";
import { findPreviousVersion, csvName, parquetName } from "./store.js";
import type { StoreLayout } from "../store/layout.js";
import { extractShapefile } from "./shapefile/index.js";
import { extractZipEntry, isZip } from "./zip.js";
import { checkZipLimits } from "./zip-limits.js";
import { checkRawContent } from "./content-checks.js";
import {
  DEFAULT_INGEST_LIMITS,
  IngestLimitError,
  type IngestLimits,
} from "../config/ingest-limits.js";

export interface RunContext {
  template: IngestTemplate;
  source: RunnableSource;
  steps: RunnableStep[];
  version: string;
  layout: StoreLayout;
  sources: SourceContext;
  csv: boolean;
  /** Text format of the geometry lifecycle builds in `geom`. */
  geometryFormat?: GeometryFormat;
  /** DuckDB's memory bound (lifecycle.yml `duckdb:`); the spill directory defaults to `work/`. */
  duckdb?: EngineOptions;
  signal?: AbortSignal;
  log: (line: string) => void;
  progress?: (progress: Progress) => void;
}

export interface DatasetSummary {
  raw: RawFile & { extracted?: string };
  rows: number;
  columns: { name: string; type: string }[];
  steps: StepSummary[];
  outputs: string[];
}

/** Fetch, read, process and write one dataset version into `dir` (a staging directory). */
export async function runIngest(context: RunContext, dir: string): Promise<DatasetSummary> {
  const raw = await fetchSource(context.source, context.sources, path.join(dir, "raw"));
  context.log(`raw file ${raw.file}: ${raw.bytes} bytes`);
  return processRaw(context, dir, raw);
}

/** A data source's download, fetched once into `dir` (its `raw/` beside) for all its datasets. */
export interface SharedRaw {
  dir: string;
  raw: RawFile;
}

/**
 * One dataset of a data source from the source's shared download: the raw file is linked (or
 * copied) into this dataset's `raw/`, so every dataset version directory is complete on its own.
 */
export async function runIngestOnDownload(
  context: RunContext,
  dir: string,
  download: SharedRaw,
): Promise<DatasetSummary> {
  const target = path.join(dir, download.raw.file);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs
    .link(path.join(download.dir, download.raw.file), target)
    .catch(() => fs.copyFile(path.join(download.dir, download.raw.file), target));
  return processRaw(context, dir, {
    ...download.raw,
    sha256: Promise.resolve(download.raw.sha256),
  });
}

async function processRaw(
  context: RunContext,
  dir: string,
  raw: Omit<RawFile, "sha256"> & { sha256: Promise<string> },
): Promise<DatasetSummary> {
  const work = path.join(dir, "work");
  await fs.mkdir(work, { recursive: true });
  const limits = context.sources.limits ?? DEFAULT_INGEST_LIMITS;
  const dataFile = await unpack(path.join(dir, raw.file), context.template, work, limits);
  await checkRawContent(dataFile, context.template.ingestion.file_format);
  try {
    const processed = await processOrResniff(context, { dir, dataFile, work, fullSample: false });
    const sha256 = await raw.sha256;
    context.log(`raw file sha256 ${sha256}`);
    const extracted =
      path.join(dir, raw.file) === dataFile ? {} : { extracted: path.basename(dataFile) };
    return { ...processed, raw: { ...raw, sha256, ...extracted } };
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

type Processed = Omit<DatasetSummary, "raw">;

async function processOrResniff(context: RunContext, paths: Paths): Promise<Processed> {
  try {
    return await processData(context, paths);
  } catch (error) {
    if (!isCsvSniffError(error) || context.template.ingestion.file_format.type !== "csv")
      throw error;
    context.log(
      "a value did not fit the column types sniffed from the first rows; reading again, sniffing every row",
    );
    return await processData(context, { ...paths, fullSample: true });
  }
}

interface Paths {
  dir: string;
  dataFile: string;
  work: string;
  fullSample: boolean;
}

async function processData(context: RunContext, paths: Paths): Promise<Processed> {
  const engine = await Engine.open({
    tempDirectory: path.join(paths.work, "duckdb"),
    ...context.duckdb,
  });
  const onAbort = () => engine.interrupt();
  context.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    const format = context.template.ingestion.file_format;
    let frame = await loadFormat(engine, format, paths.dataFile, {
      workDir: paths.work,
      fullSample: paths.fullSample,
      ...(context.geometryFormat ? { geometryFormat: context.geometryFormat } : {}),
      ...(context.template.ingestion.target_crs
        ? { targetCrs: context.template.ingestion.target_crs }
        : {}),
      ...(context.signal ? { signal: context.signal } : {}),
    });
    context.log(`read ${frame.rows ?? "(streamed)"} rows, ${frame.columns.length} columns`);
    if (frame.rows !== undefined) context.progress?.({ what: "rows", rows: frame.rows });
    const steps: StepSummary[] = [];
    frame = await runSteps(context, engine, frame, steps);
    checkColumns(context.template, frame);
    const { outputs, rows } = await writeOutputs(engine, frame, context, paths.dir);
    fillRowCounts(steps, rows);
    const columns = await engine.describe(frameSelect(frame, "LIMIT 0"));
    return { rows, columns, steps, outputs };
  } finally {
    context.signal?.removeEventListener("abort", onAbort);
    engine.close();
  }
}

async function runSteps(
  context: RunContext,
  engine: Engine,
  input: Frame,
  summaries: StepSummary[],
): Promise<Frame> {
  let frame = input;
  const stepContext: StepContext = {
    engine,
    previousVersion: (wanted) =>
      findPreviousVersion(context.layout, context.template.id, wanted, context.version),
    geometry: frame.columns.some((c) => c.name === GEOM_COLUMN) ? GEOM_COLUMN : undefined,
  };
  for (const [index, step] of context.steps.entries()) {
    context.signal?.throwIfAborted();
    const result = await runStep(step, frame, stepContext).catch((error: unknown) => {
      if (error instanceof StepError)
        throw new StepError(`processing step ${index + 1} (${step.name}): ${error.message}`);
      throw error;
    });
    frame = result.frame;
    summaries.push(result.summary);
    stepContext.geometry = followColumn(stepContext.geometry, result.summary);
    context.log(
      `${step.name}: ${result.summary.rowsIn ?? "?"} -> ${result.summary.rowsOut ?? "?"} rows`,
    );
  }
  return frame;
}

/** A column's name after a step: renamed, removed, or as it was. */
function followColumn(name: string | undefined, summary: StepSummary): string | undefined {
  if (name === undefined) return undefined;
  const renamed = summary.columns.renamed[name];
  if (renamed !== undefined) return renamed;
  return summary.columns.removed.includes(name) ? undefined : name;
}

/**
 * Steps that ran before anything counted the rows (they only touched columns) saw the row count
 * of the next step that did, or of the output.
 */
function fillRowCounts(steps: StepSummary[], outputRows: number): void {
  let next = outputRows;
  for (const step of [...steps].reverse()) {
    step.rowsOut ??= next;
    step.rowsIn ??= step.rowsOut;
    next = step.rowsIn;
  }
}

async function unpack(
  file: string,
  template: IngestTemplate,
  work: string,
  limits: IngestLimits,
): Promise<string> {
  const format = template.ingestion.file_format;
  if (!(await isZip(file))) return file;
  await checkZipLimits(file, limits);
  // GDAL reads a zipped geodatabase folder in place.
  if (format.type === "geodatabase") return file;
  // An .xlsx file is itself a zip archive: unpack only a download that holds one.
  const spreadsheet = format.type === "xlsx" || format.type === "excel";
  if (spreadsheet && format.unzipped_filename === undefined) return file;
  // A shapefile is several files: its .shp and the siblings beside it.
  if (format.type === "shapefile")
    return extractShapefile(file, path.join(work, "unzipped"), format.unzipped_filename);
  return extractZipEntry(file, path.join(work, "unzipped"), format.unzipped_filename);
}

/** The template's `columns:`, when it lists any, must be exactly the columns produced. */
export function checkColumns(template: IngestTemplate, frame: Frame): void {
  const expected = (template.columns ?? []).map((c) => c.id);
  if (expected.length === 0) return;
  const actual = frame.columns.map((c) => c.name);
  const missing = expected.filter((c) => !actual.includes(c));
  const unexpected = actual.filter((c) => !expected.includes(c));
  if (missing.length === 0 && unexpected.length === 0) return;
  const parts = [
    missing.length > 0 ? `missing: ${missing.join(", ")}` : "",
    unexpected.length > 0 ? `unexpected: ${unexpected.join(", ")}` : "",
  ].filter(Boolean);
  throw new StepError(
    `columns check failed: ${parts.join("; ")} (the template's columns: list them after processing)`,
  );
}

async function writeOutputs(
  engine: Engine,
  frame: Frame,
  context: RunContext,
  dir: string,
): Promise<{ outputs: string[]; rows: number }> {
  const { maxRows } = context.sources.limits ?? DEFAULT_INGEST_LIMITS;
  // One row over the limit is enough to know: the read stops there instead of filling the disk.
  const select = frameSelect(frame, `LIMIT ${maxRows + 1}`);
  const parquet = parquetName(context.template.id);
  const rows = await engine.run(
    `COPY (${select}) TO ${quoteString(path.join(dir, parquet))} (FORMAT parquet)`,
  );
  if (rows > maxRows) {
    await fs.rm(path.join(dir, parquet), { force: true });
    throw new IngestLimitError(
      "max_rows",
      `dataset ${context.template.id} has more than ${maxRows} rows`,
      `${maxRows} rows`,
    );
  }
  if (!context.csv) return { outputs: [parquet], rows };
  const csv = csvName(context.template.id);
  await engine.run(
    `COPY (SELECT * FROM read_parquet(${quoteString(path.join(dir, parquet))})) TO ${quoteString(path.join(dir, csv))} (FORMAT csv, HEADER true)`,
  );
  return { outputs: [parquet, csv], rows };
}
