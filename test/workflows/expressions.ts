/**
 * A small evaluator for the GitHub Actions expressions our workflows use: literals, context paths
 * (with `*`), `!`, `==`, `!=`, `&&`, `||`, parentheses, and the functions toJSON, fromJSON, join,
 * format, startsWith, contains, always, success, failure, cancelled. Enough to walk the workflows in tests.
 */
export type Context = Record<string, unknown>;
export interface Status {
  failed: boolean;
}

type Token = { kind: "str" | "num" | "ident" | "op"; value: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re =
    /\s*(?:('(?:[^']|'')*')|(\d+(?:\.\d+)?)|([A-Za-z_][\w-]*)|(==|!=|&&|\|\||[!().,*[\]]))/y;
  let index = 0;
  while (index < text.length) {
    if (/^\s*$/.test(text.slice(index))) break;
    re.lastIndex = index;
    const m = re.exec(text);
    if (!m) throw new Error(`cannot parse expression at ${JSON.stringify(text.slice(index))}`);
    index = re.lastIndex;
    if (m[1] !== undefined)
      tokens.push({ kind: "str", value: m[1].slice(1, -1).replace(/''/g, "'") });
    else if (m[2] !== undefined) tokens.push({ kind: "num", value: m[2] });
    else if (m[3] !== undefined) tokens.push({ kind: "ident", value: m[3] });
    else if (m[4] !== undefined) tokens.push({ kind: "op", value: m[4] });
  }
  return tokens;
}

export function evaluate(
  text: string,
  context: Context,
  status: Status = { failed: false },
): unknown {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = () => tokens[pos];
  const take = (value?: string) => {
    const token = tokens[pos++];
    if (!token || (value !== undefined && token.value !== value))
      throw new Error(`expected ${value ?? "a token"} in ${text}`);
    return token;
  };
  const or = (): unknown => {
    let left = and();
    while (peek()?.value === "||") {
      take();
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  const and = (): unknown => {
    let left = equality();
    while (peek()?.value === "&&") {
      take();
      const right = equality();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const equality = (): unknown => {
    const left = unary();
    const op = peek()?.value;
    if (op !== "==" && op !== "!=") return left;
    take();
    const right = unary();
    const equal = String(left ?? "").toLowerCase() === String(right ?? "").toLowerCase();
    return op === "==" ? equal : !equal;
  };
  const unary = (): unknown => {
    if (peek()?.value === "!") {
      take();
      return !truthy(unary());
    }
    return primary();
  };
  const primary = (): unknown => {
    const token = take();
    if (token.kind === "str") return token.value;
    if (token.kind === "num") return Number(token.value);
    if (token.value === "(") {
      const value = or();
      take(")");
      return value;
    }
    if (token.kind !== "ident") throw new Error(`unexpected ${token.value} in ${text}`);
    if (token.value === "true" || token.value === "false") return token.value === "true";
    if (peek()?.value === "(") return call(token.value);
    let value: unknown = context[token.value];
    while (peek()?.value === ".") {
      take();
      const next = take();
      if (next.value === "*") value = Object.values((value ?? {}) as object);
      else if (Array.isArray(value))
        value = value.map((v) => (v as Record<string, unknown>)[next.value]);
      else value = (value as Record<string, unknown> | undefined)?.[next.value];
    }
    return value;
  };
  const call = (name: string): unknown => {
    take("(");
    const args: unknown[] = [];
    while (peek()?.value !== ")") {
      args.push(or());
      if (peek()?.value === ",") take();
    }
    take(")");
    switch (name) {
      case "toJSON":
        return JSON.stringify(args[0], null, 2);
      case "fromJSON":
        return JSON.parse(String(args[0]));
      case "join":
        return (args[0] as unknown[]).join(args[1] === undefined ? "," : String(args[1]));
      case "format":
        return String(args[0]).replace(/\{(\d+)\}/g, (_, i: string) =>
          String(args[Number(i) + 1] ?? ""),
        );
      case "startsWith":
        return String(args[0] ?? "")
          .toLowerCase()
          .startsWith(String(args[1] ?? "").toLowerCase());
      case "contains":
        return String(args[0] ?? "")
          .toLowerCase()
          .includes(String(args[1] ?? "").toLowerCase());
      case "always":
        return true;
      case "success":
        return !status.failed;
      case "failure":
        return status.failed;
      case "cancelled":
        return false;
      default:
        throw new Error(`unknown function ${name}`);
    }
  };
  const value = or();
  if (pos !== tokens.length) throw new Error(`trailing tokens in ${text}`);
  return value;
}

export function truthy(value: unknown): boolean {
  return value !== undefined && value !== null && value !== false && value !== "" && value !== 0;
}

/** Replace every `${{ … }}` in a string; a string that is one expression keeps its value's type. */
export function interpolate(value: unknown, context: Context, status?: Status): unknown {
  if (typeof value !== "string") return value;
  const whole = /^\$\{\{(.*)\}\}$/s.exec(value.trim());
  if (whole && !whole[1]?.includes("}}")) return evaluate(whole[1] ?? "", context, status);
  return value.replace(/\$\{\{(.*?)\}\}/g, (_, expr: string) => {
    const result = evaluate(expr, context, status);
    return typeof result === "string" ? result : result === undefined ? "" : JSON.stringify(result);
  });
}

/** An `if:` condition: bare expressions are allowed; with no status function, success() is implied. */
export function condition(text: string | undefined, context: Context, status: Status): boolean {
  if (text === undefined) return !status.failed;
  const expr = text.trim().replace(/^\$\{\{(.*)\}\}$/s, "$1");
  const usesStatus = /\b(always|success|failure|cancelled)\(/.test(expr);
  const value = truthy(evaluate(expr, context, status));
  return usesStatus ? value : value && !status.failed;
}
