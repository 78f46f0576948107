import type { StageName } from "../store/layout.js";
import { buildStage } from "./build.js";
import { loadStage } from "./load.js";
import { packageStage } from "./package.js";
import { planStage } from "./plan.js";
import type { Stage } from "./types.js";

export type { Stage, StageContext, StageOutcome } from "./types.js";

/** What each stage of a product does; the scheduler decides when, and promotes the output. */
export const stages: Record<StageName, Stage> = {
  plan: planStage,
  load: loadStage,
  build: buildStage,
  package: packageStage,
};
