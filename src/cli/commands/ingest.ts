import { z } from "zod";
import { loadProjectOrThrow } from "../../config/project.js";
import { formatDiagnostics } from "../../core/diagnostics.js";
import { UsageError } from "../../core/errors.js";
import { ingestDataset } from "../../ingest/index.js";
import { StoreLayout } from "../../store/layout.js";
import { parseFlags, type Command } from "../command.js";

const FlagsSchema = z.object({
  version: z.string().min(1).optional(),
  mode: z.string().min(1).optional(),
  csv: z.boolean().default(false),
  quiet: z.boolean().default(false),
});

export const ingestCommand: Command = {
  name: "ingest",
  summary: "Ingest one dataset version of an ingest template into the store",
  usage: "<template> [--version V] [--mode M] [--csv] [--quiet]",
  details: `Arguments:
  <template>     an ingest template id (ingest_templates/<id>.yml)
Options:
  --version V    dataset version (default: the source's last update date for Socrata and ArcGIS,
                 else today's date as YYYYMMDD, UTC)
  --mode M       also run the processing steps marked "mode: M"
  --csv          also write <id>.csv beside <id>.parquet
  --quiet        print only the result line
Writes <store>/ingest/datasets/<id>/<version>/: <id>.parquet, raw/<file>, config.json.
Templates lifecycle cannot run go to ingest_command from lifecycle.yml (see docs/ingest.md).
Exit codes: 0 ingested, 1 the ingest failed (download, data, steps, columns), 2 bad usage or configuration.`,
  options: {
    version: { type: "string" },
    mode: { type: "string" },
    csv: { type: "boolean" },
    quiet: { type: "boolean" },
  },
  async run(context) {
    const flags = parseFlags(FlagsSchema, context.flags);
    const [templateId, ...extra] = context.positionals;
    if (templateId === undefined || extra.length > 0) {
      throw new UsageError(
        `ingest takes exactly one template id (received ${JSON.stringify(context.positionals)})`,
      );
    }
    const { project, warnings } = await loadProjectOrThrow(context.root);
    if (warnings.length > 0 && !flags.quiet)
      context.stderr.write(`${formatDiagnostics(warnings, "text")}\n`);
    const result = await ingestDataset({
      project,
      layout: new StoreLayout(context.store),
      templateId,
      ...(flags.version ? { version: flags.version } : {}),
      ...(flags.mode ? { mode: flags.mode } : {}),
      csv: flags.csv,
      signal: context.signal,
      env: context.env,
      log: flags.quiet ? () => {} : (line) => context.stderr.write(`${line}\n`),
    });
    const rows = typeof result.metadata.rows === "number" ? `${result.metadata.rows} rows, ` : "";
    context.stdout.write(`ingested ${templateId} ${result.version}: ${rows}${result.dir}\n`);
    return 0;
  },
};
