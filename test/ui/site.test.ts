import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILT_CLI } from "../cli-run.js";
import { copyDemoRepo, REPO_ROOT, startDemoServer, type DemoServer } from "../support/demo-repo.js";
import { launch, watchedPage } from "./browser.js";

const run = promisify(execFile);
const SHOTS = path.join(REPO_ROOT, "test-output");
const BROKEN = `
- id: broken
  description: fails on purpose, for the site test
  version: "1.0"
  build_command: "echo reading input; echo boom: column bbl missing >&2; exit 3"
`;

interface Row {
  asset: string;
  partition: string;
  status?: string;
  stale: boolean;
}

let server: DemoServer;
let browser: Browser;
let root: string;
let index: string;
let rows: Row[];

async function cli(args: string[]): Promise<string> {
  try {
    return (await run(process.execPath, [BUILT_CLI, ...args], { cwd: root })).stdout;
  } catch (error) {
    return (error as { stdout: string }).stdout;
  }
}

beforeAll(async () => {
  server = await startDemoServer();
  root = await copyDemoRepo(server.url);
  await fs.appendFile(path.join(root, "products/products.yml"), BROKEN);
  await cli(["materialize"]);
  await cli(["ui", "--out", "site"]);
  rows = (JSON.parse(await cli(["status", "--format", "json"])) as { assets: Row[] }).assets;
  index = pathToFileURL(path.join(root, "site/index.html")).href;
  browser = await launch();
  await fs.mkdir(SHOTS, { recursive: true });
}, 240_000);
afterAll(async () => {
  await browser?.close();
  server?.stop();
});

function expectedState(row: Row): string {
  if (row.status === undefined) return "missing";
  if (row.status === "failed" || row.status === "cancelled") return row.status;
  return row.stale ? "stale" : "success";
}

describe("the status site in Chromium", () => {
  it("shows every asset and partition with its state, with no request off the page and no error", async () => {
    const { page, offsite, errors } = await watchedPage(browser);
    await page.goto(index);
    const assets = [...new Set(rows.map((r) => r.asset))];
    expect(assets.length).toBeGreaterThan(20);
    const shown = await page.$$eval("[data-asset]", (els) =>
      els.map((e) => [e.getAttribute("data-asset"), e.getAttribute("data-state")]),
    );
    expect(new Set(shown.map(([id]) => id))).toEqual(new Set(assets));
    expect(shown).toContainEqual(["broken.build", "failed"]);
    await page.screenshot({ path: path.join(SHOTS, "front-page.png"), fullPage: true });
    for (const asset of assets) {
      await page.goto(`${index}#/asset/${encodeURIComponent(asset)}`);
      const cells = await page.$$eval(".bar .cell", (els) =>
        els.map((e) => [e.getAttribute("data-partition"), e.getAttribute("data-state")]),
      );
      const want = rows
        .filter((r) => r.asset === asset)
        .map((r) => [r.partition, expectedState(r)]);
      expect(cells.sort(), asset).toEqual(want.sort());
    }
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);

  it("opens a failed task's error and log tail in one click from the front page", async () => {
    const { page, errors } = await watchedPage(browser);
    await page.goto(index);
    await page.getByRole("link", { name: /^broken\.build @ / }).click();
    const error = page.locator("pre.error").first();
    await expect.poll(() => error.textContent()).toMatch(/exit code 3/);
    expect(await error.textContent()).toContain("boom: column bbl missing");
    await page.goto(index);
    await page.locator(".runs a").first().click();
    await page.locator("pre.error").first().waitFor();
    await page.screenshot({ path: path.join(SHOTS, "failed-run.png"), fullPage: true });
    expect(errors).toEqual([]);
  }, 60_000);

  it("opens an asset's partition from a deep link, and is usable by keyboard", async () => {
    const { page, errors } = await watchedPage(browser);
    const partition = rows.find((r) => r.asset === "borough_profile.package")?.partition ?? "";
    await page.goto(
      `${index}#/asset/borough_profile.package/partition/${encodeURIComponent(partition)}`,
    );
    expect(await page.locator("#asset-title").textContent()).toContain("borough_profile.package");
    expect(await page.locator("#partition-title").textContent()).toBe(`Partition ${partition}`);
    await page.goto(index);
    let focused = "";
    for (let i = 0; i < 10 && !focused.startsWith("broken.build"); i++) {
      await page.keyboard.press("Tab");
      focused = String(await page.evaluate('document.activeElement?.textContent ?? ""'));
    }
    expect(focused).toMatch(/^broken\.build @ /);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.url()).toContain("#/asset/broken.build/partition/");
    expect(errors).toEqual([]);
  }, 60_000);
});
