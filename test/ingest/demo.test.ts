import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startDemoServer, type DemoServer } from "../support/demo-repo.js";
import { makeProject, readRows } from "./helpers.js";

const REPO = path.resolve(import.meta.dirname, "../..");
const SERVER = path.join(REPO, "scripts/demo-server.mjs");
const TEMPLATE = path.join(REPO, "ingest_templates/dpr_playgrounds.yml");

const children: ChildProcess[] = [];
const servers: DemoServer[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGTERM");
  for (const server of servers.splice(0)) server.stop();
});

describe("the demo template and its local server", () => {
  it("ingests dpr_playgrounds from the Socrata-style demo server", async () => {
    const server = await startDemoServer();
    const url = server.url;
    servers.push(server);
    const project = await makeProject();
    const text = await fs.readFile(TEMPLATE, "utf8");
    expect(text).toContain("org: http://127.0.0.1:8765");
    await project.addTemplate("dpr_playgrounds", text.replaceAll("http://127.0.0.1:8765", url));
    const result = await project.ingest("dpr_playgrounds");
    expect(result.version).toBe("20250115");
    const rows = await readRows(path.join(result.dir, "dpr_playgrounds.parquet"));
    expect(rows).toHaveLength(18);
    expect(rows[0]).toEqual({
      name: "Heckscher Playground",
      borough: "Manhattan",
      borocd: 164,
      playground_type: "Destination",
      geom: '{"type":"Point","coordinates":[-73.9766,40.7676]}',
    });
  });

  it("runs a command while serving and exits with its code", async () => {
    const child = spawn(
      process.execPath,
      [SERVER, "--port", "0", "--", process.execPath, "-e", "process.exit(3)"],
      {
        stdio: "ignore",
      },
    );
    children.push(child);
    const [code] = (await once(child, "exit")) as [number | null];
    expect(code).toBe(3);
  });
});
