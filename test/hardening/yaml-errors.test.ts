import fs from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli-run.js";
import { makeProject } from "../engine/helpers.js";

const BOMB = `a: &a ["x","x","x","x","x","x","x","x","x"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
`;
const MERGE_BOMB = `a: &a {k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: 7, k8: 8}
b: &b {<<: [*a, *a, *a, *a, *a, *a, *a, *a]}
c: &c {<<: [*b, *b, *b, *b, *b, *b, *b, *b], x: *b, y: *b, z: *b}
d: &d {<<: [*c, *c, *c, *c, *c, *c, *c, *c], x: *c, y: *c, z: *c}
e: &e {x: *d, y: *d, z: *d, w: *d}
`;

/** Each bad text, where its error must be reported (line:column) and what it must say. */
const CASES: { name: string; text: string; at: string; says: RegExp }[] = [
  { name: "an alias bomb", text: BOMB, at: "2:8", says: /alias bomb/ },
  { name: "a merge-key alias bomb", text: MERGE_BOMB, at: "2:13", says: /alias bomb/ },
  {
    name: "an unresolved alias",
    text: "x: 1\ny: *nope\n",
    at: "2:4",
    says: /Unresolved alias.*nope/,
  },
  { name: "an alias as a key", text: "*k : 1\n", at: "1:1", says: /Unresolved alias/ },
  { name: "a self-containing alias", text: "a: &a [1, *a]\n", at: "1:11", says: /alias|itself/ },
  { name: "an unclosed flow sequence", text: "x: [1\n", at: "2:1", says: /Flow sequence/ },
  { name: "a tab as indentation", text: "x:\n\ty: 1\n", at: "2:1", says: /Tabs/ },
  {
    name: "collections nested beyond the stack",
    text: `x: ${"[".repeat(20_000)}${"]".repeat(20_000)}\n`,
    at: "1:\\d+",
    says: /nested too deeply/,
  },
];

/** Every configuration file kind, and how the bad text goes into it. */
const FILES: { file: string; wrap: (text: string) => string }[] = [
  { file: "lifecycle.yml", wrap: (t) => t },
  { file: "ingest_templates/t1.yml", wrap: (t) => `id: t1\n${t}` },
  { file: "products/alpha/recipe.yml", wrap: (t) => `name: alpha\nproduct: alpha\n${t}` },
];

const shifted = (at: string, lines: number) =>
  at.replace(/^(\d+)/, (line) => String(Number(line) + lines));

describe("every YAML error names file, line and column; materialize exits 2", () => {
  for (const { file, wrap } of FILES)
    for (const c of CASES)
      it(`${c.name} in ${file}`, async () => {
        const project = await makeProject([{ id: "alpha", build_command: "true" }]);
        const target = path.join(project.root, file);
        await fs.mkdir(path.dirname(target), { recursive: true });
        await fs.writeFile(target, wrap(c.text));
        const result = await runCli(["materialize"], { cwd: project.root });
        const extra = wrap("").split("\n").length - 1;
        expect(result.code).toBe(2);
        const located = new RegExp(
          `^${file.replace(/\./g, "\\.")}:${shifted(c.at, extra)}: error: `,
          "m",
        );
        expect(result.stderr).toMatch(located);
        expect(result.stderr).toMatch(c.says);
      }, 30_000);
});
