import path from "node:path";
import { blockingFailures, describeFailures, runChecks } from "../checks/run.js";
import type { CheckResult } from "../checks/schema.js";
import { StageFailure } from "../core/errors.js";
import { buildPlan, OUTPUT_DIR } from "./build.js";
import { commandEnv } from "./env.js";
import type { RecipeLock } from "./lock.js";
import type { StageContext } from "./types.js";

/**
 * Run the product's checks over its build output (`dir` holds output/). A failed check of
 * severity `error` stops the package stage with every failure named; warnings are logged and
 * returned with the passes, for the record and the manifest.
 */
export async function runProductChecks(
  ctx: StageContext,
  lock: RecipeLock,
  dir: string,
): Promise<CheckResult[]> {
  const checks = ctx.product.checks ?? [];
  if (checks.length === 0) return [];
  const output = path.join(dir, OUTPUT_DIR);
  const plan = await buildPlan(ctx);
  const env = commandEnv({ ctx, lock, stageEnv: plan.stageEnv, outputDir: output });
  const minutes = ctx.product.timeout_minutes;
  const results = await runChecks({
    checks,
    dir: output,
    runner: ctx.runner,
    env,
    signal: ctx.signal,
    timeoutMs: minutes === undefined ? undefined : minutes * 60_000,
    s3: ctx.project.settings?.s3,
  });
  for (const result of results)
    ctx.log(
      `check ${result.name}: ${result.passed ? "passed" : result.severity === "warn" ? "WARN" : "FAILED"} (${result.message})`,
    );
  if (blockingFailures(results).length > 0) {
    throw new StageFailure(
      `checks failed, so ${ctx.product.id} is not packaged:\n${describeFailures(results)}`,
      `${ctx.product.id}.package`,
      ctx.partition.key,
    );
  }
  return results;
}
