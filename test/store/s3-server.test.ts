import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { startFaultProxy, startS3Server } from "../support/s3-server.js";

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("the moto test harness", () => {
  it("starts moto on a free port, creates buckets, and leaves no process behind", async () => {
    const server = await startS3Server(["one", "two"]);
    const listing = await (await fetch(server.url)).text();
    expect(listing).toContain("<Name>one</Name>");
    expect(listing).toContain("<Name>two</Name>");
    const port = new URL(server.url).port;
    const pids = execFileSync("ps", ["-eo", "pid,args"], { encoding: "utf8" })
      .split("\n")
      .filter((line) => line.includes("moto_server") && line.includes(`-p ${port}`))
      .map((line) => Number(line.trim().split(/\s+/)[0]));
    expect(pids.length).toBeGreaterThan(0);
    await server.stop();
    expect(pids.filter(running)).toEqual([]);
    await expect(fetch(server.url)).rejects.toThrow();
  });

  it("the fault proxy answers 500 and 503, stalls, then forwards; it counts every request", async () => {
    const server = await startS3Server(["bkt"]);
    const proxy = await startFaultProxy(server.url);
    try {
      proxy.faults.push({ kind: "status", status: 500 }, { kind: "status", status: 503 });
      proxy.faults.push({ kind: "stall" });
      expect((await fetch(proxy.url)).status).toBe(500);
      expect((await fetch(proxy.url)).status).toBe(503);
      await expect(fetch(proxy.url, { signal: AbortSignal.timeout(300) })).rejects.toThrow();
      const ok = await fetch(proxy.url);
      expect(await ok.text()).toContain("<Name>bkt</Name>");
      expect(proxy.requests).toEqual(["GET /", "GET /", "GET /", "GET /"]);
    } finally {
      await proxy.close();
      await server.stop();
    }
  });
});
