import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { CsvFormat, FileFormat, JsonFormat, XlsxFormat } from "../config/template/index.js";
import { ConfigError, errorMessage } from "../core/errors.js";
import type { Engine } from "./engine.js";
import { quoteIdent, quoteString, type Frame } from "./engine.js";
import { DEFAULT_GEOMETRY_FORMAT, type GeometryFormat } from "../config/settings.js";
import { applyGeometry, GEOM_COLUMN, geoJsonGeometrySql } from "./geometry.js";
import { jsonRecords, writeNdjson } from "./json-records.js";
import { loadShapefile } from "./shapefile/index.js";
import { readXlsxSheet } from "./xlsx.js";
import {
  findRaggedRow,
  likelyDelimiter,
  RawContentError,
  raggedMessage,
} from "./content-checks.js";
import { geodatabaseToGeoJson } from "./gdal.js";

export const NOT_SUPPORTED_FORMATS = ["html"] as const;

/** Read the raw data file into a table, per the template's `file_format`. */
export async function loadFormat(
  engine: Engine,
  format: FileFormat,
  file: string,
  options: {
    workDir: string;
    fullSample?: boolean;
    geometryFormat?: GeometryFormat;
    /** `ingestion.target_crs`: a shapefile's coordinates are reprojected into it. */
    targetCrs?: string;
    /** Stops a long read (a shapefile is read record by record in JS). */
    signal?: AbortSignal;
  },
): Promise<Frame> {
  const geometryFormat = options.geometryFormat ?? DEFAULT_GEOMETRY_FORMAT;
  switch (format.type) {
    case "csv":
      return applyGeometry(
        await loadCsv(engine, format, file, options.fullSample === true),
        format.geometry,
        geometryFormat,
      );
    case "json":
      return applyGeometry(
        await loadJson(engine, format, file, options.workDir),
        format.geometry,
        geometryFormat,
      );
    case "geojson":
      return loadGeoJson(engine, file, geometryFormat);
    case "parquet":
      return engine.source(`SELECT * FROM read_parquet(${quoteString(file)})`);
    case "xlsx":
    case "excel":
      return applyGeometry(
        await loadXlsx(engine, format, file, options.workDir),
        format.geometry,
        geometryFormat,
      );
    case "shapefile":
      return loadShapefile(engine, file, {
        crs: format.crs,
        targetCrs: options.targetCrs,
        encoding: format.encoding,
        geometryFormat,
        signal: options.signal,
      });
    case "geodatabase": {
      const { layer, unzipped_filename: unzippedFilename, crs } = format;
      const read = { layer, unzippedFilename, crs, targetCrs: options.targetCrs };
      const geojson = await geodatabaseToGeoJson(file, path.join(options.workDir, "gdb"), {
        ...read,
        signal: options.signal,
      });
      return loadGeoJson(engine, geojson, geometryFormat);
    }
    default:
      throw new ConfigError(
        `file format "${format.type}" is not supported by lifecycle (supported: csv, json, geojson, parquet, xlsx, shapefile, geodatabase); set ingest_command in lifecycle.yml to ingest this template with your own tool`,
      );
  }
}

const ENCODINGS: Record<string, string> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  "utf-16": "utf-16",
  utf16: "utf-16",
  "latin-1": "latin-1",
  latin1: "latin-1",
  "iso-8859-1": "latin-1",
};

/** pandas infers numbers and booleans, never dates: date-like text stays text until coerced. */
const TYPE_CANDIDATES = "auto_type_candidates = ['BOOLEAN', 'BIGINT', 'DOUBLE', 'VARCHAR']";

/** What the user said about splitting the file into fields, as `read_csv` options. */
function dialectOptions(format: CsvFormat): string[] {
  const options: string[] = [];
  if (format.delimiter !== undefined) options.push(`delim = ${quoteString(format.delimiter)}`);
  if (format.quoting === 3) options.push("quote = ''", "escape = ''");
  return options;
}

function encodingOptions(format: CsvFormat): string[] {
  if (format.encoding === undefined) return [];
  const encoding = ENCODINGS[format.encoding.toLowerCase()];
  if (!encoding) {
    throw new ConfigError(
      `csv encoding "${format.encoding}" is not supported; supported: utf-8, utf-16, latin-1`,
    );
  }
  return [`encoding = ${quoteString(encoding)}`];
}

function textColumns(dtype: CsvFormat["dtype"], names: string[]): Set<string> {
  if (typeof dtype === "string") return new Set(isStringDtype(dtype) ? names : []);
  // pandas ignores dtype entries for columns the file does not have.
  const wanted = Object.entries(dtype ?? {})
    .filter(([, t]) => isStringDtype(t))
    .map(([c]) => c.trim());
  return new Set(names.filter((name) => wanted.includes(name.trim())));
}

function isStringDtype(dtype: string): boolean {
  return ["str", "string", "object"].includes(dtype);
}

const SniffSchema = z.object({
  Delimiter: z.string(),
  Quote: z.string(),
  Escape: z.string(),
  NewLineDelimiter: z.string(),
  Comment: z.string(),
  SkipRows: z.coerce.number(),
  Columns: z.array(z.object({ name: z.string(), type: z.string() })),
});

/**
 * The file's dialect and column types, sniffed once: every later read names them exactly
 * (`auto_detect = false`), so DuckDB does not sniff the file again each time a query binds it.
 */
async function sniffCsv(
  engine: Engine,
  file: string,
  options: string[],
): Promise<{ dialect: string[]; columns: { name: string; type: string }[] }> {
  const [row] = await engine.rows(
    `SELECT * FROM sniff_csv(${quoteString(file)}, ${options.join(", ")})`,
  );
  const sniffed = SniffSchema.parse(row);
  const text = (value: string) => quoteString(value === "(empty)" ? "" : value);
  const dialect = [
    "auto_detect = false",
    `delim = ${text(sniffed.Delimiter)}`,
    `quote = ${text(sniffed.Quote)}`,
    `escape = ${text(sniffed.Escape)}`,
    `new_line = ${text(sniffed.NewLineDelimiter)}`,
    `comment = ${text(sniffed.Comment)}`,
    `skip = ${sniffed.SkipRows}`,
  ];
  return { dialect, columns: sniffed.Columns };
}

/**
 * The header exactly as written (DuckDB would trim blanks around names; pandas keeps them), or
 * undefined when it cannot name the columns (blank or repeated names: DuckDB's names then).
 */
async function headerNames(
  engine: Engine,
  file: string,
  dialect: string[],
  count: number,
): Promise<string[] | undefined> {
  const columns = Array.from({ length: count }, (_, i) => `'c${i}': 'VARCHAR'`).join(", ");
  const options = [...dialect, "header = false", `columns = {${columns}}`].join(", ");
  const [first] = await engine.rows(
    `SELECT * FROM read_csv(${quoteString(file)}, ${options}) LIMIT 1`,
  );
  const names = Object.values(first ?? {});
  const usable = names.every((n): n is string => typeof n === "string" && n !== "");
  if (names.length === 0 || !usable || new Set(names).size < names.length) return undefined;
  return names;
}

/** A type sniffed from the first rows that a later value does not fit (retry with `fullSample`). */
export function isCsvSniffError(error: unknown): boolean {
  return /Could not convert|CSV Error/i.test(errorMessage(error));
}

/**
 * Sniff, turning rows of differing lengths into a clear error: DuckDB either fails to sniff (a
 * delimiter given) or reads one column named by the whole header line (`a,b`).
 */
async function sniffOrRagged(
  engine: Engine,
  file: string,
  options: string[],
  delimiter: string | undefined,
): ReturnType<typeof sniffCsv> {
  const ragged = async (delim: string | undefined) => {
    const row = delim === undefined ? undefined : await findRaggedRow(file, delim);
    return row && new RawContentError(raggedMessage(file, row));
  };
  let sniffed: Awaited<ReturnType<typeof sniffCsv>>;
  try {
    sniffed = await sniffCsv(engine, file, options);
  } catch (error) {
    throw (await ragged(delimiter ?? ",")) ?? error;
  }
  const [only, ...more] = sniffed.columns;
  if (only && more.length === 0 && delimiter === undefined) {
    const error = await ragged(likelyDelimiter(only.name));
    if (error) throw error;
  }
  return sniffed;
}

async function loadCsv(
  engine: Engine,
  format: CsvFormat,
  file: string,
  fullSample: boolean,
): Promise<Frame> {
  const given = format.names ?? format.column_names;
  // With `names`, pandas reads no header row unless `header` says there is one.
  const header = format.header === undefined ? given === undefined : format.header !== null;
  const user = [...dialectOptions(format), ...encodingOptions(format), `header = ${header}`];
  const sniffOptions = [...user, TYPE_CANDIDATES, ...(fullSample ? ["sample_size = -1"] : [])];
  if (given) sniffOptions.push(`names = [${given.map(quoteString).join(", ")}]`);
  const sniffed = await sniffOrRagged(engine, file, sniffOptions, format.delimiter);
  const read = [...sniffed.dialect, ...encodingOptions(format)];
  const names =
    given ??
    (header ? await headerNames(engine, file, read, sniffed.columns.length) : undefined) ??
    sniffed.columns.map((c) => c.name);
  const text = textColumns(format.dtype, names);
  const columns = names
    .map((name, i) => {
      const type = text.has(name) ? "VARCHAR" : (sniffed.columns[i]?.type ?? "VARCHAR");
      return `${quoteString(name)}: ${quoteString(type)}`;
    })
    .join(", ");
  const options = [...read, `header = ${header}`, `columns = {${columns}}`];
  const frame = await engine.source(
    `SELECT * FROM read_csv(${quoteString(file)}, ${options.join(", ")})`,
  );
  return format.usecols ? selectColumns(frame, format.usecols) : frame;
}

function selectColumns(frame: Frame, usecols: (string | number)[]): Frame {
  const columns = usecols.map((wanted) => {
    const column =
      typeof wanted === "number"
        ? frame.columns[wanted]
        : frame.columns.find((c) => c.name === wanted);
    if (!column) {
      const have = frame.columns.map((c, i) => `${i}: ${c.name}`).join(", ");
      throw new ConfigError(`csv usecols: no column ${JSON.stringify(wanted)}; columns: ${have}`);
    }
    return column;
  });
  return { ...frame, columns };
}

async function loadJson(
  engine: Engine,
  format: JsonFormat,
  file: string,
  workDir: string,
): Promise<Frame> {
  let document: unknown;
  try {
    document = JSON.parse(await fs.readFile(file, "utf8"));
  } catch (error) {
    throw new Error(`${path.basename(file)} is not valid JSON: ${errorMessage(error)}`);
  }
  const records = jsonRecords(document, format);
  if (records.length === 0) throw new Error(`${path.basename(file)}: no JSON records found`);
  return loadRecords(engine, records, workDir);
}

/** The sheet's first row names the columns (as pandas' read_excel); blank rows are left out. */
async function loadXlsx(
  engine: Engine,
  format: XlsxFormat,
  file: string,
  workDir: string,
): Promise<Frame> {
  const [header = [], ...data] = (await readXlsxSheet(file, format.sheet_name)).rows;
  const names = header.map((name, i) =>
    name === null || name === "" ? `Unnamed: ${i}` : String(name),
  );
  const { dtype } = format;
  const asText = (name: string) =>
    typeof dtype === "string" ? isStringDtype(dtype) : isStringDtype(dtype?.[name] ?? "");
  const records = data
    .filter((row) => row.some((cell) => cell !== null))
    .map((row) =>
      Object.fromEntries(
        names.map((name, i) => {
          const cell = row[i] ?? null;
          return [name, cell !== null && asText(name) ? String(cell) : cell];
        }),
      ),
    );
  if (records.length === 0) {
    throw new Error(
      `${path.basename(file)}: sheet ${JSON.stringify(format.sheet_name)} has no data rows`,
    );
  }
  const frame = await loadRecords(engine, records, workDir);
  const columns = frame.columns.map((c) =>
    asText(c.name) ? { name: c.name, expr: `CAST(${c.expr} AS VARCHAR)` } : c,
  );
  return { ...frame, columns };
}

/** Records (JSON objects) into a table, through newline-delimited JSON. */
async function loadRecords(
  engine: Engine,
  records: Record<string, unknown>[],
  workDir: string,
): Promise<Frame> {
  const ndjson = path.join(workDir, "records.ndjson");
  await writeNdjson(records, ndjson);
  const frame = await engine.materialize(
    `SELECT * FROM read_json(${quoteString(ndjson)}, format = 'newline_delimited', records = true, sample_size = -1)`,
  );
  await fs.rm(ndjson, { force: true });
  return frame;
}

/** The feature's geometry as JSON text, in the table; `geom` is an expression over it. */
const RAW_GEOMETRY = "__lifecycle_geometry";

/**
 * GeoJSON: one row per feature, its properties as columns (types inferred from every feature) and
 * its geometry as text. The geometry is read again as JSON and put beside the properties row by
 * row: the inferred struct would add members other features have as nulls and reformat numbers.
 * The geometry text is converted when the frame is read (in parallel, from a table).
 */
async function loadGeoJson(engine: Engine, file: string, format: GeometryFormat): Promise<Frame> {
  // A FeatureCollection is one JSON object the size of the file, and DuckDB reserves buffers for
  // the largest object it may meet: ask for what this file needs, not 1 GiB, so the read fits the
  // ingest's memory_limit.
  const { size } = await fs.stat(file);
  const maxObject = Math.min(Math.max(size + 1024, 16 * 1024 * 1024), 2 ** 31 - 1);
  const read = (options: string) =>
    `read_json(${quoteString(file)}, maximum_object_size = ${maxObject}, ${options})`;
  const geometries = await engine.materialize(
    `SELECT unnest(features).geometry AS ${quoteIdent(RAW_GEOMETRY)} FROM ${read("columns = {features: 'STRUCT(geometry JSON)[]'}")}`,
  );
  const properties = await engine
    .materialize(
      `SELECT f.properties AS p FROM (SELECT unnest(features) AS f FROM ${read("sample_size = -1")})`,
    )
    .catch(() => undefined);
  const [column] = properties ? await engine.describe(`SELECT p FROM ${properties.table}`) : [];
  const frame = column?.type.startsWith("STRUCT")
    ? await engine.materialize(
        `SELECT unnest(p.p), g.* FROM ${properties?.table} AS p POSITIONAL JOIN ${geometries.table} AS g`,
      )
    : geometries;
  for (const table of [properties?.table, geometries.table])
    if (table && table !== frame.table) await engine.run(`DROP TABLE ${table}`);
  const geometry = geoJsonGeometrySql(quoteIdent(RAW_GEOMETRY), format);
  return {
    ...frame,
    columns: frame.columns.map((c) =>
      c.name === RAW_GEOMETRY ? { name: GEOM_COLUMN, expr: geometry } : c,
    ),
  };
}
