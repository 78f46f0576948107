import jsYaml from "js-yaml";

/**
 * The fast path for well-formed files: js-yaml (about ten times faster than `yaml`'s document
 * parser) with plain scalars resolved by exactly the rules of `yaml`'s core schema, so a file gives
 * the same value either way. Anything the fast path is unsure of (anchors, aliases, tags,
 * directives, repeated keys, several documents, any syntax error) returns undefined and the caller
 * parses the file with `yaml`, which knows positions and gives the located diagnostics.
 */
export interface FastParse {
  value: unknown;
  /** The text of each plain scalar that became a number, by `numberSourceKey` of its field path. */
  numberSources: Record<string, string>;
}

/** A number as the loader builds it, keeping its text until the value is walked. */
class PlainNumber {
  readonly [Symbol.toStringTag] = "PlainNumber";
  constructor(
    readonly value: number,
    readonly source: string,
  ) {}
  toString(): string {
    return String(this.value);
  }
}

/** `~`/`null` as a value is null; as a key it is "" (what `yaml` makes of a null key). */
class PlainNull {
  readonly [Symbol.toStringTag] = "PlainNull";
  toString(): string {
    return "";
  }
}
const PLAIN_NULL = new PlainNull();

// The regular expressions of yaml/dist/schema/core/*.js and common/null.js.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

function numberOf(text: string): number {
  if (INT_OCT.test(text)) return parseInt(text.slice(2), 8);
  if (INT_HEX.test(text)) return parseInt(text.slice(2), 16);
  if (FLOAT_NAN.test(text)) return /nan/i.test(text) ? NaN : infinity(text);
  return Number(text);
}

function infinity(text: string): number {
  return text.startsWith("-") ? -Infinity : Infinity;
}

const isNumber = (text: string) =>
  INT_OCT.test(text) ||
  INT.test(text) ||
  INT_HEX.test(text) ||
  FLOAT_NAN.test(text) ||
  FLOAT_EXP.test(text) ||
  FLOAT.test(text);

const CORE_SCHEMA = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    new jsYaml.Type("tag:yaml.org,2002:null", {
      kind: "scalar",
      resolve: (data: string) => NULL.test(data),
      construct: () => PLAIN_NULL,
    }),
    new jsYaml.Type("tag:yaml.org,2002:bool", {
      kind: "scalar",
      resolve: (data: string) => BOOL.test(data),
      construct: (data: string) => data[0] === "t" || data[0] === "T",
    }),
    new jsYaml.Type("tag:yaml.org,2002:float", {
      kind: "scalar",
      resolve: (data: string) => isNumber(data),
      construct: (data: string) => new PlainNumber(numberOf(data), data),
    }),
  ],
});

/** Anything js-yaml might read differently from `yaml`, or that needs alias limits: left to `yaml`. */
const UNSURE = /(?:^|[\s[{,])[&*!]|^%|^\?|\t|\r/m;
/**
 * A quoted scalar that goes on past its line: js-yaml, like PyYAML, accepts continuation lines that
 * `yaml` rightly rejects as under-indented, so these go to `yaml` for its diagnostic.
 */
const MULTILINE_QUOTED = /(?:^|[\s[{,:])(?:"(?:[^"\\]|\\.)*|'(?:[^']|'')*)$/m;

/**
 * A whole quoted scalar on one line (starting where a scalar can start, ending before a
 * separator): blanked before UNSURE looks, so `cron: "0 7 * * 1"` is not taken for an alias.
 */
const QUOTED_SCALAR = /(^|[\s[{,:-])("(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*')(?=[ ]*(?:$|[,\]}:#]))/gm;

export function fastParse(text: string): FastParse | undefined {
  if (MULTILINE_QUOTED.test(text)) return undefined;
  if (UNSURE.test(text.replace(QUOTED_SCALAR, '$1""'))) return undefined;
  let loaded: unknown;
  try {
    loaded = jsYaml.load(text, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  const numberSources: Record<string, string> = {};
  const value = unwrap(loaded === undefined ? PLAIN_NULL : loaded, [], numberSources);
  return { value, numberSources };
}

/** Field paths joined by NUL, which YAML text cannot contain. */
export function numberSourceKey(path: readonly (string | number)[]): string {
  return path.join("\0");
}

/** Replace the loader's markers by plain values, noting where each number came from. */
function unwrap(
  node: unknown,
  path: (string | number)[],
  sources: Record<string, string>,
): unknown {
  if (node instanceof PlainNumber) {
    sources[numberSourceKey(path)] = node.source;
    return node.value;
  }
  if (node === PLAIN_NULL) return null;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) node[i] = unwrap(node[i], [...path, i], sources);
    return node;
  }
  if (typeof node === "object" && node !== null) {
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const value = unwrap(record[key], [...path, key], sources);
      // js-yaml defines `__proto__` as an own field; assigning it would set the prototype instead.
      if (key === "__proto__")
        Object.defineProperty(record, key, { value, writable: true, enumerable: true });
      else record[key] = value;
    }
  }
  return node;
}
