import path from "node:path";
import { ConfigError } from "../core/errors.js";
import { walkXml } from "./xml-events.js";
import { withZip, type ZipArchive } from "./zip.js";

/**
 * A small reader for the values of one worksheet of an .xlsx file (Office Open XML): shared and
 * inline strings, numbers, booleans, cached formula results, and dates (numbers whose cell style
 * is a date format) as ISO text. No formulas are evaluated. The archive is read with yauzl and
 * each XML part with saxes.
 */
export interface Sheet {
  rows: Cell[][];
}

type Cell = string | number | boolean | null;

/** The parts of an .xlsx file, each as text; undefined for a part the archive does not have. */
type Parts = (name: string) => Promise<string | undefined>;

function partsOf(archive: ZipArchive): Parts {
  return async (name) => {
    const entry = archive.files.find((e) => e.name === name);
    if (!entry) return undefined;
    return (await archive.read(entry)).toString("utf8");
  };
}

/**
 * Whether the text inside the innermost of `open` is a string's text: a `<t>` of the string
 * itself (`<si>`, `<is>`) or of one of its rich text runs (`<r>`); phonetic runs (`<rPh>`) are not.
 */
function isRunText(open: readonly string[]): boolean {
  const parent = open.at(-2);
  return open.at(-1) === "t" && (parent === "si" || parent === "is" || parent === "r");
}

function sharedStrings(xml: string | undefined, label: string): string[] {
  const strings: string[] = [];
  if (xml === undefined) return strings;
  let current: string | undefined;
  walkXml(xml, label, {
    open: (element) => {
      if (element.name === "si") current = "";
    },
    text: (text, open) => {
      if (current !== undefined && isRunText(open)) current += text;
    },
    close: (name) => {
      if (name !== "si") return;
      strings.push(current ?? "");
      current = undefined;
    },
  });
  return strings;
}

const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57,
]);

function isDateFormat(code: string): boolean {
  return /[dmyhs]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ""));
}

/** For each cell style index: whether its number format shows a date or time. */
function dateStyles(xml: string | undefined, label: string): boolean[] {
  if (xml === undefined) return [];
  const custom = new Map<number, string>();
  const formats: number[] = [];
  walkXml(xml, label, {
    open: ({ name, attributes }, open) => {
      const { numFmtId, formatCode } = attributes;
      if (name === "numFmt" && numFmtId !== undefined && formatCode !== undefined)
        custom.set(Number(numFmtId), formatCode);
      if (name === "xf" && open.at(-1) === "cellXfs") formats.push(Number(numFmtId ?? 0));
    },
  });
  return formats.map((id) => {
    const code = custom.get(id);
    return code === undefined ? BUILTIN_DATE_FORMATS.has(id) : isDateFormat(code);
  });
}

function excelDate(serial: number, date1904: boolean): string {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const iso = new Date(epoch + Math.round(serial * 86_400_000)).toISOString();
  return Number.isInteger(serial) ? iso.slice(0, 10) : iso.slice(0, 19).replace("T", " ");
}

function columnIndex(reference: string): number {
  const letters = /^[A-Z]+/.exec(reference)?.[0] ?? "A";
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
}

interface Styles {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
}

interface RawCell {
  column: number;
  type: string | undefined;
  style: number;
  /** The text of `<v>`, once one is open. */
  value?: string;
  /** The text of `<is>` (an inline string), once one is open. */
  inline?: string;
}

function cellValue(cell: RawCell, { strings, dates, date1904 }: Styles): Cell {
  if (cell.type === "inlineStr") return cell.inline ?? "";
  const text = cell.value;
  if (text === undefined) return null;
  switch (cell.type) {
    case "s":
      return text.trim() === "" ? null : (strings[Number(text)] ?? null);
    case "b":
      return text === "1";
    case "str":
    case "e":
    case "d": // an ISO 8601 date written as text
      return text;
    default: {
      // `<v/>`: a formula without a cached result.
      if (text.trim() === "") return null;
      const value = Number(text);
      return dates[cell.style] ? excelDate(value, date1904) : value;
    }
  }
}

/** The rows of a worksheet part: each row at its `r` (1-based), each cell at its column. */
function sheetRows(xml: string, label: string, styles: Styles): Cell[][] {
  const rows: Cell[][] = [];
  let row: { index: number; cells: Cell[] } | undefined;
  let cell: RawCell | undefined;
  walkXml(xml, label, {
    open: ({ name, attributes }, open) => {
      if (name === "row" && open.at(-1) === "sheetData") {
        const index = attributes.r === undefined ? rows.length : Number(attributes.r) - 1;
        row = { index, cells: [] };
      } else if (name === "c" && row) {
        const column = attributes.r ? columnIndex(attributes.r) : row.cells.length;
        cell = { column, type: attributes.t, style: Number(attributes.s ?? 0) };
      } else if (name === "v" && cell && open.at(-1) === "c") cell.value = "";
      else if (name === "is" && cell) cell.inline = "";
    },
    text: (text, open) => {
      if (!cell) return;
      if (open.at(-1) === "v" && cell.value !== undefined) cell.value += text;
      else if (cell.inline !== undefined && isRunText(open)) cell.inline += text;
    },
    close: (name) => {
      if (name === "c" && cell && row) {
        while (row.cells.length < cell.column) row.cells.push(null);
        row.cells[cell.column] = cellValue(cell, styles);
        cell = undefined;
      } else if (name === "row" && row) {
        while (rows.length < row.index) rows.push([]);
        rows[row.index] = row.cells;
        row = undefined;
      }
    },
  });
  return rows;
}

interface Workbook {
  sheets: { name: string; relation: string | undefined }[];
  date1904: boolean;
}

function workbookOf(xml: string, label: string): Workbook {
  const workbook: Workbook = { sheets: [], date1904: false };
  walkXml(xml, label, {
    open: ({ name, attributes }) => {
      // `r:id`, whatever the relationships namespace's prefix is: attributes are by local name.
      if (name === "sheet")
        workbook.sheets.push({ name: attributes.name ?? "", relation: attributes.id });
      if (name === "workbookPr")
        workbook.date1904 = attributes.date1904 === "1" || attributes.date1904 === "true";
    },
  });
  return workbook;
}

function relationTargets(xml: string | undefined, label: string): Map<string, string> {
  const targets = new Map<string, string>();
  if (xml === undefined) return targets;
  walkXml(xml, label, {
    open: ({ name, attributes }) => {
      if (name === "Relationship" && attributes.Id !== undefined)
        targets.set(attributes.Id, attributes.Target ?? "");
    },
  });
  return targets;
}

/** The worksheet's path inside the archive, by sheet name or 0-based position. */
function sheetPath(workbook: Workbook, targets: Map<string, string>, sheet: string | number) {
  const { sheets } = workbook;
  const found = typeof sheet === "number" ? sheets[sheet] : sheets.find((s) => s.name === sheet);
  if (!found) {
    const names = sheets.map((s) => JSON.stringify(s.name)).join(", ");
    throw new ConfigError(`xlsx: no sheet ${JSON.stringify(sheet)}; sheets: ${names}`);
  }
  const target = targets.get(found.relation ?? "") ?? "";
  return target.startsWith("/") ? target.slice(1) : path.posix.join("xl", target);
}

export async function readXlsxSheet(file: string, sheet: string | number): Promise<Sheet> {
  return withZip(file, async (archive) => {
    const part = partsOf(archive);
    const label = (name: string) => `${archive.name}/${name}`;
    const workbookXml = await part("xl/workbook.xml");
    if (workbookXml === undefined)
      throw new Error(`${file} is not an .xlsx workbook (no xl/workbook.xml)`);
    const workbook = workbookOf(workbookXml, label("xl/workbook.xml"));
    const rels = "xl/_rels/workbook.xml.rels";
    const sheetPart = sheetPath(workbook, relationTargets(await part(rels), label(rels)), sheet);
    const styles: Styles = {
      strings: sharedStrings(await part("xl/sharedStrings.xml"), label("xl/sharedStrings.xml")),
      dates: dateStyles(await part("xl/styles.xml"), label("xl/styles.xml")),
      date1904: workbook.date1904,
    };
    const sheetXml = await part(sheetPart);
    if (sheetXml === undefined)
      throw new Error(
        `${archive.name}: sheet ${JSON.stringify(sheet)} names ${sheetPart}, which the archive does not hold`,
      );
    return { rows: sheetRows(sheetXml, label(sheetPart), styles) };
  });
}
