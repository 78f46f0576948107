import * as core from "@actions/core";
import { ConfigError, errorMessage } from "../core/errors.js";
import { CoreWorkflowIo } from "../github/core-io.js";
import type { WorkflowIo } from "../github/workflow-io.js";
import { repoPath } from "./commands/discover.js";
import type { CommandOutcome } from "./commands/outcome.js";
import { createContext, type ActionContext } from "./context.js";
import { readInputs, type ActionCommand } from "./inputs.js";

type Handler = (context: ActionContext) => Promise<CommandOutcome>;

// Each command's module is imported when the command runs: the bundle splits them into chunks, so
// `matrix` never parses the stage and ingest code (start-up is what every job pays first).
const discover = () => import("./commands/discover.js");
const runs = () => import("./commands/run.js");
const schedules = () => import("./commands/schedules.js");
const publish = () => import("./commands/publish.js");
const handlers: Record<ActionCommand, Handler> = {
  matrix: async (c) => (await discover()).matrixCommand(c),
  "ingest-matrix": async (c) => (await discover()).ingestMatrixCommand(c),
  validate: async (c) => (await discover()).validateCommand(c),
  affected: async (c) => (await discover()).affectedCommand(c),
  stage: async (c) => (await runs()).stageCommand(c),
  ingest: async (c) => (await runs()).ingestCommand(c),
  summary: async (c) => (await runs()).summaryCommand(c),
  site: async (c) => (await import("./commands/site.js")).siteCommand(c),
  "schedules-check": async (c) => (await schedules()).schedulesCheckCommand(c),
  "schedules-resolve": async (c) => (await schedules()).schedulesResolveCommand(c),
  sense: async (c) => (await import("./commands/sense.js")).senseCommand(c),
  "failure-issue": async (c) =>
    (await import("./commands/failure-issue.js")).failureIssueCommand(c),
  "publish-draft": async (c) => (await publish()).publishDraftCommand(c),
  "publish-release": async (c) => (await publish()).publishReleaseCommand(c),
  distribute: async (c) => (await import("./commands/distribute.js")).distributeCommand(c),
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
