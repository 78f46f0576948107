import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export const REPO_ROOT = path.resolve(import.meta.dirname, "../..");
const SERVER = path.join(REPO_ROOT, "scripts/demo-server.mjs");
const DEMO_URL = "http://127.0.0.1:8765";
const DEMO_DIRS = ["products", "ingest_templates", "pipelines", "universes", "lifecycle.yml"];

export interface DemoServer {
  url: string;
  stop(): void;
}

/** The demo's stand-in open-data portal on a free port; resolves once it listens. */
export async function startDemoServer(): Promise<DemoServer> {
  const child: ChildProcess = spawn(process.execPath, [SERVER, "--port", "0"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  const stop = () => void child.kill("SIGTERM");
  let output = "";
  child.stderr?.setEncoding("utf8");
  for await (const chunk of child.stderr ?? []) {
    output += String(chunk);
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0];
    if (url) return { url, stop };
  }
  stop();
  throw new Error(`demo server did not start: ${output}`);
}

/**
 * A copy of the repository's demo project in a temp directory, with the repository's
 * node_modules linked in and the templates pointed at `serverUrl` instead of the default port.
 */
export async function copyDemoRepo(serverUrl: string): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-demo-"));
  for (const dir of DEMO_DIRS) {
    await fs.cp(path.join(REPO_ROOT, dir), path.join(root, dir), { recursive: true });
  }
  await fs.symlink(path.join(REPO_ROOT, "node_modules"), path.join(root, "node_modules"));
  await pointTemplatesAt(path.join(root, "ingest_templates"), serverUrl);
  return root;
}

async function pointTemplatesAt(dir: string, serverUrl: string): Promise<void> {
  for (const file of await fs.readdir(dir)) {
    if (!file.endsWith(".yml")) continue;
    const text = await fs.readFile(path.join(dir, file), "utf8");
    if (text.includes(DEMO_URL)) {
      await fs.writeFile(path.join(dir, file), text.replaceAll(DEMO_URL, serverUrl));
    }
  }
}
