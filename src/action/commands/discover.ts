import path from "node:path";
import {
  loadProjectWithPipelines,
  loadProjectWithPipelinesDiagnostics,
} from "../../partitions/project-products.js";
import type { Diagnostic } from "../../core/diagnostics.js";
import { UsageError } from "../../core/errors.js";
import { affectedBetween } from "../../github/affected.js";
import { discoverIngest, discoverProducts } from "../../github/discover.js";
import type { WaveMatrix } from "../../github/wave-matrix.js";
import { parsePartitionInput, type PartitionInput } from "../../github/partition-input.js";
import { recipeChoice, type RecipeChoice } from "../recipe-inputs.js";
import { cell } from "../../github/workflow-io.js";
import type { ActionContext } from "../context.js";
import type { CommandOutcome } from "./outcome.js";

/** `matrix`: the (product, partition) matrix of a selection, and its lineage in the summary. */
export async function matrixCommand(context: ActionContext): Promise<CommandOutcome> {
  const { inputs, io } = context;
  const { project } = await loadProjectWithPipelines(context.root);
  const choice = await recipeChoice(context);
  await choice.apply(project);
  const select = choice.select;
  const partition = parsePartitionInput(choice.partition);
  const leaveOut = await upToDate(context, select, partition, choice);
  const found = discoverProducts(project, select, partition, inputs["runs-on"], {
    leaveOut,
  });
  io.setOutput("matrix", found.json);
  io.setOutput("has_entries", String(found.hasEntries));
  io.setOutput("count", String(found.matrix.include.reduce((n, e) => n + e.items.length, 0)));
  io.setOutput("products", found.products.join(","));
  setWaveOutputs(io, found.waveMatrices);
  io.info(
    `${found.products.length} products x partitions ${found.partitions.join(", ") || "none"}: ${found.matrix.include.length} jobs`,
  );
  await io.appendSummary(
    `## lifecycle: selection \`${select}\`\n\n` +
      `${found.products.length} products, partitions ${found.partitions.map((p) => `\`${p}\``).join(", ") || "none"}, ` +
      `${found.matrix.include.length} jobs per stage.\n\n${leftOutMarkdown(leaveOut)}${wavesMarkdown(found.waves)}${found.lineage}\n`,
  );
  return { ok: true };
}

/**
 * With a store that outlives the run, the items whose every stage is up to date there (a dry run
 * of the engine), unless `force`: they get no job. Without one, nothing is known: every item runs.
 */
async function upToDate(
  context: ActionContext,
  select: string,
  partition: PartitionInput,
  choice: RecipeChoice,
) {
  if (!context.sharedStore || context.inputs.force) return new Set<string>();
  const [{ upToDateItems }, engine] = await Promise.all([
    import("../../github/up-to-date.js"),
    import("../../engine/materialize.js"),
  ]);
  const check = (select: string, expr: string | undefined) =>
    upToDateItems({
      root: context.root,
      store: context.store,
      select,
      partition: expr,
      signal: context.signal,
      materialize: choice.wrap(engine.materialize),
    });
  if (partition === undefined || typeof partition === "string") return check(select, partition);
  const current = new Set<string>();
  for (const [product, keys] of partition)
    for (const id of await check(product, keys.join(","))) current.add(id);
  return current;
}

function leftOutMarkdown(leftOut: ReadonlySet<string>): string {
  if (leftOut.size === 0) return "";
  const ids = [...leftOut].sort();
  const shown = ids
    .slice(0, 50)
    .map((id) => `\`${id}\``)
    .join(", ");
  const more = ids.length > 50 ? `, and ${ids.length - 50} more` : "";
  return `Left out, every stage up to date in the store: ${ids.length} item(s): ${shown}${more}.\n\n`;
}

/**
 * `waves`: how many; `wave_<n>` (from 1): that wave's matrix, absent when the selection has fewer
 * waves. The stage pipeline runs wave n's legs once wave n-1's are done.
 */
function setWaveOutputs(io: ActionContext["io"], waves: readonly WaveMatrix[]): void {
  io.setOutput("waves", String(waves.length));
  waves.forEach((wave, i) => io.setOutput(`wave_${i + 1}`, wave.json));
}

function wavesMarkdown(waves: readonly (readonly string[])[]): string {
  if (waves.length < 2) return "";
  const rows = waves.map((w, i) => `| ${i + 1} | ${w.map((p) => `\`${p}\``).join(", ")} |`);
  return `Products that read other products' output run in later waves:\n\n| wave | products |\n| --- | --- |\n${rows.join("\n")}\n\n`;
}

/** `ingest-matrix`: the (template, version) matrix for the ingest workflow. */
export async function ingestMatrixCommand(context: ActionContext): Promise<CommandOutcome> {
  const { inputs, io } = context;
  const { project } = await loadProjectWithPipelines(context.root);
  const found = discoverIngest(project, inputs.templates, inputs.version, inputs["runs-on"]);
  io.setOutput("matrix", found.json);
  io.setOutput("has_entries", String(found.hasEntries));
  io.setOutput("count", String(found.matrix.include.reduce((n, e) => n + e.items.length, 0)));
  await io.appendSummary(
    `## lifecycle: ingest version \`${inputs.version}\`\n\n${found.matrix.include.length} jobs: ` +
      `${found.matrix.include.map((e) => `\`${e.name}\``).join(", ") || "nothing selected"}\n`,
  );
  return { ok: true };
}

/** `validate`: every diagnostic as an annotation on its file and line, and a summary. */
export async function validateCommand(context: ActionContext): Promise<CommandOutcome> {
  const { io } = context;
  const { diagnostics } = await loadProjectWithPipelinesDiagnostics(context.root);
  for (const d of diagnostics) {
    io.annotate(d.severity, d.message, {
      title: d.path ? `lifecycle: ${d.path}` : "lifecycle",
      file: repoPath(context, d.file),
      startLine: d.line,
      startColumn: d.column,
    });
  }
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  io.setOutput("errors", String(errors));
  io.setOutput("warnings", String(diagnostics.length - errors));
  await io.appendSummary(validationSummary(context, diagnostics, errors));
  return errors > 0 ? { ok: false, message: `configuration has ${errors} error(s)` } : { ok: true };
}

/** A project file's path relative to the repository root, as annotations need it. */
export function repoPath(context: ActionContext, file: string): string {
  return path
    .relative(context.workspace, path.resolve(context.root, file))
    .split(path.sep)
    .join("/");
}

function validationSummary(
  context: ActionContext,
  diagnostics: readonly Diagnostic[],
  errors: number,
): string {
  const head = `## lifecycle: validate\n\n${errors} errors, ${diagnostics.length - errors} warnings.\n\n`;
  if (diagnostics.length === 0) return head;
  const rows = diagnostics
    .slice(0, 100)
    .map(
      (d) =>
        `| ${d.severity} | ${cell(`${repoPath(context, d.file)}:${d.line}:${d.column}`)} | ${cell(d.path)} | ${cell(d.message)} |`,
    );
  return `${head}| | where | field | problem |\n| --- | --- | --- | --- |\n${rows.join("\n")}\n`;
}

/** `affected`: the products a change between `base` and `head` touches. */
export async function affectedCommand(context: ActionContext): Promise<CommandOutcome> {
  const { inputs, io } = context;
  if (inputs.base === "")
    throw new UsageError('input "base": the affected command needs a base commit (received "")');
  const { project } = await loadProjectWithPipelines(context.root);
  const affected = await affectedBetween(project, inputs.base, inputs.head);
  const ids = affected.map((a) => a.product);
  io.setOutput("products", ids.join(","));
  io.setOutput("has_affected", String(ids.length > 0));
  io.setOutput("affected", JSON.stringify(affected));
  const rows = affected
    .map((a) => `| ${cell(a.product)} | ${cell(a.reasons.join(", "))} |`)
    .join("\n");
  await io.appendSummary(
    `## lifecycle: affected products\n\n` +
      (ids.length === 0
        ? "No product is affected.\n"
        : `| product | why |\n| --- | --- |\n${rows}\n`),
  );
  return { ok: true };
}
