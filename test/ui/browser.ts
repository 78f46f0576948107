import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = process.env.LIFECYCLE_CHROMIUM ?? "/usr/bin/chromium";

export interface WatchedPage {
  page: Page;
  /** Requests that tried to leave file:// (each aborted). */
  offsite: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
}

/** A page whose every request outside `allowed` is aborted and recorded, and whose errors are kept. */
export async function watchedPage(browser: Browser, allowed = "file://"): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const offsite: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(allowed)) return route.continue();
    offsite.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  return { page, offsite, errors };
}
