import { execFileSync } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadProjectOrThrow } from "../../src/config/project.js";
import { ingestDataset } from "../../src/ingest/ingest.js";
import { NodeProcessRunner } from "../../src/process/node-runner.js";
import { writeDirAtomically } from "../../src/store/atomic.js";
import { StoreLayout } from "../../src/store/layout.js";
import { stages } from "../../src/stages/index.js";
import type { StageContext } from "../../src/stages/types.js";
import { copyDemoRepo, REPO_ROOT, startDemoServer, type DemoServer } from "../support/demo-repo.js";

/** This suite's share of the demo (other engineers add products and templates of their own). */
const DEMO_TEMPLATES = ["dcp_boroughs", "dcp_community_districts", "dpr_parks", "dpr_playgrounds"];
const DEMO_PRODUCTS = ["borough_profile", "parks_access"];

let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer();
});
afterAll(() => server.stop());

const demoCopy = () => copyDemoRepo(server.url);

const csvRows = async (file: string) =>
  (await fs.readFile(file, "utf8"))
    .trim()
    .split("\n")
    .map((line) => line.split(","));

describe("demo content", () => {
  it("ingests the demo templates and runs both products' four stages", async () => {
    const root = await demoCopy();
    const { project } = await loadProjectOrThrow(root);
    const layout = new StoreLayout(path.join(root, ".lifecycle"));
    const runner = new NodeProcessRunner();
    for (const templateId of DEMO_TEMPLATES) {
      await ingestDataset({ project, layout, templateId, version: "20250101", runner });
    }
    const logs: string[] = [];
    for (const product of project.products.filter((p) => DEMO_PRODUCTS.includes(p.id))) {
      const ctx: StageContext = {
        project,
        product,
        partition: { key: "2025.1-main", version: "2025.1", note: "main", dimensions: {}, env: {} },
        layout,
        runner,
        signal: new AbortController().signal,
        log: (line) => logs.push(`${product.id}: ${line}`),
        runId: "demo",
      };
      for (const stage of Object.values(stages)) {
        const target = layout.stageDir(product.id, ctx.partition.key, stage.name);
        await writeDirAtomically(target, layout.tmpDir, (dir) => stage.run(ctx, dir));
      }
    }
    const boroughs = await csvRows(
      path.join(
        layout.stageDir("borough_profile", "2025.1-main", "build"),
        "output/borough_profile.csv",
      ),
    );
    expect(boroughs[0]).toEqual([
      "borocode",
      "boroname",
      "land_area_sqmi",
      "districts",
      "pop_2020",
      "hu_2020",
      "persons_per_sqmi",
      "persons_per_unit",
    ]);
    expect(boroughs.slice(1).map((row) => [row[1], row[3], row[4]])).toEqual([
      ["Manhattan", "12", "1694251"],
      ["Bronx", "12", "1472654"],
      ["Brooklyn", "18", "2736074"],
      ["Queens", "14", "2405464"],
      ["Staten Island", "3", "495747"],
    ]);
    const parksDir = layout.stageDir("parks_access", "2025.1-main", "package");
    const byBorough = await csvRows(path.join(parksDir, "output/parks_by_borough.csv"));
    expect(byBorough).toHaveLength(6);
    const manhattan = byBorough.find((row) => row[1] === "Manhattan");
    // Central Park (joint interest area 164) counts for Manhattan; Freshkills (Undeveloped) is excluded from Staten Island's parks.
    expect(manhattan?.[4]).toBe("1390.17");
    expect(byBorough.find((row) => row[1] === "Staten Island")?.[3]).toBe("3");
    const listing = execFileSync(
      "tar",
      ["-tzf", path.join(parksDir, "parks_access-2025.1-main.tar.gz")],
      {
        encoding: "utf8",
      },
    );
    expect(listing.split("\n")).toEqual(
      expect.arrayContaining(["README.md", "manifest.json", "output/parks_by_district.csv"]),
    );
    const manifest = JSON.parse(await fs.readFile(path.join(parksDir, "manifest.json"), "utf8"));
    expect(manifest.inputs).toEqual([
      { dataset: "dpr_parks", version: "20250101", import_as: "parks" },
      { dataset: "dcp_community_districts", version: "20250101", import_as: "districts" },
      { dataset: "dcp_boroughs", version: "20250101", import_as: "dcp_boroughs" },
      { dataset: "dpr_playgrounds", version: "20250101", import_as: "playgrounds" },
    ]);
    const playgrounds = await csvRows(path.join(parksDir, "output/playgrounds_by_borough.csv"));
    expect(playgrounds.slice(1).map((row) => [row[1], row[2]])).toEqual([
      ["Manhattan", "5"],
      ["Bronx", "3"],
      ["Brooklyn", "4"],
      ["Queens", "4"],
      ["Staten Island", "2"],
    ]);
    expect(logs).toContain("borough_profile: borough_profile: 8804190 residents in 5 boroughs");
  });
});

describe("demo through the built CLI", () => {
  const bin = path.join(REPO_ROOT, "build/src/cli/bin.js");

  it("materialises the demo products, then skips everything on the second run", async () => {
    await fs.access(bin).catch(() => {
      throw new Error(`${bin} is missing: run "npm run build" first (npm test does)`);
    });
    const root = await demoCopy();
    const run = () =>
      execFileSync(
        "node",
        [bin, "materialize", "--root", root, "--select", DEMO_PRODUCTS.join(",")],
        {
          encoding: "utf8",
          env: { ...process.env, CI: "1" },
        },
      );
    const first = run();
    expect(first).toMatch(/ok +borough_profile\.package/);
    expect(first).toMatch(/ok +parks_access\.package/);
    const second = run();
    expect(second).not.toMatch(/^ok /m);
    expect(second).toMatch(/skipped +parks_access\.build/);
    const productDir = path.join(root, ".lifecycle/products/parks_access");
    const [partition] = await fs.readdir(productDir);
    const packaged = await fs.readdir(path.join(productDir, partition ?? ""));
    expect(packaged).toEqual(expect.arrayContaining(["plan", "load", "build", "package"]));
  });
});
