import fs from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { timeProcess } from "./aims.js";

/** turbo's own CLI, from the devDependency; undefined when it is not installed. */
async function turboBin(): Promise<string | undefined> {
  try {
    const manifest = createRequire(import.meta.url).resolve("turbo/package.json");
    const { bin } = JSON.parse(await fs.readFile(manifest, "utf8")) as { bin?: { turbo?: string } };
    return bin?.turbo ? path.join(path.dirname(manifest), bin.turbo) : undefined;
  } catch {
    return undefined;
  }
}

/** An npm workspace of N packages, each with plan → load → build → package scripts that run `true`. */
async function writeWorkspace(root: string, products: number): Promise<void> {
  const scripts = { plan: "true", load: "true", build: "true", package: "true" };
  await fs.writeFile(
    path.join(root, "package.json"),
    JSON.stringify({
      name: "bench",
      private: true,
      packageManager: "npm@10.9.0",
      workspaces: ["products/*"],
    }),
  );
  const tasks = {
    plan: { outputs: [] },
    load: { dependsOn: ["plan"], outputs: [] },
    build: { dependsOn: ["load"], outputs: [] },
    package: { dependsOn: ["build"], outputs: [] },
  };
  await fs.writeFile(path.join(root, "turbo.json"), JSON.stringify({ tasks }));
  for (let i = 0; i < products; i++) {
    const dir = path.join(root, "products", `p${i}`);
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(
      path.join(dir, "package.json"),
      JSON.stringify({ name: `p${i}`, version: "1.0.0", scripts }),
    );
  }
  const lock = await timeProcess(
    "npm",
    ["install", "--package-lock-only", "--offline", "--no-audit", "--no-fund"],
    {
      cwd: root,
    },
  );
  if (lock.exitCode !== 0)
    throw new Error(`npm install --package-lock-only failed: ${lock.stderr}`);
}

/**
 * turbo on the same work as the engine bench: with `replay`, a cold run fills its local cache and
 * the figure is the full-cache replay (every task a cache hit, checked); otherwise `--dry-run`,
 * turbo's planning alone.
 */
export async function turboAnchor(options: {
  products: number;
  concurrency: number;
  replay: boolean;
  log: (line: string) => void;
}): Promise<{ label: string; ms: number } | undefined> {
  const bin = await turboBin();
  if (bin === undefined) {
    options.log("  turbo: not installed (npm install --save-dev turbo); no unchanged-rerun anchor");
    return undefined;
  }
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-bench-turbo-"));
  try {
    await writeWorkspace(root, options.products);
    const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" };
    const turbo = (...args: string[]) =>
      timeProcess(process.execPath, [bin, "run", "package", "--output-logs=hash-only", ...args], {
        cwd: root,
        env,
      });
    if (!options.replay) {
      const dry = await turbo("--dry-run=json");
      if (dry.exitCode !== 0) throw new Error(`turbo --dry-run failed: ${dry.stderr}`);
      options.log(
        `  ${options.products} products: turbo run --dry-run (planning alone): ${dry.ms.toFixed(0)} ms`,
      );
      return { label: "turbo --dry-run", ms: dry.ms };
    }
    const total = options.products * 4;
    for (let attempt = 0; attempt < 3; attempt++) {
      // The first run fills the cache (at a higher concurrency: it is not what is measured).
      const concurrency = attempt === 0 ? Math.max(8, options.concurrency) : options.concurrency;
      const result = await turbo(`--concurrency=${concurrency}`);
      if (result.exitCode !== 0) throw new Error(`turbo run failed: ${result.stderr.slice(-2000)}`);
      if (new RegExp(`Cached:\\s+${total} cached, ${total} total`).test(result.stdout)) {
        options.log(
          `  ${options.products} products: turbo full-cache replay: ${result.ms.toFixed(0)} ms`,
        );
        return { label: "turbo full-cache replay", ms: result.ms };
      }
    }
    throw new Error("turbo never replayed every task from its cache");
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
}
