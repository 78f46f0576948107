import type { Decode } from "./encoding.js";
import type { SequentialReader } from "./reader.js";
import { ShapefileError } from "./reader.js";

/** What a DBF field becomes: N/F without decimals BIGINT, with decimals DOUBLE, D DATE, L BOOLEAN, others text. */
export type FieldKind = "text" | "integer" | "double" | "date" | "boolean";

export interface DbfField {
  name: string;
  /** The dBase type letter (C, N, F, L, D, M, ...). */
  type: string;
  length: number;
  decimals: number;
  kind: FieldKind;
  /** Offset of the value inside a record (after the deletion flag). */
  offset: number;
}

export interface DbfHeader {
  records: number;
  headerLength: number;
  recordLength: number;
  languageDriver: number;
  /** Field descriptors with their names still as bytes (the encoding decides how to read them). */
  descriptors: {
    nameBytes: Buffer;
    type: string;
    length: number;
    decimals: number;
    offset: number;
  }[];
}

/** A value read from a record: dates as days since 1970-01-01. */
export type DbfValue = string | number | bigint | boolean | null;

const SPACE = 0x20;
const DELETED = 0x2a;

export async function readDbfHeader(reader: SequentialReader): Promise<DbfHeader> {
  const head = Buffer.from(await reader.read(32, "the .dbf header"));
  const records = head.readUInt32LE(4);
  const headerLength = head.readUInt16LE(8);
  const recordLength = head.readUInt16LE(10);
  if (headerLength < 33) {
    throw new ShapefileError(
      reader.file,
      8,
      `header length ${headerLength} is too short: not a dBase file`,
    );
  }
  const block = await reader.read(headerLength - 32, "the .dbf field descriptors");
  const descriptors: DbfHeader["descriptors"] = [];
  let offset = 1;
  for (let at = 0; at + 32 <= block.length && block[at] !== 0x0d; at += 32) {
    const nameEnd = block.indexOf(0, at);
    const nameBytes = Buffer.from(
      block.subarray(at, nameEnd >= at && nameEnd < at + 11 ? nameEnd : at + 11),
    );
    const length = block[at + 16] ?? 0;
    const type = String.fromCharCode(block[at + 11] ?? 0x43).toUpperCase();
    descriptors.push({ nameBytes, type, length, decimals: block[at + 17] ?? 0, offset });
    offset += length;
  }
  if (offset > recordLength) {
    throw new ShapefileError(
      reader.file,
      32,
      `the fields need ${offset} bytes per record but the header gives ${recordLength}: the file is corrupt`,
    );
  }
  return { records, headerLength, recordLength, languageDriver: head[29] ?? 0, descriptors };
}

/** The fields with decoded names (trailing blanks trimmed, as GDAL reads them) and their kinds. */
export function dbfFields(header: DbfHeader, decode: Decode): DbfField[] {
  return header.descriptors.map((d) => ({
    name: decode(d.nameBytes).replace(/ +$/, ""),
    type: d.type,
    length: d.length,
    decimals: d.decimals,
    offset: d.offset,
    kind: fieldKind(d.type, d.length, d.decimals),
  }));
}

function fieldKind(type: string, length: number, decimals: number): FieldKind {
  switch (type) {
    case "N":
    case "F":
      // GDAL: no decimals and fewer than 19 digits is an integer (64-bit), else a real.
      return decimals === 0 && length < 19 ? "integer" : "double";
    case "D":
      return "date";
    case "L":
      return "boolean";
    default:
      return "text";
  }
}

/**
 * Every record's values in field order, or `undefined` for a deleted record (so the caller can
 * skip the shape beside it), read one record at a time.
 */
export async function* readDbfRecords(
  reader: SequentialReader,
  header: DbfHeader,
  fields: DbfField[],
  decode: Decode,
): AsyncGenerator<DbfValue[] | undefined> {
  await reader.seek(header.headerLength);
  for (let index = 1; index <= header.records; index++) {
    const record = await reader.read(header.recordLength, `record ${index} of ${header.records}`);
    if (record[0] === DELETED) {
      yield undefined;
      continue;
    }
    yield fields.map((field) => fieldValue(record, field, decode));
  }
}

/** The value's bytes up to the first NUL, without leading and trailing blanks (shapelib's trim). */
function trimmed(record: Buffer, field: DbfField): Buffer {
  let start = field.offset;
  let end = field.offset + field.length;
  const nul = record.indexOf(0, start);
  if (nul >= 0 && nul < end) end = nul;
  while (start < end && record[start] === SPACE) start++;
  while (end > start && record[end - 1] === SPACE) end--;
  return record.subarray(start, end);
}

/** A value as GDAL reads it: blank or `*` numbers, `?` booleans and zero dates are null. */
export function fieldValue(record: Buffer, field: DbfField, decode: Decode): DbfValue {
  const bytes = trimmed(record, field);
  switch (field.kind) {
    case "text":
      return bytes.length === 0 ? null : decode(bytes);
    case "integer":
    case "double": {
      const text = bytes.toString("latin1");
      if (text === "" || text.startsWith("*")) return null;
      return field.kind === "integer" ? leadingInteger(text) : leadingNumber(text);
    }
    case "boolean": {
      const first = bytes.length > 0 ? String.fromCharCode(bytes[0] ?? 0) : "";
      if (first === "?") return null;
      return "TtYy".includes(first) && first !== "";
    }
    case "date":
      return dateDays(bytes.toString("latin1"));
  }
}

/** C's atoll: the leading integer, 0 when there is none. */
function leadingInteger(text: string): bigint {
  const match = /^[+-]?\d+/.exec(text);
  return match ? BigInt(match[0]) : 0n;
}

/** C's atof: the leading number, 0 when there is none. */
function leadingNumber(text: string): number {
  const value = Number.parseFloat(text);
  return Number.isNaN(value) ? 0 : value;
}

/** `YYYYMMDD` (or `MM/DD/YYYY`, which GDAL also reads) as days since 1970-01-01; null when empty, zero or not a date. */
function dateDays(text: string): number | null {
  const slashed = text.length >= 10 && text[2] === "/" && text[5] === "/";
  if (!slashed && !/^\d{8}$/.test(text)) return null;
  const year = Number(slashed ? text.slice(6, 10) : text.slice(0, 4));
  const month = Number(slashed ? text.slice(0, 2) : text.slice(4, 6));
  const day = Number(slashed ? text.slice(3, 5) : text.slice(6, 8));
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const valid =
    year > 0 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day;
  return valid ? Math.round(date.getTime() / 86_400_000) : null;
}
