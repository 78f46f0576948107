import net from "node:net";
import { gzipSync } from "node:zlib";

/** A route writes the whole raw HTTP answer itself, so it can lie, stall or cut the connection. */
export type FaultRoute = (socket: net.Socket, hits: number) => void;

export interface FaultServer {
  url: string;
  /** Requests per path, in arrival order. */
  hits: Map<string, number>;
  /** Connections still open. */
  open(): number;
  close(): Promise<void>;
}

/** A raw TCP HTTP/1.1 server on 127.0.0.1: each request is answered by its path's route. */
export async function startFaultServer(routes: Record<string, FaultRoute>): Promise<FaultServer> {
  const hits = new Map<string, number>();
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {});
    let head = "";
    socket.on("data", (chunk) => {
      head += chunk.toString("latin1");
      if (!head.includes("\r\n\r\n")) return;
      const target = head.split(" ")[1] ?? "/";
      head = "";
      const route = new URL(target, "http://x").pathname;
      const count = (hits.get(route) ?? 0) + 1;
      hits.set(route, count);
      const handler = routes[route];
      if (handler) handler(socket, count);
      else answer(socket, 404, { "content-type": "text/plain" }, `no route ${route}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    open: () => sockets.size,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export function answer(
  socket: net.Socket,
  status: number,
  headers: Record<string, string | number>,
  body: Buffer | string = "",
): void {
  const data = typeof body === "string" ? Buffer.from(body) : body;
  const all = { "content-length": data.length, connection: "close", ...headers };
  const lines = Object.entries(all).map(([k, v]) => `${k}: ${v}`);
  socket.end(
    Buffer.concat([Buffer.from(`HTTP/1.1 ${status} X\r\n${lines.join("\r\n")}\r\n\r\n`), data]),
  );
}

/** The answer's head and the first `sent` bytes of a body said to be `declared` long, then a cut. */
export function truncated(socket: net.Socket, declared: number, sent: string): void {
  socket.write(
    `HTTP/1.1 200 OK\r\ncontent-type: text/csv\r\ncontent-length: ${declared}\r\n\r\n${sent}`,
  );
  setTimeout(() => socket.destroy(), 20);
}

/** Sends `body` one byte every `everyMs`. */
export function trickle(socket: net.Socket, body: string, everyMs: number): void {
  socket.write(
    `HTTP/1.1 200 OK\r\ncontent-type: text/csv\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n`,
  );
  let at = 0;
  const timer = setInterval(() => {
    if (socket.destroyed || at >= body.length) {
      clearInterval(timer);
      socket.end();
      return;
    }
    socket.write(body[at++] ?? "");
  }, everyMs);
  socket.on("close", () => clearInterval(timer));
}

export function redirect(socket: net.Socket, location: string, status = 302): void {
  answer(socket, status, { location });
}

/** `bytes` of zeros, gzip-compressed, sent with Content-Encoding: gzip (fetch inflates it). */
export function gzipBomb(socket: net.Socket, bytes: number): void {
  const body = gzipSync(Buffer.alloc(bytes, "0"));
  answer(socket, 200, { "content-type": "text/csv", "content-encoding": "gzip" }, body);
}
