import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blockingFailures, runChecks } from "../../src/checks/run.js";
import { ChecksSchema, type CheckConfig } from "../../src/checks/schema.js";
import { NodeProcessRunner } from "../../src/process/node-runner.js";
import { readEvents } from "../../src/store/events.js";
import { StoreLayout } from "../../src/store/layout.js";
import { runCli } from "../cli-run.js";
import { makeProject } from "../engine/helpers.js";

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-checks-"));
  await fs.writeFile(path.join(dir, "people.csv"), "id,name,age\n1,ann,30\n2,bob,\n2,cy,41\n");
  await fs.mkdir(path.join(dir, "more"));
  await fs.writeFile(path.join(dir, "more", "towns.csv"), "town\nLeeds\n");
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function check(config: unknown) {
  const checks = ChecksSchema.parse([config]);
  const [result] = await runChecks({
    checks,
    dir,
    runner: new NodeProcessRunner(),
    env: process.env,
  });
  if (!result) throw new Error("no result");
  return result;
}

describe("checks on a build output", () => {
  it("row_count: passes inside the bounds, fails outside with the observed count", async () => {
    expect(await check({ row_count: { table: "people", min: 1, max: 3 } })).toMatchObject({
      passed: true,
      observed: 3,
    });
    expect(await check({ row_count: { table: "people", min: 4 } })).toMatchObject({
      passed: false,
      observed: 3,
      expected: { min: 4, max: null },
      message: "3 rows; expected >= 4",
    });
  });

  it("columns: required names and types", async () => {
    expect(await check({ columns: { table: "people", required: ["id", "name"] } })).toMatchObject({
      passed: true,
    });
    const failed = await check({
      columns: { table: "people", required: { id: "BIGINT", email: "VARCHAR" } },
    });
    expect(failed.passed).toBe(false);
    expect(failed.message).toBe("email is missing");
    expect(
      (await check({ columns: { table: "people", required: { name: "BIGINT" } } })).message,
    ).toBe("name is VARCHAR, not BIGINT");
  });

  it("not_null and unique", async () => {
    expect(await check({ not_null: { table: "people", columns: ["name"] } })).toMatchObject({
      passed: true,
    });
    expect(await check({ not_null: { table: "people", columns: ["name", "age"] } })).toMatchObject({
      passed: false,
      observed: { name: 0, age: 1 },
      message: "age has 1 nulls",
    });
    expect(await check({ unique: { table: "people", columns: ["name"] } })).toMatchObject({
      passed: true,
    });
    expect(await check({ unique: { table: "people", columns: ["id"] } })).toMatchObject({
      passed: false,
      observed: 1,
      message: "1 values of id repeat",
    });
  });

  it("sql: passes when the query returns no rows; names nested tables by path", async () => {
    expect(await check({ sql: "SELECT * FROM people WHERE age > 100" })).toMatchObject({
      passed: true,
    });
    const failed = await check({ sql: "SELECT town FROM more__towns WHERE town = 'Leeds'" });
    expect(failed).toMatchObject({ passed: false, observed: 1 });
    expect(failed.message).toContain('"town":"Leeds"');
    expect(await check({ sql: "SELECT * FROM nowhere" })).toMatchObject({ passed: false });
  });

  it("command: passes on exit 0, fails with the exit code and last line", async () => {
    expect(await check({ command: "test -f people.csv" })).toMatchObject({ passed: true });
    expect(await check({ command: "echo missing towns >&2; exit 3" })).toMatchObject({
      passed: false,
      observed: 3,
      message: "exited 3: missing towns",
    });
  });

  it("a table must be named when the output has several, and severities decide what blocks", async () => {
    expect((await check({ row_count: { min: 1 } })).message).toContain(
      "the output has 2 tables; name one",
    );
    const checks: CheckConfig[] = ChecksSchema.parse([
      { row_count: { table: "people", min: 10 }, severity: "warn" },
      { unique: { table: "people", columns: ["id"] } },
    ]);
    const results = await runChecks({
      checks,
      dir,
      runner: new NodeProcessRunner(),
      env: process.env,
    });
    expect(blockingFailures(results).map((r) => r.name)).toEqual(["unique id"]);
  });

  it("refuses a check without bounds or of an unknown kind", () => {
    expect(ChecksSchema.safeParse([{ row_count: { table: "t" } }]).success).toBe(false);
    expect(ChecksSchema.safeParse([{ freshness: {} }]).success).toBe(false);
  });
});

describe("checks in the package stage", () => {
  const BUILD = `printf 'id,v\\n1,a\\n2,b\\n' > "$LIFECYCLE_OUTPUT_DIR/out.csv"`;

  it("records a warning that fires, and an error check blocks package naming the check and values", async () => {
    const project = await makeProject([{ id: "p", build_command: BUILD }]);
    const products = (extra: string) =>
      `products:\n  - id: p\n    build_command: ${JSON.stringify(BUILD)}\n    checks:\n${extra}`;
    const warn = "      - { name: enough rows, row_count: { min: 5 }, severity: warn }\n";
    await fs.writeFile(path.join(project.root, "products/products.yml"), products(warn));
    const first = await runCli(["materialize"], { cwd: project.root, env: process.env });
    expect(first.code).toBe(0);
    const layout = new StoreLayout(project.store);
    const manifest = JSON.parse(
      await fs.readFile(
        path.join(layout.stageDir("p", "main", "package"), "manifest.json"),
        "utf8",
      ),
    ) as { checks: { name: string; passed: boolean; severity: string; observed: number }[] };
    expect(manifest.checks).toEqual([
      expect.objectContaining({
        name: "enough rows",
        passed: false,
        severity: "warn",
        observed: 2,
      }),
    ]);
    const packaged = (await readEvents(layout)).find(
      (e) => e.asset === "p.package" && e.status === "success",
    );
    expect(packaged?.metadata.checks).toEqual(manifest.checks);

    const error =
      warn +
      "      - { name: ids unique, unique: { columns: [id] } }\n      - { name: no b, sql: \"SELECT * FROM out WHERE v = 'b'\" }\n";
    await fs.writeFile(path.join(project.root, "products/products.yml"), products(error));
    const second = await runCli(["materialize"], { cwd: project.root, env: process.env });
    expect(second.code).toBe(1);
    const failed = (await readEvents(layout)).filter(
      (e) => e.asset === "p.package" && e.status === "failed",
    );
    expect(failed.at(-1)?.error).toContain("checks failed, so p is not packaged");
    expect(failed.at(-1)?.error).toContain(
      `error check no b: 1 failing rows, first: {"id":2,"v":"b"}`,
    );
    // The previous package is still the current one.
    const kept = JSON.parse(
      await fs.readFile(
        path.join(layout.stageDir("p", "main", "package"), "manifest.json"),
        "utf8",
      ),
    ) as { checks: unknown[] };
    expect(kept.checks).toHaveLength(1);

    // lifecycle check runs them alone over the current build output: exit 1 on a blocking failure.
    const alone = await runCli(["check", "--select", "p"], { cwd: project.root, env: process.env });
    expect(alone.code).toBe(1);
    expect(alone.stdout).toContain("p [main]");
    expect(alone.stdout).toContain("WARN  enough rows: 2 rows; expected >= 5");
    expect(alone.stdout).toContain("pass  ids unique");
    expect(alone.stdout).toContain("FAIL  no b: 1 failing rows");
    const json = await runCli(["check", "--format", "json"], {
      cwd: project.root,
      env: process.env,
    });
    const parsed = JSON.parse(json.stdout) as { checks: { results: unknown[] }[] };
    expect(parsed.checks[0]?.results).toHaveLength(3);
  });
});
