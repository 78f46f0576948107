import { z } from "zod";
import { loadProjectOrThrow } from "../../config/project.js";
import { UsageError } from "../../core/errors.js";
import path from "node:path";
import {
  distribute,
  refuseFromPullRequest,
  type DistributionResult,
} from "../../distribute/distribute.js";
import type { Destination } from "../../distribute/schema.js";
import { NodeProcessRunner } from "../../process/node-runner.js";
import {
  latestRelease,
  latestUnit,
  publishedUnit,
  publishedVersions,
} from "../../publish/publish.js";
import { newRunId, type EventRecord } from "../../store/events.js";
import { parseFlags, type Command } from "../command.js";
import { withOpenStore } from "../open-store.js";

const FlagsSchema = z.object({
  version: z.string().min(1).optional(),
  destination: z.string().min(1).optional(),
});

export const distributeCommand: Command = {
  name: "distribute",
  usage: "<product> [--version V] [--destination ID,...]",
  details: `  --version V        a published version (default: latest)
  --destination IDS  destination ids, comma-separated (default: the recipe's
                     distribution.destination_ids, else every destination of the product)
Destinations are declared on the product in products.yml (destinations:): socrata (the
publishing API; SOCRATA_USERNAME, SOCRATA_PASSWORD, SOCRATA_APP_TOKEN), object_store
(s3://bucket/prefix), github_release (GITHUB_TOKEN) or command. Never from a pull request.
Exit 1 when any destination failed (the others are still tried).`,
  options: { version: { type: "string" }, destination: { type: "string" } },
  async run(context) {
    const flags = parseFlags(FlagsSchema, context.flags);
    const [product, ...rest] = context.positionals;
    if (product === undefined || rest.length > 0)
      throw new UsageError(`usage: lifecycle distribute ${distributeCommand.usage}`);
    refuseFromPullRequest(context.env);
    const { project } = await loadProjectOrThrow(context.root);
    const config = project.products.find((p) => p.id === product);
    if (!config) throw new UsageError(`unknown product ${JSON.stringify(product)}`);
    // The version asked for, else `latest` (a whole copy of the latest version).
    const unit = flags.version ? publishedUnit(product, flags.version) : latestUnit(product);
    const failed = await withOpenStore(context, { only: (u) => u === unit }, async (store) => {
      const version = flags.version ?? (await latestRelease(store.layout, product))?.version;
      const published = await publishedVersions(store, product);
      if (version === undefined || !published.includes(version))
        throw new UsageError(
          `${product} ${version ?? "latest"} is not published; published: ${published.join(", ") || "none"}`,
        );
      const recipeIds = project.recipes.get(product)?.recipe.distribution?.destination_ids;
      const destinations = chooseDestinations(
        config.destinations ?? [],
        flags.destination,
        recipeIds,
      );
      const started = new Date();
      const objects = destinations.some((d) => "object_store" in d)
        ? (await import("../../distribute/s3-writer.js")).s3ObjectWriter(
            context.env,
            project.settings.s3,
          )
        : undefined;
      const results = await distribute(destinations, {
        product,
        version,
        dir: path.join(store.layout.root, unit),
        env: context.env,
        runner: new NodeProcessRunner(),
        signal: context.signal,
        objects,
        log: (line) => context.stdout.write(`${line}\n`),
      }).finally(() => objects?.close());
      const fails = results.filter((r) => !r.ok);
      await store.events.append([distributionRecord(product, version, started, results)]);
      return fails;
    });
    return failed.length === 0 ? 0 : 1;
  },
};

function chooseDestinations(
  declared: readonly Destination[],
  asked: string | undefined,
  fromRecipe: readonly string[] | undefined,
): Destination[] {
  const ids =
    asked?.split(",").map((s) => s.trim()) ?? (fromRecipe?.length ? fromRecipe : undefined);
  if (ids === undefined) {
    if (declared.length === 0)
      throw new UsageError("the product declares no destinations in products.yml");
    return [...declared];
  }
  return ids.map((id) => {
    const found = declared.find((d) => d.id === id);
    if (!found)
      throw new UsageError(
        `unknown destination ${JSON.stringify(id)}; declared: ${declared.map((d) => d.id).join(", ") || "none"}`,
      );
    return found;
  });
}

function distributionRecord(
  product: string,
  version: string,
  started: Date,
  results: readonly DistributionResult[],
): EventRecord {
  const end = new Date();
  const failed = results.filter((r) => !r.ok);
  return {
    asset: `${product}.distribute`,
    partition: version,
    status: failed.length === 0 ? "success" : "failed",
    start: started.toISOString(),
    end: end.toISOString(),
    durationMs: end.getTime() - started.getTime(),
    runId: newRunId(started),
    fingerprint: "",
    metadata: { destinations: results },
    ...(failed.length > 0 ? { error: failed.map((f) => `${f.id}: ${f.detail}`).join("\n") } : {}),
  };
}
