import fs from "node:fs/promises";
import path from "node:path";
import { EventRecordSchema, type EventRecord } from "../store/events.js";
import type { StoreLayout } from "../store/layout.js";
import { RECORDS_PREFIX, type ProductPartition } from "./stage-transfer.js";
import type { LocalArtifactStore } from "./transfer.js";
import { renderRunSummary, type SummaryLinks } from "../ui/summary-markdown.js";

const MAX_MANIFEST_CHARS = 20_000;

/** The package manifest of each item, each in a collapsed block. */
export async function manifestsMarkdown(
  layout: StoreLayout,
  items: readonly ProductPartition[],
): Promise<string> {
  const blocks: string[] = [];
  for (const { product, partition } of items) {
    const file = path.join(layout.stageDir(product, partition, "package"), "manifest.json");
    const text = await readIfExists(file);
    if (text !== undefined) blocks.push(manifestBlock(`${product} @ ${partition}`, text));
  }
  return blocks.length === 0 ? "" : `### Package manifests\n\n${blocks.join("\n")}`;
}

function manifestBlock(title: string, text: string): string {
  const shown =
    text.length > MAX_MANIFEST_CHARS
      ? `${text.slice(0, MAX_MANIFEST_CHARS)}\n... (truncated)`
      : text;
  return `<details><summary>${title}</summary>\n\n\`\`\`json\n${shown.trimEnd()}\n\`\`\`\n\n</details>\n`;
}

/**
 * The run's summary from its records artifacts (newest per asset and partition): totals and failures
 * first, blocked tasks, every task ordered plan -> package, then every package manifest.
 */
export async function runSummaryMarkdown(
  artifacts: LocalArtifactStore,
  links: SummaryLinks = linksFromEnv(process.env),
): Promise<string> {
  const latest = new Map<string, EventRecord>();
  const manifests: string[] = [];
  for (const name of await artifacts.list(RECORDS_PREFIX)) {
    const dir = artifacts.pathOf(name);
    for (const record of await readRecords(path.join(dir, "events.jsonl"))) {
      const key = `${record.asset}\u0000${record.partition}`;
      const seen = latest.get(key);
      if (!seen || seen.end <= record.end) latest.set(key, record);
    }
    manifests.push(...(await findManifests(dir)));
  }
  const body = renderRunSummary([...latest.values()], links);
  return `${body}\n${manifests.length ? `### Package manifests\n\n${manifests.join("\n")}` : ""}`;
}

/** The job's own page from the runner's variables; the site from `LIFECYCLE_SITE_URL` when set. */
export function linksFromEnv(env: NodeJS.ProcessEnv): SummaryLinks {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
  return {
    jobUrl: server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined,
    siteUrl: env.LIFECYCLE_SITE_URL || undefined,
  };
}

async function findManifests(artifactDir: string): Promise<string[]> {
  const products = path.join(artifactDir, "products");
  const blocks: string[] = [];
  for (const product of await dirNames(products)) {
    for (const partition of await dirNames(path.join(products, product))) {
      const text = await readIfExists(
        path.join(products, product, partition, "package", "manifest.json"),
      );
      if (text !== undefined)
        blocks.push(
          manifestBlock(`${decodeURIComponent(product)} @ ${decodeURIComponent(partition)}`, text),
        );
    }
  }
  return blocks;
}

async function readRecords(file: string): Promise<EventRecord[]> {
  const text = (await readIfExists(file)) ?? "";
  return text.split("\n").flatMap((line) => {
    if (line.trim() === "") return [];
    try {
      const parsed = EventRecordSchema.safeParse(JSON.parse(line));
      return parsed.success ? [parsed.data] : [];
    } catch {
      return [];
    }
  });
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, "utf8");
  } catch {
    return undefined;
  }
}

async function dirNames(dir: string): Promise<string[]> {
  try {
    return (await fs.readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}
