import http from "node:http";
import type { AddressInfo } from "node:net";
import { buildSiteData, type SiteBuild, type SiteOptions } from "./model.js";
import { INDEX_HTML } from "./page.js";
import { dataScript, readAppScript } from "./site.js";

const FRESH_MS = 750;

const TYPES: Record<string, string> = {
  "/": "text/html; charset=utf-8",
  "/index.html": "text/html; charset=utf-8",
  "/app.js": "text/javascript; charset=utf-8",
  "/data.js": "text/javascript; charset=utf-8",
  "/data.json": "application/json",
};

/** Rebuilds the data at most every FRESH_MS, one rebuild at a time. */
function freshData(options: SiteOptions): () => Promise<SiteBuild> {
  let cached: { at: number; data: Promise<SiteBuild> } | undefined;
  return () => {
    if (!cached || Date.now() - cached.at > FRESH_MS) {
      const data = buildSiteData({ ...options, now: new Date() });
      cached = { at: Date.now(), data };
      data.catch(() => (cached = undefined));
    }
    return cached.data;
  };
}

/** The site on 127.0.0.1, its data rebuilt from the store as requests come (the page polls data.json). */
export async function serveSite(
  options: SiteOptions & { port: number; signal: AbortSignal; log: (line: string) => void },
): Promise<{ url: string; closed: Promise<void> }> {
  const app = await readAppScript();
  const data = freshData(options);
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const type =
      TYPES[url.pathname] ?? (url.pathname.startsWith("/data/") ? TYPES["/data.js"] : undefined);
    if (request.method !== "GET" || type === undefined) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
      return;
    }
    body(url.pathname, app, data).then(
      (text) =>
        text === undefined
          ? response.writeHead(404, { "content-type": "text/plain" }).end("not found\n")
          : response
              .writeHead(200, { "content-type": type, "cache-control": "no-store" })
              .end(text),
      (error: unknown) => {
        options.log(`ui: could not read the store: ${String(error)}`);
        response.writeHead(500, { "content-type": "text/plain" }).end(`${String(error)}\n`);
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", resolve);
  });
  const closed = new Promise<void>((resolve) => {
    const close = (): void => void server.close(() => resolve());
    if (options.signal.aborted) close();
    else options.signal.addEventListener("abort", close, { once: true });
  });
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, closed };
}

async function body(
  pathname: string,
  app: string,
  build: () => Promise<SiteBuild>,
): Promise<string | undefined> {
  if (pathname === "/app.js") return app;
  if (pathname === "/data.js") return dataScript((await build()).data);
  if (pathname === "/data.json") return JSON.stringify((await build()).data);
  if (pathname.startsWith("/data/")) return (await build()).files.get(pathname.slice(1));
  return INDEX_HTML;
}
