#!/usr/bin/env node
// Deterministic synthetic trades for the OHLCV demo product (products/ohlcv).
// Same seed, same bytes: `node scripts/generate-trades.mjs [outDir]` rewrites
// products/ohlcv/data/{instruments,trades}.csv; test/partitions/ohlcv.test.ts checks they match.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const SEED = 20250106;
export const DAYS = ["2025-01-06", "2025-01-07", "2025-01-08", "2025-01-09", "2025-01-10"];
export const INSTRUMENTS = [
  { mic: "XLON", symbol: "VOD", price: 72.5, open: "08:00", close: "16:30", utcOffsetHours: 0 },
  { mic: "XLON", symbol: "BP", price: 465.2, open: "08:00", close: "16:30", utcOffsetHours: 0 },
  { mic: "XLON", symbol: "HSBA", price: 778.4, open: "08:00", close: "16:30", utcOffsetHours: 0 },
  { mic: "XPAR", symbol: "AIR", price: 154.3, open: "09:00", close: "17:30", utcOffsetHours: 1 },
  { mic: "XPAR", symbol: "MC", price: 640.1, open: "09:00", close: "17:30", utcOffsetHours: 1 },
  { mic: "XPAR", symbol: "OR", price: 345.6, open: "09:00", close: "17:30", utcOffsetHours: 1 },
];
const TRADES_PER_DAY = 40;

/** mulberry32: a small seeded PRNG with a full 2^32 period. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function minutesOf(hhmm) {
  const [h, m] = hhmm.split(":").map(Number);
  return h * 60 + m;
}

function tradesFor(instrument, day, random, state) {
  const open = minutesOf(instrument.open) - instrument.utcOffsetHours * 60;
  const session = (minutesOf(instrument.close) - minutesOf(instrument.open)) * 60;
  const seconds = Array.from({ length: TRADES_PER_DAY }, () => Math.floor(random() * session)).sort(
    (a, b) => a - b,
  );
  return seconds.map((s) => {
    state.price = Math.max(1, state.price * (1 + (random() - 0.5) * 0.004));
    const at = new Date(Date.parse(`${day}T00:00:00Z`) + (open * 60 + s) * 1000);
    const size = 10 * (1 + Math.floor(random() * 50));
    return `${at.toISOString().replace(".000", "")},${instrument.mic},${instrument.symbol},${state.price.toFixed(2)},${size}`;
  });
}

/** The two CSV files, as strings. */
export function generate(seed = SEED) {
  const random = mulberry32(seed);
  const rows = [];
  for (const instrument of INSTRUMENTS) {
    const state = { price: instrument.price };
    for (const day of DAYS) rows.push(...tradesFor(instrument, day, random, state));
  }
  rows.sort();
  const instruments = INSTRUMENTS.map((i) => `${i.mic},${i.symbol},${DAYS[0]}`);
  return {
    "instruments.csv": `mic,symbol,listed_from\n${instruments.join("\n")}\n`,
    "trades.csv": `timestamp,mic,symbol,price,size\n${rows.join("\n")}\n`,
  };
}

function isMain() {
  return (
    process.argv[1] !== undefined &&
    path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
  );
}

if (isMain()) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const outDir = path.resolve(
    process.argv[2] ?? path.join(here, "..", "products", "ohlcv", "data"),
  );
  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(generate())) {
    fs.writeFileSync(path.join(outDir, name), text);
    console.log(`wrote ${path.join(outDir, name)}`);
  }
}
