import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PartitionRunError, UniverseRegistry, runPartition } from "../../src/partitions/run.js";
import { PartitionRun } from "../../src/partitions/universe.js";

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-universes-"));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("runPartition", () => {
  it("resolves members per processed day when the universe module says its membership changes", async () => {
    await fs.writeFile(
      path.join(dir, "listings.js"),
      [
        "export const membershipChanges = true;",
        "export function getUniverse(date) { return date < '2025-01-03' ? ['A'] : ['A', 'B']; }",
      ].join("\n"),
    );
    await fs.writeFile(
      path.join(dir, "fixed.js"),
      "export function getUniverse(date) { return date < '2025-01-03' ? ['A'] : ['A', 'B']; }\n",
    );
    const universes = new UniverseRegistry(dir);
    const run = (spec: string) =>
      runPartition({
        baseConfig: {},
        partition: `${spec}:2025-01-02_2025-01-04`,
        universes,
        pipeline: (c) => c,
      });
    const changing = await run("listings");
    expect(changing.UNIVERSE_MEMBERS_BY_DATE).toEqual({
      "2025-01-02": ["A"],
      "2025-01-03": ["A", "B"],
      "2025-01-04": ["A", "B"],
    });
    expect(changing.UNIVERSE_MEMBERS).toEqual(["A", "B"]);
    const fixed = await run("fixed");
    expect(fixed.UNIVERSE_MEMBERS).toEqual(["A"]);
    expect(fixed.UNIVERSE_MEMBERS_BY_DATE).toBeUndefined();
  });

  it("runs the pipeline with a copy of the config and calls onResult(partition, config, result)", async () => {
    const baseConfig = { threshold: 3 };
    const calls: unknown[][] = [];
    const result = await runPartition({
      baseConfig,
      defaultGetUniverse: (date, value) => [`${date}/${value ?? "none"}`],
      partition: "default:2025-01-03_2025-01-09",
      pipeline: (config) => `ran ${config.UNIVERSE} ${config.START_DATE}..${config.END_DATE}`,
      onResult: (partition, config, value) => {
        calls.push([partition, config, value]);
      },
    });
    expect(result).toBe("ran default 2025-01-03..2025-01-09");
    expect(calls).toHaveLength(1);
    const [partition, config, value] = calls[0] ?? [];
    expect(partition).toBeInstanceOf(PartitionRun);
    expect((partition as PartitionRun).key).toBe("default:2025-01-03_2025-01-09");
    expect(config).toEqual({
      threshold: 3,
      START_DATE: "2025-01-03",
      END_DATE: "2025-01-09",
      UNIVERSE: "default",
      UNIVERSE_MEMBERS: ["2025-01-03/none"],
    });
    expect(value).toBe(result);
    expect(baseConfig).toEqual({ threshold: 3 });
  });

  it("intersects the members of a product of universes", async () => {
    const universes = new UniverseRegistry(dir)
      .register("mic", (_date, mic) => (mic === "XLON" ? ["VOD", "BP", "HSBA"] : ["AIR"]))
      .register("liquid", () => ["HSBA", "AIR", "VOD"]);
    const members = await runPartition({
      baseConfig: {},
      partition: "mic=XLON+liquid:2025-01-03",
      universes,
      pipeline: (config) => config.UNIVERSE_MEMBERS,
    });
    expect(members).toEqual(["VOD", "HSBA"]);
  });

  it("loads universes/<name>.js modules exporting getUniverse(date, value)", async () => {
    await fs.writeFile(
      path.join(dir, "sector.js"),
      "export function getUniverse(date, value) { return [`${value}@${date}`]; }\n",
    );
    const members = await runPartition({
      baseConfig: {},
      partition: "sector=tech:2025-02-01",
      universes: new UniverseRegistry(dir),
      pipeline: (config) => config.UNIVERSE_MEMBERS,
    });
    expect(members).toEqual(["tech@2025-02-01"]);
  });

  it("explains a .ts universe module this Node cannot import", async () => {
    await fs.writeFile(
      path.join(dir, "typed.ts"),
      "export function getUniverse(): string[] { return []; }\n",
    );
    const typescript = Boolean((process.features as { typescript?: unknown }).typescript);
    const attempt = runPartition({
      baseConfig: {},
      partition: "typed:2025-02-01",
      universes: new UniverseRegistry(dir),
      pipeline: (config) => config.UNIVERSE_MEMBERS,
    });
    if (typescript) await expect(attempt).resolves.toEqual([]);
    else await expect(attempt).rejects.toThrow(/is TypeScript.*compile it to typed\.js/);
  });

  it("names the partition when anything fails, and does not call onResult", async () => {
    let called = false;
    const failing = runPartition({
      baseConfig: {},
      defaultGetUniverse: () => ["A"],
      partition: "default:2025-01-03",
      pipeline: () => {
        throw new Error("disk full");
      },
      onResult: () => {
        called = true;
      },
    });
    await expect(failing).rejects.toThrow(PartitionRunError);
    await expect(failing).rejects.toThrow("partition default:2025-01-03: disk full");
    expect(called).toBe(false);
    const unknown = runPartition({
      baseConfig: {},
      partition: "nowhere=x:2025-01-03",
      universes: new UniverseRegistry(dir),
      pipeline: () => undefined,
    });
    await expect(unknown).rejects.toThrow(
      /partition nowhere=x:2025-01-03: unknown universe "nowhere"/,
    );
  });
});
