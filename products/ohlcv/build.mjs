// OHLCV bars per instrument for one universe x date partition.
// Reads LIFECYCLE_UNIVERSE (e.g. mic=XLON, or mic=XLON+other to intersect), LIFECYCLE_START_DATE,
// LIFECYCLE_END_DATE, OHLCV_BUCKET_MINUTES (default 60) and data/trades.csv; writes ohlcv.csv and
// summary.json to LIFECYCLE_OUTPUT_DIR.
import fs from "node:fs/promises";
import path from "node:path";

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set; run through lifecycle materialize`);
  return value;
}

function bucketMinutes() {
  const text = process.env.OHLCV_BUCKET_MINUTES ?? "60";
  const minutes = Number(text);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440) {
    throw new Error(`OHLCV_BUCKET_MINUTES must be a whole number from 1 to 1440 (received ${JSON.stringify(text)})`);
  }
  return minutes;
}

async function members(spec, date) {
  const lists = [];
  for (const factor of spec.split("+")) {
    const eq = factor.indexOf("=");
    const name = eq < 0 ? factor : factor.slice(0, eq);
    const value = eq < 0 ? undefined : factor.slice(eq + 1);
    if (!/^[A-Za-z0-9_-]+$/.test(name)) throw new Error(`bad universe name ${JSON.stringify(name)}`);
    const module = await import(new URL(`../../universes/${name}.js`, import.meta.url).href);
    lists.push(await module.getUniverse(date, value));
  }
  const [first = [], ...rest] = lists;
  return new Set(first.filter((m) => rest.every((list) => list.includes(m))));
}

function readTrades(text, start, end, wanted) {
  const [header, ...rows] = text.trim().split("\n");
  if (header !== "timestamp,mic,symbol,price,size") throw new Error(`unexpected trades header: ${header}`);
  return rows
    .map((row) => {
      const [timestamp, mic, symbol, price, size] = row.split(",");
      return { timestamp, mic, symbol, price: Number(price), size: Number(size) };
    })
    .filter((t) => wanted.has(t.symbol) && t.timestamp.slice(0, 10) >= start && t.timestamp.slice(0, 10) <= end);
}

function bars(trades, minutes) {
  const byKey = new Map();
  for (const t of trades) {
    const bucket = Math.floor(Date.parse(t.timestamp) / (minutes * 60_000)) * minutes * 60_000;
    const key = `${t.mic},${t.symbol},${new Date(bucket).toISOString().replace(".000", "")}`;
    const bar = byKey.get(key);
    if (!bar) byKey.set(key, { open: t.price, high: t.price, low: t.price, close: t.price, volume: t.size, trades: 1 });
    else {
      bar.high = Math.max(bar.high, t.price);
      bar.low = Math.min(bar.low, t.price);
      bar.close = t.price;
      bar.volume += t.size;
      bar.trades += 1;
    }
  }
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
}

const universe = required("LIFECYCLE_UNIVERSE");
const start = required("LIFECYCLE_START_DATE");
const end = required("LIFECYCLE_END_DATE");
const output = required("LIFECYCLE_OUTPUT_DIR");
const minutes = bucketMinutes();
const wanted = await members(universe, start);
const trades = readTrades(await fs.readFile(new URL("data/trades.csv", import.meta.url), "utf8"), start, end, wanted);
const rows = bars(trades, minutes);
const lines = rows.map(([key, b]) =>
  [key, b.open.toFixed(2), b.high.toFixed(2), b.low.toFixed(2), b.close.toFixed(2), b.volume, b.trades].join(","),
);
await fs.writeFile(
  path.join(output, "ohlcv.csv"),
  `mic,symbol,bucket_start,open,high,low,close,volume,trades\n${lines.join("\n")}${lines.length ? "\n" : ""}`,
);
const summary = { universe, start, end, bucketMinutes: minutes, instruments: [...wanted].sort(), trades: trades.length, bars: rows.length };
await fs.writeFile(path.join(output, "summary.json"), `${JSON.stringify(summary, null, 2)}\n`);
console.log(`ohlcv ${universe} ${start}..${end}: ${trades.length} trades -> ${rows.length} bars of ${minutes} min`);
