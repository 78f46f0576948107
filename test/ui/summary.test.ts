import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { linksFromEnv, runSummaryMarkdown } from "../../src/github/run-summary.js";
import { LocalArtifactStore } from "../../src/github/transfer.js";
import type { EventRecord } from "../../src/store/events.js";

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
});

function record(asset: string, status: EventRecord["status"], extra: Partial<EventRecord> = {}) {
  return {
    asset,
    partition: "2026-11-01",
    status,
    start: "2026-11-01T00:00:00.000Z",
    end: "2026-11-01T00:00:02.000Z",
    durationMs: 2000,
    runId: "r1",
    fingerprint: "f",
    metadata: {},
    ...extra,
  } satisfies EventRecord;
}

/** Two stage jobs' records artifacts, as the reusable workflow downloads them. */
async function artifacts(): Promise<LocalArtifactStore> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "lc-summary-"));
  dirs.push(root);
  const store = new LocalArtifactStore(root);
  const jobs: Record<string, EventRecord[]> = {
    "lcr-plan": [record("good.plan", "success"), record("bad.plan", "success")],
    "lcr-load": [
      record("good.load", "success"),
      record("bad.load", "failed", {
        error:
          "command `python load.py` exited with code 3\nreading zoning.csv\nTraceback (most recent call last)\nKeyError: 'bbl'",
      }),
    ],
    "lcr-package": [record("good.package", "success")],
  };
  for (const [name, records] of Object.entries(jobs)) {
    await fs.mkdir(store.pathOf(name), { recursive: true });
    const lines = records.map((r) => `${JSON.stringify(r)}\n`).join("");
    await fs.writeFile(path.join(store.pathOf(name), "events.jsonl"), lines);
  }
  return store;
}

describe("run summary", () => {
  it("leads with totals and the failure's error, lists the blocked tasks, orders plan -> package", async () => {
    const markdown = await runSummaryMarkdown(await artifacts(), {
      jobUrl: "https://github.com/o/r/actions/runs/7",
      siteUrl: "https://o.github.io/r/",
    });
    const lines = markdown.split("\n").filter((l) => l.trim() !== "");
    expect(lines[0]).toBe("## lifecycle: run summary");
    expect(lines[1]).toMatch(
      /^\*\*1 failed\*\* · 2 blocked · 0 cancelled · 4 succeeded · 0 up to date \(7 tasks\)$/,
    );
    expect(lines[2]).toBe(
      "[status site](https://o.github.io/r/) · [workflow run](https://github.com/o/r/actions/runs/7)",
    );
    expect(lines[3]).toBe("### Failures");
    expect(lines[4]).toContain("`bad.load` @ `2026-11-01`");
    expect(lines[4]).toContain("[job log](https://github.com/o/r/actions/runs/7)");
    expect(lines[5]).toBe("> command `python load.py` exited with code 3");
    const tail = markdown.indexOf("KeyError: 'bbl'");
    expect(tail).toBeGreaterThan(markdown.indexOf("log tail"));
    const blocked = markdown.slice(markdown.indexOf("### Blocked"), markdown.indexOf("### Tasks"));
    expect(blocked).toContain("| bad.build | 2026-11-01 | `bad.load` did not succeed |");
    expect(blocked).toContain("| bad.package | 2026-11-01 |");
    expect(blocked).not.toContain("good.");
    const tasks = markdown.slice(markdown.indexOf("### Tasks"));
    const order = ["bad.plan", "good.plan", "bad.load", "good.load", "good.package"].map((a) =>
      tasks.indexOf(`| ${a} |`),
    );
    expect(order.every((at, i) => at > 0 && (i === 0 || at > (order[i - 1] ?? 0)))).toBe(true);
  });

  it("links the job from the runner's variables", () => {
    expect(
      linksFromEnv({
        GITHUB_SERVER_URL: "https://github.com",
        GITHUB_REPOSITORY: "o/r",
        GITHUB_RUN_ID: "42",
      }),
    ).toEqual({ jobUrl: "https://github.com/o/r/actions/runs/42", siteUrl: undefined });
  });
});
