/**
 * The Jinja subset that ingest templates use: `{{ version }}` with Python slices (`version[2:]`,
 * `version[:-2]`, `version[1]`) and the filters `replace("a", "b")`, `lower`, `upper`, `trim`.
 * `{# comments #}` are dropped. Anything else (`{% ... %}`, other variables, other filters) is a
 * `JinjaError` located in the original text.
 */
export interface TemplateVars {
  version: string;
}

export class JinjaError extends Error {
  override readonly name = "JinjaError";
  constructor(
    message: string,
    /** Offset in the original text of the construct that failed. */
    readonly offset: number,
  ) {
    super(message);
  }
}

/** One replaced span: `[start, end)` in the original became `[renderedStart, renderedEnd)`. */
interface Replacement {
  start: number;
  end: number;
  renderedStart: number;
  renderedEnd: number;
}

export interface RenderedText {
  text: string;
  /** Map an offset in the rendered text back to the original text. */
  originalOffset(renderedOffset: number): number;
}

const TAG = /\{\{([\s\S]*?)\}\}|\{#[\s\S]*?#\}|\{%([\s\S]*?)%\}/g;

export function renderWithSourceMap(text: string, vars: TemplateVars): RenderedText {
  const replacements: Replacement[] = [];
  let out = "";
  let last = 0;
  for (const match of text.matchAll(TAG)) {
    const start = match.index;
    const end = start + match[0].length;
    out += text.slice(last, start);
    const value = renderTag(match[0], match[1], start, vars);
    replacements.push({
      start,
      end,
      renderedStart: out.length,
      renderedEnd: out.length + value.length,
    });
    out += value;
    last = end;
  }
  const unclosed = text.indexOf("{{", last);
  if (unclosed >= 0) throw new JinjaError('unclosed "{{": expected "}}"', unclosed);
  out += text.slice(last);
  return { text: out, originalOffset: (offset) => toOriginal(replacements, offset) };
}

export function renderJinja(text: string, vars: TemplateVars): string {
  return renderWithSourceMap(text, vars).text;
}

function renderTag(
  tag: string,
  expression: string | undefined,
  offset: number,
  vars: TemplateVars,
): string {
  if (tag.startsWith("{#")) return "";
  if (tag.startsWith("{%")) {
    throw new JinjaError(
      `unsupported Jinja statement ${JSON.stringify(tag)}: only {{ version }} expressions are supported`,
      offset,
    );
  }
  return evaluate(expression ?? "", offset + 2, vars);
}

function toOriginal(replacements: readonly Replacement[], offset: number): number {
  let shift = 0;
  for (const r of replacements) {
    if (offset < r.renderedStart) break;
    if (offset < r.renderedEnd) return r.start;
    shift = r.end - r.renderedEnd;
  }
  return offset + shift;
}

const SLICE = /^\[\s*(-?\d+)?\s*(:)?\s*(-?\d+)?\s*\]/;
const FILTER = /^\|\s*([A-Za-z_]\w*)\s*(?:\(([^)]*)\))?/;
const STRING_ARG = /^\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')\s*(,|$)/;

function evaluate(expression: string, offset: number, vars: TemplateVars): string {
  let rest = expression.trim();
  const lead = expression.length - expression.trimStart().length;
  const at = () => offset + lead + (expression.trim().length - rest.length);
  const name = /^[A-Za-z_]\w*/.exec(rest)?.[0];
  if (name !== "version") {
    throw new JinjaError(
      `unsupported Jinja variable ${JSON.stringify(name ?? rest)}: the only variable is "version"`,
      at(),
    );
  }
  let value = vars.version;
  rest = rest.slice(name.length).trimStart();
  while (rest.length > 0) {
    const slice = SLICE.exec(rest);
    const filter = FILTER.exec(rest);
    if (slice) {
      value = applySlice(value, slice);
      rest = rest.slice(slice[0].length).trimStart();
    } else if (filter) {
      value = applyFilter(value, filter[1] ?? "", filter[2], at());
      rest = rest.slice(filter[0].length).trimStart();
    } else {
      throw new JinjaError(
        `unsupported Jinja expression ${JSON.stringify(rest)}: allowed after "version": [a:b] slices and | replace("x","y"), lower, upper, trim`,
        at(),
      );
    }
  }
  return value;
}

function applySlice(value: string, match: RegExpExecArray): string {
  const chars = [...value];
  const from = match[1] === undefined ? undefined : Number(match[1]);
  const to = match[3] === undefined ? undefined : Number(match[3]);
  if (match[2] === undefined) {
    const index = from ?? 0;
    return chars.at(index) ?? "";
  }
  return chars.slice(from ?? 0, to ?? chars.length).join("");
}

function applyFilter(
  value: string,
  name: string,
  rawArgs: string | undefined,
  offset: number,
): string {
  const args = rawArgs === undefined ? [] : parseStringArgs(rawArgs, offset);
  const expect = (n: number) => {
    if (args.length !== n)
      throw new JinjaError(
        `filter "${name}" takes ${n} string argument(s), got ${args.length}`,
        offset,
      );
  };
  switch (name) {
    case "replace":
      expect(2);
      return value.split(args[0] ?? "").join(args[1] ?? "");
    case "lower":
      expect(0);
      return value.toLowerCase();
    case "upper":
      expect(0);
      return value.toUpperCase();
    case "trim":
      expect(0);
      return value.trim();
    default:
      throw new JinjaError(
        `unsupported Jinja filter "${name}": allowed: replace, lower, upper, trim`,
        offset,
      );
  }
}

function parseStringArgs(raw: string, offset: number): string[] {
  const args: string[] = [];
  let rest = raw.trim();
  while (rest.length > 0) {
    const match = STRING_ARG.exec(rest);
    if (!match)
      throw new JinjaError(
        `filter arguments must be quoted strings, got ${JSON.stringify(raw)}`,
        offset,
      );
    args.push(unescape(match[1] ?? match[2] ?? ""));
    rest = rest.slice(match[0].length).trimStart();
  }
  return args;
}

function unescape(text: string): string {
  return text.replace(/\\(.)/g, (_, c: string) => ({ n: "\n", t: "\t" })[c] ?? c);
}
