import fs from "node:fs/promises";
import type { ProductConfig } from "../config/products.js";
import type { Diagnostic } from "../core/diagnostics.js";
import { UsageError } from "../core/errors.js";
import {
  buildAssetGraph,
  ingestAssetId,
  type Asset,
  type AssetGraph,
  type IngestAsset,
  type StageAsset,
} from "../graph/graph.js";
import { closeMatches, resolveSelection } from "../graph/selection.js";
import { isStarterNote, STARTER_NOTES, validateIngestVersion } from "../partitions/keys.js";
import { availableVersions } from "../stages/versions.js";
import { STAGES, type StageName, type StoreLayout } from "../store/layout.js";
import {
  graphSourceOf,
  recipeDatasets,
  type EngineDeps,
  type EngineProject,
  type ResolvedPartition,
} from "./deps.js";

/** Ingests whose version the source decides (today's date for local files) are labelled so. */
export const AUTO_VERSION = "auto";

export interface StageTask {
  kind: "stage";
  id: string;
  asset: StageAsset;
  product: ProductConfig;
  partition: ResolvedPartition;
  after: string[];
}

export interface IngestTask {
  kind: "ingest";
  id: string;
  asset: IngestAsset;
  template: string;
  version: string | undefined;
  reason: "selected" | "needed";
  after: string[];
}

export type Task = StageTask | IngestTask;

export interface RunPlan {
  project: EngineProject;
  graph: AssetGraph;
  /** In dependency order. */
  tasks: Task[];
  /** Dynamic partition keys not yet known, added when the run starts. */
  newPartitions: { product: ProductConfig; key: string }[];
  /** Configuration warnings (not errors: those stop the run before it is planned). */
  warnings: Diagnostic[];
}

export interface PlanRequest {
  root: string;
  store: string;
  layout: StoreLayout;
  select?: string | undefined;
  partition?: string | undefined;
  stages?: readonly StageName[] | undefined;
  /** Add a dynamic partition key the product does not know yet (default true; the CLI asks for `--create`). */
  createPartitions?: boolean | undefined;
}

export function taskLabel(task: Task): string {
  return task.kind === "stage" ? task.partition.key : (task.version ?? AUTO_VERSION);
}

/** Analyse a run before anything executes: project, graph, selection, partitions, upstream outputs. */
export async function planRun(request: PlanRequest, deps: EngineDeps): Promise<RunPlan> {
  const { project, warnings } = await deps.loadProject(request.root);
  const graph = buildAssetGraph(graphSourceOf(project));
  const selected = selectAssets(graph, request);
  const products = new Map(project.products.map((p) => [p.id, p]));
  const stageTasks: StageTask[] = [];
  const newPartitions: RunPlan["newPartitions"] = [];
  for (const productId of new Set(
    selected.flatMap((a) => (a.kind === "stage" ? [a.product] : [])),
  )) {
    const product = products.get(productId);
    if (!product) continue;
    const known = await deps.partitions.known(request.store, product);
    const partitions = resolveFor(deps, product, request.partition, known);
    const unknown = partitions.filter(
      (p) => isDynamic(product) && !known.includes(p.key) && !isStarterNote(p.key),
    );
    if (unknown.length > 0 && request.createPartitions === false)
      throw unknownPartition(product.id, unknown[0]?.key ?? "", known);
    for (const partition of unknown) newPartitions.push({ product, key: partition.key });
    const assets = selected.filter(
      (a): a is StageAsset => a.kind === "stage" && a.product === productId,
    );
    for (const partition of partitions) stageTasks.push(...chainTasks(assets, product, partition));
  }
  await checkUpstreamOutputs(stageTasks, request.layout);
  const ingestTasks = await ingestTasksFor(graph, selected, stageTasks, project, request);
  linkPlansToIngests(stageTasks, ingestTasks, project);
  linkPlansToUpstreamProducts(stageTasks, graph);
  return { project, warnings, graph, tasks: [...ingestTasks, ...stageTasks], newPartitions };
}

function resolveFor(
  deps: EngineDeps,
  product: ProductConfig,
  expr: string | undefined,
  known: readonly string[],
): ResolvedPartition[] {
  try {
    return deps.partitions.resolve(product, expr, known);
  } catch (error) {
    if (!(error instanceof UsageError) || expr === undefined) throw error;
    throw new UsageError(
      `${error.message}\n(--partition applies to every selected product: narrow the selection with --select)`,
    );
  }
}

function selectAssets(graph: AssetGraph, request: PlanRequest): Asset[] {
  const selected =
    request.select === undefined
      ? graph.assets.filter((a) => a.kind === "stage")
      : resolveSelection(graph, request.select);
  const only = request.stages;
  if (only === undefined) return selected;
  const unknown = only.filter((s) => !STAGES.includes(s));
  if (unknown.length > 0)
    throw new UsageError(
      `unknown stage ${JSON.stringify(unknown[0])}; expected one of ${STAGES.join(", ")}`,
    );
  return selected.filter((a) => a.kind === "stage" && only.includes(a.stage));
}

function chainTasks(
  assets: StageAsset[],
  product: ProductConfig,
  partition: ResolvedPartition,
): StageTask[] {
  const tasks: StageTask[] = [];
  for (const asset of assets) {
    const upstream = asset.deps[0];
    const previous = tasks.find((t) => t.asset.id === upstream);
    tasks.push({
      kind: "stage",
      id: `${asset.id}@${partition.key}`,
      asset,
      product,
      partition,
      after: previous && asset.stage !== "plan" ? [previous.id] : [],
    });
  }
  return tasks;
}

/** A stage selected without the stage before it reads that stage's output from the store: it must be there. */
async function checkUpstreamOutputs(tasks: StageTask[], layout: StoreLayout): Promise<void> {
  const missing: string[] = [];
  for (const task of tasks) {
    if (task.asset.stage === "plan" || task.after.length > 0) continue;
    const previous = STAGES[STAGES.indexOf(task.asset.stage) - 1] ?? "plan";
    const dir = layout.stageDir(task.product.id, task.partition.key, previous);
    if (!(await exists(dir)))
      missing.push(`${task.product.id}.${previous} for partition ${task.partition.key} (${dir})`);
  }
  if (missing.length > 0) {
    throw new UsageError(
      `the selection needs stage outputs that are not in the store: ${missing.join("; ")}. ` +
        `Select them too (e.g. --select +<asset>) or materialise them first.`,
    );
  }
}

async function ingestTasksFor(
  graph: AssetGraph,
  selected: Asset[],
  stageTasks: StageTask[],
  project: EngineProject,
  request: PlanRequest,
): Promise<IngestTask[]> {
  const chosen = selected.filter((a) => a.kind === "ingest");
  const onlyIngests = chosen.length > 0 && chosen.length === selected.length;
  const version =
    onlyIngests && request.partition !== undefined
      ? validateIngestVersion(request.partition)
      : undefined;
  const tasks = chosen.map((asset) => ingestTask(asset, version, "selected"));
  if (request.stages !== undefined) return tasks;
  const planned = new Set(
    stageTasks.filter((t) => t.asset.stage === "plan").map((t) => t.product.id),
  );
  for (const product of planned) {
    const recipe = project.recipes.get(product)?.recipe;
    for (const dataset of recipe ? recipeDatasets(recipe) : []) {
      const asset = graph.byId.get(ingestAssetId(dataset.id));
      if (asset?.kind !== "ingest") continue;
      const covered = tasks.some(
        (t) =>
          datasetOf(t.asset) === dataset.id &&
          (t.version === undefined || t.version === dataset.version),
      );
      if (covered || (await inStore(request.layout, dataset.id, dataset.version))) continue;
      tasks.push(ingestTask(asset, dataset.version, "needed"));
    }
  }
  return tasks;
}

/** Whether the ingest store has the version (or, for `undefined`, any version) of a dataset. */
async function inStore(
  layout: StoreLayout,
  dataset: string,
  version: string | undefined,
): Promise<boolean> {
  const present = await availableVersions(layout.datasetDir(dataset));
  return version === undefined ? present.length > 0 : present.includes(version);
}

function ingestTask(
  asset: IngestAsset,
  version: string | undefined,
  reason: IngestTask["reason"],
): IngestTask {
  return {
    kind: "ingest",
    id: `${asset.id}@${version ?? AUTO_VERSION}`,
    asset,
    template: asset.template,
    version,
    reason,
    after: [],
  };
}

function linkPlansToIngests(
  stageTasks: StageTask[],
  ingestTasks: IngestTask[],
  project: EngineProject,
): void {
  for (const task of stageTasks) {
    if (task.asset.stage !== "plan") continue;
    const recipe = project.recipes.get(task.product.id)?.recipe;
    const inputs = new Set(recipe ? recipeDatasets(recipe).map((d) => d.id) : []);
    task.after.push(...ingestTasks.filter((i) => inputs.has(datasetOf(i.asset))).map((i) => i.id));
  }
}

/**
 * A product that reads another product's output plans after every partition of that product this
 * run packages (the upstream's package asset is a dependency of its plan asset).
 */
function linkPlansToUpstreamProducts(stageTasks: StageTask[], graph: AssetGraph): void {
  for (const task of stageTasks) {
    if (task.asset.stage !== "plan") continue;
    const upstream = new Set(
      graph.byId.get(task.asset.id)?.deps.filter((d) => !d.startsWith("ingest.")),
    );
    const packages = stageTasks.filter((t) => upstream.has(t.asset.id)).map((t) => t.id);
    task.after.push(...packages);
  }
}

function datasetOf(asset: IngestAsset): string {
  return asset.dataset ?? asset.template;
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

/** A dynamic key that is not known yet, asked for without `--create`: name the known ones. */
function unknownPartition(product: string, key: string, known: readonly string[]): UsageError {
  const all = [...STARTER_NOTES, ...known];
  const close = closeMatches(key, all);
  const hint = close.length > 0 ? ` Did you mean ${close.map((k) => `"${k}"`).join(" or ")}?` : "";
  return new UsageError(
    `--partition: product "${product}" has no partition "${key}".${hint} Known: ${all.join(", ")}. ` +
      `To add it, run again with --create, or: lifecycle partitions add ${product} ${key}`,
  );
}

function isDynamic(product: ProductConfig): boolean {
  return product.partitions === undefined || product.partitions === "dynamic";
}
