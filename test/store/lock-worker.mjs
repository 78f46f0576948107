// One racer for test/store/lock.test.ts: take the store lock (built code), prove nobody else is
// inside while holding it, hold it a little, release. Exit 3 when someone else was inside.
import fs from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { acquireStoreLock } from "../../build/src/store/lock.js";

const [store, holdMs] = process.argv.slice(2);
const lock = await acquireStoreLock({
  store,
  command: "lock-worker",
  runId: `worker-${process.pid}`,
  timeoutSeconds: 30,
  pollMs: 10,
  log: (line) => process.stderr.write(`${line}\n`),
});
const inside = path.join(store, "inside");
try {
  await fs.writeFile(inside, String(process.pid), { flag: "wx" });
} catch {
  process.stdout.write(`two holders: ${await fs.readFile(inside, "utf8")} and ${process.pid}\n`);
  process.exitCode = 3;
}
await sleep(Number(holdMs));
await fs.rm(inside, { force: true });
await lock.release();
