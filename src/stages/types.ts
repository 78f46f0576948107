import type { ProductConfig } from "../config/products.js";
import type { RecipeFields } from "../config/recipe-base.js";
import type { Recipe } from "../config/recipe.js";
import type { ProcessRunner } from "../process/runner.js";
import type { StoreSourceSettings } from "../sources/index.js";
import type { StageName, StoreLayout } from "../store/layout.js";

/**
 * What the stages read of the loaded project (the config module's `Project` satisfies it): its
 * root and the recipes by product id. `env` and `stage_config` are optional in the type only so
 * that narrower project views type-check; a loaded `Project` always has them.
 */
export interface StageProject {
  root: string;
  recipes: ReadonlyMap<string, StageRecipeEntry>;
  /** For inputs that are another product's output (a loaded `Project` has them). */
  products?: readonly { id: string }[];
  templates?: ReadonlyMap<string, unknown>;
  datasets?: ReadonlyMap<string, { template: string; dataset: unknown }>;
  /** lifecycle.yml: `stores:` (the team's other stores, read by store-backed inputs) and `s3:` (store-backed inputs, `exists` checks). */
  settings?: StoreSourceSettings;
}

export interface StageRecipeEntry {
  /** Relative to the project root, `/`-separated. */
  file?: string;
  recipe: Pick<Recipe, "inputs"> & Partial<Pick<Recipe, "env" | "stage_config">>;
  /** With a `base_recipe`: the chain merged in when the project loaded (see `RecipeEntry`). */
  extended?: { recipe: RecipeFields; files: { file: string; sha256: string }[] } | undefined;
}

/** A resolved partition of a product (the partitions module's `ResolvedPartition` satisfies it). */
export interface StagePartition {
  key: string;
  version: string;
  note: string;
  dimensions?: Record<string, string> | undefined;
  env?: Record<string, string> | undefined;
}

export interface StageContext {
  project: StageProject;
  product: ProductConfig;
  partition: StagePartition;
  layout: StoreLayout;
  runner: ProcessRunner;
  signal: AbortSignal;
  /** Progress and streamed command output, one line per call. */
  log: (line: string) => void;
  runId: string;
  /** Where store-backed inputs find S3 credentials and endpoint (default: this process's). */
  env?: NodeJS.ProcessEnv;
}

export interface StageOutcome {
  metadata: Record<string, unknown>;
}

export interface Stage {
  name: StageName;
  /** Everything that determines this stage's output besides upstream stage outputs (config, recipe, commands, env). */
  fingerprintInputs(ctx: StageContext): Promise<unknown>;
  /** Write the stage's complete output into `outDir` (a fresh staging dir); throw StageFailure on failure. */
  run(ctx: StageContext, outDir: string): Promise<StageOutcome>;
}
