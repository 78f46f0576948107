import fs from "node:fs";
import { it } from "vitest";
import { parseTemplateFile, runnability } from "../../src/config/template/index.js";
it("stats", () => {
  const dir = "/work/shared/corpus/nyc-dcp/ingest_templates";
  let runnable = 0; const reasons = new Map<string, number>();
  for (const f of fs.readdirSync(dir)) {
    const { template } = parseTemplateFile(f, fs.readFileSync(`${dir}/${f}`, "utf8"));
    const r = runnability(template!);
    if (r.runnable) runnable++;
    for (const x of r.reasons) reasons.set(x, (reasons.get(x) ?? 0) + 1);
  }
  console.log("runnable", runnable, [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 12));
});
