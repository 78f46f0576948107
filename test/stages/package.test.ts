import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { StageFailure } from "../../src/core/errors.js";
import { createArchive } from "../../src/stages/archive.js";
import { stages } from "../../src/stages/index.js";
import { makeProject, productsYml, runStage, stageDir, type TestProject } from "./helpers.js";

const read = (file: string) => fs.readFile(file, "utf8");
const sha = (text: string) => createHash("sha256").update(text).digest("hex");
const tar = (...args: string[]) => execFileSync("tar", args, { encoding: "utf8" });

async function built(
  product: string,
): Promise<{ p: TestProject; ctx: Awaited<ReturnType<TestProject["context"]>> }> {
  const p = await makeProject({
    "products/products.yml": productsYml(`id: demo\nbuild_command: sh build.sh\n${product}`),
    "products/demo/recipe.yml": `name: Demo\nproduct: demo\ninputs:\n  datasets:\n  - name: parks\n    version: "7"\n    import_as: p\n`,
    "products/demo/build.sh": `mkdir -p $LIFECYCLE_OUTPUT_DIR/tables\nprintf 'a,b\\n1,2\\n' > $LIFECYCLE_OUTPUT_DIR/tables/summary.csv\necho hello > $LIFECYCLE_OUTPUT_DIR/readme.txt\n`,
  });
  await p.ingest("parks", "7");
  const ctx = await p.context("demo");
  for (const stage of [stages.plan, stages.load, stages.build]) await runStage(stage, ctx);
  return { p, ctx };
}

describe("package stage", () => {
  it("writes the manifest and a .tar.gz of the build outputs and the manifest", async () => {
    const { ctx } = await built("");
    const outcome = await runStage(stages.package, ctx);
    const dir = stageDir(ctx, "package");
    const manifest = JSON.parse(await read(path.join(dir, "manifest.json")));
    expect(manifest).toMatchObject({
      product: "demo",
      partition: "2025.1-main",
      version: "2025.1",
      note: "main",
      recipe: "products/demo/recipe.yml",
      inputs: [{ dataset: "parks", version: "7", import_as: "p" }],
      files: [
        { path: "output/readme.txt", bytes: 6, sha256: sha("hello\n") },
        { path: "output/tables/summary.csv", bytes: 8, sha256: sha("a,b\n1,2\n") },
      ],
      runId: "run-test",
    });
    expect(manifest.git).toBeUndefined();
    expect(manifest.timings.map((t: { stage: string }) => t.stage)).toEqual([
      "plan",
      "load",
      "build",
      "package",
    ]);
    for (const t of manifest.timings) expect(t.durationMs).toBeGreaterThanOrEqual(0);
    const archive = path.join(dir, "demo-2025.1-main.tar.gz");
    expect(tar("-tzf", archive).trim().split("\n")).toEqual([
      "manifest.json",
      "output/",
      "output/readme.txt",
      "output/tables/",
      "output/tables/summary.csv",
    ]);
    const extracted = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-extract-"));
    tar("-xzf", archive, "-C", extracted);
    expect(JSON.parse(await read(path.join(extracted, "manifest.json")))).toEqual(manifest);
    expect(await read(path.join(extracted, "output/tables/summary.csv"))).toBe("a,b\n1,2\n");
    expect(outcome.metadata).toMatchObject({ archive: "demo-2025.1-main.tar.gz", files: 2 });
    expect(outcome.metadata.sha256).toBe(
      createHash("sha256")
        .update(await fs.readFile(archive))
        .digest("hex"),
    );
  });

  it("runs package_command before archiving, with LIFECYCLE_PACKAGE_DIR, and records the git commit", async () => {
    const { p, ctx } = await built(
      `package_command: "echo packaged $LIFECYCLE_PRODUCT > $LIFECYCLE_PACKAGE_DIR/NOTES.md; ls $LIFECYCLE_OUTPUT_DIR > $LIFECYCLE_PACKAGE_DIR/listing.txt"`,
    );
    const git = (...args: string[]) =>
      execFileSync("git", args, {
        cwd: p.root,
        encoding: "utf8",
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: "t",
          GIT_AUTHOR_EMAIL: "t@example.com",
          GIT_COMMITTER_NAME: "t",
          GIT_COMMITTER_EMAIL: "t@example.com",
        },
      });
    git("init", "-q");
    git("add", "products");
    git("commit", "-q", "-m", "demo");
    const commit = git("rev-parse", "HEAD").trim();
    await runStage(stages.package, ctx);
    const dir = stageDir(ctx, "package");
    const manifest = JSON.parse(await read(path.join(dir, "manifest.json")));
    expect(manifest.git).toEqual({ commit });
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual([
      "NOTES.md",
      "listing.txt",
      "logs/1-package_command.log",
      "output/readme.txt",
      "output/tables/summary.csv",
    ]);
    expect(manifest.package_command).toMatchObject({ exitCode: 0 });
    expect(await read(path.join(dir, "listing.txt"))).toBe("readme.txt\ntables\n");
    expect(tar("-tzf", path.join(dir, "demo-2025.1-main.tar.gz"))).toContain("NOTES.md\n");
  });

  it("a failing package_command fails the stage and keeps the previous package", async () => {
    const { p, ctx } = await built("");
    await runStage(stages.package, ctx);
    const before = await fs.readFile(path.join(stageDir(ctx, "package"), "manifest.json"));
    await p.write(
      "products/products.yml",
      productsYml(`id: demo\nbuild_command: sh build.sh\npackage_command: "echo nope >&2; exit 4"`),
    );
    const error = await runStage(stages.package, await p.context("demo")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StageFailure);
    expect(String(error)).toMatch(/command "package_command" exit code 4 .*package\.failed-logs/);
    const kept = path.join(p.layout.partitionDir("demo", ctx.partition.key), "package.failed-logs");
    expect(await read(path.join(kept, "1-package_command.log"))).toContain("nope");
    expect(await fs.readFile(path.join(stageDir(ctx, "package"), "manifest.json"))).toEqual(before);
  });
});

describe("archive", () => {
  async function tree() {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-archive-"));
    const long = `${"d".repeat(60)}/${"e".repeat(60)}/file-with-a-long-name.csv`;
    const files: Record<string, string> = {
      "manifest.json": "{}\n",
      "output/b.csv": "b\n",
      "output/a.csv": "a".repeat(1500),
      [`output/${long}`]: "long\n",
      "-odd.txt": "odd\n",
    };
    for (const [name, text] of Object.entries(files)) {
      await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await fs.writeFile(path.join(dir, name), text);
    }
    return { dir, files };
  }

  it("every file round-trips through tar, and the same files give the same bytes", async () => {
    const { dir, files } = await tree();
    const options = {
      dir,
      exclude: ["x.tar.gz", "y.tar.gz"],
      signal: new AbortController().signal,
    };
    const first = await createArchive({ ...options, archive: path.join(dir, "x.tar.gz") });
    await fs.utimes(path.join(dir, "output/b.csv"), new Date(), new Date(2001, 1, 1));
    await fs.utimes(path.join(dir, "output"), new Date(), new Date(1999, 1, 1));
    await createArchive({ ...options, archive: path.join(dir, "y.tar.gz") });
    const bytes = await fs.readFile(path.join(dir, "x.tar.gz"));
    expect(bytes).toEqual(await fs.readFile(path.join(dir, "y.tar.gz")));
    expect(first).toEqual({
      bytes: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
    });
    expect(bytes.readUInt32LE(4)).toBe(0); // the gzip header carries no timestamp
    const listed = tar("-tzf", path.join(dir, "x.tar.gz")).trim().split("\n");
    expect(listed.filter((l) => !l.endsWith("/")).sort()).toEqual(Object.keys(files).sort());
    expect(listed.slice(0, 3)).toEqual(["-odd.txt", "manifest.json", "output/"]);
    const out = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-extract-"));
    tar("-xzf", path.join(dir, "x.tar.gz"), "-C", out);
    for (const [name, text] of Object.entries(files))
      expect(await read(path.join(out, name))).toBe(text);
  });

  it("a copy of the tree made later, elsewhere, with other modes and mtimes, gives the same bytes", async () => {
    const a = await tree();
    const b = await tree();
    await fs.chmod(path.join(b.dir, "output/a.csv"), 0o600);
    await fs.utimes(path.join(b.dir, "manifest.json"), new Date(), new Date(2010, 5, 5));
    const signal = new AbortController().signal;
    const x = await createArchive({
      dir: a.dir,
      exclude: ["t.tar.gz"],
      archive: path.join(a.dir, "t.tar.gz"),
      signal,
    });
    const y = await createArchive({
      dir: b.dir,
      exclude: ["t.tar.gz"],
      archive: path.join(b.dir, "t.tar.gz"),
      signal,
    });
    expect(y).toEqual(x);
    const verbose = tar("-tvzf", path.join(a.dir, "t.tar.gz"));
    expect(verbose).toMatch(/^-rw-r--r-- 0\/0 +1500 1970-01-01 00:00 output\/a\.csv$/m);
    expect(verbose).toMatch(/^drwxr-xr-x 0\/0 +0 1970-01-01 00:00 output\/$/m);
  });

  it("keeps the executable bit and refuses symbolic links", async () => {
    const { dir } = await tree();
    await fs.chmod(path.join(dir, "output/b.csv"), 0o700);
    const signal = new AbortController().signal;
    await createArchive({
      dir,
      exclude: ["t.tar.gz"],
      archive: path.join(dir, "t.tar.gz"),
      signal,
    });
    expect(tar("-tvzf", path.join(dir, "t.tar.gz"))).toMatch(
      /^-rwxr-xr-x 0\/0 .* output\/b\.csv$/m,
    );
    await fs.symlink("/etc/passwd", path.join(dir, "output/link"));
    await expect(
      createArchive({ dir, exclude: ["u.tar.gz"], archive: path.join(dir, "u.tar.gz"), signal }),
    ).rejects.toThrow(/symbolic link not allowed: .*output\/link/);
  });
});
