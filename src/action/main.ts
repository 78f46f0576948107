import * as core from "@actions/core";
import { ConfigError, errorMessage } from "../core/errors.js";
import { CoreWorkflowIo } from "../github/core-io.js";
import type { WorkflowIo } from "../github/workflow-io.js";
import {
  affectedCommand,
  ingestMatrixCommand,
  matrixCommand,
  repoPath,
  validateCommand,
} from "./commands/discover.js";
import type { CommandOutcome } from "./commands/outcome.js";
import { ingestCommand, stageCommand, summaryCommand } from "./commands/run.js";
import { schedulesCheckCommand, schedulesResolveCommand } from "./commands/schedules.js";
import { createContext, type ActionContext } from "./context.js";
import { readInputs, type ActionCommand } from "./inputs.js";

const handlers: Record<ActionCommand, (context: ActionContext) => Promise<CommandOutcome>> = {
  matrix: matrixCommand,
  "ingest-matrix": ingestMatrixCommand,
  stage: stageCommand,
  ingest: ingestCommand,
  validate: validateCommand,
  affected: affectedCommand,
  summary: summaryCommand,
  "schedules-check": schedulesCheckCommand,
  "schedules-resolve": schedulesResolveCommand,
};

/** The action's entry: read inputs, run one command, fail the step when it fails. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const io = new CoreWorkflowIo();
  const controller = new AbortController();
  const stop = () => controller.abort(new Error("the job was cancelled"));
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  let context: ActionContext | undefined;
  try {
    const inputs = readInputs(env);
    context = createContext(inputs, env, io, controller.signal);
    const outcome = await handlers[inputs.command](context);
    if (!outcome.ok) core.setFailed(outcome.message ?? `${inputs.command} failed`);
  } catch (error) {
    annotateConfigError(error, io, context);
    if (env.LIFECYCLE_DEBUG && error instanceof Error && error.stack) core.debug(error.stack);
    core.setFailed(errorMessage(error));
  } finally {
    process.removeListener("SIGTERM", stop);
    process.removeListener("SIGINT", stop);
  }
}

/** Configuration errors as annotations on their files (paths relative to the repository). */
function annotateConfigError(
  error: unknown,
  io: WorkflowIo,
  context: ActionContext | undefined,
): void {
  if (!(error instanceof ConfigError)) return;
  for (const d of error.diagnostics) {
    io.annotate(d.severity, d.message, {
      title: d.path || "lifecycle",
      file: context ? repoPath(context, d.file) : d.file,
      startLine: d.line,
      startColumn: d.column,
    });
  }
}
