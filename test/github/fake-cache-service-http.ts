import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { CacheBackend } from "./fake-cache-service-backend.js";

/** The environment a runner gives a step, so that @actions/cache finds this service. */
export type CacheEnvironment = Record<string, string>;

/** A fake of GitHub's cache service on 127.0.0.1, in memory, over one protocol. */
export abstract class FakeHttpService {
  readonly backend = new CacheBackend();
  private readonly server = http.createServer((req, res) => {
    this.respond(req, res).catch((error: unknown) => {
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });
  url = "";

  /** The protocol's name, for test titles. */
  abstract readonly protocol: string;

  /** Starts listening; resolves to the variables a runner would set for this service. */
  async start(token: string): Promise<CacheEnvironment> {
    this.server.listen(0, "127.0.0.1");
    await once(this.server, "listening");
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this.environment(token);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    this.server.close();
    await once(this.server, "close");
  }

  keys(scope?: string): string[] {
    return this.backend.keys(scope);
  }

  protected abstract environment(token: string): CacheEnvironment;

  protected abstract handle(
    req: http.IncomingMessage,
    body: Buffer,
    res: http.ServerResponse,
  ): Promise<void> | void;

  private async respond(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const parts: Buffer[] = [];
    for await (const part of req) parts.push(part as Buffer);
    await this.handle(req, Buffer.concat(parts), res);
  }
}

export function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  send(res, status, Buffer.from(JSON.stringify(value)), { "content-type": "application/json" });
}

export function send(
  res: http.ServerResponse,
  status: number,
  body?: Buffer,
  headers: http.OutgoingHttpHeaders = {},
): void {
  const length = body ? { "content-length": body.length } : { "content-length": 0 };
  res.writeHead(status, { "content-type": "application/octet-stream", ...length, ...headers });
  res.end(body);
}
