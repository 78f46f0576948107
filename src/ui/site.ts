import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildSiteData, type SiteBuild, type SiteOptions } from "./model.js";
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
  /** Of those, the front page's: index.html, app.js, data.js. */
  frontBytes: number;
}

/** Write the site: index.html, app.js, data.js (and data.json for `--serve`'s refresh), data/. */
export async function writeSite(out: string, options: SiteOptions): Promise<WrittenSite> {
  let app: string;
  try {
    app = await fs.readFile(appScriptPath(), "utf8");
  } catch {
    throw new Error(`${appScriptPath()} is missing: run "npm run build" to bundle the site's code`);
  }
  return writeSiteFiles(out, app, await buildSiteData(options));
}

async function writeFileAtomic(file: string, text: string): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.tmp`);
  await fs.writeFile(tmp, text);
  await fs.rename(tmp, file);
}

/** The on-demand files into a fresh directory, then swapped in for `data/` whole. */
async function writeDetails(out: string, files: ReadonlyMap<string, string>): Promise<number> {
  const fresh = path.join(out, ".data.new");
  await fs.rm(fresh, { recursive: true, force: true });
  await fs.mkdir(fresh, { recursive: true });
  let bytes = 0;
  for (const [name, text] of files) {
    await fs.writeFile(path.join(fresh, path.relative("data", name)), text);
    bytes += Buffer.byteLength(text);
  }
  await fs.rm(path.join(out, "data"), { recursive: true, force: true });
  await fs.rename(fresh, path.join(out, "data"));
  return bytes;
}

export async function writeSiteFiles(
  out: string,
  app: string,
  { data, files }: SiteBuild,
): Promise<WrittenSite> {
  await fs.mkdir(out, { recursive: true });
  const detailBytes = await writeDetails(out, files);
  const front: [string, string][] = [
    ["index.html", INDEX_HTML],
    ["app.js", app],
    ["data.js", dataScript(data)],
  ];
  const json = JSON.stringify(data);
  const all: [string, string][] = [...front, ["data.json", json]];
  for (const [name, text] of all) await writeFileAtomic(path.join(out, name), text);
  const frontBytes = front.reduce((n, [, text]) => n + Buffer.byteLength(text), 0);
  return { dir: out, data, frontBytes, bytes: frontBytes + Buffer.byteLength(json) + detailBytes };
}

export async function readAppScript(): Promise<string> {
  return fs.readFile(appScriptPath(), "utf8");
}
