import fs from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseTemplateFile } from "../../src/config/template/index.js";
import { makeProject, readConfig, readRows, template, type TestProject } from "./helpers.js";

const CSV = [
  " Name ,Zip-Code,Amount,Opened,Kind",
  "  Alpha ,10001,1.0,2024-01-05,park",
  "Beta,10002,2.5,01/31/2024,school",
  "  Alpha ,10001,1.0,2024-01-05,park",
  "Gamma,,3.0,,library",
].join("\n");

/** Ingest CSV (the fixture above unless given) with the given processing steps (YAML list items). */
async function ingestWith(
  steps: string,
  options: {
    csv?: string;
    columns?: string[];
    project?: TestProject;
    version?: string;
    mode?: string;
  } = {},
) {
  const project = options.project ?? (await makeProject());
  await fs.writeFile(path.join(project.root, "data.csv"), options.csv ?? `${CSV}\n`);
  const body = `  source: { type: local_file, path: data.csv }\n  file_format: { type: csv, dtype: { Zip-Code: str } }\n  processing_steps:\n${steps}`;
  await project.addTemplate("data", template("data", body, options.columns));
  const result = await project.ingest("data", {
    version: options.version ?? "1",
    ...(options.mode ? { mode: options.mode } : {}),
  });
  return { project, result, rows: await readRows(path.join(result.dir, "data.parquet")) };
}

function schemaErrors(steps: string): string[] {
  const text = template(
    "data",
    `  source: { type: local_file, path: data.csv }\n  file_format: { type: csv }\n  processing_steps:\n${steps}`,
  );
  return parseTemplateFile("data.yml", text).diagnostics.map((d) => `${d.path}: ${d.message}`);
}

describe("clean_column_names", () => {
  it("strips, replaces and lowercases, in that order", async () => {
    const { rows, result } = await ingestWith(
      `  - name: clean_column_names\n    args: { strip: true, replace: { "-": "_" }, lower: true }`,
    );
    expect(Object.keys(rows[0] ?? {})).toEqual(["name", "zip_code", "amount", "opened", "kind"]);
    expect(result.metadata.steps).toEqual([
      {
        name: "clean_column_names",
        rowsIn: 4,
        rowsOut: 4,
        columns: {
          added: [],
          removed: [],
          changed: [],
          renamed: {
            " Name ": "name",
            "Zip-Code": "zip_code",
            Amount: "amount",
            Opened: "opened",
            Kind: "kind",
          },
        },
      },
    ]);
  });

  it("refuses to give two columns the same name", async () => {
    await expect(
      ingestWith(`  - name: clean_column_names\n    args: { replace: { "Zip-Code": "Kind" } }`),
    ).rejects.toThrow('processing step 1 (clean_column_names): two columns would be named "Kind"');
  });

  it("rejects arguments it does not know", () => {
    expect(schemaErrors(`  - name: clean_column_names\n    args: { upper: true }`)).toEqual([
      'ingestion.processing_steps[0].args.upper: unknown field "upper"; allowed: replace, lower, strip',
    ]);
  });
});

describe("rename_columns", () => {
  it("renames, and with drop_others keeps only the renamed columns", async () => {
    const { rows } = await ingestWith(
      `  - name: rename_columns\n    args: { map: { Kind: type, Amount: amt }, drop_others: true }`,
    );
    expect(rows[1]).toEqual({ amt: 2.5, type: "school" });
  });

  it("names the column that is not there", async () => {
    await expect(
      ingestWith(`  - name: rename_columns\n    args: { map: { Nope: x } }`),
    ).rejects.toThrow(
      'processing step 1 (rename_columns): no column "Nope"; columns:  Name , Zip-Code, Amount, Opened, Kind',
    );
  });

  it("requires a map", () => {
    expect(schemaErrors(`  - name: rename_columns\n    args: {}`)).toEqual([
      "ingestion.processing_steps[0].args.map: Invalid input: expected record, received undefined (received nothing); allowed: record",
    ]);
  });
});

describe("filter_columns", () => {
  it("keeps the listed columns in the listed order, or drops them", async () => {
    const kept = await ingestWith(
      `  - name: filter_columns\n    args: { columns: [Kind, Amount] }`,
    );
    expect(kept.rows[0]).toEqual({ Kind: "park", Amount: 1 });
    const dropped = await ingestWith(
      `  - name: filter_columns\n    args: { columns: [" Name ", Opened, Kind], mode: drop }`,
    );
    expect(dropped.rows[0]).toEqual({ "Zip-Code": "10001", Amount: 1 });
  });

  it("names a missing column and rejects an empty list", async () => {
    await expect(
      ingestWith(`  - name: filter_columns\n    args: { columns: [Kind, Missing] }`),
    ).rejects.toThrow('no column "Missing"');
    expect(schemaErrors(`  - name: filter_columns\n    args: { columns: [] }`)[0]).toMatch(
      /args\.columns: Too small/,
    );
  });
});

describe("coerce_column_types", () => {
  it("converts to string (whole floats without .0), numeric, integer and date", async () => {
    const { rows, result } = await ingestWith(
      `  - name: coerce_column_types\n    args: { column_types: { Amount: string, Zip-Code: integer, Opened: date } }`,
      { csv: "Zip-Code,Amount,Opened\n10001,1.0,2024-01-05\n10002,2.5,01/31/2024\n,3.0,\n" },
    );
    expect(rows.map((r) => r.Amount)).toEqual(["1", "2.5", "3"]);
    expect(rows.map((r) => r["Zip-Code"])).toEqual([10001, 10002, null]);
    expect(
      rows.map((r) => (r.Opened instanceof Date ? r.Opened.toISOString().slice(0, 10) : r.Opened)),
    ).toEqual(["2024-01-05", "2024-01-31", null]);
    const [summary] = result.metadata.steps as {
      columns: { changed: string[] };
      details: unknown;
    }[];
    expect(summary?.columns.changed).toEqual(["Amount", "Zip-Code", "Opened"]);
    expect(summary?.details).toEqual({
      from: { Amount: "DOUBLE", "Zip-Code": "VARCHAR", Opened: "VARCHAR" },
      to: { Amount: "string", "Zip-Code": "integer", Opened: "date" },
    });
  });

  it("fails on a value it cannot convert, showing it; errors: coerce makes it null", async () => {
    const csv = "Kind,When\npark,2024-01-01\nschool,someday\n";
    await expect(
      ingestWith(`  - name: coerce_column_types\n    args: { column_types: { When: datetime } }`, {
        csv,
      }),
    ).rejects.toThrow(
      'column "When": 1 value(s) cannot be read as datetime, e.g. "someday" (set errors: coerce to turn them into nulls)',
    );
    const { rows } = await ingestWith(
      `  - name: coerce_column_types\n    args: { column_types: { When: datetime, Kind: numeric }, errors: coerce }`,
      { csv },
    );
    expect(rows.map((r) => [r.Kind, r.When === null ? null : "date"])).toEqual([
      [null, "date"],
      [null, null],
    ]);
  });

  it("allows only the types pandas-based templates use", () => {
    expect(
      schemaErrors(`  - name: coerce_column_types\n    args: { column_types: { a: float } }`)[0],
    ).toMatch(/column_types\.a: .*"numeric", "integer", "bigint", "string", "date", "datetime"/);
  });
});

describe("strip_columns", () => {
  it("strips whitespace from every text column and counts the values changed", async () => {
    const { rows, result } = await ingestWith(`  - name: strip_columns`);
    expect(rows.map((r) => r[" Name "])).toEqual(["Alpha", "Beta", "Alpha", "Gamma"]);
    const [summary] = result.metadata.steps as { details: unknown }[];
    expect(summary?.details).toEqual({
      valuesChanged: { " Name ": 2, "Zip-Code": 0, Opened: 0, Kind: 0 },
    });
  });

  it("strips only the columns listed, and names a missing one", async () => {
    const { result } = await ingestWith(`  - name: strip_columns\n    args: { cols: [" Name "] }`);
    expect(result.metadata.steps).toMatchObject([{ columns: { changed: [" Name "] } }]);
    await expect(ingestWith(`  - name: strip_columns\n    args: { cols: [Nope] }`)).rejects.toThrow(
      'strip_columns): cols: no column "Nope"',
    );
  });
});

describe("deduplicate", () => {
  it("drops repeated rows, keeping the first of each in the original order", async () => {
    const { rows, result } = await ingestWith(`  - name: deduplicate`);
    expect(rows.map((r) => r.Kind)).toEqual(["park", "school", "library"]);
    expect(result.metadata.steps).toMatchObject([{ name: "deduplicate", rowsIn: 4, rowsOut: 3 }]);
  });

  it("deduplicates a table made by an earlier row step the same way", async () => {
    const { rows, result } = await ingestWith(
      `  - name: filter_rows\n    args: { type: contains, column_name: Kind, val: "park|library" }\n  - name: deduplicate`,
    );
    expect(rows.map((r) => r.Kind)).toEqual(["park", "library"]);
    expect(result.metadata.steps).toMatchObject([
      { rowsIn: 4, rowsOut: 3 },
      { rowsIn: 3, rowsOut: 2 },
    ]);
  });

  it("deduplicates by some columns after sorting", async () => {
    const csv = "k,v\na,1\nb,5\na,3\nb,2\n";
    const { rows } = await ingestWith(
      `  - name: deduplicate\n    args: { by: k, sort_columns: [v], sort_ascending: false }`,
      { csv },
    );
    expect(rows).toEqual([
      { k: "b", v: 5 },
      { k: "a", v: 3 },
    ]);
  });

  it("keeps first-occurrence order on an input large enough for DuckDB to read in parallel", async () => {
    const rowCount = 300_000;
    const lines = Array.from({ length: rowCount }, (_, i) => `${(i * 7919) % 100_000},x`);
    const csv = `k,v\n${lines.join("\n")}\n`;
    const expected = [...new Set(lines.map((line) => Number(line.split(",")[0])))];
    const direct = await ingestWith(`  - name: deduplicate`, { csv });
    expect(direct.rows.map((r) => r.k)).toEqual(expected);
    const afterRowStep = await ingestWith(
      `  - name: filter_rows\n    args: { type: equals, column_name: v, val: x }\n  - name: deduplicate`,
      { csv },
    );
    expect(afterRowStep.rows.map((r) => r.k)).toEqual(expected);
  });

  it("names a missing column", async () => {
    await expect(ingestWith(`  - name: deduplicate\n    args: { by: [nope] }`)).rejects.toThrow(
      'deduplicate): by: no column "nope"',
    );
  });
});

describe("filter_rows", () => {
  it("keeps rows that equal a value or contain a pattern", async () => {
    const equals = await ingestWith(
      `  - name: filter_rows\n    args: { type: equals, column_name: Kind, val: park }`,
    );
    expect(equals.rows).toHaveLength(2);
    const contains = await ingestWith(
      `  - name: filter_rows\n    args: { type: contains, column_name: Kind, val: "school|library" }`,
    );
    expect(contains.rows.map((r) => r.Kind)).toEqual(["school", "library"]);
    const numeric = await ingestWith(
      `  - name: filter_rows\n    args: { type: equals, column_name: 2, val: 2.5 }`,
    );
    expect(numeric.rows.map((r) => r.Kind)).toEqual(["school"]);
    expect(numeric.result.metadata.steps).toMatchObject([{ rowsIn: 4, rowsOut: 1 }]);
  });

  it("rejects an unknown comparison and a missing column", async () => {
    expect(
      schemaErrors(
        `  - name: filter_rows\n    args: { type: startswith, column_name: a, val: x }`,
      )[0],
    ).toMatch(/args\.type: .*"equals", "contains"/);
    await expect(
      ingestWith(`  - name: filter_rows\n    args: { type: equals, column_name: nope, val: x }`),
    ).rejects.toThrow('no column "nope"');
  });
});

describe("update_column", () => {
  it("sets a column to one value, adding it when missing", async () => {
    const { rows, result } = await ingestWith(
      `  - name: update_column\n    args: { column_name: Kind, val: site }\n  - name: update_column\n    args: { column_name: source, val: 7 }`,
    );
    expect(rows[0]).toMatchObject({ Kind: "site", source: 7 });
    expect(result.metadata.steps).toMatchObject([
      { columns: { changed: ["Kind"] } },
      { columns: { added: ["source"] } },
    ]);
  });

  it("requires a column name", () => {
    expect(schemaErrors(`  - name: update_column\n    args: { val: 1 }`)[0]).toMatch(
      /args\.column_name: Invalid input/,
    );
  });
});

describe("append_prev", () => {
  it("appends the previous version's rows before this version's", async () => {
    const first = await ingestWith("  - name: filter_columns\n    args: { columns: [Kind] }", {
      version: "v1",
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await ingestWith(
      "  - name: filter_columns\n    args: { columns: [Kind] }\n  - name: append_prev",
      {
        project: first.project,
        version: "v2",
        csv: " Name ,Zip-Code,Amount,Opened,Kind\nx,1,1,2024-01-01,new\n",
      },
    );
    expect(second.rows.map((r) => r.Kind)).toEqual(["park", "school", "park", "library", "new"]);
    expect(second.result.metadata.steps).toMatchObject([
      {},
      {
        name: "append_prev",
        rowsIn: 1,
        rowsOut: 5,
        details: { previousVersion: "v1", rowsAppended: 4 },
      },
    ]);
  });

  it("fails clearly when the store holds no earlier version", async () => {
    await expect(ingestWith("  - name: append_prev")).rejects.toThrow(
      "append_prev): no previous version of this dataset in the store",
    );
    await expect(ingestWith("  - name: append_prev\n    args: { version: v0 }")).rejects.toThrow(
      'no "v0" version',
    );
  });
});

describe("reading CSV", () => {
  it("reads again, sniffing every row, when a late value does not fit the sniffed type", async () => {
    const csv = `id,code\n${Array.from({ length: 30_000 }, (_, i) => `${i},${i}`).join("\n")}\n30000,X-1\n`;
    const lines: string[] = [];
    const project = await makeProject();
    await fs.writeFile(path.join(project.root, "late.csv"), csv);
    await project.addTemplate(
      "late",
      template(
        "late",
        "  source: { type: local_file, path: late.csv }\n  file_format: { type: csv }",
      ),
    );
    const result = await project.ingest("late", { version: "1", log: (l) => lines.push(l) });
    expect(result.metadata).toMatchObject({
      rows: 30_001,
      columns: [
        { name: "id", type: "BIGINT" },
        { name: "code", type: "VARCHAR" },
      ],
    });
    expect(lines.join("\n")).toContain("reading again, sniffing every row");
  });

  it("keeps header names as written, like pandas, and reads names/usecols/quoting options", async () => {
    await expect(
      ingestWith("  - name: strip_columns\n    args: { cols: [Kind] }", {
        csv: " Kind ,Other\na,1\n",
      }),
    ).rejects.toThrow('cols: no column "Kind"; columns:  Kind , Other');
    const project = await makeProject();
    await fs.writeFile(path.join(project.root, "raw.txt"), 'x\t"quoted"\t1\ny\t"two"\t2\n');
    const body = `  source: { type: local_file, path: raw.txt }\n  file_format: { type: csv, delimiter: "\\t", quoting: 3, names: [name, label, n], usecols: [0, 1] }`;
    await project.addTemplate("raw", template("raw", body));
    const result = await project.ingest("raw", { version: "1" });
    expect(await readRows(path.join(result.dir, "raw.parquet"))).toEqual([
      { name: "x", label: '"quoted"' },
      { name: "y", label: '"two"' },
    ]);
  });
});

describe("steps lifecycle does not run", () => {
  it("names the step and lists the supported ones", async () => {
    await expect(ingestWith("  - name: sort\n    args: { by: [Name] }")).rejects.toThrow(
      'processing step "sort" is not run by lifecycle; supported steps: clean_column_names, rename_columns, filter_columns, coerce_column_types, strip_columns, deduplicate, filter_rows, update_column, append_prev, upsert_column_of_previous_version, multi',
    );
  });

  it("skips a step whose mode was not asked for", async () => {
    const steps = "  - name: deduplicate\n    mode: dedupe\n  - name: multi\n    mode: geo";
    expect((await ingestWith(steps)).rows).toHaveLength(4);
    expect((await ingestWith(steps, { mode: "dedupe" })).rows).toHaveLength(3);
    await expect(ingestWith(steps, { mode: "nope" })).rejects.toThrow('mode "nope" is not used');
  });
});

describe("columns check", () => {
  it("passes when the template's columns match, and lists missing and unexpected ones otherwise", async () => {
    const steps = "  - name: filter_columns\n    args: { columns: [Kind, Amount] }";
    await expect(ingestWith(steps, { columns: ["Kind", "Amount"] })).resolves.toBeDefined();
    await expect(ingestWith(steps, { columns: ["Kind", "amount", "extra"] })).rejects.toThrow(
      "columns check failed: missing: amount, extra; unexpected: Amount",
    );
  });
});

describe("atomicity", () => {
  it("a failed ingest leaves the previous dataset version untouched", async () => {
    const { project, result } = await ingestWith("  - name: deduplicate", { version: "v1" });
    const before = await readConfig(result.dir);
    const files = await fs.readdir(result.dir);
    await expect(
      ingestWith("  - name: rename_columns\n    args: { map: { Missing: x } }", {
        project,
        version: "v1",
      }),
    ).rejects.toThrow();
    expect(await readConfig(result.dir)).toEqual(before);
    expect(await fs.readdir(result.dir)).toEqual(files);
    expect(await readRows(path.join(result.dir, "data.parquet"))).toHaveLength(3);
    expect(await fs.readdir(project.layout.tmpDir)).toEqual([]);
  });
});
