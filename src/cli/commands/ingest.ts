import path from "node:path";
import { z } from "zod";
import { loadProjectOrThrow } from "../../config/project.js";
import { formatDiagnostics } from "../../core/diagnostics.js";
import { GeometryFormatSchema } from "../../config/settings.js";
import { errorMessage, UsageError } from "../../core/errors.js";
import { ingestFingerprint } from "../../engine/fingerprint.js";
import { AUTO_VERSION } from "../../engine/plan.js";
import { ingestAssetId } from "../../graph/graph.js";
import { ingestDataset, type IngestOptions, type IngestResult } from "../../ingest/index.js";
import type { EventRecord } from "../../store/events.js";
import type { Store } from "../../store/store.js";
import { parseFlags, type Command } from "../command.js";
import { lockTimeoutHelp, lockTimeoutFlag, lockTimeoutOption } from "../lock-timeout.js";
import { withOpenStore, withStoreWriteLock } from "../open-store.js";

const FlagsSchema = z.object({
  version: z.string().min(1).optional(),
  mode: z.string().min(1).optional(),
  csv: z.boolean().default(false),
  quiet: z.boolean().default(false),
  geometry: GeometryFormatSchema.optional(),
  "lock-timeout": lockTimeoutFlag,
});

export const ingestCommand: Command = {
  name: "ingest",
  usage:
    "<template> [--version V] [--mode M] [--csv] [--geometry geojson|wkt] [--quiet] [--lock-timeout S]",
  details: `Arguments:
  <template>     an ingest template (ingest_templates/<template>.yml), or one dataset of a
                 data-source template (its datasets: id)
Options:
  --version V    dataset version (default: the source's last update date for Socrata and ArcGIS,
                 else today's date as YYYYMMDD, UTC)
  --mode M       also run the processing steps marked "mode: M"
  --csv          also write <id>.csv beside <id>.parquet
  --geometry F   write built geometry as geojson or wkt text (default: geometry_format in
                 lifecycle.yml, else geojson)
  --quiet        print only the result line
${lockTimeoutHelp(17)}
Writes <store>/ingest/datasets/<id>/<version>/: <id>.parquet, raw/<file>, config.json, and
appends the run's record (asset ingest.<id>, partition = version) to the store's events
(--store: a directory or s3://bucket/prefix; an S3 store gets the version all at once).
Templates lifecycle cannot run go to ingest_command from lifecycle.yml (see docs/ingest.md).
Exit codes: 0 ingested, 1 the ingest failed (download, data, steps, columns), 2 bad usage or configuration,
or the store is in use by another run.`,
  options: {
    version: { type: "string" },
    mode: { type: "string" },
    csv: { type: "boolean" },
    geometry: { type: "string" },
    quiet: { type: "boolean" },
    ...lockTimeoutOption,
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
    const lockTimeout = flags["lock-timeout"];
    // S3: only the pointers are read (a re-ingested version is committed conditionally on them).
    const ingestIn = (store: Store) =>
      withStoreWriteLock(context, store, `ingest ${templateId}`, lockTimeout, (runId) =>
        ingestRecorded(store, runId, {
          project,
          layout: store.layout,
          templateId,
          ...(flags.version ? { version: flags.version } : {}),
          ...(flags.mode ? { mode: flags.mode } : {}),
          csv: flags.csv,
          ...(flags.geometry ? { geometryFormat: flags.geometry } : {}),
          signal: context.signal,
          env: context.env,
          log: flags.quiet ? () => {} : (line) => context.stderr.write(`${line}\n`),
        }),
      );
    const { result, where } = await withOpenStore(context, {}, async (store) => ({
      result: await ingestIn(store),
      where: (dir: string) => storeLocation(store, dir),
    }));
    for (const dataset of result.datasets) {
      const rows =
        typeof dataset.metadata.rows === "number" ? `${dataset.metadata.rows} rows, ` : "";
      context.stdout.write(
        `ingested ${dataset.id} ${result.version}: ${rows}${where(dataset.dir)}\n`,
      );
    }
    return 0;
  },
};

/**
 * Ingest and append the record `lifecycle materialize` writes for an `ingest.<id>` asset: the
 * version as partition, config.json as metadata; a failure (not bad usage) with its error.
 */
async function ingestRecorded(
  store: Store,
  runId: string,
  options: IngestOptions,
): Promise<IngestResult> {
  const start = new Date();
  const base = { asset: ingestAssetId(options.templateId), runId };
  const times = () => {
    const end = new Date();
    return { start: start.toISOString(), end: end.toISOString(), durationMs: +end - +start };
  };
  let result: IngestResult;
  try {
    result = await ingestDataset(options);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const aborted = options.signal?.aborted === true;
    const record: EventRecord = {
      ...base,
      partition: options.version ?? AUTO_VERSION,
      status: aborted ? "cancelled" : "failed",
      ...times(),
      fingerprint: "",
      metadata: {},
      error: aborted ? `cancelled: ${errorMessage(options.signal?.reason)}` : errorMessage(error),
    };
    // The ingest's own error is the one to report, even when the record cannot be written.
    await store.events
      .append([record])
      .catch((recordError: unknown) =>
        options.log?.(`could not record the failure in ${store.url}: ${errorMessage(recordError)}`),
      );
    throw error;
  }
  // One record per dataset written (a data-source template writes several from one download).
  const written = times();
  const records = result.datasets.map((dataset): EventRecord => ({
    asset: ingestAssetId(dataset.id),
    runId,
    partition: result.version,
    status: "success",
    ...written,
    fingerprint: ingestFingerprint(dataset.id, result.version, dataset.metadata),
    metadata: dataset.metadata,
  }));
  await store.commitDatasets(runId);
  await store.events.append(records);
  return result;
}

/** Where a written dataset lives: its directory in a local store, its s3:// unit otherwise. */
function storeLocation(store: Store, dir: string): string {
  if (store.kind === "local") return dir;
  const unit = path.relative(store.layout.root, dir).split(path.sep).join("/");
  return `${store.url.replace(/\/+$/, "")}/${unit}`;
}
