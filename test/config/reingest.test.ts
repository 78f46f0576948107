import fs from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli-run.js";
import { writeProject } from "./helpers.js";

describe("re-ingesting a version", () => {
  it("with the same content leaves dependants up to date; with new content re-plans them", async () => {
    const root = await writeProject({
      "products/products.yml": "products:\n  - id: p\n    build_command: 'true'\n",
      "products/p/recipe.yml": "name: P\ninputs:\n  datasets:\n    - name: t\n      version: '1'\n",
      "ingest_templates/t.yml":
        "id: t\ningestion:\n  source:\n    type: local_file\n    path: t.csv\n  file_format:\n    type: csv\n",
      "t.csv": "a\n1\n",
    });
    const ingest = () => runCli(["ingest", "t", "--version", "1"], { cwd: root });
    const build = () => runCli(["materialize", "--select", "p"], { cwd: root });
    expect((await ingest()).code).toBe(0);
    expect((await build()).stdout).toMatch(/ok +p\.plan/);
    expect((await ingest()).code).toBe(0);
    const again = await build();
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/skipped +p\.plan/);
    await fs.writeFile(path.join(root, "t.csv"), "a\n2\n");
    expect((await ingest()).code).toBe(0);
    expect((await build()).stdout).toMatch(/ok +p\.plan/);
  });
});
