import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli-run.js";
import { copyDemoRepo, startDemoServer, type DemoServer } from "../support/demo-repo.js";

let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer();
});
afterAll(() => server.stop());

describe("demo: a product reading another product's output", () => {
  it("builds borough_profile before borough_ranking and ranks from its output", async () => {
    const root = await copyDemoRepo(server.url);
    const run = await runCli(["materialize", "--select", "+borough_ranking"], { cwd: root });
    expect(run.stderr).not.toMatch(/\bfailed\b/);
    expect(run.code).toBe(0);
    const events = (await fs.readFile(path.join(root, ".lifecycle/events.jsonl"), "utf8"))
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { asset: string; status: string; end: string });
    const ended = (asset: string) =>
      events.find((e) => e.asset === asset && e.status === "success");
    const upstream = ended("borough_profile.package");
    const plan = ended("borough_ranking.plan");
    expect(upstream && plan).toBeTruthy();
    expect(events.indexOf(upstream as never)).toBeLessThan(events.indexOf(plan as never));
    const products = path.join(root, ".lifecycle/products");
    const [partition] = await fs.readdir(path.join(products, "borough_ranking"));
    const ranking = await fs.readFile(
      path.join(products, "borough_ranking", partition ?? "", "build/output/borough_ranking.csv"),
      "utf8",
    );
    expect(ranking.split("\n").slice(0, 2)).toEqual([
      "rank,boroname,persons_per_sqmi",
      expect.stringMatching(/^1,Manhattan,\d/),
    ]);
  });
});
