import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSettingsFile } from "../../src/config/settings.js";
import { DEFAULT_MEMORY_LIMIT, Engine } from "../../src/ingest/engine.js";

describe("DuckDB's memory bound", () => {
  it("applies memory_limit and threads, and spills past the limit to the temp directory", async () => {
    const temp = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-spill-"));
    const engine = await Engine.open({ memoryLimit: "64MB", tempDirectory: temp, threads: 1 });
    try {
      expect(await engine.scalar("SELECT current_setting('memory_limit')")).toMatch(
        /^6[0-9]\.[0-9] MiB$/,
      );
      expect(await engine.scalar("SELECT current_setting('threads')")).toBe(1n);
      // About 200 MB of rows: more than the limit, so the table's blocks go to the temp directory.
      // How much is on disk at one moment varies with compression and eviction (62-150 MiB seen).
      await engine.run(
        "CREATE TABLE big AS SELECT i, repeat(md5(i::VARCHAR), 6) AS s FROM range(1000000) t(i)",
      );
      const spilled = await engine.scalar(
        "SELECT coalesce(sum(size), 0) FROM duckdb_temporary_files()",
      );
      expect(Number(spilled)).toBeGreaterThan(16 * 1024 * 1024);
      const distinct = await engine.scalar("SELECT count(*) FROM (SELECT DISTINCT s FROM big)");
      expect(Number(distinct)).toBe(1_000_000);
    } finally {
      engine.close();
    }
  });

  it("defaults to a bounded memory_limit, not 80% of the machine", async () => {
    const engine = await Engine.open();
    try {
      const limit = String(await engine.scalar("SELECT current_setting('memory_limit')"));
      expect(DEFAULT_MEMORY_LIMIT).toBe("1GB");
      expect(limit).toMatch(/^9[0-9]{2}\.[0-9] MiB$/);
    } finally {
      engine.close();
    }
  });

  it("lifecycle.yml's duckdb block is validated with file, line and column", () => {
    const good = parseSettingsFile("lifecycle.yml", "duckdb:\n  memory_limit: 2GB\n  threads: 2\n");
    expect(good.settings?.duckdb).toEqual({ memory_limit: "2GB", threads: 2 });
    const bad = parseSettingsFile("lifecycle.yml", "duckdb:\n  memory_limit: lots\n");
    expect(bad.diagnostics).toEqual([
      expect.objectContaining({
        file: "lifecycle.yml",
        line: 2,
        column: 17,
        path: "duckdb.memory_limit",
      }),
    ]);
    expect(bad.diagnostics[0]?.message).toMatch(/512MB, 2GB or 1\.5GiB.*received "lots"/);
  });
});
