import { execFileSync } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";
import { describe, expect, it } from "vitest";
import { BUILT_CLI } from "../cli-run.js";
import { makeProject } from "../engine/helpers.js";

const CLEAR_LINE = new RegExp(`\r${String.fromCharCode(27)}\\[2K|\n`);

const tmux = (socket: string, ...args: string[]) =>
  execFileSync("tmux", ["-L", socket, ...args], { encoding: "utf8" });

async function waitFor(check: () => boolean, ms: number): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end;) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("timed out waiting for the run in tmux to finish");
}

describe("materialize in a real terminal (tmux, 80 columns)", () => {
  it("keeps one progress line that never wraps and leaves nothing behind", async () => {
    // Three long-named products building at once: their status line is far wider than 80.
    const products = [1, 2, 3].map((i) => ({
      id: `a_product_with_a_rather_long_name_number_${i}`,
      build_command: 'sleep 1; echo built > "$LIFECYCLE_OUTPUT_DIR/out.txt"',
    }));
    const project = await makeProject(products);
    const raw = path.join(project.root, "raw.log");
    const socket = `lifecycle-tty-${process.pid}`;
    const run = `script -q -f -c 'node ${BUILT_CLI} materialize --concurrency 3' ${raw}; echo EXIT=$?`;
    tmux(
      socket,
      "new-session",
      "-d",
      "-x",
      "80",
      "-y",
      "60",
      "-c",
      project.root,
      `${run}; sleep 60`,
    );
    try {
      const screen = () => tmux(socket, "capture-pane", "-p", "-t", "0");
      await waitFor(() => screen().includes("EXIT="), 90_000);
      const lines = screen().split("\n");
      expect(lines.some((l) => l.includes("EXIT=0"))).toBe(true);
      expect(lines.some((l) => /done in .*: 12 succeeded/.test(l))).toBe(true);
      // A wrapped status line leaves its first row behind when it is cleared.
      expect(lines.filter((l) => l.includes("running:"))).toEqual([]);
      // Every status line written fits in 79 columns.
      const written = await fs.readFile(raw, "utf8");
      const statuses = written
        .split(CLEAR_LINE)
        .filter((s) => s.includes("running:"))
        .map((s) => stripVTControlCharacters(s).replace(/\r/g, ""));
      expect(statuses.length).toBeGreaterThan(0);
      expect(statuses.some((s) => s.endsWith("…"))).toBe(true);
      for (const status of statuses) expect(status.length).toBeLessThanOrEqual(79);
    } finally {
      tmux(socket, "kill-server");
    }
  }, 120_000);
});
