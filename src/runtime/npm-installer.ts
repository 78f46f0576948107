import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";

/** Installs npm packages into a folder of their own. */
export interface PackageInstaller {
  install(specs: readonly string[], prefix: string, signal?: AbortSignal): Promise<void>;
}

const INSTALL_TIMEOUT_MS = 10 * 60_000;

/**
 * npm, as shipped beside the Node that runs us (the runner's node24 carries it), else `npm` on
 * PATH. Exact versions, no lockfile or package.json written, no install scripts run (DuckDB's
 * packages have none: the binary is a prebuilt package per platform).
 */
export class NpmInstaller implements PackageInstaller {
  constructor(
    private readonly env: NodeJS.ProcessEnv = process.env,
    private readonly npm: { file: string; args: string[] } = findNpm(process.execPath),
  ) {}

  async install(specs: readonly string[], prefix: string, signal?: AbortSignal): Promise<void> {
    await fs.mkdir(prefix, { recursive: true });
    const args = [
      ...this.npm.args,
      "install",
      "--prefix",
      prefix,
      "--no-save",
      "--no-package-lock",
      "--no-audit",
      "--no-fund",
      "--ignore-scripts",
      "--omit=dev",
      "--prefer-offline",
      "--loglevel=error",
      ...specs,
    ];
    const { code, output } = await run(this.npm.file, args, { env: this.env, signal });
    if (code !== 0)
      throw new Error(
        `npm install ${specs.join(" ")} failed (exit ${code}):\n${output.trim().slice(-2000)}`,
      );
  }
}

export function findNpm(execPath: string): { file: string; args: string[] } {
  const bin = path.dirname(execPath);
  const candidates = [
    path.join(bin, "..", "lib", "node_modules", "npm", "bin", "npm-cli.js"),
    path.join(bin, "node_modules", "npm", "bin", "npm-cli.js"),
  ];
  const cli = candidates.find((c) => existsSync(c));
  return cli ? { file: execPath, args: [cli] } : { file: "npm", args: [] };
}

function run(
  file: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; signal: AbortSignal | undefined },
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
      timeout: INSTALL_TIMEOUT_MS,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-8000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", (error) =>
      reject(new Error(`could not run npm (${file}) to install DuckDB: ${error.message}`)),
    );
    child.on("close", (code) => resolve({ code, output }));
  });
}
