import os from "node:os";
import path from "node:path";
import fs from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_INGEST_LIMITS } from "../../src/config/ingest-limits.js";
import { download, FetchHttpClient, type HttpContext } from "../../src/ingest/http.js";
import {
  answer,
  gzipBomb,
  redirect,
  startFaultServer,
  trickle,
  truncated,
  type FaultServer,
} from "./fault-server.js";

const CSV = "a,b\n1,2\n";
let server: FaultServer;
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-faults-"));
  server = await startFaultServer({
    "/reset": (socket) => socket.destroy(),
    "/truncate": (socket) => truncated(socket, 1000, "a,b\n1,2\n"),
    "/short-length": (socket) => answer(socket, 200, { "content-length": 5 }, "a,b\n1,2\n3,4\n"),
    "/trickle-slow": (socket) => trickle(socket, "x".repeat(200), 50),
    "/trickle-ok": (socket) => trickle(socket, CSV, 10),
    "/loop-a": (socket) => redirect(socket, "/loop-b"),
    "/loop-b": (socket) => redirect(socket, "/loop-a", 301),
    "/to-file": (socket) => redirect(socket, "file:///etc/passwd"),
    "/429-then-ok": (socket, n) =>
      n === 1
        ? answer(socket, 429, { "retry-after": "1" }, "slow down")
        : answer(socket, 200, {}, CSV),
    "/503-date": (socket, n) =>
      n === 1
        ? answer(socket, 503, { "retry-after": new Date(Date.now() + 2000).toUTCString() })
        : answer(socket, 200, {}, CSV),
    "/429-forever": (socket) => answer(socket, 429, { "retry-after": "3600" }),
    "/huge": (socket) => answer(socket, 200, { "content-length": 10_000_000_000 }, ""),
    "/bomb": (socket) => gzipBomb(socket, 40_000_000),
    "/ok": (socket) => answer(socket, 200, { "content-type": "text/csv" }, CSV),
  });
});

afterAll(async () => {
  await server.close();
  expect(server.open()).toBe(0);
});

function context(overrides: Partial<HttpContext> = {}): HttpContext {
  return {
    client: new FetchHttpClient(),
    retry: { attempts: 3, backoffMs: 1_000, timeoutMs: 10_000 },
    ...overrides,
  };
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value?: T; error?: Error }> {
  const started = performance.now();
  try {
    const value = await run();
    return { ms: performance.now() - started, value };
  } catch (error) {
    return { ms: performance.now() - started, error: error as Error };
  }
}

const file = (name: string) => path.join(dir, name);
const fast = { attempts: 3, backoffMs: 10, timeoutMs: 10_000 };

describe("HTTP faults (a 127.0.0.1 server that misbehaves)", () => {
  it("a reset connection is retried, then fails naming the URL", async () => {
    const result = await timed(() =>
      download(context({ retry: fast }), `${server.url}/reset`, file("r")),
    );
    expect(result.error?.message).toMatch(/GET http:\/\/127\.0\.0\.1:\d+\/reset failed/);
    expect(server.hits.get("/reset")).toBe(3);
  });

  it("a body cut short of its Content-Length is retried, then fails", async () => {
    const result = await timed(() =>
      download(context({ retry: fast }), `${server.url}/truncate`, file("t")),
    );
    expect(result.error?.message).toMatch(/\/truncate failed/);
    expect(server.hits.get("/truncate")).toBe(3);
  });

  it("a Content-Length shorter than the body: exactly the declared bytes, no hang", async () => {
    const result = await download(context(), `${server.url}/short-length`, file("s"));
    expect(result.bytes).toBe(5);
  });

  it("a trickle that outlasts the per-attempt timeout fails with the timeout", async () => {
    const retry = { attempts: 2, backoffMs: 10, timeoutMs: 500 };
    const result = await timed(() =>
      download(context({ retry }), `${server.url}/trickle-slow`, file("ts")),
    );
    expect(result.error?.message).toMatch(/timed out after 500 ms/);
    expect(result.ms).toBeLessThan(5_000);
  });

  it("a trickle inside the timeout is read whole", async () => {
    const result = await download(context(), `${server.url}/trickle-ok`, file("to"));
    expect(await fs.readFile(file("to"), "utf8")).toBe(CSV);
    expect(result.bytes).toBe(CSV.length);
  });

  it("a redirect loop fails at once, with the chain", async () => {
    const result = await timed(() => download(context(), `${server.url}/loop-a`, file("l")));
    expect(result.error?.message).toMatch(/redirect loop: .*\/loop-a -> .*\/loop-b -> .*\/loop-a/);
    expect(server.hits.get("/loop-a")).toBe(1);
    expect(result.ms).toBeLessThan(900);
  });

  it("a redirect to file:// fails at once, with the chain", async () => {
    const result = await timed(() => download(context(), `${server.url}/to-file`, file("f")));
    expect(result.error?.message).toMatch(
      /a redirect to a file: URL.*\/to-file -> file:\/\/\/etc\/passwd/,
    );
    expect(server.hits.get("/to-file")).toBe(1);
    expect(result.ms).toBeLessThan(900);
  });

  it("429 with Retry-After: 1 waits a second, then succeeds", async () => {
    const retry = { attempts: 3, backoffMs: 1, timeoutMs: 10_000 };
    const result = await timed(() =>
      download(context({ retry }), `${server.url}/429-then-ok`, file("q")),
    );
    expect(result.error).toBeUndefined();
    expect(result.ms).toBeGreaterThanOrEqual(950);
    expect(server.hits.get("/429-then-ok")).toBe(2);
  });

  it("503 with Retry-After as an HTTP date waits until then", async () => {
    const retry = { attempts: 3, backoffMs: 1, timeoutMs: 10_000 };
    const result = await timed(() =>
      download(context({ retry }), `${server.url}/503-date`, file("d")),
    );
    expect(result.error).toBeUndefined();
    expect(result.ms).toBeGreaterThanOrEqual(900);
  });

  it("a Retry-After longer than lifecycle waits fails at once, saying so", async () => {
    const result = await timed(() => download(context(), `${server.url}/429-forever`, file("x")));
    expect(result.error?.message).toMatch(
      /HTTP 429 \(Retry-After asks for 3600 s, more than the 120 s/,
    );
    expect(server.hits.get("/429-forever")).toBe(1);
  });

  it("a Content-Length over max_download_size fails before the body, naming the setting", async () => {
    const limits = { ...DEFAULT_INGEST_LIMITS, maxDownloadBytes: 1_000_000 };
    const result = await timed(() =>
      download(context({ limits }), `${server.url}/huge`, file("h")),
    );
    expect(result.error?.message).toMatch(
      /10000\.0 MB .*over the ingest limit of 1\.0 MB \(ingest_limits\.max_download_size in lifecycle\.yml/,
    );
    expect(server.hits.get("/huge")).toBe(1);
  });

  it("a gzip bomb stops at max_decompression_ratio", async () => {
    const result = await timed(() => download(context(), `${server.url}/bomb`, file("b")));
    expect(result.error?.message).toMatch(/ingest_limits\.max_decompression_ratio/);
    expect(server.hits.get("/bomb")).toBe(1);
    expect((await fs.stat(file("b"))).size).toBeLessThan(20_000_000);
  });

  it("a gzip bomb stops at max_decompressed_size", async () => {
    const limits = { ...DEFAULT_INGEST_LIMITS, maxDecompressedBytes: 1_000_000 };
    const result = await timed(() =>
      download(context({ limits }), `${server.url}/bomb`, file("b2")),
    );
    expect(result.error?.message).toMatch(
      /inflates to more than .*ingest_limits\.max_decompressed_size/,
    );
  });

  it("a full disk names the file and is not retried", async () => {
    const before = server.hits.get("/ok") ?? 0;
    const result = await timed(() => download(context(), `${server.url}/ok`, "/dev/full"));
    expect(result.error?.message).toMatch(
      /no space left on the device writing \/dev\/full \(ENOSPC\)/,
    );
    expect(server.hits.get("/ok")).toBe(before + 1);
  });
});
