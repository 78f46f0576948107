// Universe module for `mic=<MIC>` specs: the instruments listed on a market on a date.
// Contract (docs/partitions.md): export getUniverse(date, value) returning instrument ids.
import fs from "node:fs/promises";

const INSTRUMENTS = new URL("../products/ohlcv/data/instruments.csv", import.meta.url);

export async function getUniverse(date, mic) {
  if (!mic) throw new Error("the mic universe needs a value, e.g. mic=XLON");
  const [, ...rows] = (await fs.readFile(INSTRUMENTS, "utf8")).trim().split("\n");
  return rows
    .map((row) => row.split(","))
    .filter(([rowMic, , listedFrom]) => rowMic === mic && listedFrom <= date)
    .map(([, symbol]) => symbol);
}
