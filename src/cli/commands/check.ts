import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { blockingFailures, runChecks } from "../../checks/run.js";
import type { CheckResult } from "../../checks/schema.js";
import { loadProjectWithPipelines } from "../../partitions/project-products.js";
import { UsageError } from "../../core/errors.js";
import { NodeProcessRunner } from "../../process/node-runner.js";
import { OUTPUT_DIR } from "../../stages/build.js";
import { StoreLayout } from "../../store/layout.js";
import { parseFlags, type Command } from "../command.js";

const FlagsSchema = z.object({
  select: z.string().min(1).default("*"),
  partition: z.string().min(1).optional(),
  format: z.enum(["text", "json"]).default("text"),
});

interface PartitionChecks {
  product: string;
  partition: string;
  results: CheckResult[];
}

export const checkCommand: Command = {
  name: "check",
  usage: "[--select IDS] [--partition KEY] [--format text|json]",
  details: `Options:
  --select IDS       product ids, comma-separated, or * (default): those that declare checks
  --partition KEY    one partition (default: every partition with a build output in the store)
  --format F         text (default) or json: { "checks": [ { product, partition, results } ] }
Exit 1 when a check of severity error fails (it would block package); warnings are reported.`,
  options: {
    select: { type: "string" },
    partition: { type: "string" },
    format: { type: "string" },
  },
  async run(context) {
    const flags = parseFlags(FlagsSchema, context.flags);
    const { project } = await loadProjectWithPipelines(context.root);
    const wanted =
      flags.select === "*" ? undefined : new Set(flags.select.split(",").map((s) => s.trim()));
    for (const id of wanted ?? []) {
      if (!project.products.some((p) => p.id === id))
        throw new UsageError(`--select: unknown product ${JSON.stringify(id)}`);
    }
    const layout = new StoreLayout(context.store);
    const runner = new NodeProcessRunner();
    const found: PartitionChecks[] = [];
    for (const product of project.products) {
      if ((wanted && !wanted.has(product.id)) || !product.checks?.length) continue;
      for (const partition of await builtPartitions(layout, product.id, flags.partition)) {
        const dir = path.join(layout.stageDir(product.id, partition, "build"), OUTPUT_DIR);
        const results = await runChecks({
          checks: product.checks,
          dir,
          runner,
          env: { ...context.env, LIFECYCLE_PRODUCT: product.id, LIFECYCLE_PARTITION: partition },
          signal: context.signal,
          s3: project.settings.s3,
        });
        found.push({ product: product.id, partition, results });
      }
    }
    context.stdout.write(
      flags.format === "json"
        ? `${JSON.stringify({ checks: found }, null, 2)}\n`
        : formatChecks(found),
    );
    return found.some((f) => blockingFailures(f.results).length > 0) ? 1 : 0;
  },
};

/** Partition keys with a build output for the product (the store names their folders). */
async function builtPartitions(
  layout: StoreLayout,
  product: string,
  only: string | undefined,
): Promise<string[]> {
  const productDir = path.dirname(layout.partitionDir(product, "x"));
  const names = await fs.readdir(productDir).catch(() => [] as string[]);
  const keys: string[] = [];
  for (const name of names.sort()) {
    const key = decodeURIComponent(name);
    if (only !== undefined && key !== only) continue;
    const built = await fs
      .stat(path.join(layout.stageDir(product, key, "build"), OUTPUT_DIR))
      .catch(() => undefined);
    if (built?.isDirectory()) keys.push(key);
  }
  return keys;
}

function formatChecks(found: readonly PartitionChecks[]): string {
  if (found.length === 0) return "(no built partition of a product with checks)\n";
  const lines: string[] = [];
  for (const { product, partition, results } of found) {
    lines.push(`${product} [${partition}]`);
    for (const r of results) {
      const state = r.passed ? "pass" : r.severity === "warn" ? "WARN" : "FAIL";
      lines.push(`  ${state.padEnd(4)}  ${r.name}: ${r.message}`);
    }
  }
  const failed = found.flatMap((f) => blockingFailures(f.results)).length;
  lines.push(
    failed === 0 ? "no blocking failure" : `${failed} blocking failure${failed === 1 ? "" : "s"}`,
  );
  return `${lines.join("\n")}\n`;
}
