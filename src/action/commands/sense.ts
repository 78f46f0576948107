import { UsageError } from "../../core/errors.js";
import { senseDue, type Due } from "../../sense/sensor.js";
import { cell } from "../../github/workflow-io.js";
import type { ActionContext } from "../context.js";
import type { CommandOutcome } from "./outcome.js";

/**
 * `sense`: one tick of the GitHub sensor. Observes the selected products' inputs, compares with
 * the store, advances the store's cursor by exactly what it hands on, and outputs that: `products`
 * (for `select`) and `partitions` (`{"product": ["key", ...]}`, for lifecycle.yml's `partition`).
 * At most `limit` partitions per tick keep the outputs and the stage matrix within GitHub's limits.
 */
export async function senseCommand(context: ActionContext): Promise<CommandOutcome> {
  const { inputs, io } = context;
  if (!context.sharedStore)
    throw new UsageError(
      'input "store": the sensor keeps its cursor in the store, so it needs one that outlives the run (s3://bucket/prefix, or a folder that persists) (received "")',
    );
  const select = inputs.select.trim();
  const { due, waiting } = await senseDue({
    root: context.root,
    store: context.store,
    env: process.env,
    signal: context.signal,
    select: select === "*" ? undefined : select.split(",").map((s) => s.trim()),
    limit: inputs.limit,
    dryRun: inputs["dry-run"],
    lock: { log: (line) => io.info(line) },
  });
  const count = due.reduce((n, d) => n + d.partitions.length, 0);
  io.setOutput("has_due", String(count > 0 && !inputs["dry-run"]));
  io.setOutput("count", String(count));
  io.setOutput("products", due.map((d) => d.product).join(","));
  const exact = Object.fromEntries(due.map((d) => [d.product, d.partitions]));
  io.setOutput("partitions", count === 0 ? "" : JSON.stringify(exact));
  io.info(
    count === 0
      ? "nothing due"
      : due.map((d) => `${d.product}: ${d.partitions.join(", ")}`).join("\n"),
  );
  await io.appendSummary(summary(due, waiting, inputs["dry-run"]));
  return { ok: true };
}

function summary(due: readonly Due[], waiting: number, dryRun: boolean): string {
  const head = `## lifecycle: sense${dryRun ? " (dry run)" : ""}\n\n`;
  const later =
    waiting > 0 ? `\n${waiting} more partition(s) wait for the next tick (limit).\n` : "";
  if (due.length === 0)
    return `${head}Nothing due: every observed partition is built or started.\n${later}`;
  const rows = due.map(
    (d) => `| ${cell(d.product)} | ${d.partitions.length} | ${cell(shortList(d.partitions))} |`,
  );
  return `${head}| product | partitions | keys |\n| --- | --- | --- |\n${rows.join("\n")}\n${later}`;
}

function shortList(keys: readonly string[]): string {
  const shown = keys.slice(0, 20).join(", ");
  return keys.length > 20 ? `${shown}, and ${keys.length - 20} more` : shown;
}
