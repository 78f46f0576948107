import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli-run.js";
import { readConfig, readRows } from "./helpers.js";
import { zip } from "./shapefile-writer.js";

type Cell = string | number | null;

/** A one-sheet .xlsx workbook: inline strings and numbers, as a spreadsheet program writes them. */
function xlsx(sheet: string, rows: Cell[][]): Buffer {
  const cell = (value: Cell, column: number, row: number) => {
    const ref = `${String.fromCharCode(65 + column)}${row + 1}`;
    if (value === null) return "";
    if (typeof value === "number") return `<c r="${ref}"><v>${value}</v></c>`;
    return `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
  };
  const data = rows
    .map((r, i) => `<row r="${i + 1}">${r.map((v, j) => cell(v, j, i)).join("")}</row>`)
    .join("");
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  return zip([
    {
      name: "xl/workbook.xml",
      data: Buffer.from(
        `<workbook ${ns} ${rel}><sheets><sheet name="${sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: Buffer.from(
        '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
    },
    {
      name: "xl/worksheets/sheet1.xml",
      data: Buffer.from(`<worksheet ${ns}><sheetData>${data}</sheetData></worksheet>`),
    },
  ]);
}

const UPLOAD = ".library/upload/acs.xlsx";

/** The corpus's dcp_pop_acs2010_housing.yml, with its s3 source replaced by a local file. */
const HOUSING = `id: dcp_pop_acs2010_housing
acl: public-read

attributes:
  name: DCP Population 2010 ACS Housing Data

ingestion:
  source:
    type: local_file
    path: ${UPLOAD}
  file_format:
    type: xlsx
    sheet_name: Housing Vars Corrected
    dtype:
      GeoID: str
  processing_steps:
  - name: clean_column_names
    args:
      lower: true
  - name: append_prev
    mode: append
  - name: upsert_column_of_previous_version
    args:
      key: [geotype, geoid]
      insert_behavior: allow
      missing_key_behavior: error
    mode: update_column
`;

/** dcp_pop_acs2010_demographic.yml's steps: no clean_column_names, insert_behavior: error. */
const DEMOGRAPHIC = HOUSING.replace("dcp_pop_acs2010_housing", "dcp_pop_acs2010_demographic")
  .replace("  - name: clean_column_names\n    args:\n      lower: true\n", "")
  .replace("insert_behavior: allow", "insert_behavior: error");

async function project(templates: Record<string, string>): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-upsert-"));
  await fs.mkdir(path.join(root, "products"));
  await fs.mkdir(path.join(root, "ingest_templates"));
  await fs.mkdir(path.join(root, ".library/upload"), { recursive: true });
  await fs.writeFile(path.join(root, "products/products.yml"), "products: []\n");
  for (const [id, text] of Object.entries(templates))
    await fs.writeFile(path.join(root, `ingest_templates/${id}.yml`), text);
  return root;
}

async function ingestSheet(root: string, id: string, rows: Cell[][], args: string[]) {
  await fs.writeFile(path.join(root, UPLOAD), xlsx("Housing Vars Corrected", rows));
  return runCli(["ingest", id, "--quiet", ...args], { cwd: root });
}

const FIRST: Cell[][] = [
  ["GeoType", "GeoID", "HUnits", "Vacant"],
  ["Boro", "1", 850_000, 41_000],
  ["CD", "0101", 42_000, 2_100],
  ["CD", "0102", 61_000, 3_900],
];
/** The corrected variables only, in another row order, plus a new one. */
const CORRECTED: Cell[][] = [
  ["GeoType", "GeoID", "Vacant", "VacRate"],
  ["CD", "0102", 3_950, 6.5],
  ["Boro", "1", 41_250, 4.9],
  ["CD", "0101", 2_050, 4.9],
];

describe("the corpus's dcp_pop_acs2010_* templates", () => {
  it("--mode update_column upserts the corrected columns into the previous version", async () => {
    const root = await project({ dcp_pop_acs2010_housing: HOUSING });
    const id = "dcp_pop_acs2010_housing";
    expect((await ingestSheet(root, id, FIRST, ["--version", "20240101"])).code).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const run = await ingestSheet(root, id, CORRECTED, [
      "--version",
      "20240624",
      "--mode",
      "update_column",
    ]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const dir = path.join(root, `.lifecycle/ingest/datasets/${id}/20240624`);
    expect(await readRows(path.join(dir, `${id}.parquet`))).toEqual([
      { geotype: "Boro", geoid: "1", hunits: 850_000, vacant: 41_250, vacrate: 4.9 },
      { geotype: "CD", geoid: "0101", hunits: 42_000, vacant: 2_050, vacrate: 4.9 },
      { geotype: "CD", geoid: "0102", hunits: 61_000, vacant: 3_950, vacrate: 6.5 },
    ]);
    const config = await readConfig(dir);
    expect(config.steps).toEqual([
      expect.objectContaining({ name: "clean_column_names" }),
      {
        name: "upsert_column_of_previous_version",
        rowsIn: 3,
        rowsOut: 3,
        columns: { added: ["hunits"], removed: [], renamed: {}, changed: ["vacant"] },
        details: {
          previousVersion: "20240101",
          key: ["geotype", "geoid"],
          columnsUpdated: ["vacant"],
          columnsInserted: ["vacrate"],
          columnsIgnored: [],
          rowsUpdated: 3,
          rowsMissingKey: 0,
          missingKeyBehavior: "error",
          rowsNotInPrevious: 0,
        },
      },
    ]);
  });

  it("exits 1 naming the keys the corrected file lacks, and keeps the previous version", async () => {
    const root = await project({ dcp_pop_acs2010_housing: HOUSING });
    const id = "dcp_pop_acs2010_housing";
    await ingestSheet(root, id, FIRST, ["--version", "20240101"]);
    const partial = CORRECTED.filter((row) => row[1] !== "0101");
    const run = await ingestSheet(root, id, partial, ["--mode", "update_column"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'processing step 2 (upsert_column_of_previous_version): 1 key(s) of version "20240101" are not in the new data: (geotype="CD", geoid="0101")',
    );
    const versions = await fs.readdir(path.join(root, `.lifecycle/ingest/datasets/${id}`));
    expect(versions).toEqual(["20240101"]);
  });

  it("--mode append appends instead; with no mode neither step runs", async () => {
    const root = await project({ dcp_pop_acs2010_housing: HOUSING });
    const id = "dcp_pop_acs2010_housing";
    await ingestSheet(root, id, FIRST, ["--version", "20240101"]);
    const more: Cell[][] = [FIRST[0] ?? [], ["CD", "0103", 10, 1]];
    const append = ["--version", "20240701", "--mode", "append"];
    expect((await ingestSheet(root, id, more, append)).code).toBe(0);
    const dir = path.join(root, `.lifecycle/ingest/datasets/${id}/20240701`);
    expect((await readRows(path.join(dir, `${id}.parquet`))).map((r) => r.geoid)).toEqual([
      "1",
      "0101",
      "0102",
      "0103",
    ]);
  });

  it("insert_behavior: error (the demographic template) refuses a column the previous version lacks", async () => {
    const lower = (rows: Cell[][]) => [
      (rows[0] ?? []).map((c) => String(c).toLowerCase()),
      ...rows.slice(1),
    ];
    const root = await project({ dcp_pop_acs2010_demographic: DEMOGRAPHIC });
    const id = "dcp_pop_acs2010_demographic";
    await ingestSheet(root, id, lower(FIRST), ["--version", "20240101"]);
    const run = await ingestSheet(root, id, lower(CORRECTED), ["--mode", "update_column"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'insert_behavior is error, and 1 column(s) of the new data are not in version "20240101": vacrate',
    );
    const withoutNew = lower(CORRECTED).map((row) => row.slice(0, 3));
    const ok = await ingestSheet(root, id, withoutNew, [
      "--version",
      "2",
      "--mode",
      "update_column",
    ]);
    expect(ok.code).toBe(0);
  });

  it("validates the template; a key the file does not have fails naming the columns", async () => {
    const root = await project({ dcp_pop_acs2010_demographic: DEMOGRAPHIC });
    const validate = await runCli(["validate"], { cwd: root });
    expect(validate.code).toBe(0);
    const id = "dcp_pop_acs2010_demographic";
    await ingestSheet(root, id, FIRST, ["--version", "20240101"]);
    const run = await ingestSheet(root, id, CORRECTED, ["--mode", "update_column"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'key: no column "geotype", "geoid" in the new data; columns: GeoType, GeoID, Vacant, VacRate',
    );
  });
});
