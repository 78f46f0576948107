import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DUCKDB_VERSION } from "../../src/core/release.js";
import { LocalCacheStore } from "../../src/github/transfer.js";
import { ToolCacheDuckDB } from "../../src/runtime/duckdb-tool-cache.js";
import { NpmInstaller, type PackageInstaller } from "../../src/runtime/npm-installer.js";
import {
  currentPlatform,
  DUCKDB_PLATFORMS,
  duckdbPlatformId,
  UnsupportedPlatformError,
} from "../../src/runtime/platform.js";

let temp: string;
const lines: string[] = [];
const log = (line: string) => lines.push(line);

beforeEach(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-duckdb-"));
  lines.length = 0;
});
afterEach(async () => {
  await fs.rm(temp, { recursive: true, force: true });
});

async function readJson(file: string): Promise<Record<string, unknown>> {
  return JSON.parse(await fs.readFile(file, "utf8")) as Record<string, unknown>;
}

function provider(toolCache: string, installer: PackageInstaller = new NpmInstaller()) {
  return new ToolCacheDuckDB({
    toolCache,
    version: DUCKDB_VERSION,
    platform: currentPlatform(),
    installer,
    cache: new LocalCacheStore(path.join(temp, "actions-cache")),
    log,
  });
}

describe("the DuckDB version and platforms", () => {
  it("pins the exact @duckdb/node-api version package.json depends on, and node_modules holds it", async () => {
    expect(DUCKDB_VERSION).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
    const installed = await readJson("node_modules/@duckdb/node-api/package.json");
    expect(installed.version).toBe(DUCKDB_VERSION);
  });

  it("knows exactly the platforms @duckdb/node-bindings publishes a binary for", async () => {
    const bindings = await readJson("node_modules/@duckdb/node-bindings/package.json");
    const optional = Object.keys(bindings.optionalDependencies as Record<string, string>);
    expect([...DUCKDB_PLATFORMS].sort()).toEqual(
      optional.map((name) => name.replace("@duckdb/node-bindings-", "")).sort(),
    );
  });

  it("maps Linux x64 and arm64, glibc and musl, to their binary packages", () => {
    expect(duckdbPlatformId({ os: "linux", arch: "x64", libc: "glibc" })).toBe("linux-x64");
    expect(duckdbPlatformId({ os: "linux", arch: "arm64", libc: "glibc" })).toBe("linux-arm64");
    expect(duckdbPlatformId({ os: "linux", arch: "arm64", libc: "musl" })).toBe("linux-arm64-musl");
  });

  it("refuses a platform it cannot serve, naming process.platform, arch and libc", () => {
    const platform = { os: "linux", arch: "ppc64", libc: "glibc" as const };
    expect(() => duckdbPlatformId(platform)).toThrow(UnsupportedPlatformError);
    expect(() => duckdbPlatformId(platform)).toThrow(
      /process\.platform=linux process\.arch=ppc64 \(glibc\).*linux-x64, linux-arm64/,
    );
    expect(
      () =>
        new ToolCacheDuckDB({
          toolCache: temp,
          version: DUCKDB_VERSION,
          platform: { os: "freebsd", arch: "x64" },
          installer: new NpmInstaller(),
          log,
        }),
    ).toThrow(/process\.platform=freebsd process\.arch=x64;/);
  });
});

describe("DuckDB from the runner's tool cache", () => {
  it("installs on first use, reuses the folder, and restores it from the cache on a new runner", async () => {
    const first = provider(path.join(temp, "tool-cache-1"));
    expect(first.dir).toBe(
      path.join(
        temp,
        "tool-cache-1",
        "lifecycle-duckdb",
        DUCKDB_VERSION,
        duckdbPlatformId(currentPlatform()),
      ),
    );
    expect(await first.provide()).toBe("installed");
    const duckdb = await first.load();
    const instance = await duckdb.DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    const rows = (await connection.runAndReadAll("SELECT 41 + 1 AS answer")).getRowObjectsJS();
    expect(rows).toEqual([{ answer: 42 }]);
    connection.closeSync();
    instance.closeSync();
    expect(lines.join("\n")).toMatch(/installed into .*tool-cache-1/);
    expect(lines.join("\n")).toMatch(/saved to the cache as lifecycle-duckdb-v1-/);

    expect(await provider(path.join(temp, "tool-cache-1")).provide()).toBe("present");
    const fresh = provider(path.join(temp, "tool-cache-2"), failingInstaller("must not install"));
    expect(await fresh.provide()).toBe("restored");
    expect(typeof (await fresh.load()).DuckDBInstance.create).toBe("function");
  }, 120_000);

  it("a failed install leaves no folder behind and says why", async () => {
    const broken = provider(path.join(temp, "tool-cache"), failingInstaller("registry down"));
    await expect(broken.load()).rejects.toThrow(/registry down/);
    expect(
      await fs.readdir(path.join(temp, "tool-cache", "lifecycle-duckdb", DUCKDB_VERSION)),
    ).toEqual([]);
  });

  it("a folder left half-written (no completion marker) is installed again", async () => {
    const target = provider(path.join(temp, "tool-cache"), failingInstaller("reinstall attempted"));
    await fs.mkdir(path.join(target.dir, "node_modules"), { recursive: true });
    await expect(target.provide()).rejects.toThrow(/reinstall attempted/);
  });
});

function failingInstaller(message: string): PackageInstaller {
  return {
    install: async (specs, prefix) => {
      await fs.mkdir(prefix, { recursive: true });
      await fs.writeFile(path.join(prefix, "partial"), specs.join(" "));
      throw new Error(message);
    },
  };
}
