import path from "node:path";
import type { Project } from "../config/project.js";
import { UsageError } from "../core/errors.js";
import { NodeProcessRunner } from "../process/node-runner.js";
import { latestRelease, latestUnit, publishedUnit, publishedVersions } from "../publish/publish.js";
import { newRunId, type EventRecord } from "../store/events.js";
import type { Store } from "../store/store.js";
import { distribute, type DistributionResult } from "./distribute.js";
import type { Destination } from "./schema.js";

export interface DistributeRequest {
  product: string;
  /** A published version; default: the one `latest` names. */
  version?: string | undefined;
  /** Destination ids, comma-separated; default: the recipe's, else every one declared. */
  destinations?: string | undefined;
  env: NodeJS.ProcessEnv;
  signal: AbortSignal;
  log: (line: string) => void;
}

/** The one unit a distribution reads: the version asked for, else `latest` (a whole copy). */
export function distributionUnit(request: Pick<DistributeRequest, "product" | "version">): string {
  return request.version
    ? publishedUnit(request.product, request.version)
    : latestUnit(request.product);
}

/**
 * Send a published version of a product to its destinations and record the outcome (one
 * `<product>.distribute` record): what `lifecycle distribute` and the action's `distribute` run.
 * The store must hold the version's unit (`published/<product>/<version>` or `latest`).
 */
export async function distributePublished(
  store: Store,
  project: Project,
  request: DistributeRequest,
): Promise<DistributionResult[]> {
  const { product } = request;
  const config = project.products.find((p) => p.id === product);
  if (!config) throw new UsageError(`unknown product ${JSON.stringify(product)}`);
  const version = request.version ?? (await latestRelease(store.layout, product))?.version;
  const published = await publishedVersions(store, product);
  if (version === undefined || !published.includes(version))
    throw new UsageError(
      `${product} ${version ?? "latest"} is not published; published: ${published.join(", ") || "none"}`,
    );
  const recipeIds = project.recipes.get(product)?.recipe.distribution?.destination_ids;
  const destinations = chooseDestinations(
    config.destinations ?? [],
    request.destinations,
    recipeIds,
  );
  const started = new Date();
  const objects = destinations.some((d) => "object_store" in d)
    ? (await import("./s3-writer.js")).s3ObjectWriter(request.env, project.settings.s3)
    : undefined;
  const results = await distribute(destinations, {
    product,
    version,
    dir: path.join(store.layout.root, distributionUnit(request)),
    env: request.env,
    runner: new NodeProcessRunner(),
    signal: request.signal,
    objects,
    log: request.log,
  }).finally(() => objects?.close());
  await store.events.append([distributionRecord(product, version, started, results)]);
  return results;
}

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
