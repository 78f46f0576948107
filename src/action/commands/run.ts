import { loadProjectWithPipelines } from "../../partitions/project-products.js";
import { errorMessage, UsageError } from "../../core/errors.js";
import { materialize } from "../../engine/materialize.js";
import { saveDataset } from "../../github/ingest-cache.js";
import { GitHubRunReporter } from "../../github/reporter.js";
import { runStageJob } from "../../github/stage-job.js";
import { manifestsMarkdown, runSummaryMarkdown } from "../../github/run-summary.js";
import { StoreLayout } from "../../store/layout.js";
import type { ActionContext } from "../context.js";
import type { EntryInput } from "../inputs.js";
import { recipeChoice } from "../recipe-inputs.js";
import type { CommandOutcome } from "./outcome.js";

function requireEntry(context: ActionContext): EntryInput {
  const entry = context.inputs.entry;
  if (!entry)
    throw new UsageError(
      `input "entry": the ${context.inputs.command} command needs the matrix entry (pass \${{ toJSON(matrix) }})`,
    );
  return entry;
}

/** `stage`: one stage for the items of one matrix entry; or, with `dry-run`, what a selection would run. */
export async function stageCommand(context: ActionContext): Promise<CommandOutcome> {
  const { inputs, io } = context;
  if (inputs["dry-run"]) return dryRunCommand(context);
  const stage = inputs.stage;
  if (!stage)
    throw new UsageError(
      `input "stage": required by the stage command; allowed: plan, load, build, package`,
    );
  const entry = requireEntry(context);
  const items = entry.items.flatMap((i) =>
    i.kind === "product" ? [{ product: i.product, partition: i.partition }] : [],
  );
  if (items.length !== entry.items.length)
    throw new UsageError(`input "entry": the stage command takes product items, not ingest items`);
  const { project } = await loadProjectWithPipelines(context.root);
  const choice = await recipeChoice(context);
  await choice.apply(project);
  const result = await runStageJob({
    project,
    store: context.store,
    stage,
    items,
    entryKey: entry.key,
    upstream: entry.upstream,
    handover: context.sharedStore ? "store" : "artifacts",
    attempt: context.attempt,
    artifacts: context.artifacts,
    cache: context.cache,
    cacheStagingRoot: context.cacheStagingRoot,
    materialize: choice.wrap(materialize),
    io,
    force: inputs.force,
    signal: context.signal,
    runId: context.runId,
  });
  io.setOutput("artifact-name", result.artifactName);
  const artifactPath = result.artifactName && context.artifacts.uploadPathOf(result.artifactName);
  io.setOutput("artifact-path", artifactPath);
  io.setOutput("records-name", result.recordsName);
  io.setOutput("records-path", context.artifacts.uploadPathOf(result.recordsName));
  const manifests =
    stage === "package" ? await manifestsMarkdown(new StoreLayout(context.store), items) : "";
  await io.appendSummary(
    `## lifecycle: ${stage} \`${entry.key}\`\n\n${result.reporter.summaryTable()}\n${manifests}`,
  );
  return result.ok
    ? { ok: true }
    : { ok: false, message: `${stage} failed for ${result.reporter.failed} task(s)` };
}

async function dryRunCommand(context: ActionContext): Promise<CommandOutcome> {
  const { inputs, io } = context;
  const reporter = new GitHubRunReporter(io);
  const choice = await recipeChoice(context);
  const partition = choice.partition.trim() === "" ? undefined : choice.partition;
  const result = await choice.wrap(materialize)({
    root: context.root,
    store: context.store,
    select: choice.select,
    partition,
    dryRun: true,
    stages: inputs.stage ? [inputs.stage] : undefined,
    force: inputs.force,
    reporter,
    signal: context.signal,
  });
  const rows = result.tasks.map(
    (t) => `| ${t.asset} | ${t.partition} | ${t.outcome} | ${t.reason ?? ""} |`,
  );
  await io.appendSummary(
    `## lifecycle: dry run of \`${choice.select}\`\n\n| asset | partition | would | why |\n| --- | --- | --- | --- |\n${rows.join("\n")}\n`,
  );
  return { ok: true };
}

/**
 * `ingest`: ingest the (template, version) items of one matrix entry and save each to the cache.
 * A save that fails does not stop the others; the job fails once, naming every entry not saved.
 */
export async function ingestCommand(context: ActionContext): Promise<CommandOutcome> {
  const { io } = context;
  const entry = requireEntry(context);
  const layout = new StoreLayout(context.store);
  const reporter = new GitHubRunReporter(io);
  const cacheContext = { cache: context.cache, layout, stagingRoot: context.cacheStagingRoot };
  const keys: string[] = [];
  const unsaved: string[] = [];
  let ok = true;
  for (const item of entry.items) {
    if (item.kind !== "ingest")
      throw new UsageError(`input "entry": the ingest command takes ingest items, not products`);
    const result = await materialize({
      root: context.root,
      store: context.store,
      select: `ingest.${item.template}`,
      partition: item.version,
      force: context.inputs.force,
      reporter,
      signal: context.signal,
      runId: context.runId,
      lock: { log: (line) => io.info(line) },
    });
    ok &&= result.ok;
    for (const task of result.tasks) {
      if (task.outcome !== "success" && task.outcome !== "skipped") continue;
      try {
        keys.push(await saveDataset(cacheContext, item.template, task.partition));
      } catch (error) {
        io.annotate("error", errorMessage(error), {
          title: `cache save failed: ${item.template} ${task.partition}`,
        });
        unsaved.push(`${item.template} ${task.partition}`);
      }
    }
  }
  io.setOutput("cache-keys", keys.join("\n"));
  const notSaved = unsaved.length > 0 ? `\nNot cached: ${unsaved.join(", ")}\n` : "";
  await io.appendSummary(
    `## lifecycle: ingest \`${entry.key}\`\n\n${reporter.summaryTable()}\nCached: ${keys.map((k) => `\`${k}\``).join(", ") || "nothing"}\n${notSaved}`,
  );
  if (!ok) return { ok: false, message: `ingest failed for ${reporter.failed} dataset(s)` };
  if (unsaved.length > 0)
    return { ok: false, message: `could not save to the cache: ${unsaved.join(", ")}` };
  return { ok: true };
}

/** `summary`: one table of every record handed over in this run's artifacts, and the package manifests. */
export async function summaryCommand(context: ActionContext): Promise<CommandOutcome> {
  const markdown = await runSummaryMarkdown(context.artifacts);
  await context.io.appendSummary(markdown);
  return { ok: true };
}
