#!/usr/bin/env node
// A local stand-in for an open-data portal (Socrata), so the demo ingests a non-local source
// without the internet. Serves the datasets in scripts/demo-data/ on 127.0.0.1:
//   GET /api/views/<uid>.json         metadata (rowsUpdatedAt: the dataset's version)
//   GET /api/views/<uid>/rows.csv     the CSV export
// Usage:
//   node scripts/demo-server.mjs [--port N]                 serve until stopped (Ctrl-C)
//   node scripts/demo-server.mjs [--port N] -- <command...>  serve while <command> runs, then
//                                                            exit with its exit code
// The port defaults to 8765 (or $DEMO_SERVER_PORT); ingest_templates/dpr_playgrounds.yml names it.
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

const DATA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "demo-data");
export const DEFAULT_PORT = 8765;

/** uid -> dataset served. rowsUpdatedAt is fixed so the demo's version is stable. */
export const DATASETS = {
  "pgnd-demo": {
    name: "DPR Playgrounds (demo)",
    file: "dpr_playgrounds.csv",
    rowsUpdatedAt: Date.UTC(2025, 0, 15) / 1000,
  },
};

function handle(request, response) {
  const url = new URL(request.url ?? "/", "http://127.0.0.1");
  const match = /^\/api\/views\/([a-z0-9]{4}-[a-z0-9]{4})(\.json|\/rows\.csv)$/.exec(url.pathname);
  const dataset = match ? DATASETS[match[1]] : undefined;
  if (request.method !== "GET" || !match || !dataset) {
    response.writeHead(404, { "content-type": "text/plain" }).end(`not found: ${url.pathname}\n`);
    return;
  }
  if (match[2] === ".json") {
    const metadata = { id: match[1], name: dataset.name, rowsUpdatedAt: dataset.rowsUpdatedAt };
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(metadata));
    return;
  }
  response.writeHead(200, { "content-type": "text/csv; charset=utf-8" });
  fs.createReadStream(path.join(DATA_DIR, dataset.file)).pipe(response);
}

function parseArgs(argv) {
  const separator = argv.indexOf("--");
  const own = separator < 0 ? argv : argv.slice(0, separator);
  const command = separator < 0 ? [] : argv.slice(separator + 1);
  const portFlag = own.indexOf("--port");
  const port = Number(
    portFlag >= 0 ? own[portFlag + 1] : (process.env.DEMO_SERVER_PORT ?? DEFAULT_PORT),
  );
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(
      `--port: expected a port number, received ${JSON.stringify(own[portFlag + 1])}`,
    );
  }
  return { port, command };
}

export function startDemoServer(port = DEFAULT_PORT) {
  const server = http.createServer(handle);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

async function runMain() {
  const { port, command } = parseArgs(process.argv.slice(2));
  const server = await startDemoServer(port);
  const { port: bound } = server.address();
  console.error(
    `demo server: http://127.0.0.1:${bound} (Socrata-style datasets: ${Object.keys(DATASETS).join(", ")})`,
  );
  if (command.length === 0) {
    for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => server.close());
    return;
  }
  const child = spawn(command[0], command.slice(1), { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => child.kill(signal));
  child.once("error", (error) => {
    console.error(`demo server: cannot run ${command[0]}: ${error.message}`);
    process.exitCode = 127;
    server.close();
  });
  child.once("exit", (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
    server.close();
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  runMain().catch((error) => {
    console.error(`demo server: ${error.message}`);
    process.exitCode = 1;
  });
}
