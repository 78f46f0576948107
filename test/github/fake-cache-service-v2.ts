import { randomBytes } from "node:crypto";
import type http from "node:http";
import { z } from "zod";
import { scopesOf, type CacheScope } from "./fake-cache-service-backend.js";
import { FakeBlobStorage, BLOB_HOST } from "./fake-cache-service-blob.js";
import { FakeHttpService, sendJson, type CacheEnvironment } from "./fake-cache-service-http.js";

const SERVICE = "/twirp/github.actions.results.api.v1.CacheService/";

// Requests as @actions/cache's generated Twirp client writes them (proto field names).
const createRequest = z.object({ key: z.string().min(1), version: z.string().min(1) });
const finalizeRequest = createRequest.extend({ size_bytes: z.coerce.number().int().nonnegative() });
const downloadRequest = createRequest.extend({ restore_keys: z.array(z.string()).default([]) });

/**
 * GitHub's cache service as github.com runners reach it (ACTIONS_CACHE_SERVICE_V2=true and
 * ACTIONS_RESULTS_URL): Twirp JSON calls that hand out signed Azure Blob URLs, and the blob
 * storage those URLs point to (see FakeBlobStorage), both on one port of 127.0.0.1, in memory.
 */
export class FakeCacheServiceV2 extends FakeHttpService {
  readonly protocol = "v2 Twirp + Azure Blob (ACTIONS_RESULTS_URL)";
  readonly blobs = new FakeBlobStorage(randomBytes(32));

  override async start(token: string): Promise<CacheEnvironment> {
    const environment = await super.start(token);
    this.blobs.serveOn(new URL(this.url).port);
    return environment;
  }

  override async stop(): Promise<void> {
    this.blobs.close();
    await super.stop();
  }

  protected environment(token: string): CacheEnvironment {
    return {
      ACTIONS_CACHE_SERVICE_V2: "true",
      ACTIONS_RESULTS_URL: this.url,
      ACTIONS_RUNTIME_TOKEN: token,
      GITHUB_SERVER_URL: "https://github.com",
    };
  }

  protected handle(req: http.IncomingMessage, body: Buffer, res: http.ServerResponse): void {
    const url = new URL(req.url ?? "/", this.url);
    if (req.headers.host?.split(":")[0]?.endsWith(BLOB_HOST)) {
      const operation = this.blobs.operationOf(req, url);
      const fault = this.backend.faultFor(operation);
      if (fault)
        return this.blobs.error(res, fault, fault === 503 ? "ServerBusy" : "InternalError");
      return this.blobs.handle(operation, req, url, body, res);
    }
    if (req.method !== "POST" || !url.pathname.startsWith(SERVICE))
      return twirpError(res, 404, "bad_route", `no route for ${req.method} ${url.pathname}`);
    const method = url.pathname.slice(SERVICE.length);
    const fault = this.backend.faultFor(method);
    if (fault)
      return twirpError(res, fault, fault === 503 ? "unavailable" : "internal", "injected");
    const scopes = scopesOf(req.headers.authorization);
    if (!scopes) return twirpError(res, 401, "unauthenticated", "no valid runtime token");
    if (req.headers["content-type"] !== "application/json")
      return twirpError(res, 415, "bad_route", "this fake speaks Twirp JSON only");
    let input: unknown;
    try {
      input = JSON.parse(body.toString());
    } catch {
      return twirpError(res, 400, "malformed", "the body is not JSON");
    }
    if (method === "CreateCacheEntry") return this.create(scopes, input, res);
    if (method === "FinalizeCacheEntryUpload") return this.finalize(scopes, input, res);
    if (method === "GetCacheEntryDownloadURL") return this.downloadUrl(scopes, input, res);
    twirpError(res, 404, "bad_route", `no method ${method}`);
  }

  private create(scopes: CacheScope[], input: unknown, res: http.ServerResponse): void {
    const request = createRequest.safeParse(input);
    if (!request.success) return twirpError(res, 400, "invalid_argument", request.error.message);
    const { key, version } = request.data;
    const reserved = this.backend.reserve(scopes, key, version);
    if (reserved === "denied")
      return sendJson(res, 200, {
        ok: false,
        message: "cache write denied: token has no writable scopes",
      });
    if (reserved === "exists")
      return twirpError(
        res,
        409,
        "already_exists",
        "cache entry with the same key, version, and scope already exists",
      );
    const signed_upload_url = this.blobs.signedUrl(blobName(reserved.id), "cw");
    sendJson(res, 200, { ok: true, signed_upload_url });
  }

  private finalize(scopes: CacheScope[], input: unknown, res: http.ServerResponse): void {
    const request = finalizeRequest.safeParse(input);
    if (!request.success) return twirpError(res, 400, "invalid_argument", request.error.message);
    const { key, version, size_bytes } = request.data;
    const entry = this.backend.pending(scopes, key, version);
    if (!entry) return twirpError(res, 404, "not_found", `no reservation of ${key}`);
    const data = this.blobs.get(blobName(entry.id));
    if (data?.length !== size_bytes)
      return sendJson(res, 200, {
        ok: false,
        message: `size_bytes ${size_bytes}, blob holds ${data?.length ?? "nothing"}`,
      });
    entry.data = data;
    entry.committed = true;
    sendJson(res, 200, { ok: true, entry_id: String(entry.id) });
  }

  private downloadUrl(scopes: CacheScope[], input: unknown, res: http.ServerResponse): void {
    const request = downloadRequest.safeParse(input);
    if (!request.success) return twirpError(res, 400, "invalid_argument", request.error.message);
    const { key, version, restore_keys } = request.data;
    const found = this.backend.lookup(scopes, [key, ...restore_keys], version);
    if (!found) return sendJson(res, 200, { ok: false, signed_download_url: "", matched_key: "" });
    const signed_download_url = this.blobs.signedUrl(blobName(found.id), "r");
    sendJson(res, 200, { ok: true, signed_download_url, matched_key: found.key });
  }
}

function blobName(entryId: number): string {
  return `entry-${entryId}`;
}

function twirpError(res: http.ServerResponse, status: number, code: string, msg: string): void {
  sendJson(res, status, { code, msg });
}
