import picocolors from "picocolors";
import type { Output } from "./command.js";

export type Colors = ReturnType<typeof picocolors.createColors>;
export type Verbosity = "quiet" | "normal" | "verbose";

/**
 * Whether to colour `out`: `--color`/`--no-color` first, then FORCE_COLOR (any value but "0"
 * and "false" forces it), then NO_COLOR (any non-empty value turns it off, see no-color.org),
 * else only on a terminal that is not TERM=dumb.
 */
export function colorEnabled(
  out: Output,
  env: NodeJS.ProcessEnv,
  flag: boolean | undefined,
): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== "") return force !== "0" && force !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return out.isTTY === true && env.TERM !== "dumb";
}

export function colors(enabled: boolean): Colors {
  return picocolors.createColors(enabled);
}

/** The terminal's width; 80 when it is not a terminal or does not say. */
export function terminalColumns(out: Output): number {
  const columns = out.columns;
  return typeof columns === "number" && columns > 0 ? columns : 80;
}
