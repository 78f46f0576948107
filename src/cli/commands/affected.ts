import { z } from "zod";
import { loadProjectWithPipelines } from "../../partitions/project-products.js";
import { UsageError } from "../../core/errors.js";
import { affectedBetween } from "../../github/affected.js";
import { parseFlags, type Command, expectNoArguments } from "../command.js";

const FlagsSchema = z.object({
  base: z.string().min(1, "a base commit is required"),
  head: z.string().default("HEAD"),
  format: z.enum(["text", "json"]).default("text"),
});

export const affectedCommand: Command = {
  name: "affected",
  usage: "--base REF [--head REF] [--format text|json]",
  details: `--base REF       the commit to compare with, e.g. origin/main
--head REF       the commit with the change (default HEAD)
--format text    one product per line with the reasons (default); json: [{product, reasons}]`,
  options: { base: { type: "string" }, head: { type: "string" }, format: { type: "string" } },
  async run(context) {
    const flags = parseFlags(FlagsSchema, context.flags);
    expectNoArguments(context, "affected");
    const { project } = await loadProjectWithPipelines(context.root);
    let affected;
    try {
      affected = await affectedBetween(project, flags.base, flags.head);
    } catch (error) {
      const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
      throw new UsageError(`cannot compare ${flags.base}...${flags.head} with git: ${message}`);
    }
    if (flags.format === "json") context.stdout.write(`${JSON.stringify(affected)}\n`);
    else for (const a of affected) context.stdout.write(`${a.product}\t${a.reasons.join(", ")}\n`);
    return 0;
  },
};
