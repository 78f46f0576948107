import fs from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makeProject, readRows, template } from "./helpers.js";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/ingest");

async function ingestSheet(fixture: string, fileFormat: string) {
  const project = await makeProject();
  await fs.copyFile(path.join(FIXTURES, fixture), path.join(project.root, fixture));
  const body = `  source: { type: local_file, path: ${fixture} }\n  file_format: ${fileFormat}`;
  await project.addTemplate("sheet", template("sheet", body));
  const result = await project.ingest("sheet", { version: "1" });
  return readRows(path.join(result.dir, "sheet.parquet"));
}

describe("xlsx", () => {
  it("reads the named sheet of a workbook written by openpyxl (inline strings, dates, booleans)", async () => {
    const rows = await ingestSheet(
      "enrollment.xlsx",
      '{ type: xlsx, sheet_name: "Enrollment 2024", dtype: { GeoID: str } }',
    );
    expect(rows).toEqual([
      {
        GeoID: "0101",
        "School Name": "P.S. 1 & Annex",
        Students: 512,
        Opened: new Date("1998-09-08T00:00:00Z"),
        Share: 0.25,
        Active: true,
      },
      {
        GeoID: "0102",
        "School Name": "Café <Central>",
        Students: 1200,
        Opened: new Date("2005-01-31T00:00:00Z"),
        Share: 0.5,
        Active: false,
      },
      { GeoID: "0103", "School Name": null, Students: 7, Opened: null, Share: null, Active: null },
    ]);
  });

  it("reads shared strings, rich text, custom date formats, cached formula results and gaps", async () => {
    const rows = await ingestSheet(
      "shared-strings.xlsx",
      "{ type: xlsx, sheet_name: 0, dtype: str }",
    );
    expect(rows).toEqual([
      {
        GeoID: "36005",
        Units: "1250.5",
        Surveyed: "2024-01-15",
        "Unnamed: 3": null,
        "Rich text": "36005x",
      },
      { GeoID: "36047", Units: "3", Surveyed: null, "Unnamed: 3": null, "Rich text": null },
    ]);
  });

  it("names the sheets when the one asked for is missing", async () => {
    await expect(
      ingestSheet("enrollment.xlsx", "{ type: xlsx, sheet_name: Nope }"),
    ).rejects.toThrow('xlsx: no sheet "Nope"; sheets: "Notes", "Enrollment 2024"');
  });
});
