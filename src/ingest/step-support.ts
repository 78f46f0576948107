import type { Frame, FrameColumn } from "./engine.js";

export interface StepResult {
  frame: Frame;
  /** The input's row count, when the step had to count it (its input was a view). */
  rowsIn?: number;
  renamed?: Record<string, string>;
  changed?: string[];
  details?: Record<string, unknown>;
}

/** Raised for a step whose arguments do not fit the data (a missing column, a duplicate name, ...). */
export class StepError extends Error {
  override readonly name = "StepError";
}

/** The column called `name` (or at position `name`); `argument` names the step argument that asked. */
export function findColumn(frame: Frame, name: string | number, argument?: string): FrameColumn {
  const column =
    typeof name === "number" ? frame.columns[name] : frame.columns.find((c) => c.name === name);
  if (!column) {
    const where = argument ? `${argument}: ` : "";
    throw new StepError(`${where}no column ${JSON.stringify(name)}; columns: ${columnList(frame)}`);
  }
  return column;
}

export function columnList(frame: Frame): string {
  return frame.columns.map((c) => c.name).join(", ") || "(none)";
}
