import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const product = path.join(repoRoot, "products/ohlcv");
const run = promisify(execFile);

let out: string;
beforeEach(async () => {
  out = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-ohlcv-"));
});
afterEach(async () => {
  await fs.rm(out, { recursive: true, force: true });
});

async function build(env: Record<string, string>) {
  return run(process.execPath, ["build.mjs"], {
    cwd: product,
    env: { ...process.env, LIFECYCLE_OUTPUT_DIR: out, ...env },
  });
}

function parseCsv(text: string) {
  const [header, ...rows] = text.trim().split("\n");
  const names = (header ?? "").split(",");
  return rows.map((row) => Object.fromEntries(row.split(",").map((v, i) => [names[i], v])));
}

describe("OHLCV demo", () => {
  it("regenerates the committed trades byte for byte", async () => {
    await run(process.execPath, [path.join(repoRoot, "scripts/generate-trades.mjs"), out]);
    for (const name of ["trades.csv", "instruments.csv"]) {
      expect(await fs.readFile(path.join(out, name), "utf8")).toBe(
        await fs.readFile(path.join(product, "data", name), "utf8"),
      );
    }
    const generator = await import(
      pathToFileURL(path.join(repoRoot, "scripts/generate-trades.mjs")).href
    );
    expect(generator.generate(1)["trades.csv"]).not.toBe(generator.generate(2)["trades.csv"]);
  });

  it("computes bars per instrument that agree with the trades", async () => {
    const env = {
      LIFECYCLE_UNIVERSE: "mic=XPAR",
      LIFECYCLE_START_DATE: "2025-01-07",
      LIFECYCLE_END_DATE: "2025-01-08",
    };
    const { stdout } = await build({ ...env, OHLCV_BUCKET_MINUTES: "120" });
    expect(stdout).toMatch(
      /ohlcv mic=XPAR 2025-01-07\.\.2025-01-08: 240 trades -> \d+ bars of 120 min/,
    );
    const bars = parseCsv(await fs.readFile(path.join(out, "ohlcv.csv"), "utf8"));
    const trades = parseCsv(
      await fs.readFile(path.join(product, "data/trades.csv"), "utf8"),
    ).filter(
      (t) => t.mic === "XPAR" && t.timestamp! >= "2025-01-07" && t.timestamp! < "2025-01-09",
    );
    expect(new Set(bars.map((b) => b.symbol))).toEqual(new Set(["AIR", "MC", "OR"]));
    expect(
      bars.every((b) => b.mic === "XPAR" && Number(b.bucket_start!.slice(11, 13)) % 2 === 0),
    ).toBe(true);
    const volume = (rows: Record<string, string | undefined>[], field: string) =>
      rows.reduce((s, r) => s + Number(r[field]), 0);
    expect(volume(bars, "volume")).toBe(volume(trades, "size"));
    expect(volume(bars, "trades")).toBe(trades.length);
    for (const bar of bars) {
      const [open, high, low, close] = [bar.open, bar.high, bar.low, bar.close].map(Number) as [
        number,
        number,
        number,
        number,
      ];
      expect(high).toBeGreaterThanOrEqual(Math.max(open, close));
      expect(low).toBeLessThanOrEqual(Math.min(open, close));
    }
    const first = bars.find((b) => b.symbol === "AIR");
    const firstTrade = trades.filter((t) => t.symbol === "AIR")[0];
    expect(first?.open).toBe(firstTrade?.price);
    const summary = JSON.parse(await fs.readFile(path.join(out, "summary.json"), "utf8"));
    expect(summary).toMatchObject({
      universe: "mic=XPAR",
      bucketMinutes: 120,
      instruments: ["AIR", "MC", "OR"],
      trades: 240,
    });
  });

  it("intersects universes and rejects a bad bucket size", async () => {
    await build({
      LIFECYCLE_UNIVERSE: "mic=XLON+mic=XPAR",
      LIFECYCLE_START_DATE: "2025-01-06",
      LIFECYCLE_END_DATE: "2025-01-06",
    });
    expect(JSON.parse(await fs.readFile(path.join(out, "summary.json"), "utf8"))).toMatchObject({
      instruments: [],
      bars: 0,
    });
    const failed = await build({
      LIFECYCLE_UNIVERSE: "mic=XLON",
      LIFECYCLE_START_DATE: "2025-01-06",
      LIFECYCLE_END_DATE: "2025-01-06",
      OHLCV_BUCKET_MINUTES: "0",
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toContain(
      'OHLCV_BUCKET_MINUTES must be a whole number from 1 to 1440 (received "0")',
    );
  });
});
