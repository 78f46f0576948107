import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * The action as a runner checks out its release: what `git ls-files` holds in `repo` (so new files
 * must be committed), dist/ from `dist` (LIFECYCLE_E2E_DIST, else the repo's own).
 */
export async function checkoutOfRelease(repo: string, target: string): Promise<void> {
  const { stdout } = await run("git", ["ls-files", "-z"], { cwd: repo, maxBuffer: 1 << 26 });
  for (const rel of stdout.split("\0").filter((f) => f !== "" && !f.startsWith("dist/"))) {
    if (!existsSync(path.join(repo, rel))) continue;
    await fs.mkdir(path.dirname(path.join(target, rel)), { recursive: true });
    await fs.copyFile(path.join(repo, rel), path.join(target, rel));
  }
  const dist = process.env.LIFECYCLE_E2E_DIST ?? path.join(repo, "dist");
  await fs.cp(dist, path.join(target, "dist"), { recursive: true });
}
