import { spawn } from "node:child_process";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { writeJsonRows } from "../../src/cli/json-stream.js";
import { processOutput } from "../../src/cli/output.js";
import { assetStatus } from "../../src/engine/status.js";
import { BUILT_CLI, runCli } from "../cli-run.js";
import { makeProject } from "./helpers.js";

async function streamed(rows: unknown[] | AsyncIterable<unknown>): Promise<string> {
  let text = "";
  await writeJsonRows({ write: (chunk) => void (text += chunk) }, "assets", rows);
  return text;
}

async function* slowly<T>(rows: readonly T[]): AsyncGenerator<T> {
  for (const row of rows) {
    await Promise.resolve();
    yield row;
  }
}

/** V8's longest string (2^29 - 24 characters): what one JSON.stringify of the whole could hold. */
const MAX_STRING = 2 ** 29 - 24;

describe("status --format json, streamed", () => {
  it("writes the same bytes as JSON.stringify(value, null, 2), row by row", async () => {
    const rows = [
      { asset: "a.build", partition: "p", status: "success", stale: false },
      { asset: 'q"uote\nnew line', partition: "ü ∑ 🙂", stale: true, staleReason: undefined },
      { nested: { list: [1, [2, { three: 3 }]], empty: {}, none: [] }, n: -0.5e-7 },
    ];
    for (const value of [[], rows.slice(0, 1), rows]) {
      const expected = `${JSON.stringify({ assets: value }, null, 2)}\n`;
      expect(await streamed(value)).toBe(expected);
      expect(await streamed(slowly(value))).toBe(expected);
    }
  });

  it("a document longer than the longest string goes out in chunks, none of them large", async () => {
    const row = { asset: "x".repeat(100_000), partition: "p" };
    const count = Math.ceil(MAX_STRING / 100_000) + 10;
    let total = 0;
    let largest = 0;
    let head = "";
    let tail = "";
    const out = {
      write(chunk: string) {
        total += chunk.length;
        largest = Math.max(largest, chunk.length);
        if (head === "") head = chunk.slice(0, 21);
        tail = (tail + chunk).slice(-20);
      },
    };
    await writeJsonRows(out, "assets", slowly(Array.from({ length: count }, () => row)));
    expect(total).toBeGreaterThan(MAX_STRING);
    expect(largest).toBeLessThan(300_000);
    expect(head).toBe('{\n  "assets": [\n    {');
    expect(tail).toBe('n": "p"\n    }\n  ]\n}\n');
  }, 120_000);

  it("waits for a slow reader: what is written but not read stays bounded", async () => {
    let produced = 0;
    let consumed = 0;
    let ahead = 0;
    const reader = new Writable({
      highWaterMark: 1 << 16,
      write(chunk: Buffer, _encoding, done) {
        consumed += chunk.length;
        setTimeout(done, 1);
      },
    });
    const rows = async function* () {
      for (let i = 0; i < 3000; i++) {
        ahead = Math.max(ahead, produced - consumed);
        const row = { asset: `a${i}`, partition: "p".repeat(1000) };
        produced += JSON.stringify(row, null, 2).length + 6;
        yield row;
      }
    };
    const output = processOutput(reader as unknown as NodeJS.WriteStream, () => undefined);
    await writeJsonRows(output, "assets", rows());
    await new Promise<void>((resolve) => reader.end(resolve));
    expect(consumed).toBeGreaterThan(3000 * 1000);
    // Without waiting for 'drain', all ~3 MB would be buffered before the reader took any.
    expect(ahead).toBeLessThan(4 * (1 << 16) + 2 * 1024);
  });

  it("the built CLI's output through a pipe parses and equals the rows, byte for byte", async () => {
    const OK = 'echo ok > "$LIFECYCLE_OUTPUT_DIR/out.txt"';
    const project = await makeProject([
      { id: "good", build_command: OK, partitions: "{ static: [a, b, c] }" },
      { id: "bad", build_command: "echo boom >&2; exit 4" },
    ]);
    expect((await runCli(["materialize"], { cwd: project.root, env: process.env })).code).toBe(1);
    const rows = await assetStatus({ root: project.root, store: project.store });
    expect(rows).toHaveLength(16);
    const child = spawn(process.execPath, [BUILT_CLI, "status", "--format", "json"], {
      cwd: project.root,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(code).toBe(0);
    expect(stdout).toBe(`${JSON.stringify({ assets: rows }, null, 2)}\n`);
    const parsed = JSON.parse(stdout) as { assets: { asset: string; status?: string }[] };
    expect(parsed.assets.find((r) => r.asset === "bad.build")?.status).toBe("failed");
  });
});
