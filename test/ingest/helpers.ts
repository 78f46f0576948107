import fs from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { parseTemplateFile } from "../../src/config/template/index.js";
import type { TemplateEntry } from "../../src/config/project.js";
import { Engine, quoteString } from "../../src/ingest/engine.js";
import { ingestDataset, type IngestOptions } from "../../src/ingest/index.js";
import { StoreLayout } from "../../src/store/layout.js";

export type Handler = (
  request: http.IncomingMessage,
  response: http.ServerResponse,
  url: URL,
) => void;

export interface TestServer {
  url: string;
  /** Every request path (with query) in arrival order. */
  requests: string[];
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 and a random port; routes by path (without query). */
export async function startServer(routes: Record<string, Handler>): Promise<TestServer> {
  const requests: string[] = [];
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    requests.push(`${url.pathname}${url.search}`);
    const route = routes[url.pathname];
    if (!route) {
      response.writeHead(404, { "content-type": "text/plain" }).end(`no route ${url.pathname}`);
      return;
    }
    route(request, response, url);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function send(body: string, contentType = "text/csv"): Handler {
  return (_request, response) => response.writeHead(200, { "content-type": contentType }).end(body);
}

export function sendJson(value: unknown): Handler {
  return send(JSON.stringify(value), "application/json");
}

export interface TestProject {
  root: string;
  layout: StoreLayout;
  settings: { ingest_command?: string };
  templates: Map<string, TemplateEntry>;
  /** Add or replace a template (YAML text); it must be valid. */
  addTemplate(id: string, text: string): Promise<void>;
  ingest(id: string, options?: Partial<IngestOptions>): ReturnType<typeof ingestDataset>;
}

export async function makeProject(): Promise<TestProject> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-ingest-"));
  await fs.mkdir(path.join(root, "ingest_templates"));
  const project: TestProject = {
    root,
    layout: new StoreLayout(path.join(root, ".lifecycle")),
    settings: {},
    templates: new Map(),
    async addTemplate(id, text) {
      const file = `ingest_templates/${id}.yml`;
      await fs.writeFile(path.join(root, file), text);
      const { template, diagnostics } = parseTemplateFile(file, text);
      if (!template) throw new Error(`bad test template: ${JSON.stringify(diagnostics)}`);
      project.templates.set(id, { file, template });
    },
    ingest(id, options = {}) {
      return ingestDataset({
        project: { root, settings: project.settings, templates: project.templates },
        layout: project.layout,
        templateId: id,
        retry: { attempts: 3, backoffMs: 1, timeoutMs: 10_000 },
        ...options,
      });
    },
  };
  return project;
}

/** A template with the given `ingestion:` body (indented two spaces) and optional columns. */
export function template(id: string, ingestion: string, columns?: string[]): string {
  const columnsYaml = columns
    ? `columns:\n${columns.map((c) => `- id: ${c}\n  data_type: text`).join("\n")}\n`
    : "";
  return `id: ${id}\nacl: public-read\nattributes:\n  name: ${id}\ningestion:\n${ingestion}\n${columnsYaml}`;
}

/** Rows of a parquet (or CSV) file, as plain JS values. */
export async function readRows(file: string): Promise<Record<string, unknown>[]> {
  const engine = await Engine.open();
  try {
    const reader = file.endsWith(".csv") ? "read_csv" : "read_parquet";
    const rows = await engine.rows(`SELECT * FROM ${reader}(${quoteString(file)})`);
    return rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v]),
      ),
    );
  } finally {
    engine.close();
  }
}

export async function readConfig(dir: string): Promise<Record<string, unknown>> {
  return JSON.parse(await fs.readFile(path.join(dir, "config.json"), "utf8")) as Record<
    string,
    unknown
  >;
}
