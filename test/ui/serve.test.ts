import { spawn, type ChildProcess } from "node:child_process";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILT_CLI } from "../cli-run.js";
import { makeProject } from "../engine/helpers.js";
import { launch, watchedPage } from "./browser.js";

const SLOW = 'sleep 4; echo ok > "$LIFECYCLE_OUTPUT_DIR/out.txt"';
const children: ChildProcess[] = [];
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  for (const child of children) child.kill("SIGTERM");
  await browser?.close();
});

function start(args: string[], cwd: string): ChildProcess {
  const child = spawn(process.execPath, [BUILT_CLI, ...args], { cwd, stdio: "pipe" });
  children.push(child);
  return child;
}

async function servedUrl(child: ChildProcess): Promise<string> {
  let out = "";
  child.stdout?.setEncoding("utf8");
  for await (const chunk of child.stdout ?? []) {
    out += String(chunk);
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)?.[0];
    if (url) return url;
  }
  throw new Error(`ui --serve printed no address: ${out}`);
}

describe("lifecycle ui --serve", () => {
  it("shows a run in progress as running, then done, without a reload", async () => {
    const project = await makeProject([{ id: "slow", build_command: SLOW }]);
    const url = await servedUrl(start(["ui", "--serve"], project.root));
    expect(url.startsWith("http://127.0.0.1:")).toBe(true);
    const { page, offsite, errors } = await watchedPage(browser, url);
    await page.goto(url);
    await page.getByText("Runs (0)").waitFor();
    const run = start(["materialize"], project.root);
    const exited = new Promise<number | null>((resolve) => run.on("exit", resolve));
    await page.locator(".banner.state-running").waitFor({ timeout: 20_000 });
    expect(await page.locator(".runs li").first().textContent()).toMatch(/ running /);
    expect(await exited).toBe(0);
    await page.locator(".banner").waitFor({ state: "detached", timeout: 20_000 });
    await expect
      .poll(() => page.locator(".runs li").first().textContent())
      .toMatch(/ success · 4 tasks/);
    expect(await page.locator('[data-asset="slow.package"]').getAttribute("data-state")).toBe(
      "success",
    );
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  }, 90_000);
});
