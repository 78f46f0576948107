import fs from "node:fs/promises";
import path from "node:path";
import { errorMessage, UsageError } from "../core/errors.js";
import type { ProcessRunner } from "../process/runner.js";
import { destinationKind, type Destination } from "./schema.js";

/** Writes files under an object-store URL (`s3://bucket/prefix`); the store module provides it. */
export interface ObjectWriter {
  put(url: string, key: string, file: string): Promise<void>;
}

export interface DistributeContext {
  product: string;
  version: string;
  /** The published version's folder (`published/<product>/<version>/`). */
  dir: string;
  env: NodeJS.ProcessEnv;
  runner: ProcessRunner;
  signal: AbortSignal;
  fetch?: typeof fetch;
  objects?: ObjectWriter | undefined;
  log: (line: string) => void;
}

export interface DistributionResult {
  id: string;
  kind: ReturnType<typeof destinationKind>;
  ok: boolean;
  detail: string;
}

/** Pull requests never distribute: their code is not reviewed, and forks must not reach secrets. */
export function refuseFromPullRequest(env: NodeJS.ProcessEnv, what = "distribution"): void {
  const event = env.GITHUB_EVENT_NAME ?? "";
  if (event.startsWith("pull_request"))
    throw new UsageError(`${what} never runs from a pull request (GITHUB_EVENT_NAME=${event})`);
}

/** Send the version to each destination in turn; one failing does not stop the others. */
export async function distribute(
  destinations: readonly Destination[],
  ctx: DistributeContext,
): Promise<DistributionResult[]> {
  const results: DistributionResult[] = [];
  for (const destination of destinations) {
    const kind = destinationKind(destination);
    try {
      const detail = await send(destination, ctx);
      ctx.log(`${destination.id}: ${detail}`);
      results.push({ id: destination.id, kind, ok: true, detail });
    } catch (error) {
      const detail = errorMessage(error);
      ctx.log(`${destination.id}: failed: ${detail}`);
      results.push({ id: destination.id, kind, ok: false, detail });
    }
  }
  return results;
}

function send(destination: Destination, ctx: DistributeContext): Promise<string> {
  if ("socrata" in destination) return toSocrata(destination.socrata, ctx);
  if ("object_store" in destination) return toObjectStore(destination.object_store.url, ctx);
  if ("github_release" in destination) return toGitHubRelease(destination.github_release, ctx);
  return toCommand(destination.command, ctx);
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}

async function toObjectStore(url: string, ctx: DistributeContext): Promise<string> {
  if (!ctx.objects) throw new Error("no object-store client is configured for this run");
  const files = await filesUnder(ctx.dir);
  for (const file of files)
    await ctx.objects.put(url, `${ctx.product}/${ctx.version}/${file}`, path.join(ctx.dir, file));
  return `${files.length} files to ${url.replace(/\/$/, "")}/${ctx.product}/${ctx.version}/`;
}

async function toCommand(command: string, ctx: DistributeContext): Promise<string> {
  let tail = "";
  const result = await ctx.runner.run(command, {
    cwd: ctx.dir,
    env: {
      ...ctx.env,
      LIFECYCLE_PRODUCT: ctx.product,
      LIFECYCLE_VERSION: ctx.version,
      LIFECYCLE_RELEASE_DIR: ctx.dir,
    },
    signal: ctx.signal,
    onOutput: (chunk) => {
      tail = (tail + chunk).slice(-2000);
    },
  });
  if (result.exitCode !== 0) {
    const last = tail.trim().split("\n").at(-1) ?? "";
    throw new Error(`command exited ${result.exitCode ?? result.signal}${last ? `: ${last}` : ""}`);
  }
  return "command exited 0";
}

interface Request {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

/** One request whose failure names what was being done and the status, never the credentials. */
async function call(ctx: DistributeContext, what: string, request: Request): Promise<unknown> {
  const response = await (ctx.fetch ?? fetch)(request.url, {
    method: request.method,
    headers: request.headers,
    body: request.body,
    redirect: "manual",
    signal: ctx.signal,
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(`${what}: HTTP ${response.status} ${text.slice(0, 200)}`.trim());
  try {
    return text === "" ? {} : (JSON.parse(text) as unknown);
  } catch {
    throw new Error(`${what}: the answer is not JSON`);
  }
}

function field(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) current = (current as Record<string, unknown> | undefined)?.[key];
  return current;
}

function link(value: unknown, name: string, what: string): string {
  const found = field(value, "links", name);
  if (typeof found !== "string" || !found.startsWith("/"))
    throw new Error(`${what}: the answer has no links.${name}`);
  return found;
}

function socrataHeaders(env: NodeJS.ProcessEnv): Record<string, string> {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (env.SOCRATA_USERNAME && env.SOCRATA_PASSWORD) {
    const token = Buffer.from(`${env.SOCRATA_USERNAME}:${env.SOCRATA_PASSWORD}`).toString("base64");
    headers.Authorization = `Basic ${token}`;
  }
  if (env.SOCRATA_APP_TOKEN) headers["X-App-Token"] = env.SOCRATA_APP_TOKEN;
  return headers;
}

/**
 * Replace a Socrata dataset through its publishing API: open a replace revision, make an upload
 * source, send the CSV, apply the revision. Credentials: SOCRATA_USERNAME/SOCRATA_PASSWORD (or
 * an API key pair in them) and SOCRATA_APP_TOKEN, from the environment only.
 */
async function toSocrata(
  d: { domain: string; dataset: string; file: string },
  ctx: DistributeContext,
): Promise<string> {
  const origin = d.domain.includes("://") ? d.domain.replace(/\/$/, "") : `https://${d.domain}`;
  const file = path.join(ctx.dir, "output", d.file);
  const csv = await fs.readFile(file).catch(() => {
    throw new Error(`the published version has no output/${d.file}`);
  });
  const headers = socrataHeaders(ctx.env);
  const what = `socrata ${d.dataset}`;
  const revision = await call(ctx, `${what}: open revision`, {
    method: "POST",
    url: `${origin}/api/publishing/v1/revision/${d.dataset}`,
    headers,
    body: JSON.stringify({ action: { type: "replace", permission: "private" } }),
  });
  const source = await call(ctx, `${what}: create source`, {
    method: "POST",
    url: origin + link(revision, "create_source", `${what}: open revision`),
    headers,
    body: JSON.stringify({
      source_type: { type: "upload", filename: path.basename(d.file) },
      parse_options: { parse_source: true },
    }),
  });
  await call(ctx, `${what}: upload`, {
    method: "POST",
    url: origin + link(source, "bytes", `${what}: create source`),
    headers: { ...headers, "Content-Type": "text/csv" },
    body: csv,
  });
  const revisionId = field(revision, "resource", "id");
  await call(ctx, `${what}: apply`, {
    method: "PUT",
    url: origin + link(revision, "apply", `${what}: open revision`),
    headers,
    body: JSON.stringify({ resource: { id: revisionId } }),
  });
  const seq = field(revision, "resource", "revision_seq");
  return `replaced ${d.dataset} on ${new URL(origin).host} with ${d.file} (revision ${String(seq)})`;
}

function githubHeaders(env: NodeJS.ProcessEnv): Record<string, string> {
  const token = env.GITHUB_TOKEN ?? env.GH_TOKEN;
  if (!token)
    throw new Error("GITHUB_TOKEN is not set (the job needs contents: write and the run's token)");
  return {
    Accept: "application/vnd.github+json",
    Authorization: `Bearer ${token}`,
    "X-GitHub-Api-Version": "2022-11-28",
    "User-Agent": "lifecycle",
  };
}

/** A GitHub Release named by `tag` (with `{product}` and `{version}`), the archive attached. */
async function toGitHubRelease(
  d: { repository: string; tag: string },
  ctx: DistributeContext,
): Promise<string> {
  const tag = d.tag.replaceAll("{product}", ctx.product).replaceAll("{version}", ctx.version);
  const api = (ctx.env.GITHUB_API_URL || "https://api.github.com").replace(/\/$/, "");
  const headers = githubHeaders(ctx.env);
  const release = await call(ctx, `github release ${tag}`, {
    method: "POST",
    url: `${api}/repos/${d.repository}/releases`,
    headers: { ...headers, "Content-Type": "application/json" },
    body: JSON.stringify({
      tag_name: tag,
      name: `${ctx.product} ${ctx.version}`,
      body: `${ctx.product} ${ctx.version}, published by lifecycle.`,
    }),
  });
  const uploadUrl = field(release, "upload_url");
  if (typeof uploadUrl !== "string")
    throw new Error(`github release ${tag}: the answer has no upload_url`);
  const archives = (await fs.readdir(ctx.dir)).filter((n) => n.endsWith(".tar.gz"));
  for (const archive of archives) {
    const url = `${uploadUrl.replace(/\{[^}]*\}$/, "")}?name=${encodeURIComponent(archive)}`;
    await call(ctx, `github release ${tag}: upload ${archive}`, {
      method: "POST",
      url,
      headers: { ...headers, "Content-Type": "application/gzip" },
      body: await fs.readFile(path.join(ctx.dir, archive)),
    });
  }
  return `release ${tag} in ${d.repository} with ${archives.length} asset${archives.length === 1 ? "" : "s"}`;
}
