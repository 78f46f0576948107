import type { SiteMaterialisation } from "../site-data.js";
import { duration, h } from "./dom.js";

function text(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

function bytes(n: unknown): string {
  if (typeof n !== "number") return text(n);
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 ** 2).toFixed(1)} MiB`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** `columns`: [{ name, type }] or { name: type }. */
function columnsTable(columns: unknown): HTMLElement | null {
  const list = Array.isArray(columns)
    ? columns.filter(isRecord).map((c) => [text(c.name), text(c.type ?? "")])
    : isRecord(columns)
      ? Object.entries(columns).map(([k, v]) => [k, text(v)])
      : [];
  if (list.length === 0) return null;
  return table(["column", "type"], list);
}

/** `files`: [{ path|name, size|bytes, sha256 }]. */
function filesTable(files: unknown): HTMLElement | null {
  if (!Array.isArray(files) || files.length === 0) return null;
  const rows = files
    .filter(isRecord)
    .map((f) => [text(f.path ?? f.name ?? ""), bytes(f.size ?? f.bytes), text(f.sha256 ?? "")]);
  return table(["file", "size", "sha256"], rows);
}

function table(header: string[], rows: string[][]): HTMLElement {
  return h(
    "table",
    {},
    h("thead", {}, h("tr", {}, ...header.map((c) => h("th", {}, c)))),
    h("tbody", {}, ...rows.map((r) => h("tr", {}, ...r.map((c) => h("td", {}, h("code", {}, c)))))),
  );
}

/** One materialisation: outcome, duration, error with its log tail, and every metadata field. */
export function materialisationView(m: SiteMaterialisation): HTMLElement {
  const { columns, files, ...rest } = m.metadata;
  const fields = Object.entries(rest).map(([k, v]) => [
    k,
    isRecord(v) || Array.isArray(v) ? JSON.stringify(v, null, 1) : text(v),
  ]);
  return h(
    "section",
    { class: `materialisation state-${m.status === "success" ? "success" : "failed"}` },
    h("h3", {}, `${m.status} · ${m.end} · ${duration(m.durationMs)} · run ${m.runId}`),
    m.error === undefined ? null : h("pre", { class: "error" }, m.error),
    fields.length ? table(["field", "value"], fields) : null,
    columnsTable(columns),
    filesTable(files),
  );
}
