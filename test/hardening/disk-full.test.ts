import { execFileSync } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../cli-run.js";

/** A 2 MiB tmpfs to hold the store, where this process may mount one (root on Linux). */
async function tinyDisk(): Promise<string | undefined> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-full-"));
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=2m", "tmpfs", dir], { stdio: "ignore" });
    return dir;
  } catch {
    return undefined;
  }
}

const mounted: string[] = [];
afterAll(() => {
  for (const dir of mounted) execFileSync("umount", [dir]);
});

describe("a full disk", () => {
  it("fails the stage naming the store's directory, and the stage's record says so", async (context) => {
    const store = await tinyDisk();
    if (store === undefined) return context.skip("cannot mount a tmpfs here (needs root)");
    mounted.push(store);
    const root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-full-project-"));
    await fs.mkdir(path.join(root, "products"));
    await fs.writeFile(
      path.join(root, "products/products.yml"),
      `products:\n- id: p\n  build_command: 'head -c 700000 /dev/urandom > "$LIFECYCLE_OUTPUT_DIR/big.bin"'\n`,
    );
    const result = await runCli(["materialize", "--root", root, "--store", store], { cwd: root });
    expect(result.code).toBe(1);
    const where = `no space left on the device holding ${path.join(store, "tmp")} (ENOSPC`;
    expect(`${result.stdout}${result.stderr}`).toContain(where);
    const events = (await fs.readFile(path.join(store, "events.jsonl"), "utf8")).trim().split("\n");
    const failed = events.map((line) => JSON.parse(line) as { status: string; error?: string });
    expect(failed.find((r) => r.status === "failed")?.error).toContain(where);
  }, 60_000);
});
