import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";

interface Entry {
  id: number;
  key: string;
  version: string;
  chunks: Buffer[];
  committed: boolean;
}

/**
 * GitHub's cache service (the v1 REST protocol @actions/cache speaks when ACTIONS_CACHE_URL is
 * set), in memory on 127.0.0.1: the only part of GitHub faked in these tests.
 */
export class FakeCacheService {
  private readonly entries: Entry[] = [];
  private readonly server = http.createServer((req, res) => void this.handle(req, res));
  url = "";

  async start(): Promise<string> {
    this.server.listen(0, "127.0.0.1");
    await once(this.server, "listening");
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server.close();
    await once(this.server, "close");
  }

  keys(): string[] {
    return this.entries.filter((e) => e.committed).map((e) => e.key);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const parts: Buffer[] = [];
    for await (const part of req) parts.push(part as Buffer);
    const body = Buffer.concat(parts);
    const url = new URL(req.url ?? "/", this.url);
    const id = Number(/\/caches\/(\d+)$/.exec(url.pathname)?.[1]);
    const entry = this.entries.find((e) => e.id === id);
    if (req.method === "GET" && url.pathname === "/_apis/artifactcache/cache")
      return this.lookup(url, res);
    if (req.method === "GET" && url.pathname.startsWith("/archive/")) {
      const archive = this.entries.find((e) => e.id === Number(url.pathname.slice(9)));
      return send(res, archive ? 200 : 404, archive ? Buffer.concat(archive.chunks) : undefined);
    }
    if (req.method === "POST" && url.pathname === "/_apis/artifactcache/caches") {
      const { key, version } = JSON.parse(body.toString()) as { key: string; version: string };
      if (this.entries.some((e) => e.key === key && e.version === version))
        return json(res, 409, { message: "exists" });
      const created = { id: this.entries.length + 1, key, version, chunks: [], committed: false };
      this.entries.push(created);
      return json(res, 201, { cacheId: created.id });
    }
    if (req.method === "PATCH" && entry) {
      entry.chunks.push(body);
      return send(res, 204);
    }
    if (req.method === "POST" && entry) {
      entry.committed = true;
      return send(res, 204);
    }
    send(res, 404);
  }

  /** Exact key first, then each key as a prefix, newest first; same version (paths) only. */
  private lookup(url: URL, res: http.ServerResponse): void {
    const keys = (url.searchParams.get("keys") ?? "").split(",");
    const version = url.searchParams.get("version");
    const usable = this.entries.filter((e) => e.committed && e.version === version).reverse();
    const found =
      usable.find((e) => e.key === keys[0]) ??
      keys.map((k) => usable.find((e) => e.key.startsWith(k))).find(Boolean);
    if (!found) return send(res, 204);
    json(res, 200, { cacheKey: found.key, archiveLocation: `${this.url}archive/${found.id}` });
  }
}

function json(res: http.ServerResponse, status: number, value: unknown): void {
  send(res, status, Buffer.from(JSON.stringify(value)), "application/json");
}

function send(
  res: http.ServerResponse,
  status: number,
  body?: Buffer,
  type = "application/octet-stream",
): void {
  res.writeHead(status, body ? { "content-type": type, "content-length": body.length } : {});
  res.end(body);
}
