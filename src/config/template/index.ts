import { hasErrors, type Diagnostic } from "../../core/diagnostics.js";
import { parseWithSchema, parseYamlFile, type YamlFile } from "../yaml-file.js";
import { JinjaError, renderWithSourceMap, type RenderedText } from "./jinja.js";
import {
  IngestTemplateSchema,
  RUNNABLE_SOURCE_TYPES,
  STORE_TEMPLATE_SOURCE_TYPES,
  type IngestTemplate,
} from "./schema.js";
import type { SourceStores } from "../settings.js";
import { RUNNABLE_FORMATS } from "./formats.js";
import { RUNNABLE_STEPS } from "./steps.js";
import { indentQuotedContinuations } from "./quoted-indent.js";
import {
  DataSourceTemplateSchema,
  expandDataSource,
  isDataSourceShape,
  mergeDatasetDefaults,
} from "./source-schema.js";

export {
  IngestTemplateSchema,
  RUNNABLE_SOURCE_TYPES,
  STORE_TEMPLATE_SOURCE_TYPES,
  COLUMN_TYPES,
} from "./schema.js";
export type { IngestTemplate, Source, TemplateColumn } from "./schema.js";
export { RUNNABLE_FORMATS } from "./formats.js";
export type { FileFormat, CsvFormat, JsonFormat, XlsxFormat, Geometry } from "./formats.js";
export { RUNNABLE_STEPS, COERCE_TYPES, isRunnableStep } from "./steps.js";
export type { ProcessingStep, RunnableStep } from "./steps.js";
export { JinjaError } from "./jinja.js";
export type { DataSourceTemplate } from "./source-schema.js";

/** A template file of either shape, as the datasets it writes. */
export interface TemplateDefinition {
  /** `dataset`: one dataset (`ingestion:`); `source`: one download split into `datasets:`. */
  shape: "dataset" | "source";
  /** The template's `id`: the dataset's (or, for a source, the raw download's) id in the store. */
  id: string;
  depends_on: string[];
  /** Each dataset it writes, as a one-dataset template; in file order. */
  datasets: IngestTemplate[];
}

/** Rendered in place of the version when a template is validated without one. */
export const PLACEHOLDER_VERSION = "VERSION";

/** Render the Jinja of a template. Throws `JinjaError` (with an offset) on an unsupported construct. */
export function renderTemplate(text: string, vars: { version: string }): string {
  return renderWithSourceMap(text, vars).text;
}

/**
 * Render (Jinja) then parse and validate a template file of either shape. Every diagnostic is
 * located in the ORIGINAL text, before rendering. A repeated key is a warning and the last value
 * wins, as in PyYAML, which the team's own tool uses. `definition` is set whenever there is no
 * error; `template` too when the file is of the one-dataset shape.
 */
export function parseTemplateFile(
  file: string,
  text: string,
  version: string = PLACEHOLDER_VERSION,
): { template?: IngestTemplate; definition?: TemplateDefinition; diagnostics: Diagnostic[] } {
  let rendered: RenderedText;
  try {
    rendered = renderWithSourceMap(text, { version });
  } catch (error) {
    if (!(error instanceof JinjaError)) throw error;
    const { line, column } = lineColumn(text, error.offset);
    return {
      diagnostics: [{ severity: "error", file, line, column, path: "", message: error.message }],
    };
  }
  const yaml = parseRendered(file, text, rendered);
  if (yaml.value === undefined || hasErrors(yaml.diagnostics))
    return { diagnostics: yaml.diagnostics };
  if (isDataSourceShape(yaml.value)) {
    const merged = { ...yaml, value: mergeDatasetDefaults(yaml.value) };
    const { data, diagnostics } = parseWithSchema(merged, DataSourceTemplateSchema);
    const all = [...yaml.diagnostics, ...diagnostics];
    if (!data) return { diagnostics: all };
    const datasets = expandDataSource(data);
    const definition = {
      shape: "source" as const,
      id: data.id,
      depends_on: data.depends_on ?? [],
      datasets,
    };
    return { definition, diagnostics: all };
  }
  const { data, diagnostics } = parseWithSchema(yaml, IngestTemplateSchema);
  const all = [...yaml.diagnostics, ...diagnostics];
  if (!data) return { diagnostics: all };
  const definition = {
    shape: "dataset" as const,
    id: data.id,
    depends_on: data.depends_on ?? [],
    datasets: [data],
  };
  return { template: data, definition, diagnostics: all };
}

/** Parse the rendered text, leniently on a second try; positions point into the original text. */
function parseRendered(file: string, original: string, rendered: RenderedText): YamlFile {
  const parse = (text: string) => parseYamlFile(file, text, { duplicateKeys: "warning" });
  const strict = remapYaml(parse(rendered.text), original, rendered.text, rendered.originalOffset);
  if (!hasErrors(strict.diagnostics)) return strict;
  const relaxed = indentQuotedContinuations(rendered.text);
  if (relaxed.text === rendered.text) return strict;
  const toOriginal = (offset: number) => rendered.originalOffset(relaxed.inputOffset(offset));
  const lenient = remapYaml(parse(relaxed.text), original, relaxed.text, toOriginal);
  return hasErrors(lenient.diagnostics) ? strict : lenient;
}

/** A parsed file whose positions point into the original (unrendered) text. */
function remapYaml(
  yaml: YamlFile,
  original: string,
  parsedText: string,
  originalOffset: (offset: number) => number,
): YamlFile {
  const toOriginal = (pos: { line: number; column: number }) =>
    lineColumn(original, originalOffset(offsetOf(parsedText, pos.line, pos.column)));
  return {
    ...yaml,
    diagnostics: yaml.diagnostics.map((d) => ({ ...d, ...toOriginal(d) })),
    locate: (path, options) => toOriginal(yaml.locate(path, options)),
  };
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lastNewline = before.lastIndexOf("\n");
  const line = before.split("\n").length;
  return { line, column: offset - lastNewline };
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf("\n", offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset + column - 1;
}

/** Why a valid template cannot be run by lifecycle itself (empty when it can). */
export function runnability(
  template: IngestTemplate,
  settings: { stores?: SourceStores | undefined } = {},
): { runnable: boolean; reasons: string[] } {
  const reasons: string[] = [];
  const source = template.ingestion.source;
  if (!source) reasons.push("the template has no source");
  else if (includes(STORE_TEMPLATE_SOURCE_TYPES, source.type)) {
    const name = source.type === "edm.recipes.datasets" ? "recipes" : "publishing";
    if (settings.stores?.[name] === undefined)
      reasons.push(`source type "${source.type}" (lifecycle.yml names no stores.${name})`);
  } else if (!includes(RUNNABLE_SOURCE_TYPES, source.type))
    reasons.push(`source type "${source.type}"`);
  const format = template.ingestion.file_format.type;
  if (!includes(RUNNABLE_FORMATS, format)) reasons.push(`file format "${format}"`);
  for (const step of template.ingestion.processing_steps ?? []) {
    if (!includes(RUNNABLE_STEPS, step.name)) reasons.push(`processing step "${step.name}"`);
  }
  return { runnable: reasons.length === 0, reasons };
}

function includes(list: readonly string[], value: string): boolean {
  return list.includes(value);
}
