import { createReadStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import type { FileFormat } from "../config/template/index.js";

const TEXT_FORMATS = new Set(["csv", "json", "geojson"]);
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;

/** A raw file that cannot be the data: empty, or a web page where a data file should be. */
export class RawContentError extends Error {
  override readonly name = "RawContentError";
}

/**
 * Fail clearly on what would otherwise be ingested as wrong data or fail with a reader's raw
 * error: an empty file, and an HTML page (a login, error or portal page answered with 200).
 */
export async function checkRawContent(file: string, format: FileFormat): Promise<void> {
  const name = path.basename(file);
  const { size } = await fs.stat(file);
  if (size === 0)
    throw new RawContentError(`${name} is empty (0 bytes): the source gave no data to ingest`);
  if (!TEXT_FORMATS.has(format.type)) return;
  const handle = await fs.open(file, "r");
  try {
    const head = Buffer.alloc(Math.min(size, 4096));
    await handle.read(head, 0, head.length, 0);
    const text = head.toString("utf8").replace(/^\uFEFF/, "");
    if (text.trim() === "")
      throw new RawContentError(
        `${name} holds only blank space: the source gave no data to ingest`,
      );
    if (HTML_START.test(text))
      throw new RawContentError(
        `${name} is an HTML page, not ${format.type}: the source answered with a web page (a login, error or portal page?) instead of the data; check the URL`,
      );
    const other = otherDocument(text, format.type);
    if (other)
      throw new RawContentError(
        `${name} is ${other}, not ${format.type}: the source answered with something else than the data (an error message?): ${JSON.stringify(text.trim().slice(0, 120))}`,
      );
  } finally {
    await handle.close();
  }
}

/** A CSV that is really an XML or JSON document (an API's error answer), or JSON that is XML. */
function otherDocument(text: string, type: string): string | undefined {
  const start = text.trimStart();
  const element = /^<([A-Za-z][\w:-]*)[\s>]/.exec(start)?.[1];
  if (start.startsWith("<?xml") || (element && start.includes(`</${element}>`)))
    return "an XML document";
  if (type === "csv" && /^\{\s*"/.test(start)) return "a JSON document";
  return undefined;
}

export interface RaggedRow {
  line: number;
  fields: number;
  expected: number;
}

/**
 * The first line with another number of fields than the header (quotes respected, a quoted field
 * may span lines), as pandas reports "Expected 2 fields in line 3, saw 3"; undefined when none.
 */
export async function findRaggedRow(
  file: string,
  delimiter: string,
): Promise<RaggedRow | undefined> {
  let expected: number | undefined;
  let fields = 1;
  let line = 1;
  let start = 1;
  let quoted = false;
  let empty = true;
  for await (const chunk of createReadStream(file, { encoding: "utf8" })) {
    for (const char of chunk as string) {
      if (char === '"') quoted = !quoted;
      else if (!quoted && char === delimiter) fields++;
      if (char === "\n") {
        line++;
        if (quoted) continue;
        if (!empty) {
          if (expected === undefined) expected = fields;
          else if (fields !== expected) return { line: start, fields, expected };
        }
        fields = 1;
        empty = true;
        start = line;
      } else if (char !== "\r") empty = false;
    }
  }
  if (!empty && expected !== undefined && fields !== expected)
    return { line: start, fields, expected };
  return undefined;
}

const LIKELY_DELIMITERS = [",", ";", "\t", "|"];

/** The delimiter a one-column header most likely meant (the sniffer gave up on ragged rows). */
export function likelyDelimiter(header: string): string | undefined {
  return LIKELY_DELIMITERS.find((d) => header.includes(d));
}

export function raggedMessage(file: string, row: RaggedRow): string {
  return `${path.basename(file)} line ${row.line} has ${row.fields} fields where the header has ${row.expected} (a ragged row): fix the file, or quote the field that holds the delimiter`;
}
