import type { ProductConfig } from "../config/products.js";
import type { Diagnostic } from "../core/diagnostics.js";
import type { Project } from "../config/project.js";
import type { Recipe } from "../config/recipe.js";
import type { ProcessRunner } from "../process/runner.js";
import type { Stage, StagePartition } from "../stages/types.js";
import type { StageName, StoreLayout } from "../store/layout.js";
import type { GraphSource } from "../graph/graph.js";
import type { Progress } from "../core/progress.js";
import { lineageGraphSource } from "../graph/lineage.js";

/** The loaded project (configuration module). */
export type EngineProject = Project;

export type ResolvedPartition = StagePartition;

export interface IngestRequest {
  project: EngineProject;
  layout: StoreLayout;
  templateId: string;
  /** Of a data-source template, write only this dataset. */
  only?: string;
  version?: string;
  signal: AbortSignal;
  log: (line: string) => void;
  /** Bytes downloaded and rows read, as the ingest goes. */
  progress?: (progress: Progress) => void;
  runner: ProcessRunner;
}

/** Everything the engine calls into; `materialize` takes overrides (tests inject fake stages). */
export interface EngineDeps {
  /** Throws ConfigError when the configuration has errors; warnings are reported with the run. */
  loadProject(root: string): Promise<{ project: EngineProject; warnings: Diagnostic[] }>;
  stages: Record<StageName, Stage>;
  partitions: {
    resolve(
      product: ProductConfig,
      expr: string | undefined,
      known: readonly string[],
    ): ResolvedPartition[];
    known(store: string, product: ProductConfig): Promise<string[]>;
    /** Persist a dynamic partition key that is not known yet. */
    ensure(store: string, product: ProductConfig, key: string): Promise<void>;
  };
  ingest(request: IngestRequest): Promise<{ version: string; metadata: Record<string, unknown> }>;
}

export function graphSourceOf(project: EngineProject): GraphSource {
  return lineageGraphSource(project);
}

/** A recipe's input datasets: id and the version asked for (`undefined` for latest). */
export function recipeDatasets(
  recipe: Pick<Recipe, "inputs">,
): { id: string; version: string | undefined }[] {
  return (recipe.inputs?.datasets ?? []).map((d) => ({
    id: d.id,
    version: d.version === undefined || d.version === "latest" ? undefined : d.version,
  }));
}
