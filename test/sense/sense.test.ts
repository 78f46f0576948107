import fs from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEvents } from "../../src/store/events.js";
import { StoreLayout } from "../../src/store/layout.js";
import { runCli } from "../cli-run.js";
import { makeProject, type TestProject } from "../engine/helpers.js";

const available = new Set(["2025-01-02", "2025-01-03"]);
let server: http.Server;
let base: string;
let project: TestProject;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const match = /^\/trades\/(\d{4}-\d{2}-\d{2})\.csv$/.exec(req.url ?? "");
    res.writeHead(match && available.has(match[1] ?? "") ? 200 : 404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const build = 'echo "$LIFECYCLE_PARTITION" > "$LIFECYCLE_OUTPUT_DIR/day.txt"';
  project = await makeProject([{ id: "bars", build_command: build }]);
  const products = [
    "products:",
    "  - id: bars",
    `    build_command: ${JSON.stringify(build)}`,
    "    partitions: { daily: { start: 2025-01-01, end: 2025-01-06 } }",
    "    observe:",
    `      - { name: trades, http: { url: "${base}/trades/{date}.csv" } }`,
  ].join("\n");
  await fs.writeFile(path.join(project.root, "products/products.yml"), `${products}\n`);
});
afterAll(() => server.close());

const sense = (...argv: string[]) =>
  runCli(["sense", ...argv], { cwd: project.root, env: process.env });

describe("lifecycle sense", () => {
  it("starts exactly the partitions whose observed input appeared, and nothing twice", async () => {
    expect((await sense("--dry-run")).stdout).toBe("bars: 2025-01-02, 2025-01-03\n");
    const first = await sense();
    expect(first.code).toBe(0);
    const layout = new StoreLayout(project.store);
    const built = async () =>
      (await readEvents(layout))
        .filter((e) => e.asset === "bars.package" && e.status === "success")
        .map((e) => e.partition)
        .sort();
    expect(await built()).toEqual(["2025-01-02", "2025-01-03"]);
    const second = await sense();
    expect(second.stdout).toBe("nothing to start: every observed partition is built or started\n");
    available.add("2025-01-04");
    const third = await sense("--format", "json");
    expect(JSON.parse(third.stdout.split("\n}\n")[0] + "\n}")).toEqual({
      due: [{ product: "bars", partitions: ["2025-01-04"] }],
      waiting: 0,
    });
    expect(await built()).toEqual(["2025-01-02", "2025-01-03", "2025-01-04"]);
  });

  it("--no-run records the partitions in the cursor without building them (the GitHub sensor dispatches)", async () => {
    available.add("2025-01-05");
    const recorded = await sense("--no-run");
    expect(recorded.stdout).toBe("bars: 2025-01-05\n");
    expect((await sense()).stdout).toBe(
      "nothing to start: every observed partition is built or started\n",
    );
    const cursor = JSON.parse(
      await fs.readFile(path.join(project.store, "sensors/cursor.json"), "utf8"),
    ) as { started: Record<string, string[]> };
    expect(cursor.started.bars).toEqual(["2025-01-02", "2025-01-03", "2025-01-04", "2025-01-05"]);
  });
});
