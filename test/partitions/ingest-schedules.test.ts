import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadProject } from "../../src/config/project.js";
import { loadScheduledProject } from "../../src/partitions/project-products.js";
import { generateScheduleWorkflow } from "../../src/partitions/schedule-workflow.js";
import { resolveDueSchedules } from "../../src/partitions/schedules.js";
import { runCli } from "../cli-run.js";

const TEMPLATE = (id: string) => `id: ${id}
attributes:
  name: ${id}
ingestion:
  source:
    type: local_file
    path: data/${id}.csv
  file_format:
    type: csv
`;

const FILES: Record<string, string> = {
  "products/products.yml": `products:
  - id: profile
    tags: [weekly]
    build_command: "true"
  - id: other
    build_command: "true"
`,
  "products/profile/recipe.yml":
    "name: Profile\ninputs:\n  datasets:\n  - name: boroughs\n  - name: parks\n",
  "ingest_templates/boroughs.yml": TEMPLATE("boroughs"),
  "ingest_templates/parks.yml": TEMPLATE("parks"),
  "ingest_templates/zoning.yml": TEMPLATE("zoning"),
};

let root: string;
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-ingest-schedules-"));
  for (const [file, text] of Object.entries(FILES)) {
    await fs.mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await fs.writeFile(path.join(root, file), text);
  }
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

const settings = (text: string) => fs.writeFile(path.join(root, "lifecycle.yml"), text);

describe("ingest schedules (lifecycle.yml ingest_schedules)", () => {
  it("select templates by id, inputs:<product> and tag:<tag>, and resolve the version at the tick", async () => {
    await settings(`ingest_schedules:
  - name: monday
    cron: "0 5 * * 1"
    timezone: America/New_York
    templates: ["inputs:profile", zoning]
  - name: tagged
    cron: "0 6 * * *"
    templates: ["tag:weekly"]
    version: yesterday
`);
    const project = await loadScheduledProject(root);
    expect(project.ingest?.map((j) => [j.jobId, j.templates])).toEqual([
      ["ingest__monday", ["boroughs", "parks", "zoning"]],
      ["ingest__tagged", ["boroughs", "parks"]],
    ]);
    // Monday 2026-12-07 05:00 in New York is 10:00 UTC; GitHub starts the run 20 minutes late.
    const due = resolveDueSchedules(project, {
      cron: "0 5 * * 1",
      now: new Date("2026-12-07T10:20:00Z"),
    });
    expect(due).toEqual([
      {
        job: "ingest__monday",
        kind: "ingest",
        product: "boroughs,parks,zoning",
        schedule: "monday",
        tick: "2026-12-07T10:00:00.000Z",
        timezone: "America/New_York",
        partition: "2026-12-07",
      },
    ]);
    const manual = resolveDueSchedules(project, {
      schedule: "tagged",
      now: new Date("2026-12-07T00:30:00Z"),
    });
    expect(manual.map((d) => d.partition)).toEqual(["2026-12-06"]);
  });

  it("generates a call of the ingest workflow per schedule", async () => {
    await settings(`ingest_schedules:
  - name: monday
    cron: "0 5 * * 1"
    templates: [boroughs]
    version: 25v1
`);
    const workflow = parse(generateScheduleWorkflow(await loadScheduledProject(root)));
    expect(workflow.on.schedule).toEqual([{ cron: "0 5 * * 1" }]);
    expect(workflow.jobs.resolve.outputs).toEqual({
      ingest__monday: "${{ steps.due.outputs.ingest__monday }}",
    });
    expect(workflow.jobs.ingest__monday).toEqual({
      name: "ingest (monday)",
      needs: "resolve",
      if: "needs.resolve.outputs.ingest__monday != ''",
      permissions: { contents: "read", actions: "read" },
      uses: "lifecycle-dev/lifecycle/.github/workflows/ingest.yml@v0.2.0",
      with: {
        templates: "boroughs",
        version: "${{ needs.resolve.outputs.ingest__monday }}",
        force: false,
      },
    });
    const cli = await runCli(["schedules", "resolve", "--schedule", "monday"], { cwd: root });
    expect(cli.stdout).toMatch(/^ingest boroughs \(monday, tick .*\): 25v1\n$/);
  });

  it("reports what names nothing on its line, and a bad version", async () => {
    await settings(`ingest_schedules:
  - name: monday
    cron: "0 5 * * 1"
    templates: [boroughs, nowhere, "inputs:ghost", "tag:none"]
`);
    const shown = async () =>
      (await loadProject(root)).diagnostics.map(
        (d) => `${d.file}:${d.line}:${d.column} ${d.path}: ${d.message}`,
      );
    expect(await shown()).toEqual([
      'lifecycle.yml:4:27 ingest_schedules[0].templates[1]: unknown ingest template or dataset "nowhere"; templates: boroughs, parks, zoning (or inputs:<product>, tag:<tag>, *)',
      'lifecycle.yml:4:36 ingest_schedules[0].templates[2]: unknown product "ghost"; products: profile, other',
      'lifecycle.yml:4:52 ingest_schedules[0].templates[3]: no product has the tag "none"',
    ]);
    await settings(`ingest_schedules:
  - name: bad
    cron: "0 5 * * 2"
    templates: [boroughs]
    version: "a b"
`);
    expect(await shown()).toEqual([
      'lifecycle.yml:5:14 ingest_schedules[0].version: expected today, yesterday or a version such as 2025-01-15 or 25v1 (received "a b")',
    ]);
  });
});
