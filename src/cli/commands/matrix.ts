import { z } from "zod";
import { loadProjectWithPipelines } from "../../partitions/project-products.js";
import { discoverIngest, discoverProducts } from "../../github/discover.js";
import { parseFlags, type Command, expectNoArguments } from "../command.js";

const FlagsSchema = z.object({
  select: z.string().default("*"),
  partition: z.string().optional(),
  ingest: z.boolean().default(false),
  templates: z.string().default("*"),
  version: z.string().optional(),
  pretty: z.boolean().default(false),
});

export const matrixCommand: Command = {
  name: "matrix",
  usage: "[--select S] [--partition P] [--pretty] | --ingest [--templates T] --version V",
  details: `--select S       asset selection (default *)
--partition P    partition key or expression for every selected product (default: each product's default)
--ingest         the ingest matrix instead: --templates (default *) at --version
--pretty         indent the JSON
Prints {"matrix": {"include": [...]}, "has_entries": bool}. At most 256 entries: above that, entries batch items.`,
  options: {
    select: { type: "string" },
    partition: { type: "string" },
    ingest: { type: "boolean" },
    templates: { type: "string" },
    version: { type: "string" },
    pretty: { type: "boolean" },
  },
  async run(context) {
    const flags = parseFlags(FlagsSchema, context.flags);
    expectNoArguments(context, "matrix");
    const { project } = await loadProjectWithPipelines(context.root);
    const result = flags.ingest
      ? discoverIngest(project, flags.templates, flags.version ?? "")
      : discoverProducts(project, flags.select, flags.partition);
    const out = { matrix: result.matrix, has_entries: result.hasEntries };
    context.stdout.write(`${JSON.stringify(out, null, flags.pretty ? 2 : undefined)}\n`);
    return 0;
  },
};
