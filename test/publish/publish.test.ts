import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readEvents } from "../../src/store/events.js";
import { StoreLayout } from "../../src/store/layout.js";
import { runCli } from "../cli-run.js";
import { makeProject, type TestProject } from "../engine/helpers.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const binary = path.join(repoRoot, "build/src/cli/bin.js");

async function builtProject(
  build = 'echo "v1" > "$LIFECYCLE_OUTPUT_DIR/out.txt"',
): Promise<TestProject> {
  const project = await makeProject([{ id: "p", build_command: build }]);
  const products = `products:\n  - id: p\n    version: "24v2"\n    build_command: ${JSON.stringify(build)}\n`;
  await fs.writeFile(path.join(project.root, "products/products.yml"), products);
  const built = await runCli(["materialize"], { cwd: project.root, env: process.env });
  expect(built.code).toBe(0);
  return project;
}

const cli = (project: TestProject, ...argv: string[]) =>
  runCli(argv, { cwd: project.root, env: process.env });

async function readRelease(layout: StoreLayout, dir: string): Promise<{ version: string }> {
  return JSON.parse(
    await fs.readFile(path.join(layout.root, "published", "p", dir, "release.json"), "utf8"),
  ) as {
    version: string;
  };
}

describe("publish draft and release (local store)", () => {
  it("draft -> release -> latest; a version is never published twice; --patch publishes the next patch", async () => {
    const project = await builtProject();
    const layout = new StoreLayout(project.store);
    expect((await cli(project, "publish", "draft", "p", "--partition", "main")).stdout).toBe(
      "p: main is draft 24v2/1\n",
    );
    const second = await cli(
      project,
      "publish",
      "draft",
      "p",
      "--partition",
      "main",
      "--summary",
      "Fix typo!",
    );
    expect(second.stdout).toBe("p: main is draft 24v2/2-fix-typo\n");
    const draftFile = path.join(layout.root, "drafts/p/24v2/1/manifest.json");
    expect(JSON.parse(await fs.readFile(draftFile, "utf8"))).toMatchObject({
      product: "p",
      version: "24v2",
    });

    const released = await cli(
      project,
      "publish",
      "release",
      "p",
      "--version",
      "24v2",
      "--from-draft",
      "1",
    );
    expect(released.stdout).toBe("p: published 24v2 from draft 24v2/1, now latest\n");
    expect(await readRelease(layout, "24v2")).toMatchObject({
      version: "24v2",
      draft: { revision: "1" },
    });
    expect(await readRelease(layout, "latest")).toMatchObject({ version: "24v2" });

    const again = await cli(project, "publish", "release", "p", "--version", "24v2");
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(
      "version 24v2 is published already and is never overwritten; give --patch",
    );

    const patched = await cli(project, "publish", "release", "p", "--version", "24v2", "--patch");
    expect(patched.stdout).toBe("p: published 24v2.0.1 from draft 24v2/2-fix-typo, now latest\n");
    expect(await readRelease(layout, "latest")).toMatchObject({ version: "24v2.0.1" });
    expect(await readRelease(layout, "24v2")).toMatchObject({ version: "24v2" });

    const listed = await cli(project, "publish", "list", "p", "--format", "json");
    expect(JSON.parse(listed.stdout)).toEqual({
      product: "p",
      published: ["24v2", "24v2.0.1"],
      latest: "24v2.0.1",
      drafts: { "24v2": ["1", "2-fix-typo"] },
    });
    const events = (await readEvents(layout)).filter(
      (e) => e.asset.startsWith("p.") && /draft|release/.test(e.asset),
    );
    expect(events.map((e) => `${e.asset}@${e.partition}`)).toEqual([
      "p.draft@24v2",
      "p.draft@24v2",
      "p.release@24v2",
      "p.release@24v2.0.1",
    ]);
  });

  it("explains what is missing: no package, no draft", async () => {
    const project = await builtProject();
    const noPackage = await cli(project, "publish", "draft", "p", "--partition", "nightly_qa");
    expect(noPackage.code).toBe(2);
    expect(noPackage.stderr).toContain(
      "p [nightly_qa] has no package in the store; materialize it first",
    );
    const noDraft = await cli(project, "publish", "release", "p", "--version", "24v9");
    expect(noDraft.stderr).toContain("p 24v9 has no draft; drafts: none");
  });

  it("a killed publish leaves latest where it was, whole and readable", async () => {
    // A big enough package that a kill lands while it is being copied.
    const build =
      'for i in $(seq 1 40); do head -c 1000000 /dev/urandom > "$LIFECYCLE_OUTPUT_DIR/f$i.bin"; done';
    const project = await builtProject(build);
    const layout = new StoreLayout(project.store);
    expect((await cli(project, "publish", "draft", "p", "--partition", "main")).code).toBe(0);
    expect((await cli(project, "publish", "release", "p", "--version", "24v2")).code).toBe(0);
    expect((await cli(project, "publish", "draft", "p", "--partition", "main")).code).toBe(0);
    // Kills spread over the command's run (about 0.5-2.5 s here): before, during and after the copy.
    for (const delayMs of [150, 400, 800, 1200]) {
      const child = spawn(
        process.execPath,
        [binary, "publish", "release", "p", "--version", "24v2", "--patch"],
        {
          cwd: project.root,
          stdio: "ignore",
        },
      );
      // Listen before the kill: a run that already ended has fired its exit event.
      const exited = new Promise((resolve) => child.once("exit", resolve));
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      child.kill("SIGKILL");
      await exited;
      const latest = await readRelease(layout, "latest");
      expect(["24v2", "24v2.0.1"]).toContain(latest.version);
      const files = await fs.readdir(path.join(layout.root, "published/p/latest/output"));
      expect(files).toHaveLength(40);
      const patchWritten = await fs.stat(path.join(layout.root, "published/p/24v2.0.1")).then(
        () => true,
        () => false,
      );
      if (patchWritten) break;
    }
    // A kill between the version's write and latest's leaves the version published and latest
    // where it was; `publish latest` moves it, and a publish that did not start publishes now.
    const published = JSON.parse(
      (await cli(project, "publish", "list", "p", "--format", "json")).stdout,
    ) as {
      published: string[];
      latest: string;
    };
    if (!published.published.includes("24v2.0.1")) {
      expect(
        (await cli(project, "publish", "release", "p", "--version", "24v2", "--patch")).code,
      ).toBe(0);
    } else if (published.latest !== "24v2.0.1") {
      expect((await cli(project, "publish", "latest", "p", "--version", "24v2.0.1")).code).toBe(0);
    }
    expect((await readRelease(layout, "latest")).version).toBe("24v2.0.1");
    const back = await cli(project, "publish", "latest", "p", "--version", "24v2");
    expect(back.stderr).toContain(
      "24v2 is older than latest (24v2.0.1); give --allow-older to roll back",
    );
  }, 180_000);
});
