import { execFileSync } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hashDirectory } from "../../src/engine/fingerprint.js";
import { copyTree, describeFiles, listFiles } from "../../src/stages/files.js";
import { makeProject } from "../engine/helpers.js";
import { runBuiltCli } from "./helpers.js";

async function dirWith(make: (file: string) => void): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-special-"));
  await fs.mkdir(path.join(dir, "sub"));
  await fs.writeFile(path.join(dir, "sub/ok.txt"), "ok\n");
  make(path.join(dir, "sub/odd"));
  return dir;
}

const fifo = (file: string) => execFileSync("mkfifo", [file]);
const device = (file: string) => execFileSync("mknod", [file, "c", "1", "3"]);
const socket = (file: string) =>
  execFileSync("python3", [
    "-c",
    `import socket; socket.socket(socket.AF_UNIX).bind(${JSON.stringify(file)})`,
  ]);

describe("special files in a stage's files", () => {
  it("materialize fails the build whose output holds a FIFO, naming it, within seconds", async () => {
    const project = await makeProject([
      { id: "alpha", build_command: 'mkfifo "$LIFECYCLE_OUTPUT_DIR/f"' },
    ]);
    const result = await runBuiltCli(["materialize", "--root", project.root], {
      cwd: project.root,
      killAfterMs: 30_000,
    });
    expect(result.signal).toBeNull();
    expect(result.code).toBe(1);
    expect(result.ms).toBeLessThan(20_000);
    expect(`${result.stdout}${result.stderr}`).toMatch(/output\/f is a FIFO/);
  }, 40_000);

  for (const [kind, make] of [
    ["FIFO", fifo],
    ["character device", device],
    ["socket", socket],
  ] as const) {
    it(`every file walk refuses a ${kind}, naming it`, async () => {
      const dir = await dirWith(make);
      const named = new RegExp(`sub/odd is a ${kind}`);
      await expect(listFiles(dir)).rejects.toThrow(named);
      await expect(describeFiles(dir)).rejects.toThrow(named);
      await expect(copyTree(dir, `${dir}-copy`)).rejects.toThrow(named);
      await expect(hashDirectory(dir)).rejects.toThrow(named);
    }, 20_000);
  }
});
