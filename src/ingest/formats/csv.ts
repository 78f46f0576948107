import { z } from "zod";
import type { CsvFormat } from "../../config/template/index.js";
import { ConfigError, errorMessage } from "../../core/errors.js";
import {
  findRaggedRow,
  likelyDelimiter,
  RawContentError,
  raggedMessage,
} from "../content-checks.js";
import { quoteString, type Engine, type Frame } from "../engine.js";
import { isStringDtype } from "./dtype.js";

/** CSV files read with DuckDB's read_csv, the way pandas' read_csv would read them. */
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

export async function loadCsv(
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
