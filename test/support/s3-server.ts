import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

/**
 * A real S3-speaking server for tests: `moto_server` (python moto) on a free 127.0.0.1 port, in
 * its own process group so that `stop` leaves nothing behind. Unsigned requests are accepted by
 * moto, so buckets are created with a plain PUT; lifecycle itself always signs.
 */
export interface S3Server {
  /** `http://127.0.0.1:<port>`: the endpoint to give lifecycle. */
  url: string;
  /** Environment for lifecycle: endpoint, region, fake credentials (moto accepts any). */
  env: Record<string, string>;
  createBucket(name: string): Promise<void>;
  stop(): Promise<void>;
}

export const TEST_CREDENTIALS = {
  AWS_ACCESS_KEY_ID: "AKIATESTLIFECYCLE",
  AWS_SECRET_ACCESS_KEY: "test/Secret+lifecycle0123456789",
  AWS_REGION: "us-east-1",
};

const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) killGroup(child, "SIGKILL");
});

export async function startS3Server(buckets: readonly string[] = []): Promise<S3Server> {
  const port = await freePort();
  const child = spawn("moto_server", ["-H", "127.0.0.1", "-p", String(port)], {
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
  running.add(child);
  let stderr = "";
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => stopChild(child);
  try {
    await waitUntilAnswering(url, child, () => stderr);
  } catch (error) {
    await stop();
    throw error;
  }
  const server: S3Server = {
    url,
    env: { ...TEST_CREDENTIALS, AWS_ENDPOINT_URL_S3: url },
    createBucket: (name) => createBucket(url, name),
    stop,
  };
  for (const bucket of buckets) await server.createBucket(bucket);
  return server;
}

async function createBucket(url: string, name: string): Promise<void> {
  const response = await fetch(`${url}/${name}`, { method: "PUT" });
  const body = await response.text();
  if (!response.ok)
    throw new Error(`moto: could not create bucket ${name}: ${response.status} ${body}`);
}

async function waitUntilAnswering(
  url: string,
  child: ChildProcess,
  stderr: () => string,
): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`moto_server exited: ${stderr()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      await response.text();
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  throw new Error(`moto_server did not answer on ${url} within 30 s: ${stderr()}`);
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    killGroup(child, "SIGTERM");
    const timer = setTimeout(() => killGroup(child, "SIGKILL"), 3000);
    await exited;
    clearTimeout(timer);
  }
  running.delete(child);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** What the fault proxy does to the next matching request instead of forwarding it. */
export type Fault = { kind: "status"; status: 500 | 503 } | { kind: "stall" };

export interface FaultProxy {
  url: string;
  /** Faults to apply, one per matching request, in order; then requests pass through. */
  faults: Fault[];
  /** Only requests for which this returns true take a fault (default: every request). */
  match: (request: { method: string; path: string }) => boolean;
  /** Every request seen, faulted or not: `METHOD /path?query`. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * An HTTP proxy on 127.0.0.1 in front of `target` that answers 500/503 (with an S3 XML error body)
 * or stalls (never answers) for the next requests, and counts every request.
 */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const upstream = new URL(target);
  const stalled = new Set<http.ServerResponse>();
  const proxy: FaultProxy = {
    url: "",
    faults: [],
    match: () => true,
    requests: [],
    close: async () => {
      for (const response of stalled) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = http.createServer((request, response) => {
    const method = request.method ?? "GET";
    const url = request.url ?? "/";
    proxy.requests.push(`${method} ${url}`);
    const fault = proxy.match({ method, path: url }) ? proxy.faults.shift() : undefined;
    if (fault?.kind === "stall") {
      stalled.add(response);
      request.resume();
      return;
    }
    if (fault?.kind === "status") {
      request.resume();
      const code = fault.status === 503 ? "SlowDown" : "InternalError";
      response
        .writeHead(fault.status, { "content-type": "application/xml" })
        .end(`<?xml version="1.0"?><Error><Code>${code}</Code><Message>fault</Message></Error>`);
      return;
    }
    forward(request, response, upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address() as net.AddressInfo;
  proxy.url = `http://127.0.0.1:${address.port}`;
  return proxy;
}

function forward(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  upstream: URL,
): void {
  const outgoing = http.request(
    {
      host: upstream.hostname,
      port: upstream.port,
      method: request.method,
      path: request.url,
      headers: request.headers,
    },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  outgoing.on("error", () => response.destroy());
  request.pipe(outgoing);
}
