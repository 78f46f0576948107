import { z } from "zod";
import { loadProjectWithPipelines } from "../../partitions/project-products.js";
import { graphSourceOf } from "../../engine/deps.js";
import { buildAssetGraph } from "../../graph/graph.js";
import { renderJson, renderMermaid, renderText } from "../../graph/render.js";
import { resolveSelection } from "../../graph/selection.js";
import { parseFlags, type Command, expectNoArguments } from "../command.js";

const FlagsSchema = z.object({
  select: z.string().min(1).optional(),
  format: z.enum(["text", "mermaid", "json"]).default("text"),
});

export const graphCommand: Command = {
  name: "graph",
  usage: "[--select S] [--format text|mermaid|json]",
  details: `Options:
  --select S    assets, as for materialize (default: all)
  --format F    text (default: "asset <- what it reads"), mermaid, or json`,
  options: { select: { type: "string" }, format: { type: "string" } },
  async run(context) {
    const flags = parseFlags(FlagsSchema, context.flags);
    expectNoArguments(context, "graph", "; use --select");
    const { project } = await loadProjectWithPipelines(context.root);
    const graph = buildAssetGraph(graphSourceOf(project));
    const assets =
      flags.select === undefined ? graph.assets : resolveSelection(graph, flags.select);
    const render = { json: renderJson, mermaid: renderMermaid, text: renderText }[flags.format];
    context.stdout.write(render(assets));
    return 0;
  },
};
