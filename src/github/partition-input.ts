import { z } from "zod";
import { UsageError } from "../core/errors.js";

/**
 * The `partition` input of the matrix command: an expression applied to every selected product
 * (undefined: each product's default partitions), or, as the sense command writes it, exact keys
 * per product (`{"bars": ["2025-01-02"]}`). A partition expression never starts with `{`.
 */
export type PartitionInput = string | undefined | ReadonlyMap<string, readonly string[]>;

const ExactSchema = z.record(
  z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, "expected a product id"),
  z.array(z.string().min(1).max(200)).min(1),
);

export function parsePartitionInput(text: string): PartitionInput {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  if (!trimmed.startsWith("{")) return text;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    throw new UsageError(
      `input "partition": starts with "{" but is not JSON; expected an expression, or {"<product>": ["<key>", ...]} as the sense command writes it`,
    );
  }
  const parsed = ExactSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(
      `input "partition": ${issue?.path.join(".") || "the object"}: ${issue?.message ?? "invalid"}; expected {"<product>": ["<key>", ...]}`,
    );
  }
  return new Map(Object.entries(parsed.data));
}

/** The expression for one product: its exact keys (comma-separated), or the shared expression. */
export function expressionFor(input: PartitionInput, product: string): string | undefined {
  if (input === undefined || typeof input === "string") return input;
  const keys = input.get(product);
  if (keys === undefined)
    throw new UsageError(
      `input "partition": names no keys for the selected product "${product}" (it names: ${[...input.keys()].join(", ")}); select only the products it names`,
    );
  return keys.join(",");
}

/** Every product the exact form names must be selected: otherwise its keys would be dropped. */
export function checkAllSelected(input: PartitionInput, selected: readonly string[]): void {
  if (input === undefined || typeof input === "string") return;
  const missing = [...input.keys()].filter((p) => !selected.includes(p));
  if (missing.length > 0)
    throw new UsageError(
      `input "partition": names ${missing.map((p) => `"${p}"`).join(", ")}, which the selection does not include (selected: ${selected.join(", ") || "none"})`,
    );
}
