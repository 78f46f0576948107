import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadProjectOrThrow } from "../../src/config/project.js";
import { materialize } from "../../src/engine/materialize.js";
import { runStageJob } from "../../src/github/stage-job.js";
import { artifactPathProblem } from "../../src/github/stage-transfer.js";
import { LocalArtifactStore, LocalCacheStore } from "../../src/github/transfer.js";
import { RecordingWorkflowIo } from "../../src/github/workflow-io.js";

let dir: string;
const PRODUCTS = `products:
  - id: colons
    build_command: echo x > "$LIFECYCLE_OUTPUT_DIR/ok.txt"; echo y > "$LIFECYCLE_OUTPUT_DIR/2025-01-01T00:00.csv"
`;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-artifact-names-"));
  await fs.mkdir(path.join(dir, "repo", "products"), { recursive: true });
  await fs.writeFile(path.join(dir, "repo", "products", "products.yml"), PRODUCTS);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("output files that actions/upload-artifact would reject", () => {
  it("names every character upload-artifact refuses, and accepts the rest", () => {
    for (const bad of ['a"b', "a:b", "a<b", "a>b", "a|b", "a*b", "a?b", "a\rb", "a\nb"])
      expect(
        artifactPathProblem(`products/p/main/build/${bad}`),
        JSON.stringify(bad),
      ).toBeDefined();
    expect(artifactPathProblem("products/p/main/build/a b-c_d.e (1).csv")).toBeUndefined();
  });

  it("fail the stage job with an error naming the file, before any upload; records still go", async () => {
    const { project } = await loadProjectOrThrow(path.join(dir, "repo"));
    const artifacts = path.join(dir, "artifacts");
    const run = async (stage: "plan" | "load" | "build") => {
      const io = new RecordingWorkflowIo();
      const result = await runStageJob({
        project,
        store: await fs.mkdtemp(path.join(dir, `store-${stage}-`)),
        stage,
        items: [{ product: "colons", partition: "main" }],
        entryKey: "e_colons",
        handover: "artifacts",
        attempt: 1,
        artifacts: new LocalArtifactStore(artifacts),
        cache: new LocalCacheStore(path.join(dir, "cache")),
        cacheStagingRoot: path.join(dir, "cache-staging"),
        materialize,
        io,
        force: false,
        signal: new AbortController().signal,
      });
      return { result, io };
    };
    expect((await run("plan")).result.ok).toBe(true);
    expect((await run("load")).result.ok).toBe(true);
    const { result, io } = await run("build");
    expect(result.ok).toBe(false);
    expect(result.artifactName).toBe("");
    const [error] = io.annotations.filter((a) => a.kind === "error");
    expect(error?.message).toMatch(
      /actions\/upload-artifact cannot upload this output file: products\/colons\/main\/build\/[^ ]*2025-01-01T00:00\.csv contains a colon/,
    );
    const uploaded = await fs.readdir(artifacts);
    expect(uploaded).toContain("lcr-build-e_colons-a1");
    expect(uploaded).not.toContain("lc-build-e_colons-a1");
  });
});

describe("artifacts that carry their own name", () => {
  it("upload into <uploadRoot>/<name>/<name>/, so a lone download keeps its folder", async () => {
    const root = path.join(dir, "layout");
    const store = new LocalArtifactStore(path.join(root, "artifacts"), path.join(root, "upload"));
    const source = path.join(root, "made");
    await fs.mkdir(path.join(source, "products"), { recursive: true });
    await fs.writeFile(path.join(source, "products", "x.txt"), "x");
    await store.upload("lc-plan-k-a1", source);
    const uploaded = store.uploadPathOf("lc-plan-k-a1");
    expect(uploaded).toBe(path.join(root, "upload", "lc-plan-k-a1"));
    expect(await fs.readdir(uploaded)).toEqual(["lc-plan-k-a1"]);
    // download-artifact v8 extracts a lone match (or any, merged) straight into its path
    await fs.cp(uploaded, store.root, { recursive: true });
    expect(await store.list("lc-")).toEqual(["lc-plan-k-a1"]);
    const back = path.join(root, "back");
    expect(await store.download("lc-plan-k-a1", back)).toBe(true);
    expect(await fs.readFile(path.join(back, "products", "x.txt"), "utf8")).toBe("x");
  });
});
