import type http from "node:http";
import { scopesOf, type CacheEntry } from "./fake-cache-service-backend.js";
import {
  FakeHttpService,
  send,
  sendJson,
  type CacheEnvironment,
} from "./fake-cache-service-http.js";

/**
 * GitHub's cache service as @actions/cache speaks to it when ACTIONS_CACHE_URL is set and
 * ACTIONS_CACHE_SERVICE_V2 is not (the legacy v1 REST protocol, still the one on GHES), in memory
 * on 127.0.0.1: the only part of GitHub faked in these tests.
 */
export class FakeCacheService extends FakeHttpService {
  readonly protocol = "v1 REST (ACTIONS_CACHE_URL)";
  /** Uploaded chunks of entries not committed yet, by entry id. */
  private readonly chunks = new Map<number, { start: number; data: Buffer }[]>();

  protected environment(token: string): CacheEnvironment {
    return { ACTIONS_CACHE_URL: this.url, ACTIONS_RUNTIME_TOKEN: token };
  }

  protected handle(req: http.IncomingMessage, body: Buffer, res: http.ServerResponse): void {
    const url = new URL(req.url ?? "/", this.url);
    const route = `${req.method} ${url.pathname.replace(/\d+$/, ":id")}`;
    const operation = ROUTES[route];
    if (!operation) return send(res, 404);
    const fault = this.backend.faultFor(operation);
    if (fault) return sendJson(res, fault, { message: "injected failure" });
    if (operation === "download") return this.download(url, res);
    const scopes = scopesOf(req.headers.authorization);
    if (!scopes) return sendJson(res, 401, { message: "no valid runtime token" });
    const id = Number(/\d+$/.exec(url.pathname)?.[0]);
    const entry = this.backend.entries.find((e) => e.id === id && !e.committed);
    switch (operation) {
      case "lookup": {
        const keys = (url.searchParams.get("keys") ?? "").split(",");
        const found = this.backend.lookup(scopes, keys, url.searchParams.get("version") ?? "");
        if (!found) return send(res, 204);
        const archiveLocation = `${this.url}archive/${found.id}`;
        return sendJson(res, 200, { cacheKey: found.key, archiveLocation });
      }
      case "reserve": {
        const { key, version } = JSON.parse(body.toString()) as { key: string; version: string };
        const reserved = this.backend.reserve(scopes, key, version);
        if (reserved === "denied")
          return sendJson(res, 403, {
            message: "cache write denied: token has no writable scopes",
          });
        if (reserved === "exists")
          return sendJson(res, 409, { message: `Cache already exists. Key: ${key}` });
        return sendJson(res, 201, { cacheId: reserved.id });
      }
      case "upload":
        return entry ? this.upload(entry, req, body, res) : send(res, 404);
      case "commit":
        return entry ? this.commit(entry, body, res) : send(res, 404);
    }
  }

  private upload(
    entry: CacheEntry,
    req: http.IncomingMessage,
    body: Buffer,
    res: http.ServerResponse,
  ): void {
    const start = Number(/^bytes (\d+)-/.exec(req.headers["content-range"] ?? "")?.[1]);
    if (!Number.isInteger(start)) return sendJson(res, 400, { message: "no Content-Range" });
    this.chunks.set(entry.id, [...(this.chunks.get(entry.id) ?? []), { start, data: body }]);
    send(res, 204);
  }

  private commit(entry: CacheEntry, body: Buffer, res: http.ServerResponse): void {
    const { size } = JSON.parse(body.toString()) as { size: number };
    const chunks = (this.chunks.get(entry.id) ?? []).sort((a, b) => a.start - b.start);
    const data = Buffer.concat(chunks.map((c) => c.data));
    if (data.length !== size)
      return sendJson(res, 400, { message: `size ${size}, uploaded ${data.length}` });
    this.chunks.delete(entry.id);
    entry.data = data;
    entry.committed = true;
    send(res, 204);
  }

  private download(url: URL, res: http.ServerResponse): void {
    const id = Number(url.pathname.slice("/archive/".length));
    const entry = this.backend.entries.find((e) => e.id === id && e.committed);
    send(res, entry ? 200 : 404, entry?.data);
  }
}

const ROUTES: Partial<Record<string, string>> = {
  "GET /_apis/artifactcache/cache": "lookup",
  "POST /_apis/artifactcache/caches": "reserve",
  "PATCH /_apis/artifactcache/caches/:id": "upload",
  "POST /_apis/artifactcache/caches/:id": "commit",
  "GET /archive/:id": "download",
};
