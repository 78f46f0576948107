import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildSiteData, type SiteOptions } from "./model.js";
import { INDEX_HTML } from "./page.js";
import type { SiteData } from "./site-data.js";

/** The bundled browser code, as `npm run build` leaves it beside the built CLI. */
function appScriptPath(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const built = here.includes(`${path.sep}build${path.sep}`)
    ? here
    : path.join(here, "../../build/src/ui");
  return path.join(built, "web", "app.js");
}

/** `data.js` assigns the data to a global (a script loads from file://, where fetch cannot). */
export function dataScript(data: SiteData): string {
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return `window.LIFECYCLE_DATA = ${json};\n`;
}

export interface WrittenSite {
  dir: string;
  data: SiteData;
  bytes: number;
}

/** Write the site: index.html, app.js, data.js (and data.json for `--serve`'s refresh). */
export async function writeSite(out: string, options: SiteOptions): Promise<WrittenSite> {
  let app: string;
  try {
    app = await fs.readFile(appScriptPath(), "utf8");
  } catch {
    throw new Error(`${appScriptPath()} is missing: run "npm run build" to bundle the site's code`);
  }
  const data = await buildSiteData(options);
  return writeSiteFiles(out, app, data);
}

export async function writeSiteFiles(
  out: string,
  app: string,
  data: SiteData,
): Promise<WrittenSite> {
  await fs.mkdir(out, { recursive: true });
  const json = JSON.stringify(data);
  const files: [string, string][] = [
    ["index.html", INDEX_HTML],
    ["app.js", app],
    ["data.js", dataScript(data)],
    ["data.json", json],
  ];
  for (const [name, text] of files) {
    const tmp = path.join(out, `.${name}.tmp`);
    await fs.writeFile(tmp, text);
    await fs.rename(tmp, path.join(out, name));
  }
  const bytes = files.reduce((n, [, text]) => n + Buffer.byteLength(text), 0);
  return { dir: out, data, bytes };
}

export async function readAppScript(): Promise<string> {
  return fs.readFile(appScriptPath(), "utf8");
}
