import fs from "node:fs/promises";
import path from "node:path";
import { UsageError } from "../../core/errors.js";
import { loadScheduledProject } from "../../partitions/project-products.js";
import {
  SCHEDULE_WORKFLOW_PATH,
  generateScheduleWorkflow,
} from "../../partitions/schedule-workflow.js";
import { hasSchedules, resolveDueSchedules } from "../../partitions/schedules.js";
import type { ActionContext } from "../context.js";
import type { CommandOutcome } from "./outcome.js";

/** `schedules-check`: the scheduled workflow in the repository is what the configuration generates. */
export async function schedulesCheckCommand(context: ActionContext): Promise<CommandOutcome> {
  const project = await loadScheduledProject(context.root);
  const file = path.join(context.root, SCHEDULE_WORKFLOW_PATH);
  const wanted = !hasSchedules(project) ? undefined : generateScheduleWorkflow(project);
  const current = await fs.readFile(file, "utf8").catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  });
  const shown = path.relative(context.workspace, file);
  if (current === wanted) {
    context.io.info(`${shown}: up to date`);
    return { ok: true };
  }
  const why =
    wanted === undefined
      ? "exists but nothing declares schedules"
      : current === undefined
        ? "is missing"
        : "differs from the configuration";
  context.io.annotate("error", `${shown} ${why}; run "lifecycle schedules generate"`, {
    title: "schedules workflow out of date",
    file: shown,
  });
  return { ok: false, message: `${shown} ${why}` };
}

/** `schedules-resolve`: one output per schedule job, the partition due at this tick (or none). */
export async function schedulesResolveCommand(context: ActionContext): Promise<CommandOutcome> {
  const { inputs, io } = context;
  const project = await loadScheduledProject(context.root);
  const nowText = inputs.now.trim();
  if (nowText !== "" && Number.isNaN(Date.parse(nowText)))
    throw new UsageError(
      `input "now": expected an ISO 8601 time (received ${JSON.stringify(nowText)})`,
    );
  const due = resolveDueSchedules(project, {
    cron: inputs.cron.trim() || undefined,
    schedule: inputs.schedule.trim() || undefined,
    now: nowText === "" ? new Date() : new Date(nowText),
  });
  for (const d of due) {
    io.setOutput(d.job, d.partition);
    io.info(
      `${d.kind === "ingest" ? `ingest ${d.product}` : d.product} (${d.schedule}, tick ${d.tick} ${d.timezone}): ${d.partition}`,
    );
  }
  if (due.length === 0) io.info("nothing is due at this tick");
  return { ok: true };
}
