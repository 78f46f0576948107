import { createHmac, timingSafeEqual } from "node:crypto";
import dns from "node:dns";
import type http from "node:http";
import { send } from "./fake-cache-service-http.js";

/**
 * The host of the signed URLs. @actions/cache downloads with the Azure SDK only from hosts ending
 * in `.blob.core.windows.net` (any other host gets a plain GET), so the fake uses such a name and
 * resolves it to 127.0.0.1 in this process while it runs: nothing leaves the machine.
 */
export const BLOB_HOST = "lifecyclecache.blob.core.windows.net";
const CONTAINER = "/actions-cache/";

interface Blob {
  data: Buffer | undefined;
  /** Staged by Put Block, committed by Put Block List. */
  blocks: Map<string, Buffer>;
  modified: Date;
}

type LookupCallback = (error: Error | null, address: unknown, family?: number) => void;

/**
 * The part of Azure Blob Storage that @azure/storage-blob uses for the cache: Put Blob (a single
 * shot), Put Block and Put Block List (large archives), Get Blob Properties and ranged Get Blob.
 * Every request must carry a valid SAS signature with the permission it needs (w to write, r to
 * read), as the signed URLs the cache service hands out do.
 */
export class FakeBlobStorage {
  private readonly blobs = new Map<string, Blob>();
  private port = "";
  private originalLookup: typeof dns.lookup | undefined;

  constructor(private readonly secret: Buffer) {}

  /** Serves the blob host from `port`: BLOB_HOST resolves to 127.0.0.1 until `close`. */
  serveOn(port: string): void {
    this.port = port;
    const original = dns.lookup;
    this.originalLookup = original;
    const lookup = (host: string, options: unknown, callback?: LookupCallback) => {
      const done = (typeof options === "function" ? options : callback) as LookupCallback;
      if (host !== BLOB_HOST) return Reflect.apply(original, dns, [host, options, callback]);
      const all = typeof options === "object" && options !== null && "all" in options;
      if (all && options.all) done(null, [{ address: "127.0.0.1", family: 4 }]);
      else done(null, "127.0.0.1", 4);
    };
    Object.defineProperty(dns, "lookup", { value: lookup, configurable: true, writable: true });
  }

  close(): void {
    if (this.originalLookup)
      Object.defineProperty(dns, "lookup", { value: this.originalLookup, writable: true });
    this.originalLookup = undefined;
  }

  /** A URL to one blob, signed for the permissions `sp` (Azure's letters: r, c, w). */
  signedUrl(name: string, sp: string): string {
    const url = new URL(`http://${BLOB_HOST}:${this.port}${CONTAINER}${name}`);
    const se = new Date(Date.now() + 3_600_000).toISOString();
    for (const [k, v] of Object.entries({ sv: "2025-01-05", sr: "b", sp, se }))
      url.searchParams.set(k, v);
    url.searchParams.set("sig", this.sign(sp, url.pathname, se));
    return url.href;
  }

  get(name: string): Buffer | undefined {
    return this.blobs.get(name)?.data;
  }

  operationOf(req: http.IncomingMessage, url: URL): string {
    const comp = url.searchParams.get("comp");
    if (req.method === "PUT" && comp === null) return "PutBlob";
    if (req.method === "PUT" && comp === "block") return "PutBlock";
    if (req.method === "PUT" && comp === "blocklist") return "PutBlockList";
    if (req.method === "HEAD" && comp === null) return "GetBlobProperties";
    if (req.method === "GET" && comp === null) return "GetBlob";
    return `unsupported ${req.method} comp=${comp}`;
  }

  handle(
    operation: string,
    req: http.IncomingMessage,
    url: URL,
    body: Buffer,
    res: http.ServerResponse,
  ): void {
    const name = url.pathname.startsWith(CONTAINER) ? url.pathname.slice(CONTAINER.length) : "";
    const needs = operation.startsWith("Put") ? "w" : "r";
    if (operation.startsWith("unsupported"))
      return this.error(res, 400, "UnsupportedQueryParameter");
    if (!name || !this.authorized(url, needs)) return this.error(res, 403, "AuthenticationFailed");
    const blob = this.blobs.get(name) ?? {
      data: undefined,
      blocks: new Map(),
      modified: new Date(),
    };
    this.blobs.set(name, blob);
    if (operation === "PutBlob") return this.commit(blob, body, res);
    if (operation === "PutBlock") {
      const id = url.searchParams.get("blockid");
      if (!id) return this.error(res, 400, "InvalidQueryParameterValue");
      blob.blocks.set(id, body);
      return send(res, 201, undefined, this.headers(blob));
    }
    if (operation === "PutBlockList") return this.commitBlocks(blob, body, res);
    if (!blob.data) return this.error(res, 404, "BlobNotFound");
    if (operation === "GetBlobProperties")
      return send(res, 200, undefined, {
        ...this.headers(blob),
        "content-length": blob.data.length,
      });
    this.download(blob.data, req, res, this.headers(blob));
  }

  error(res: http.ServerResponse, status: number, code: string): void {
    const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`;
    send(res, status, Buffer.from(xml), {
      "content-type": "application/xml",
      "x-ms-error-code": code,
    });
  }

  private commit(blob: Blob, data: Buffer, res: http.ServerResponse): void {
    blob.data = data;
    blob.modified = new Date();
    send(res, 201, undefined, this.headers(blob));
  }

  /** Put Block List: the blob becomes the listed blocks, in the order listed. */
  private commitBlocks(blob: Blob, body: Buffer, res: http.ServerResponse): void {
    const ids = [...body.toString().matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)</g)];
    const parts = ids.map((m) => blob.blocks.get(m[1] ?? ""));
    if (ids.length === 0 || parts.some((p) => p === undefined))
      return this.error(res, 400, "InvalidBlockList");
    blob.blocks.clear();
    this.commit(blob, Buffer.concat(parts as Buffer[]), res);
  }

  private download(
    data: Buffer,
    req: http.IncomingMessage,
    res: http.ServerResponse,
    headers: http.OutgoingHttpHeaders,
  ): void {
    const range = /^bytes=(\d+)-(\d*)$/.exec(
      String(req.headers["x-ms-range"] ?? req.headers.range ?? ""),
    );
    if (!range) return send(res, 200, data, headers);
    const start = Number(range[1]);
    const end = Math.min(range[2] ? Number(range[2]) : data.length - 1, data.length - 1);
    if (start > end) return this.error(res, 416, "InvalidRange");
    const contentRange = `bytes ${start}-${end}/${data.length}`;
    send(res, 206, data.subarray(start, end + 1), { ...headers, "content-range": contentRange });
  }

  private headers(blob: Blob): http.OutgoingHttpHeaders {
    return {
      etag: `"0x${blob.modified.getTime().toString(16)}"`,
      "last-modified": blob.modified.toUTCString(),
      "x-ms-blob-type": "BlockBlob",
      "x-ms-version": "2025-01-05",
      "x-ms-request-server-encrypted": "true",
      date: new Date().toUTCString(),
    };
  }

  private authorized(url: URL, needs: string): boolean {
    const sp = url.searchParams.get("sp") ?? "";
    const se = url.searchParams.get("se") ?? "";
    const sig = Buffer.from(url.searchParams.get("sig") ?? "");
    const expected = Buffer.from(this.sign(sp, url.pathname, se));
    const valid = sig.length === expected.length && timingSafeEqual(sig, expected);
    return valid && sp.includes(needs) && Date.parse(se) > Date.now();
  }

  private sign(sp: string, pathname: string, se: string): string {
    return createHmac("sha256", this.secret).update(`${sp}\n${pathname}\n${se}`).digest("base64");
  }
}
