import { loadProjectOrThrow } from "../../config/project.js";
import { UsageError } from "../../core/errors.js";
import { refuseFromPullRequest } from "../../distribute/distribute.js";
import { distributePublished, distributionUnit } from "../../distribute/published.js";
import { cell } from "../../github/workflow-io.js";
import { openStore } from "../../store/store.js";
import type { ActionContext } from "../context.js";
import type { CommandOutcome } from "./outcome.js";

/**
 * `distribute`: publish.yml's last job, after the release: send the published version (input
 * `version`, default latest) to the product's destinations (`destinations`, default the
 * recipe's). Never from a pull request; the destinations' secrets are in the step's env only.
 */
export async function distributeCommand(context: ActionContext): Promise<CommandOutcome> {
  refuseFromPullRequest(process.env);
  const { inputs, io } = context;
  if (inputs.product === "") throw new UsageError('input "product": required (the product id)');
  const { project } = await loadProjectOrThrow(context.root);
  const request = {
    product: inputs.product,
    version: inputs.version || undefined,
    destinations: inputs.destinations || undefined,
    env: process.env,
    signal: context.signal,
    log: (line: string) => io.info(line),
  };
  const unit = distributionUnit(request);
  const store = await openStore(context.store, {
    root: context.root,
    env: process.env,
    only: (u) => u === unit,
  });
  const results = await distributePublished(store, project, request).finally(() => store.close());
  const rows = results.map(
    (r) => `| ${cell(r.id)} | ${r.kind} | ${r.ok ? "sent" : "FAILED"} | ${cell(r.detail)} |`,
  );
  await io.appendSummary(
    `## Distributed ${inputs.product} ${inputs.version || "latest"}\n\n| destination | kind | outcome | detail |\n| --- | --- | --- | --- |\n${rows.join("\n")}\n`,
  );
  const failed = results.filter((r) => !r.ok);
  const sent = results.filter((r) => r.ok).map((r) => r.id);
  io.setOutput("distributed", sent.join(","));
  return failed.length === 0
    ? { ok: true }
    : {
        ok: false,
        message: `distribution failed: ${failed.map((f) => `${f.id}: ${f.detail}`).join("; ")}`,
      };
}
