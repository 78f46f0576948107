import fs from "node:fs/promises";
import path from "node:path";
import type { DuckDBAppender, DuckDBDateValue } from "@duckdb/node-api";
import type { GeometryFormat } from "../../config/settings.js";
import { quoteIdent, type Engine, type Frame } from "../engine.js";
import { GEOM_COLUMN, geoJsonGeometrySql } from "../geometry.js";
import { reprojection } from "./crs.js";
import { dbfFields, readDbfHeader, readDbfRecords, type DbfField, type DbfValue } from "./dbf.js";
import { dbfEncoding, decoderFor } from "./encoding.js";
import { shapeGeoJson, type Reproject } from "./geojson.js";
import { SequentialReader } from "./reader.js";
import { readShapes, readShpHeader, type Shape } from "./shp.js";
import { exists } from "../../stages/files.js";
import { loadDuckDB } from "../../runtime/duckdb.js";

export interface ShapefileOptions {
  /** The file's CRS (`file_format.crs`). */
  crs: string;
  /** `ingestion.target_crs`: coordinates are reprojected into it when it differs. */
  targetCrs?: string | undefined;
  /** `file_format.encoding`: overrides the `.cpg` file and the DBF's language driver. */
  encoding?: string | undefined;
  geometryFormat: GeometryFormat;
  /** Checked every few thousand records: an aborted ingest stops reading. */
  signal?: AbortSignal | undefined;
}

const RECORDS_TABLE = "shapefile_records";

const SQL_TYPES: Record<DbfField["kind"], string> = {
  text: "VARCHAR",
  integer: "BIGINT",
  double: "DOUBLE",
  date: "DATE",
  boolean: "BOOLEAN",
};

/**
 * Read a shapefile (`.shp` and the `.dbf` beside it) into a table, a record at a time: the DBF
 * fields as typed columns, then the geometry as text in `geom` (GeoJSON, or WKT), reprojected.
 */
export async function loadShapefile(
  engine: Engine,
  shpFile: string,
  options: ShapefileOptions,
): Promise<Frame> {
  const reproject = reprojection(options.crs, options.targetCrs);
  const dbfFile = await sibling(shpFile, ".dbf");
  const cpg = await readOptional(shpFile, ".cpg");
  const shp = await SequentialReader.open(shpFile);
  const dbf = await SequentialReader.open(dbfFile).catch(async (error: unknown) => {
    await shp.close();
    throw error;
  });
  try {
    const { end } = await readShpHeader(shp);
    const header = await readDbfHeader(dbf);
    const { encoding, from } = dbfEncoding({
      template: options.encoding,
      cpg,
      languageDriver: header.languageDriver,
    });
    const decode = decoderFor(encoding, from);
    const fields = dbfFields(header, decode);
    const names = columnNames(fields, dbf.file);
    await createTable(engine, fields, names);
    const rows = await appendRows(engine, {
      shapes: readShapes(shp, end),
      records: readDbfRecords(dbf, header, fields, decode),
      fields,
      reproject,
      files: [shp.file, dbf.file],
      signal: options.signal,
    });
    const columns = [...names, GEOM_COLUMN].map((name) => ({ name, expr: quoteIdent(name) }));
    const frame: Frame = { table: RECORDS_TABLE, rows, columns };
    return options.geometryFormat === "wkt" ? toWkt(engine, frame) : frame;
  } finally {
    await Promise.allSettled([shp.close(), dbf.close()]);
  }
}

async function createTable(engine: Engine, fields: DbfField[], names: string[]): Promise<void> {
  const columns = fields.map((f, i) => `${quoteIdent(names[i] ?? f.name)} ${SQL_TYPES[f.kind]}`);
  columns.push(`${quoteIdent(GEOM_COLUMN)} VARCHAR`);
  await engine.run(`CREATE TABLE ${RECORDS_TABLE} (${columns.join(", ")})`);
}

interface Rows {
  shapes: AsyncGenerator<Shape>;
  records: AsyncGenerator<DbfValue[] | undefined>;
  fields: DbfField[];
  reproject: Reproject | undefined;
  files: [shp: string, dbf: string];
  signal: AbortSignal | undefined;
}

/** Pair each DBF record with the shape of the same number; deleted records are skipped with theirs. */
async function appendRows(engine: Engine, rows: Rows): Promise<number> {
  const appender = await engine.connection.createAppender(RECORDS_TABLE);
  const { DuckDBDateValue: DateValue } = await loadDuckDB();
  const date = (days: number) => new DateValue(days);
  let count = 0;
  let index = 0;
  try {
    for await (const values of rows.records) {
      index++;
      if (index % 4096 === 0) rows.signal?.throwIfAborted();
      const shape = await rows.shapes.next();
      if (shape.done) throw countMismatch(rows.files, index - 1, "fewer");
      if (values === undefined) continue;
      values.forEach((value, i) =>
        appendValue(appender, rows.fields[i]?.kind ?? "text", value, date),
      );
      const geometry = shapeGeoJson(shape.value, rows.reproject);
      if (geometry === null) appender.appendNull();
      else appender.appendVarchar(geometry);
      appender.endRow();
      count++;
    }
    if (!(await rows.shapes.next()).done) throw countMismatch(rows.files, index, "more");
  } finally {
    appender.closeSync();
  }
  return count;
}

function countMismatch(
  [shp, dbf]: [string, string],
  records: number,
  relation: "fewer" | "more",
): Error {
  const [shpName, dbfName] = [path.basename(shp), path.basename(dbf)];
  const what =
    relation === "fewer"
      ? `${shpName} ends after ${records} shapes but ${dbfName} has more records`
      : `${shpName} has more shapes than the ${records} records of ${dbfName}`;
  return new Error(`${what}: the two files do not belong together, or one is truncated`);
}

function appendValue(
  appender: DuckDBAppender,
  kind: DbfField["kind"],
  value: DbfValue,
  date: (days: number) => DuckDBDateValue,
): void {
  if (value === null) return appender.appendNull();
  switch (kind) {
    case "integer":
      return appender.appendBigInt(
        typeof value === "bigint" ? value : BigInt(Math.trunc(Number(value))),
      );
    case "double":
      return appender.appendDouble(Number(value));
    case "date":
      return appender.appendDate(date(Number(value)));
    case "boolean":
      return appender.appendBoolean(value === true);
    case "text":
      return appender.appendVarchar(String(value));
  }
}

/**
 * Column names as the fields are written; a name DuckDB would take for an earlier one (names are
 * case-insensitive there) gets `_2`, `_3`, ... A field named `geom` would hide the geometry.
 */
function columnNames(fields: DbfField[], dbfFile: string): string[] {
  const seen = new Set<string>();
  return fields.map((field) => {
    if (field.name.toLowerCase() === GEOM_COLUMN) {
      throw new Error(
        `${path.basename(dbfFile)} has a field named "${field.name}", the name lifecycle gives the geometry column`,
      );
    }
    let name = field.name;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${field.name}_${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

async function toWkt(engine: Engine, frame: Frame): Promise<Frame> {
  const geom = quoteIdent(GEOM_COLUMN);
  const wkt = geoJsonGeometrySql(`CAST(${geom} AS JSON)`, "wkt");
  return engine.materialize(`SELECT * REPLACE (${wkt} AS ${geom}) FROM ${frame.table}`);
}

/** The file beside the `.shp` with this extension (either letter case). */
async function sibling(shpFile: string, extension: string): Promise<string> {
  const base = shpFile.slice(0, -path.extname(shpFile).length);
  for (const candidate of [base + extension, base + extension.toUpperCase()]) {
    if (await exists(candidate)) return candidate;
  }
  throw new Error(
    `${path.basename(base + extension)} not found beside ${path.basename(shpFile)}: a shapefile needs its ${extension} file (download it zipped with its sibling files)`,
  );
}

async function readOptional(shpFile: string, extension: string): Promise<string | undefined> {
  try {
    return await fs.readFile(await sibling(shpFile, extension), "latin1");
  } catch {
    return undefined;
  }
}
