import fs from "node:fs/promises";
import type { JsonFormat } from "../config/template/index.js";

/**
 * The records of a JSON document, as pandas' `json_normalize(data, record_path, meta)` finds them:
 * `record_path` walks into the document (through lists too), `meta` copies parent fields into each
 * record, and with `normalize` nested objects become `a.b` columns.
 */
export function jsonRecords(document: unknown, format: JsonFormat): Record<string, unknown>[] {
  const kwargs = format.json_read_kwargs ?? {};
  const recordPath = toPath(kwargs.record_path ?? undefined);
  const meta = (kwargs.meta ?? []).map((m) => toPath(m));
  const flatten = format.json_read_fn !== "read_json";
  const records: Record<string, unknown>[] = [];
  const visit = (node: unknown, depth: number, parentMeta: Record<string, unknown>) => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth, parentMeta);
      return;
    }
    if (depth === recordPath.length) {
      if (!isObject(node))
        throw new Error(`JSON record is not an object: ${JSON.stringify(node)?.slice(0, 80)}`);
      const record = flatten ? flattenObject(node) : { ...node };
      records.push({ ...record, ...parentMeta });
      return;
    }
    if (!isObject(node))
      throw new Error(
        `record_path ${JSON.stringify(recordPath)}: no object at "${recordPath[depth]}"`,
      );
    const key = recordPath[depth] ?? "";
    if (!(key in node)) {
      const keys = Object.keys(node).slice(0, 20).join(", ");
      throw new Error(
        `record_path ${JSON.stringify(recordPath)}: key "${key}" not found; keys here: ${keys}`,
      );
    }
    const metaHere = depth === 0 ? collectMeta(node, meta) : parentMeta;
    visit(node[key], depth + 1, metaHere);
  };
  visit(document, 0, {});
  return records;
}

function toPath(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function collectMeta(node: Record<string, unknown>, meta: string[][]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const path of meta) {
    let value: unknown = node;
    for (const key of path) value = isObject(value) ? value[key] : undefined;
    out[path.join(".")] = value ?? null;
  }
  return out;
}

function flattenObject(
  node: Record<string, unknown>,
  prefix = "",
  out: Record<string, unknown> = {},
): Record<string, unknown> {
  for (const [key, value] of Object.entries(node)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (isObject(value) && Object.keys(value).length > 0) flattenObject(value, name, out);
    else out[name] = value;
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Write records as newline-delimited JSON with every column in every line (first-seen order);
 * nested values become JSON text, so each column has one type.
 */
export async function writeNdjson(
  records: Record<string, unknown>[],
  file: string,
): Promise<string[]> {
  const columns = [...new Set(records.flatMap((r) => Object.keys(r)))];
  const lines = records.map((record) => {
    const row: Record<string, unknown> = {};
    for (const column of columns) {
      const value = record[column];
      row[column] =
        value === undefined
          ? null
          : typeof value === "object" && value !== null
            ? JSON.stringify(value)
            : value;
    }
    return JSON.stringify(row);
  });
  await fs.writeFile(file, lines.join("\n") + "\n");
  return columns;
}
