import fs from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/store.js";
import { startS3Server, TEST_CREDENTIALS, type S3Server } from "../support/s3-server.js";
import { CALLERS, consumerRig, jobResults, type ConsumerRig } from "./consumer-rig.js";
import { walkWorkflow, type Runner } from "./walker.js";

/*
 * After package, from a consumer repository on the simulated runner, against an s3:// store on
 * moto: build -> publish_dispatch.yml -> publish.yml@ref (draft, then the release in the
 * `production` environment, approved as its required reviewers would) -> a second build whose
 * plan copies its input versions from that release. GitHub's REST API (the GitHub Release) is a
 * strict stand-in on 127.0.0.1.
 */
const REPOSITORY = "lifecycle-dev/demo";
const TOKEN = "ghs_fake_run_token"; // what the walker gives as github.token
const STORE = "s3://team-store/publish";

interface Seen {
  method: string;
  url: string;
  body: string;
}

/** GitHub's releases API as strict as this code needs: token, API version, tags unique, upload_url. */
function startGitHub(): Promise<{ url: string; seen: Seen[]; close: () => void }> {
  const seen: Seen[] = [];
  const tags = new Set<string>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const url = req.url ?? "";
      seen.push({ method: req.method ?? "", url, body: body.toString("utf8").slice(0, 2000) });
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(value));
      };
      if (
        req.headers.authorization !== `Bearer ${TOKEN}` ||
        req.headers["x-github-api-version"] !== "2022-11-28"
      )
        return json(401, { message: "Bad credentials" });
      if (req.method === "POST" && url === `/repos/${REPOSITORY}/releases`) {
        const asked = JSON.parse(body.toString("utf8")) as { tag_name?: unknown };
        if (typeof asked.tag_name !== "string") return json(422, { message: "tag_name missing" });
        if (tags.has(asked.tag_name))
          return json(422, { message: "Validation Failed", errors: [{ code: "already_exists" }] });
        tags.add(asked.tag_name);
        return json(201, {
          id: 9,
          upload_url: `http://${req.headers.host}/uploads/repos/${REPOSITORY}/releases/9/assets{?name,label}`,
        });
      }
      if (
        req.method === "POST" &&
        url.startsWith(`/uploads/repos/${REPOSITORY}/releases/9/assets?name=`)
      ) {
        if (req.headers["content-type"] !== "application/gzip") return json(415, {});
        if (body.length === 0 || body[0] !== 0x1f || body[1] !== 0x8b)
          return json(400, { message: "not gzip" });
        return json(201, { name: decodeURIComponent(url.split("=")[1] ?? "") });
      }
      return json(404, { message: "Not Found" });
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, seen, close: () => server.close() });
    }),
  );
}

let rig: ConsumerRig;
let s3: S3Server;
let github: Awaited<ReturnType<typeof startGitHub>>;
beforeAll(async () => {
  rig = await consumerRig();
  s3 = await startS3Server(["team-store"]);
  github = await startGitHub();
});
afterAll(async () => {
  github?.close();
  await s3?.stop();
  await rig?.stop();
});

const secrets = {
  AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.AWS_ACCESS_KEY_ID,
  AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.AWS_SECRET_ACCESS_KEY,
};

/** A caller of lifecycle.yml@ref against the store: one partition of parks_access. */
function buildCaller(version: string): string {
  return [
    "name: build_store",
    "on:",
    "  workflow_dispatch:",
    "    inputs:",
    "      partition: { type: string, required: true }",
    "permissions:",
    "  contents: read",
    "jobs:",
    "  lifecycle:",
    "    permissions:",
    "      contents: read",
    "      actions: read",
    `    uses: lifecycle-dev/lifecycle/.github/workflows/lifecycle.yml@v${version}`,
    "    with:",
    "      select: parks_access",
    "      partition: ${{ inputs.partition }}",
    `      store: ${STORE}`,
    "      aws-region: us-east-1",
    `      aws-endpoint-url: ${s3.url}`,
    "      site: false",
    "    secrets:",
    "      AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}",
    "      AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}",
    "",
  ].join("\n");
}

async function walk(
  runner: Runner,
  workflow: string,
  inputs: Record<string, unknown>,
  event?: Record<string, unknown>,
) {
  runner.log.length = 0;
  runner.runId = String(Number(runner.runId) + 1);
  runner.artifacts = path.join(rig.base, `artifacts-run-${runner.runId}`);
  const results = await walkWorkflow(runner, {
    workflow,
    inputs,
    secrets,
    ...(event ? { event } : {}),
  });
  const failures = runner.log.filter((s) => s.exitCode !== 0);
  return { results: jobResults(results), failures: failures.map((f) => `${f.job}: ${f.stdout}`) };
}

/** A file of the store as a fresh machine reads it back from the bucket. */
async function inStore(repo: string, rel: string, unit: string): Promise<string> {
  const env = { ...process.env, ...s3.env };
  const store = await openStore(STORE, { root: repo, env, settings: {}, only: (u) => u === unit });
  try {
    return await fs.readFile(path.join(store.layout.root, rel), "utf8");
  } finally {
    await store.close();
  }
}

const publishInputs = {
  product: "parks_access",
  partition: "main",
  store: STORE,
  "aws-region": "us-east-1",
  "github-release": true,
};

describe(
  "after package on GitHub: build -> draft -> approved release -> a build that copies it",
  { timeout: 600_000 },
  () => {
    it("publishes the package reviewed, makes its GitHub Release, and the next plan finds it in the store", async () => {
      const repo = await rig.consumerRepo({
        callers: [...CALLERS, "publish_dispatch.yml"],
        files: { ".github/workflows/build_store.yml": buildCaller(rig.version) },
      });
      const runner: Runner = {
        ...rig.newRunner(repo, "publish"),
        repository: REPOSITORY,
        apiUrl: github.url,
      };

      const ingest = await walk(runner, ".github/workflows/ingest_dispatch.yml", {
        templates: "*",
        version: "2025-01-01",
      });
      expect(ingest.failures).toEqual([]);
      const build = await walk(runner, ".github/workflows/build_store.yml", { partition: "main" });
      expect(build.failures).toEqual([]);
      expect(build.results).toMatchObject({
        "lifecycle/wave_1": "success",
        "lifecycle/result": "success",
      });

      const published = await walk(runner, ".github/workflows/publish_dispatch.yml", {
        ...publishInputs,
        "aws-endpoint-url": s3.url,
      });
      expect(published.failures).toEqual([]);
      expect(published.results).toEqual({
        "publish/draft": "success",
        "publish/release": "success",
        // Opt-in (`distribute: true`); the action's distribute command has its own test.
        "publish/distribute": "skipped",
        publish: "success",
      });
      expect(runner.approvals).toEqual([
        { job: "publish/release", environment: "production", approved: true },
      ]);
      const [draft, release] = runner.log;
      expect(runner.log.map((s) => s.command)).toEqual(["publish-draft", "publish-release"]);
      const version = draft?.outputs.version ?? "";
      expect(version).toMatch(/^\d/);
      expect(draft?.outputs.revision).toBe("1");
      // The reviewer's page: the draft, its checks, its manifest.
      expect(draft?.summary).toContain(`## Draft parks_access ${version}/1`);
      expect(draft?.summary).toMatch(/### Checks: /);
      expect(draft?.summary).toContain('"product": "parks_access"');
      expect(draft?.summary).toContain('"partition": "main"');
      // The token reached the release step only; the draft job had none.
      expect(draft?.env.GITHUB_TOKEN).toBeUndefined();
      expect(release?.env.GITHUB_TOKEN).toBe(TOKEN);
      expect(release?.outputs).toMatchObject({ version, revision: "1" });
      expect(release?.summary).toContain(`## Published parks_access ${version}`);
      expect(release?.summary).toMatch(
        /GitHub Release: release parks_access-[^ ]+ in lifecycle-dev\/demo with 1 asset/,
      );
      const posts = github.seen.filter((s) => s.method === "POST");
      expect(posts.map((s) => s.url.replace(/\?.*/, ""))).toEqual([
        `/repos/${REPOSITORY}/releases`,
        `/uploads/repos/${REPOSITORY}/releases/9/assets`,
      ]);
      expect(JSON.parse(posts[0]?.body ?? "{}")).toMatchObject({
        tag_name: `parks_access-${version}`,
      });
      expect(posts[1]?.url).toMatch(/\?name=.+\.tar\.gz$/);
      const latest = JSON.parse(
        await inStore(
          repo,
          "published/parks_access/latest/release.json",
          "published/parks_access/latest",
        ),
      ) as { version: string; draft: { revision: string } };
      expect(latest).toMatchObject({ version, draft: { revision: "1" }, partition: "main" });

      // Reviewers reject the next one: the draft is made, the release job fails, latest stays.
      runner.approve = () => false;
      const rejected = await walk(runner, ".github/workflows/publish_dispatch.yml", {
        ...publishInputs,
        "aws-endpoint-url": s3.url,
      });
      runner.approve = undefined;
      expect(rejected.results).toMatchObject({
        "publish/draft": "success",
        "publish/release": "failure",
      });
      expect(runner.log.map((s) => `${s.command} ${s.outputs.revision ?? ""}`)).toEqual([
        "publish-draft 2",
      ]);
      expect(github.seen.filter((s) => s.method === "POST")).toHaveLength(2);

      // A pull request never publishes: every job is skipped, no step runs.
      const fromPr = await walk(
        runner,
        "lifecycle-dev/lifecycle/.github/workflows/publish.yml@v" + rig.version,
        { ...publishInputs, "aws-endpoint-url": s3.url },
        { pull_request: { number: 8 } },
      );
      expect(fromPr.results).toEqual({
        draft: "skipped",
        release: "skipped",
        distribute: "skipped",
      });
      expect(runner.log).toEqual([]);

      // The next build's plan copies its input versions from that release (main is a starter
      // partition: only the published release makes it a release at all).
      const recipe = path.join(repo, "products", "parks_access", "recipe.yml");
      const text = await fs.readFile(recipe, "utf8");
      await fs.writeFile(
        recipe,
        text.replace(
          "missing_versions_strategy: find_latest",
          "missing_versions_strategy: copy_latest_release",
        ),
      );
      const second = await walk(runner, ".github/workflows/build_store.yml", {
        partition: "nightly_qa",
      });
      expect(second.failures).toEqual([]);
      expect(second.results).toMatchObject({ "lifecycle/result": "success" });
      const lock = await inStore(
        repo,
        "products/parks_access/nightly_qa/plan/recipe.lock.yml",
        "products/parks_access/nightly_qa/plan",
      );
      expect(lock).toMatch(/copied_from: main/);
      expect(lock).toMatch(/requested: copy_latest_release/);
    });
  },
);
