import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadProjectOrThrow } from "../../src/config/project.js";
import { materialize } from "../../src/engine/materialize.js";
import { runStageJob } from "../../src/github/stage-job.js";
import { LocalArtifactStore, LocalCacheStore } from "../../src/github/transfer.js";
import { RecordingWorkflowIo } from "../../src/github/workflow-io.js";
import { STAGES, StoreLayout, type StageName } from "../../src/store/layout.js";

let dir: string;
const PRODUCTS = `products:
  - id: good
    build_command: echo built > "$LIFECYCLE_OUTPUT_DIR/out.txt"
  - id: bad
    build_command: echo about to fail; exit 3
`;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-stage-job-"));
  await fs.mkdir(path.join(dir, "repo", "products"), { recursive: true });
  await fs.writeFile(path.join(dir, "repo", "products", "products.yml"), PRODUCTS);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** One matrix job: its own fresh store, only the artifact folder shared with earlier jobs. */
async function job(stage: StageName, product: string, entryKey = `e_${product}`) {
  const { project } = await loadProjectOrThrow(path.join(dir, "repo"));
  const io = new RecordingWorkflowIo();
  const store = await fs.mkdtemp(path.join(dir, `store-${stage}-`));
  const result = await runStageJob({
    project,
    store,
    stage,
    items: [{ product, partition: "main" }],
    entryKey,
    handover: "artifacts",
    attempt: 1,
    artifacts: new LocalArtifactStore(path.join(dir, "artifacts")),
    cache: new LocalCacheStore(path.join(dir, "cache")),
    cacheStagingRoot: path.join(dir, "cache-staging"),
    materialize,
    io,
    force: false,
    signal: new AbortController().signal,
  });
  return { ...result, io, store };
}

describe("runStageJob", () => {
  it("with a store that outlives the job, reads and writes it directly: no artifact, a rerun skips", async () => {
    const { project } = await loadProjectOrThrow(path.join(dir, "repo"));
    const shared = await fs.mkdtemp(path.join(dir, "shared-store-"));
    const artifacts = path.join(dir, "artifacts-shared");
    const run = (stage: StageName) =>
      runStageJob({
        project,
        store: shared,
        stage,
        items: [{ product: "good", partition: "main" }],
        entryKey: "e_shared",
        handover: "store",
        attempt: 1,
        artifacts: new LocalArtifactStore(artifacts),
        cache: new LocalCacheStore(path.join(dir, "cache")),
        cacheStagingRoot: path.join(dir, "cache-staging"),
        materialize,
        io: new RecordingWorkflowIo(),
        force: false,
        signal: new AbortController().signal,
      });
    for (const stage of STAGES) {
      const result = await run(stage);
      expect(result.ok).toBe(true);
      expect(result.artifactName).toBe("");
      expect(result.reporter.summaryTable()).toMatch(
        new RegExp(`good\\.${stage} \\| main \\| success`),
      );
    }
    const names = await fs.readdir(artifacts);
    expect(names.filter((n) => n.startsWith("lc-"))).toEqual([]);
    expect(names.filter((n) => n.startsWith("lcr-"))).toHaveLength(4);
    const manifest = path.join(
      new StoreLayout(shared).stageDir("good", "main", "package"),
      "manifest.json",
    );
    expect(JSON.parse(await fs.readFile(manifest, "utf8"))).toMatchObject({ product: "good" });
    const again = await run("build");
    expect(again.reporter.summaryTable()).toMatch(/good\.build \| main \| skipped/);
  });

  it("runs each stage in a fresh store from what the earlier jobs handed over", async () => {
    let last;
    for (const stage of STAGES) {
      last = await job(stage, "good");
      expect(last.ok, last.io.lines.join("\n")).toBe(true);
      expect(last.artifactName).toBe(`lc-${stage}-e_good-a1`);
    }
    const packaged = new StoreLayout(path.join(dir, "artifacts", "lc-package-e_good-a1"));
    const manifest = JSON.parse(
      await fs.readFile(
        path.join(packaged.stageDir("good", "main", "package"), "manifest.json"),
        "utf8",
      ),
    );
    expect(manifest).toMatchObject({ product: "good", partition: "main" });
    expect(last?.reporter.summaryTable()).toMatch(/\| good\.package \| main \| success \|/);
  });

  it("reports a failing build: not ok, an error annotation with the output, a failed row", async () => {
    for (const stage of ["plan", "load"] as const) expect((await job(stage, "bad")).ok).toBe(true);
    const failed = await job("build", "bad");
    expect(failed.ok).toBe(false);
    expect(failed.reporter.failed).toBe(1);
    expect(failed.io.annotations[0]?.props.title).toBe("bad.build @ main failed");
    expect(failed.io.annotations[0]?.message).toMatch(/about to fail/);
    expect(failed.reporter.summaryTable()).toMatch(/\| bad\.build \| main \| failed \|/);
  });

  it("refuses a stage whose earlier outputs were never handed over", async () => {
    await expect(job("build", "good", "e_other")).rejects.toThrow(/good\.load for partition main/);
  });
});
