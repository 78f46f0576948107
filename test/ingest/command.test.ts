import fs from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, StageFailure } from "../../src/core/errors.js";
import { Engine, quoteString } from "../../src/ingest/engine.js";
import { makeProject, readConfig, readRows, template } from "./helpers.js";

const S3_TEMPLATE = template(
  "vents",
  "  source: { type: s3, bucket: edm-private, key: inbox/{{ version }}/vent.zip }\n  file_format: { type: html }",
  ["name", "height"],
);

/** A script standing in for the team's Python ingest: writes a parquet and echoes its arguments. */
async function fakeIngestTool(root: string, exitCode = 0): Promise<string> {
  const parquet = path.join(root, "made-by-tool.parquet");
  const engine = await Engine.open();
  try {
    await engine.run(
      `COPY (SELECT 'tower' AS name, 12.5::DOUBLE AS height UNION ALL SELECT 'stack', 30) TO ${quoteString(parquet)} (FORMAT parquet)`,
    );
  } finally {
    engine.close();
  }
  const script = path.join(root, "ingest-tool.sh");
  await fs.writeFile(
    script,
    [
      'echo "ingesting $1 $2"',
      'printf "%s\\n" "$1" "$2" "$3" "$LIFECYCLE_TEMPLATE_ID" "$LIFECYCLE_INGEST_VERSION" "$LIFECYCLE_OUTPUT_DIR" > "$3/args.txt"',
      `cp ${parquet} "$LIFECYCLE_OUTPUT_DIR/$LIFECYCLE_TEMPLATE_ID.parquet"`,
      'echo "{\\"by\\": \\"tool\\"}" > "$3/config.json"',
      `exit ${exitCode}`,
    ].join("\n"),
  );
  return `sh ${script}`;
}

describe("ingest_command (the escape hatch for templates lifecycle cannot run)", () => {
  it("without it, names the source type and format and says how to configure one", async () => {
    const project = await makeProject();
    await project.addTemplate("vents", S3_TEMPLATE);
    const error = await project.ingest("vents", { version: "1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(
      /lifecycle cannot ingest template "vents" itself \(file format "html"\).*Set ingest_command in lifecycle\.yml/,
    );
  });

  it("says html is not supported, even from a source it can fetch", async () => {
    const project = await makeProject();
    await project.addTemplate(
      "shapes",
      template(
        "shapes",
        "  source: { type: local_file, path: a.zip }\n  file_format: { type: html }",
      ),
    );
    await expect(project.ingest("shapes", { version: "1" })).rejects.toThrow(
      'lifecycle cannot ingest template "shapes" itself (file format "html")',
    );
  });

  it("runs the command with template id, version and output directory, and records its outputs", async () => {
    const project = await makeProject();
    project.settings.ingest_command = await fakeIngestTool(project.root);
    await project.addTemplate("vents", S3_TEMPLATE);
    const lines: string[] = [];
    const result = await project.ingest("vents", { version: "2024-06", log: (l) => lines.push(l) });
    expect(lines).toContain("ingesting vents 2024-06");
    const args = (await fs.readFile(path.join(result.dir, "args.txt"), "utf8")).trim().split("\n");
    expect(args.slice(0, 2)).toEqual(["vents", "2024-06"]);
    expect(args.slice(3, 5)).toEqual(["vents", "2024-06"]);
    expect(args[2]).toBe(args[5]);
    expect(await readRows(path.join(result.dir, "vents.parquet"))).toEqual([
      { name: "tower", height: 12.5 },
      { name: "stack", height: 30 },
    ]);
    const config = await readConfig(result.dir);
    expect(config).toMatchObject({
      id: "vents",
      version: "2024-06",
      ingestedBy: "ingest_command",
      notRunnableHere: ['file format "html"'],
      source: { type: "s3", key: "inbox/2024-06/vent.zip" },
      rows: 2,
      columns: [
        { name: "name", type: "VARCHAR" },
        { name: "height", type: "DOUBLE" },
      ],
    });
    const outputs = (config.outputs as { file: string; sha256: string }[]).map((o) => o.file);
    expect(outputs).toEqual(["args.txt", "config.command.json", "vents.parquet"]);
    expect(await fs.readFile(path.join(result.dir, "config.command.json"), "utf8")).toContain(
      '"by": "tool"',
    );
  });

  it("a failing command is a stage failure that keeps the previous version", async () => {
    const project = await makeProject();
    project.settings.ingest_command = await fakeIngestTool(project.root);
    await project.addTemplate("vents", S3_TEMPLATE);
    const first = await project.ingest("vents", { version: "1" });
    const before = await readConfig(first.dir);
    project.settings.ingest_command = await fakeIngestTool(project.root, 3);
    const error = await project.ingest("vents", { version: "1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StageFailure);
    expect((error as Error).message).toBe("ingest_command for vents exited with code 3");
    expect(await readConfig(first.dir)).toEqual(before);
  });

  it("checks the template's columns against what the command wrote", async () => {
    const project = await makeProject();
    project.settings.ingest_command = await fakeIngestTool(project.root);
    await project.addTemplate("vents", S3_TEMPLATE.replace("- id: height", "- id: elevation"));
    await expect(project.ingest("vents", { version: "1" })).rejects.toThrow(
      "columns check failed: missing: elevation; unexpected: height",
    );
  });
});
