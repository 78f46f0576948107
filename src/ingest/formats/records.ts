import fs from "node:fs/promises";
import path from "node:path";
import type { JsonFormat, XlsxFormat } from "../../config/template/index.js";
import { errorMessage } from "../../core/errors.js";
import { quoteString, type Engine, type Frame } from "../engine.js";
import { jsonRecords, writeNdjson } from "../json-records.js";
import { readXlsxSheet } from "../xlsx.js";
import { isStringDtype } from "./dtype.js";

/** Formats read into records in JS (JSON documents, spreadsheets), then into a table. */
export async function loadJson(
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
export async function loadXlsx(
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
export async function loadRecords(
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
