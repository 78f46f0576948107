import fs from "node:fs/promises";
import path from "node:path";
import type { CheckResult } from "../../checks/schema.js";
import { loadProjectOrThrow } from "../../config/project.js";
import { UsageError } from "../../core/errors.js";
import { distribute, refuseFromPullRequest } from "../../distribute/distribute.js";
import { NodeProcessRunner } from "../../process/node-runner.js";
import {
  runPublish,
  unitsRead,
  type PublishOutcome,
  type PublishRequest,
} from "../../publish/session.js";
import { cell } from "../../github/workflow-io.js";
import { newRunId } from "../../store/events.js";
import { openStore, type Store } from "../../store/store.js";
import type { ActionContext } from "../context.js";
import type { CommandOutcome } from "./outcome.js";

/*
 * `publish-draft` and `publish-release`: the two jobs of publish.yml. The draft job promotes a
 * partition's package to a draft and writes its check results and manifest to the job summary;
 * the release job (in a GitHub environment, so required reviewers approve it) publishes exactly
 * that draft revision, moves latest, and optionally makes a GitHub Release of it.
 */

/** `publish-draft`: promote `product` [`partition`] to the next draft revision of its version. */
export async function publishDraftCommand(context: ActionContext): Promise<CommandOutcome> {
  const product = await checkedProduct(context);
  const partition = required(
    context.inputs.partition,
    "partition",
    "the partition whose package to promote",
  );
  const request: PublishRequest = { kind: "draft", product, partition };
  await withPublishStore(context, request, async (store, outcome) => {
    const manifest = await readManifest(path.join(store.layout.root, outcome.unit));
    await context.io.appendSummary(draftSummary(product, outcome, partition, manifest));
  });
  return { ok: true };
}

/** `publish-release`: publish draft `revision` of `version` as that version and as latest. */
export async function publishReleaseCommand(context: ActionContext): Promise<CommandOutcome> {
  const product = await checkedProduct(context);
  const version = required(context.inputs.version, "version", "the drafted version to publish");
  const revision = context.inputs.revision || undefined;
  const request: PublishRequest = {
    kind: "release",
    product,
    version,
    fromDraft: revision,
    patch: false,
    latest: true,
  };
  let failure: string | undefined;
  await withPublishStore(context, request, async (store, outcome) => {
    const lines = [`## Published ${product} ${outcome.version}`, "", `${outcome.message}.`];
    if (context.inputs["github-release"]) {
      const made = await gitHubRelease(
        context,
        product,
        outcome.version,
        path.join(store.layout.root, outcome.unit),
      );
      lines.push(
        "",
        made.ok ? `GitHub Release: ${made.detail}` : `GitHub Release failed: ${made.detail}`,
      );
      if (!made.ok)
        failure = `${product} ${outcome.version} is published, but its GitHub Release failed: ${made.detail}`;
    }
    await context.io.appendSummary(`${lines.join("\n")}\n`);
  });
  return failure ? { ok: false, message: failure } : { ok: true };
}

async function checkedProduct(context: ActionContext): Promise<string> {
  refuseFromPullRequest(process.env, "publishing");
  if (!context.sharedStore)
    throw new UsageError(
      'input "store": publishing needs a store that outlives the job (s3://bucket/prefix, or a folder that persists between jobs)',
    );
  const product = required(context.inputs.product, "product", "the product id");
  const { project } = await loadProjectOrThrow(context.root);
  const ids = project.products.map((p) => p.id);
  if (!ids.includes(product))
    throw new UsageError(
      `input "product": unknown product ${JSON.stringify(product)}; products: ${ids.join(", ")}`,
    );
  return product;
}

function required(value: string, name: string, what: string): string {
  if (value === "") throw new UsageError(`input "${name}": required (${what})`);
  return value;
}

/** Open the store with only what the request reads, run it, hand the result to `use`, close. */
async function withPublishStore(
  context: ActionContext,
  request: PublishRequest,
  use: (store: Store, outcome: PublishOutcome) => Promise<void>,
): Promise<void> {
  const store = await openStore(context.store, {
    root: context.root,
    env: process.env,
    only: unitsRead(request),
  });
  try {
    const outcome = await runPublish(store, context.runId ?? newRunId(), request);
    context.io.info(outcome.message);
    context.io.setOutput("version", outcome.version);
    if (outcome.revision !== undefined) context.io.setOutput("revision", outcome.revision);
    await use(store, outcome);
  } finally {
    await store.close();
  }
}

interface DraftManifest {
  checks?: CheckResult[];
  [key: string]: unknown;
}

async function readManifest(dir: string): Promise<DraftManifest> {
  return JSON.parse(await fs.readFile(path.join(dir, "manifest.json"), "utf8")) as DraftManifest;
}

/** The reviewer's page: what was drafted, the check results, the whole manifest. */
export function draftSummary(
  product: string,
  outcome: PublishOutcome,
  partition: string,
  manifest: DraftManifest,
): string {
  const checks = manifest.checks ?? [];
  const failed = checks.filter((c) => !c.passed);
  const lines = [
    `## Draft ${product} ${outcome.version}/${outcome.revision ?? ""}`,
    "",
    `${outcome.message}. Approve the release job to publish exactly this draft.`,
    "",
    `### Checks: ${checks.length === 0 ? "none declared" : `${checks.length - failed.length} of ${checks.length} passed`}`,
  ];
  if (checks.length > 0) {
    lines.push("", "| check | severity | result | message |", "| --- | --- | --- | --- |");
    for (const c of checks)
      lines.push(
        `| ${cell(c.name)} | ${c.severity} | ${c.passed ? "passed" : "FAILED"} | ${cell(c.message)} |`,
      );
  }
  lines.push(
    "",
    `### Manifest (${partition})`,
    "",
    "```json",
    JSON.stringify(manifest, null, 2),
    "```",
    "",
  );
  return lines.join("\n");
}

async function gitHubRelease(
  context: ActionContext,
  product: string,
  version: string,
  dir: string,
) {
  const repository = process.env.GITHUB_REPOSITORY ?? "";
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository))
    return {
      ok: false,
      detail: `GITHUB_REPOSITORY is ${JSON.stringify(repository)}, not owner/name`,
    };
  const [result] = await distribute(
    [{ id: "github-release", github_release: { repository, tag: "{product}-{version}" } }],
    {
      product,
      version,
      dir,
      env: process.env,
      runner: new NodeProcessRunner(),
      signal: context.signal,
      log: (line) => context.io.info(line),
    },
  );
  return result ?? { ok: false, detail: "no result" };
}
