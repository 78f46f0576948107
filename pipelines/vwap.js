// A discovered pipeline (docs/partitions.md, "Pipeline discovery"): this module becomes the
// product `vwap`. lifecycle runs `run(config)` once per universe x date partition, with
// UNIVERSE_MEMBERS resolved by universes/mic.js. It writes the volume-weighted average price per
// instrument and day from the OHLCV demo's synthetic trades.
import fs from "node:fs/promises";
import path from "node:path";

export const description =
  "Volume-weighted average price per instrument and day (discovered pipeline).";
export const version = "1.0";
export const tags = ["demo", "market-data"];
export const partitions = {
  universe: ["mic=XLON", "mic=XPAR"],
  date: { start: "2025-01-06", end: "2025-01-10", timezone: "Europe/London", batch: "auto" },
};

const TRADES = new URL("../products/ohlcv/data/trades.csv", import.meta.url);

export async function run(config) {
  const members = new Set(config.UNIVERSE_MEMBERS);
  const [, ...rows] = (await fs.readFile(TRADES, "utf8")).trim().split("\n");
  const totals = new Map();
  for (const row of rows) {
    const [timestamp, mic, symbol, price, size] = row.split(",");
    const day = timestamp.slice(0, 10);
    if (!members.has(symbol) || day < config.START_DATE || day > config.END_DATE) continue;
    const key = `${day},${mic},${symbol}`;
    const total = totals.get(key) ?? { notional: 0, volume: 0 };
    total.notional += Number(price) * Number(size);
    total.volume += Number(size);
    totals.set(key, total);
  }
  const lines = [...totals.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, t]) => `${key},${(t.notional / t.volume).toFixed(4)},${t.volume}`);
  await fs.writeFile(
    path.join(config.OUTPUT_DIR, "vwap.csv"),
    `date,mic,symbol,vwap,volume\n${lines.join("\n")}\n`,
  );
  console.log(
    `vwap ${config.UNIVERSE} ${config.START_DATE}..${config.END_DATE}: ${lines.length} rows`,
  );
  return lines.length;
}
