import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostics, type Diagnostic } from "../../src/core/diagnostics.js";
import { parseYamlFile, parseWithSchema } from "../../src/config/yaml-file.js";
import { safeSegment, StoreLayout } from "../../src/store/layout.js";
import { recoverInterruptedPromotions, writeDirAtomically } from "../../src/store/atomic.js";
import { spawnSync } from "node:child_process";
import { NodeProcessRunner } from "../../src/process/node-runner.js";
import { z } from "zod";

async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-core-"));
}

describe("diagnostics", () => {
  const error: Diagnostic = {
    severity: "error",
    file: "products/products.yml",
    line: 3,
    column: 7,
    path: "products[0].id",
    message: "bad id, value: a,b",
  };

  it("formats GitHub annotations with escaped properties", () => {
    expect(formatDiagnostics([error], "github")).toBe(
      "::error file=products/products.yml,line=3,col=7,title=products[0].id::bad id, value: a,b",
    );
  });

  it("splits errors and warnings in JSON", () => {
    const warning: Diagnostic = { ...error, severity: "warning" };
    const parsed = JSON.parse(formatDiagnostics([error, warning], "json"));
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.warnings[0]).toMatchObject({ file: "products/products.yml", line: 3, column: 7 });
    expect(parsed.errors[0]).not.toHaveProperty("severity");
  });
});

describe("yaml files", () => {
  it("locates a schema error on the offending value", () => {
    const yaml = parseYamlFile("p.yml", "products:\n  - id: a\n    retries: many\n");
    const schema = z.object({
      products: z.array(z.object({ id: z.string(), retries: z.number() })),
    });
    const { diagnostics } = parseWithSchema(yaml, schema);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line: 3, column: 14, path: "products[0].retries" });
    expect(diagnostics[0]?.message).toContain('"many"');
  });

  it("reports YAML syntax errors with a position", () => {
    const yaml = parseYamlFile("p.yml", "a: [1, 2\nb: 3\n");
    expect(yaml.value).toBeUndefined();
    expect(yaml.diagnostics[0]?.message).toMatch(/invalid YAML/);
    expect(yaml.diagnostics[0]?.line).toBeGreaterThan(0);
  });

  it("reports duplicate keys", () => {
    const yaml = parseYamlFile("p.yml", "a: 1\na: 2\n");
    expect(yaml.diagnostics[0]).toMatchObject({ line: 2, column: 1 });
  });
});

describe("store paths", () => {
  it.each(["..", ".", "../x", "a/b", "a\\b", "x:y", "é"])(
    "keeps %j inside its directory",
    (value) => {
      const segment = safeSegment(value);
      expect(segment).not.toContain("/");
      expect(segment).not.toContain("\\");
      expect(segment.startsWith(".")).toBe(false);
      const layout = new StoreLayout("/store");
      expect(path.dirname(layout.partitionDir("p", value))).toBe("/store/products/p");
    },
  );

  it("leaves ordinary keys readable", () => {
    expect(safeSegment("2025.1.1-2_ar_build")).toBe("2025.1.1-2_ar_build");
    expect(safeSegment("mic=XLON:2025-01-02")).toBe("mic=XLON%3A2025-01-02");
  });
});

describe("atomic directories", () => {
  it("keeps the previous content when the writer fails", async () => {
    const root = await tempDir();
    const target = path.join(root, "out");
    await writeDirAtomically(target, path.join(root, "tmp"), (dir) =>
      fs.writeFile(path.join(dir, "v"), "1"),
    );
    await expect(
      writeDirAtomically(target, path.join(root, "tmp"), async (dir) => {
        await fs.writeFile(path.join(dir, "v"), "2");
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await fs.readFile(path.join(target, "v"), "utf8")).toBe("1");
    expect(await fs.readdir(path.join(root, "tmp"))).toEqual([]);
  });
});

describe("interrupted promotions", () => {
  it("puts back an output that a killed process had moved aside", async () => {
    const root = await tempDir();
    const tmp = path.join(root, "tmp");
    const target = path.join(root, "out");
    const deadPid = spawnSync("true").pid;
    await fs.mkdir(path.join(tmp, "old-1"), { recursive: true });
    await fs.writeFile(path.join(tmp, "old-1", "v"), "1");
    await fs.writeFile(path.join(tmp, "old-1.json"), JSON.stringify({ target, pid: deadPid }));
    await recoverInterruptedPromotions(tmp);
    expect(await fs.readFile(path.join(target, "v"), "utf8")).toBe("1");
    expect(await fs.readdir(tmp)).toEqual([]);
  });

  it("drops the old output when the new one was already in place", async () => {
    const root = await tempDir();
    const tmp = path.join(root, "tmp");
    const target = path.join(root, "out");
    await fs.mkdir(target, { recursive: true });
    await fs.mkdir(path.join(tmp, "old-2"), { recursive: true });
    const deadPid = spawnSync("true").pid;
    await fs.writeFile(path.join(tmp, "old-2.json"), JSON.stringify({ target, pid: deadPid }));
    await recoverInterruptedPromotions(tmp);
    expect(await fs.readdir(tmp)).toEqual([]);
  });

  it("leaves a live process's promotion alone", async () => {
    const root = await tempDir();
    const tmp = path.join(root, "tmp");
    await fs.mkdir(path.join(tmp, "old-3"), { recursive: true });
    const journal = { target: path.join(root, "out"), pid: process.pid };
    await fs.writeFile(path.join(tmp, "old-3.json"), JSON.stringify(journal));
    await recoverInterruptedPromotions(tmp);
    expect((await fs.readdir(tmp)).sort()).toEqual(["old-3", "old-3.json"]);
  });
});

describe("process runner", () => {
  const runner = new NodeProcessRunner();

  it("streams output and reports the exit code", async () => {
    const chunks: string[] = [];
    const result = await runner.run("echo hello; exit 3", {
      cwd: os.tmpdir(),
      env: process.env,
      onOutput: (chunk) => chunks.push(chunk),
    });
    expect(result.exitCode).toBe(3);
    expect(chunks.join("")).toBe("hello\n");
  });

  it("kills the whole process group on abort", async () => {
    const controller = new AbortController();
    const pending = runner.run("sleep 30 & sleep 30; wait", {
      cwd: os.tmpdir(),
      env: process.env,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 100);
    const result = await pending;
    expect(result.cancelled).toBe(true);
    expect(result.signal).toBe("SIGTERM");
  });

  it("times out", async () => {
    const result = await runner.run("sleep 30", {
      cwd: os.tmpdir(),
      env: process.env,
      timeoutMs: 100,
    });
    expect(result.timedOut).toBe(true);
  });
});

describe("union fields", () => {
  it("locates an error inside one branch of a union at its full path", () => {
    const yaml = parseYamlFile("p.yml", "a:\n  b:\n    - 1\n    - x\n");
    const schema = z.object({ a: z.object({ b: z.union([z.string(), z.array(z.number())]) }) });
    const { diagnostics } = parseWithSchema(yaml, schema);
    expect(diagnostics[0]).toMatchObject({ path: "a.b[1]", line: 4, column: 7 });
  });
});
