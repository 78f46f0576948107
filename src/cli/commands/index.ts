import type { Command } from "../command.js";
import { ingestCommand } from "./ingest.js";
import { materializeCommand } from "./materialize.js";
import { statusCommand } from "./status.js";
import { graphCommand } from "./graph.js";
import { schemaCommand } from "./schema.js";
import { validateCommand } from "./validate.js";
import { partitionsCommand, pipelineCommand } from "./partitions.js";
import { schedulesCommand } from "./schedules.js";
import { matrixCommand } from "./matrix.js";
import { affectedCommand } from "./affected.js";
import { checkCommand } from "./check.js";
import { publishCommand } from "./publish.js";
import { distributeCommand } from "./distribute.js";
import { senseCommand } from "./sense.js";
import { initCommand } from "./init.js";
import { runsCommand } from "./runs.js";
import { uiCommand } from "./ui.js";
import { storeCommand } from "./store.js";

/** Every CLI command. Each lives in its own file beside this one; add it here. */
export const commands: Command[] = [
  validateCommand,
  schemaCommand,
  materializeCommand,
  statusCommand,
  runsCommand,
  uiCommand,
  graphCommand,
  ingestCommand,
  partitionsCommand,
  storeCommand,
  schedulesCommand,
  pipelineCommand,
  matrixCommand,
  affectedCommand,
  checkCommand,
  publishCommand,
  distributeCommand,
  senseCommand,
  initCommand,
];
