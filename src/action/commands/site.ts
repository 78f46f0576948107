import fs from "node:fs/promises";
import path from "node:path";
import { buildSiteData } from "../../ui/model.js";
import { writeSiteFiles } from "../../ui/site.js";
import type { ActionContext } from "../context.js";
import type { CommandOutcome } from "./outcome.js";

/**
 * The site's browser code: `npm run bundle` puts it beside the action's entry (dist/ui/app.js);
 * from a source checkout, the one `npm run build` leaves in build/.
 */
async function appScript(entry: string): Promise<string> {
  const candidates = [
    path.join(path.dirname(entry), "ui", "app.js"),
    path.resolve("build", "src", "ui", "web", "app.js"),
  ];
  for (const file of candidates) {
    const text = await fs.readFile(file, "utf8").catch(() => undefined);
    if (text !== undefined) return text;
  }
  throw new Error(`the status site's code is missing: looked for ${candidates.join(", ")}`);
}

/** `site`: write the status site (`lifecycle ui --out`) into `site-dir`, for a Pages artifact. */
export async function siteCommand(context: ActionContext): Promise<CommandOutcome> {
  const out = path.resolve(context.workspace, context.inputs["site-dir"]);
  const app = await appScript(process.argv[1] ?? "");
  const data = await buildSiteData({ root: context.root, store: context.store });
  const written = await writeSiteFiles(out, app, data);
  context.io.info(
    `wrote ${path.join(out, "index.html")} (${data.data.assets.length} assets, ${data.data.runs.length} runs, ${(written.bytes / 1024).toFixed(0)} KiB)`,
  );
  return { ok: true };
}
