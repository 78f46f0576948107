import { z } from "zod";
import { loadProjectOrThrow } from "../../config/project.js";
import { UsageError } from "../../core/errors.js";
import {
  draftedVersions,
  draftRevisions,
  latestRelease,
  moveLatest,
  promoteToDraft,
  publishedVersions,
  publishRelease,
} from "../../publish/publish.js";
import { appendEvents, type EventRecord } from "../../store/events.js";
import { StoreLayout } from "../../store/layout.js";
import { parseFlags, type Command, type CommandContext } from "../command.js";
import {
  lockTimeoutFlag,
  lockTimeoutHelp,
  lockTimeoutOption,
  withCommandLock,
} from "../lock-timeout.js";

const FlagsSchema = z.object({
  partition: z.string().min(1).optional(),
  summary: z.string().min(1).optional(),
  version: z.string().min(1).optional(),
  "from-draft": z.string().min(1).optional(),
  patch: z.boolean().default(false),
  "no-latest": z.boolean().default(false),
  "allow-older": z.boolean().default(false),
  format: z.enum(["text", "json"]).default("text"),
  "lock-timeout": lockTimeoutFlag,
});
type Flags = z.infer<typeof FlagsSchema>;

const SUBCOMMANDS = ["draft", "release", "latest", "list"] as const;

export const publishCommand: Command = {
  name: "publish",
  usage:
    "draft|release|list <product> [--partition P] [--version V] [--from-draft R] [--patch] [--no-latest]",
  details: `  draft <product> --partition P [--summary S]
                     copy the partition's package to drafts/<product>/<version>/<revision>/
  release <product> --version V [--from-draft R] [--patch] [--no-latest]
                     publish a draft (default: the version's latest revision) as
                     published/<product>/<V>/ and move published/<product>/latest/ to it.
                     A published version is never overwritten: --patch publishes the next
                     patch version instead (24v2 -> 24v2.0.1); latest never moves backwards
  latest <product> --version V [--allow-older]
                     point latest at a version published already (a publish killed before
                     it moved latest; --allow-older to roll back)
  list <product>     drafts and published versions, and which is latest
${lockTimeoutHelp(21)}`,
  options: {
    partition: { type: "string" },
    summary: { type: "string" },
    version: { type: "string" },
    "from-draft": { type: "string" },
    patch: { type: "boolean" },
    "no-latest": { type: "boolean" },
    "allow-older": { type: "boolean" },
    format: { type: "string" },
    ...lockTimeoutOption,
  },
  async run(context) {
    const flags = parseFlags(FlagsSchema, context.flags);
    const [sub, product, ...rest] = context.positionals;
    if (
      !SUBCOMMANDS.includes(sub as (typeof SUBCOMMANDS)[number]) ||
      product === undefined ||
      rest.length > 0
    )
      throw new UsageError(`usage: lifecycle publish ${publishCommand.usage}`);
    const { project } = await loadProjectOrThrow(context.root);
    if (!project.products.some((p) => p.id === product))
      throw new UsageError(
        `unknown product ${JSON.stringify(product)}; products: ${project.products.map((p) => p.id).join(", ")}`,
      );
    const layout = new StoreLayout(context.store);
    if (sub === "list") return list(context, layout, product, flags);
    return withCommandLock(
      context,
      `publish ${sub} ${product}`,
      flags["lock-timeout"],
      async (runId) => {
        const started = new Date();
        const outcome =
          sub === "draft"
            ? await draft(layout, product, flags)
            : sub === "latest"
              ? await latest(layout, product, flags)
              : await release(layout, product, flags);
        await appendEvents(layout, [record(runId, started, outcome)]);
        context.stdout.write(`${outcome.message}\n`);
        return 0;
      },
    );
  },
};

interface Outcome {
  asset: string;
  partition: string;
  message: string;
  metadata: Record<string, unknown>;
}

async function draft(layout: StoreLayout, product: string, flags: Flags): Promise<Outcome> {
  if (!flags.partition)
    throw new UsageError("publish draft needs --partition P (the package to promote)");
  const made = await promoteToDraft(
    { layout },
    { product, partition: flags.partition, summary: flags.summary },
  );
  return {
    asset: `${product}.draft`,
    partition: made.version,
    message: `${product}: ${flags.partition} is draft ${made.version}/${made.revision}`,
    metadata: { ...made },
  };
}

async function release(layout: StoreLayout, product: string, flags: Flags): Promise<Outcome> {
  if (!flags.version)
    throw new UsageError("publish release needs --version V (the drafted version)");
  const made = await publishRelease(
    { layout },
    {
      product,
      version: flags.version,
      fromDraft: flags["from-draft"],
      patch: flags.patch,
      latest: !flags["no-latest"],
    },
  );
  const latest = flags["no-latest"] ? "" : ", now latest";
  return {
    asset: `${product}.release`,
    partition: made.version,
    message: `${product}: published ${made.version} from draft ${made.draft.version}/${made.draft.revision}${latest}`,
    metadata: { ...made, latest: !flags["no-latest"] },
  };
}

async function latest(layout: StoreLayout, product: string, flags: Flags): Promise<Outcome> {
  if (!flags.version)
    throw new UsageError("publish latest needs --version V (a published version)");
  const made = await moveLatest(
    { layout },
    { product, version: flags.version, allowOlder: flags["allow-older"] },
  );
  return {
    asset: `${product}.release`,
    partition: "latest",
    message: `${product}: latest is ${made.version}`,
    metadata: { product, version: made.version, latest: true },
  };
}

function record(runId: string, started: Date, outcome: Outcome): EventRecord {
  const end = new Date();
  return {
    asset: outcome.asset,
    partition: outcome.partition,
    status: "success",
    start: started.toISOString(),
    end: end.toISOString(),
    durationMs: end.getTime() - started.getTime(),
    runId,
    fingerprint: "",
    metadata: outcome.metadata,
  };
}

async function list(
  context: CommandContext,
  layout: StoreLayout,
  product: string,
  flags: Flags,
): Promise<number> {
  const versions = await publishedVersions(layout, product);
  const latest = (await latestRelease(layout, product))?.version;
  const drafts: Record<string, string[]> = {};
  for (const v of await draftedVersions(layout, product))
    drafts[v] = await draftRevisions(layout, product, v);
  if (flags.format === "json") {
    context.stdout.write(
      `${JSON.stringify({ product, published: versions, latest: latest ?? null, drafts }, null, 2)}\n`,
    );
    return 0;
  }
  const lines = [
    `${product}: latest ${latest ?? "(none)"}`,
    `published: ${versions.join(", ") || "(none)"}`,
  ];
  for (const [v, revisions] of Object.entries(drafts))
    if (revisions.length) lines.push(`drafts ${v}: ${revisions.join(", ")}`);
  context.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}
