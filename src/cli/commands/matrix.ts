import { z } from "zod";
import { loadProjectWithPipelines } from "../../partitions/project-products.js";
import { discoverIngest, discoverProducts } from "../../github/discover.js";
import { UsageError } from "../../core/errors.js";
import { materialize } from "../../engine/materialize.js";
import { upToDateItems } from "../../github/up-to-date.js";
import { parseFlags, type Command, type CommandContext, expectNoArguments } from "../command.js";

const FlagsSchema = z.object({
  select: z.string().default("*"),
  partition: z.string().optional(),
  ingest: z.boolean().default(false),
  templates: z.string().default("*"),
  version: z.string().optional(),
  pretty: z.boolean().default(false),
  "changed-only": z.boolean().default(false),
});

export const matrixCommand: Command = {
  name: "matrix",
  usage: "[--select S] [--partition P] [--pretty] | --ingest [--templates T] --version V",
  details: `--select S       asset selection (default *)
--partition P    partition key or expression for every selected product (default: each product's default)
--ingest         the ingest matrix instead: --templates (default *) at --version
--changed-only   leave out every item whose stages are all up to date in the store (--store), as
                 the discover job does with a store; they are listed under "left_out"
--pretty         indent the JSON
Prints {"matrix": {"include": [...]}, "has_entries": bool}. At most 256 entries: above that, entries batch items.`,
  options: {
    select: { type: "string" },
    partition: { type: "string" },
    ingest: { type: "boolean" },
    templates: { type: "string" },
    version: { type: "string" },
    pretty: { type: "boolean" },
    "changed-only": { type: "boolean" },
  },
  async run(context) {
    const flags = parseFlags(FlagsSchema, context.flags);
    expectNoArguments(context, "matrix");
    if (flags.ingest && flags["changed-only"])
      throw new UsageError("--changed-only is for the products' matrix, not with --ingest");
    const { project } = await loadProjectWithPipelines(context.root);
    const leaveOut = flags["changed-only"]
      ? await upToDateIn(context, flags.select, flags.partition)
      : undefined;
    const result = flags.ingest
      ? discoverIngest(project, flags.templates, flags.version ?? "")
      : discoverProducts(project, flags.select, flags.partition, undefined, { leaveOut });
    const out = {
      matrix: result.matrix,
      has_entries: result.hasEntries,
      ...(leaveOut ? { left_out: [...leaveOut].sort() } : {}),
    };
    context.stdout.write(`${JSON.stringify(out, null, flags.pretty ? 2 : undefined)}\n`);
    return 0;
  },
};

function upToDateIn(
  context: CommandContext,
  select: string,
  partition: string | undefined,
): Promise<Set<string>> {
  return upToDateItems({
    root: context.root,
    store: context.store,
    select,
    partition,
    signal: context.signal,
    env: context.env,
    materialize,
  });
}
