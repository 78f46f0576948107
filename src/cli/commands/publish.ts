import { z } from "zod";
import { loadProjectOrThrow } from "../../config/project.js";
import { UsageError } from "../../core/errors.js";
import {
  draftedVersions,
  draftRevisions,
  latestRelease,
  latestUnit,
  publishedVersions,
} from "../../publish/publish.js";
import { runPublish, unitsRead, type PublishRequest } from "../../publish/session.js";
import type { Store } from "../../store/store.js";
import { parseFlags, type Command, type CommandContext } from "../command.js";
import { lockTimeoutFlag, lockTimeoutHelp, lockTimeoutOption } from "../lock-timeout.js";
import { withOpenStore, withStoreWriteLock } from "../open-store.js";

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
const isSubcommand = (sub: string | undefined): sub is (typeof SUBCOMMANDS)[number] =>
  (SUBCOMMANDS as readonly (string | undefined)[]).includes(sub);

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
    if (!isSubcommand(sub) || product === undefined || rest.length > 0)
      throw new UsageError(`usage: lifecycle publish ${publishCommand.usage}`);
    const { project } = await loadProjectOrThrow(context.root);
    if (!project.products.some((p) => p.id === product))
      throw new UsageError(
        `unknown product ${JSON.stringify(product)}; products: ${project.products.map((p) => p.id).join(", ")}`,
      );
    if (sub === "list")
      return withOpenStore(context, { only: (u) => u === latestUnit(product) }, (store) =>
        list(context, store, product, flags),
      );
    const request = publishRequest(sub, product, flags);
    const outcome = await withOpenStore(context, { only: unitsRead(request) }, (store) =>
      withStoreWriteLock(
        context,
        store,
        `publish ${sub} ${product}`,
        flags["lock-timeout"],
        (runId) => runPublish(store, runId, request),
      ),
    );
    context.stdout.write(`${outcome.message}\n`);
    return 0;
  },
};

function publishRequest(
  sub: "draft" | "release" | "latest",
  product: string,
  flags: Flags,
): PublishRequest {
  if (sub === "draft") {
    if (!flags.partition)
      throw new UsageError("publish draft needs --partition P (the package to promote)");
    return { kind: "draft", product, partition: flags.partition, summary: flags.summary };
  }
  if (!flags.version)
    throw new UsageError(
      sub === "release"
        ? "publish release needs --version V (the drafted version)"
        : "publish latest needs --version V (a published version)",
    );
  if (sub === "latest")
    return { kind: "latest", product, version: flags.version, allowOlder: flags["allow-older"] };
  return {
    kind: "release",
    product,
    version: flags.version,
    fromDraft: flags["from-draft"],
    patch: flags.patch,
    latest: !flags["no-latest"],
  };
}

async function list(
  context: CommandContext,
  store: Store,
  product: string,
  flags: Flags,
): Promise<number> {
  const versions = await publishedVersions(store, product);
  const latest = (await latestRelease(store.layout, product))?.version;
  const drafts: Record<string, string[]> = {};
  for (const v of await draftedVersions(store, product))
    drafts[v] = await draftRevisions(store, product, v);
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
