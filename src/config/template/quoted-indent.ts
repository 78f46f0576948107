/**
 * Real templates continue a multi-line quoted scalar on a line indented no deeper than its key:
 *
 *     val: "\
 *       a|b\
 *     "
 *
 * PyYAML accepts this; YAML 1.2 (and the `yaml` package) does not. Indenting such continuation lines
 * one space deeper than the key changes no value (leading blanks of continuation lines fold away),
 * so templates are read the way their authors' tool reads them.
 */
export interface IndentedText {
  text: string;
  /** Map an offset in the returned text back to the input text. */
  inputOffset(offset: number): number;
}

interface Insertion {
  /** Offset in the input where spaces were inserted. */
  at: number;
  count: number;
}

export function indentQuotedContinuations(input: string): IndentedText {
  const insertions: Insertion[] = [];
  let quote: '"' | "'" | undefined;
  let minimumIndent = 0;
  let lineStart = 0;
  for (let i = 0; i < input.length; i++) {
    const char = input[i];
    if (char === "\n") {
      lineStart = i + 1;
      if (quote) {
        const indent = leadingSpaces(input, lineStart);
        if (indent < minimumIndent && !blankLine(input, lineStart + indent)) {
          insertions.push({ at: lineStart, count: minimumIndent - indent });
        }
      }
      continue;
    }
    if (quote === '"') {
      if (char === "\\" && input[i + 1] !== "\n") i++;
      else if (char === '"') quote = undefined;
    } else if (quote === "'") {
      if (char === "'" && input[i + 1] === "'") i++;
      else if (char === "'") quote = undefined;
    } else if (char === "#" && (i === lineStart || /\s/.test(input[i - 1] ?? ""))) {
      i = endOfLine(input, i) - 1;
    } else if ((char === '"' || char === "'") && startsScalar(input, lineStart, i)) {
      quote = char;
      minimumIndent = leadingSpaces(input, lineStart) + 1;
    }
  }
  return {
    text: applyInsertions(input, insertions),
    inputOffset: (offset) => toInput(insertions, offset),
  };
}

function startsScalar(input: string, lineStart: number, at: number): boolean {
  const before = input.slice(lineStart, at).trimEnd();
  return before === "" || /[:\-[{,?]$/.test(before);
}

function leadingSpaces(input: string, from: number): number {
  let n = 0;
  while (input[from + n] === " ") n++;
  return n;
}

function blankLine(input: string, at: number): boolean {
  const char = input[at];
  return char === undefined || char === "\n" || char === "\r";
}

function endOfLine(input: string, from: number): number {
  const end = input.indexOf("\n", from);
  return end < 0 ? input.length : end;
}

function applyInsertions(input: string, insertions: readonly Insertion[]): string {
  let out = "";
  let last = 0;
  for (const { at, count } of insertions) {
    out += input.slice(last, at) + " ".repeat(count);
    last = at;
  }
  return out + input.slice(last);
}

function toInput(insertions: readonly Insertion[], offset: number): number {
  let shift = 0;
  for (const { at, count } of insertions) {
    const start = at + shift;
    if (offset < start) break;
    if (offset < start + count) return at;
    shift += count;
  }
  return offset - shift;
}
