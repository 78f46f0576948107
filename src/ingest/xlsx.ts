import { ConfigError } from "../core/errors.js";
import { withZip } from "./zip.js";
import { unescapeXml } from "./xml-text.js";

/**
 * A small reader for the values of one worksheet of an .xlsx file (Office Open XML): shared and
 * inline strings, numbers, booleans, cached formula results, and dates (numbers whose cell style
 * is a date format) as ISO text. No formulas are evaluated.
 */
export interface Sheet {
  rows: (string | number | boolean | null)[][];
}

type Cell = string | number | boolean | null;

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g))
    out[match[1] ?? ""] = unescapeXml(match[2] ?? "");
  return out;
}

/** The text of every `<t>` in `xml` (phonetic runs left out), joined. */
function textOf(xml: string): string {
  const withoutPhonetic = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  return [...withoutPhonetic.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>|<t\b[^>]*\/>/g)]
    .map((m) => unescapeXml(m[1] ?? ""))
    .join("");
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>|<si\b[^>]*\/>/g)].map((m) =>
    textOf(m[1] ?? ""),
  );
}

const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57,
]);

/** For each cell style index: whether its number format shows a date or time. */
function dateStyles(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const match of xml.matchAll(/<numFmt\b[^>]*\/?>/g)) {
    const { numFmtId, formatCode } = attributes(match[0]);
    if (numFmtId !== undefined && formatCode !== undefined)
      custom.set(Number(numFmtId), formatCode);
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
  return [...cellXfs.matchAll(/<xf\b[^>]*\/?>/g)].map((m) => {
    const id = Number(attributes(m[0]).numFmtId ?? 0);
    const code = custom.get(id);
    if (code === undefined) return BUILTIN_DATE_FORMATS.has(id);
    return /[dmyhs]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ""));
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

function cellValue(cell: string, strings: string[], dates: boolean[], date1904: boolean): Cell {
  const open = /^<c\b[^>]*>/.exec(cell)?.[0] ?? cell;
  const { t: type, s: style } = attributes(open);
  const raw = /<v>([\s\S]*?)<\/v>/.exec(cell)?.[1];
  if (type === "inlineStr") return textOf(/<is>([\s\S]*?)<\/is>/.exec(cell)?.[1] ?? "");
  if (raw === undefined) return null;
  const text = unescapeXml(raw);
  switch (type) {
    case "s":
      return strings[Number(text)] ?? null;
    case "b":
      return text === "1";
    case "str":
    case "e":
      return text;
    default: {
      const value = Number(text);
      return dates[Number(style ?? 0)] ? excelDate(value, date1904) : value;
    }
  }
}

/** The worksheet's path inside the archive, by sheet name or 0-based position. */
function sheetPath(workbook: string, relations: string, sheet: string | number): string {
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*\/?>/g)].map((m) => attributes(m[0]));
  const found = typeof sheet === "number" ? sheets[sheet] : sheets.find((s) => s.name === sheet);
  if (!found) {
    const names = sheets.map((s) => JSON.stringify(s.name)).join(", ");
    throw new ConfigError(`xlsx: no sheet ${JSON.stringify(sheet)}; sheets: ${names}`);
  }
  const id = found["r:id"] ?? Object.entries(found).find(([k]) => k.endsWith(":id"))?.[1];
  const relation = [...relations.matchAll(/<Relationship\b[^>]*\/?>/g)]
    .map((m) => attributes(m[0]))
    .find((r) => r.Id === id);
  const target = relation?.Target ?? "";
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

export async function readXlsxSheet(file: string, sheet: string | number): Promise<Sheet> {
  return withZip(file, async (archive) => {
    const text = async (name: string) => {
      const entry = archive.files.find((e) => e.name === name);
      return entry && (await archive.read(entry)).toString("utf8");
    };
    const workbook = await text("xl/workbook.xml");
    if (!workbook) throw new Error(`${file} is not an .xlsx workbook (no xl/workbook.xml)`);
    const date1904 = /<workbookPr\b[^>]*date1904="(1|true)"/.test(workbook);
    const relations = (await text("xl/_rels/workbook.xml.rels")) ?? "";
    const xml = (await text(sheetPath(workbook, relations, sheet))) ?? "";
    const strings = sharedStrings(await text("xl/sharedStrings.xml"));
    const dates = dateStyles(await text("xl/styles.xml"));
    return { rows: sheetRows(xml, strings, dates, date1904) };
  });
}

function sheetRows(xml: string, strings: string[], dates: boolean[], date1904: boolean): Cell[][] {
  const rows: Cell[][] = [];
  for (const row of xml.matchAll(/<row\b([^>]*)>([\s\S]*?)<\/row>/g)) {
    const index = Number(attributes(row[1] ?? "").r ?? rows.length + 1) - 1;
    const cells: Cell[] = [];
    for (const cell of (row[2] ?? "").matchAll(/<c\b[^>]*\/>|<c\b[^>]*>[\s\S]*?<\/c>/g)) {
      const reference = attributes(/^<c\b[^>]*>/.exec(cell[0])?.[0] ?? cell[0]).r;
      const column = reference ? columnIndex(reference) : cells.length;
      while (cells.length < column) cells.push(null);
      cells[column] = cellValue(cell[0], strings, dates, date1904);
    }
    while (rows.length < index) rows.push([]);
    rows[index] = cells;
  }
  return rows;
}
