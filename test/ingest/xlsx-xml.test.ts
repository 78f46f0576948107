import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readXlsxSheet } from "../../src/ingest/xlsx.js";
import { zip } from "./shapefile-writer.js";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${RELS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

/** A workbook of the given parts (a one-sheet workbook unless `xl/workbook.xml` is given). */
async function workbook(parts: Record<string, string>): Promise<string> {
  const all: Record<string, string> = {
    "xl/workbook.xml": WORKBOOK,
    "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
    ...parts,
  };
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-xlsx-"));
  const file = path.join(dir, "book.xlsx");
  const entries = Object.entries(all).map(([name, xml]) => ({ name, data: Buffer.from(xml) }));
  await fs.writeFile(file, zip(entries));
  return file;
}

function sheet(rows: string): string {
  return `<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`;
}

async function rowsOf(parts: Record<string, string>, which: string | number = 0) {
  return (await readXlsxSheet(await workbook(parts), which)).rows;
}

describe("xlsx XML (parsed with saxes)", () => {
  it("decodes named, decimal and hex entities in text and in attributes", async () => {
    const rows = await rowsOf(
      {
        "xl/workbook.xml": `<workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets><sheet name="R&amp;D &#x2014; 2024" sheetId="1" r:id="rId1"/></sheets></workbook>`,
        "xl/sharedStrings.xml": `<sst xmlns="${MAIN}"><si><t>a &amp; b &lt;c&gt; &quot;&apos; &#233; &#xE9; &#x1F600;</t></si></sst>`,
        "xl/worksheets/sheet1.xml": sheet(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`),
      },
      "R&D — 2024",
    );
    expect(rows).toEqual([["a & b <c> \"' é é 😀"]]);
  });

  it("reads CDATA sections as text", async () => {
    const rows = await rowsOf({
      "xl/worksheets/sheet1.xml": sheet(
        `<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[a < b & </t> c]]></t></is></c></row>`,
      ),
    });
    expect(rows).toEqual([["a < b & </t> c"]]);
  });

  it("reads parts whose elements carry a namespace prefix, whatever the prefix", async () => {
    const rows = await rowsOf({
      "xl/workbook.xml": `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${RELS}"><x:sheets><x:sheet name="Data" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`,
      "xl/sharedStrings.xml": `<x:sst xmlns:x="${MAIN}"><x:si><x:t>shared</x:t></x:si></x:sst>`,
      "xl/worksheets/sheet1.xml": `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>42</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    });
    expect(rows).toEqual([["shared", 42]]);
  });

  it("reads attributes in any order, single-quoted, with spaces around =", async () => {
    const rows = await rowsOf({
      "xl/sharedStrings.xml": `<sst xmlns="${MAIN}"><si><t>zero</t></si><si><t>one</t></si></sst>`,
      "xl/worksheets/sheet1.xml": sheet(
        `<row r='1'><c t='s' s='0' r='B1'><v>1</v></c><c s="0" t = "s" r = "A1"><v>0</v></c></row>`,
      ),
    });
    expect(rows).toEqual([["zero", "one"]]);
  });

  it("joins rich text runs and leaves phonetic runs out", async () => {
    const rows = await rowsOf({
      "xl/sharedStrings.xml": `<sst xmlns="${MAIN}"><si><r><rPr><b/><t>not text</t></rPr><t>Bold</t></r><r><t xml:space="preserve"> and plain </t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh><phoneticPr fontId="1"/></si><si><t/></si></sst>`,
      "xl/worksheets/sheet1.xml": sheet(
        `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>`,
      ),
    });
    expect(rows).toEqual([["Bold and plain ", ""]]);
  });

  it("ignores markup inside comments and processing instructions", async () => {
    const rows = await rowsOf({
      "xl/worksheets/sheet1.xml": sheet(
        `<!-- <row r="2"><c r="A2"><v>9</v></c></row> --><row r="1"><?mso <c r="B1"><v>8</v></c>?><c r="A1"><v>1</v></c></row>`,
      ),
    });
    expect(rows).toEqual([[1]]);
  });

  it("keeps empty cells, column gaps and missing rows in place", async () => {
    const rows = await rowsOf({
      "xl/worksheets/sheet1.xml": sheet(
        `<row r="1"><c r="A1"><v>1</v></c><c r="B1"/><c r="D1"><v>4</v></c></row><row r="3"><c r="B3"><f>A1*2</f><v></v></c><c r="C3"><v>2</v></c></row>`,
      ),
    });
    expect(rows).toEqual([[1, null, null, 4], [], [null, null, 2]]);
  });

  it("reads booleans, errors, formula strings, ISO dates and styled dates (1900 and 1904)", async () => {
    const styles = `<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="&quot;Day&quot; d/m/yyyy"/><numFmt numFmtId="165" formatCode="[Red]0.00&quot;d&quot;"/></numFmts><cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="22"/></cellXfs></styleSheet>`;
    const cells = `<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="e"><v>#N/A</v></c><c r="D1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="E1" t="d"><v>2024-06-01T00:00:00</v></c></row><row r="2"><c r="A2" s="1"><v>45292</v></c><c r="B2" s="2"><v>45292</v></c><c r="C2" s="3"><v>45292.5</v></c><c r="D2" s="0"><v>45292</v></c></row>`;
    const rows = await rowsOf({
      "xl/styles.xml": styles,
      "xl/worksheets/sheet1.xml": sheet(cells),
    });
    expect(rows).toEqual([
      [true, false, "#N/A", "ab", "2024-06-01T00:00:00"],
      ["2024-01-01", 45292, "2024-01-01 12:00:00", 45292],
    ]);
    const in1904 = await rowsOf({
      "xl/workbook.xml": WORKBOOK.replace("<sheets>", `<workbookPr date1904="true"/><sheets>`),
      "xl/styles.xml": styles,
      "xl/worksheets/sheet1.xml": sheet(`<row r="1"><c r="A1" s="1"><v>0</v></c></row>`),
    });
    expect(in1904).toEqual([["1904-01-01"]]);
  });

  it("chooses the sheet by name or position through the workbook's relationships", async () => {
    const parts = {
      "xl/workbook.xml": `<workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets><sheet r:id="rId7" name="First" sheetId="1"/><sheet name="Second" sheetId="2" r:id="rId3"/></sheets></workbook>`,
      "xl/_rels/workbook.xml.rels": `<Relationships xmlns="${PACKAGE_RELS}"><Relationship Target="/xl/worksheets/b.xml" Id="rId3" Type="${RELS}/worksheet"/><Relationship Id="rId7" Type="${RELS}/worksheet" Target="worksheets/a.xml"/></Relationships>`,
      "xl/worksheets/a.xml": sheet(`<row r="1"><c r="A1"><v>1</v></c></row>`),
      "xl/worksheets/b.xml": sheet(`<row r="1"><c r="A1"><v>2</v></c></row>`),
    };
    expect(await rowsOf(parts, 0)).toEqual([[1]]);
    expect(await rowsOf(parts, "Second")).toEqual([[2]]);
    await expect(rowsOf(parts, 2)).rejects.toThrow('xlsx: no sheet 2; sheets: "First", "Second"');
  });

  it("names the part, line and column of XML that is not well-formed", async () => {
    await expect(
      rowsOf({
        "xl/sharedStrings.xml": `<sst xmlns="${MAIN}">\n<si><t>a &nbsp; b</t></si></sst>`,
        "xl/worksheets/sheet1.xml": sheet(""),
      }),
    ).rejects.toThrow("book.xlsx/xl/sharedStrings.xml:2:15: undefined entity");
    await expect(
      rowsOf({ "xl/worksheets/sheet1.xml": `<worksheet xmlns="${MAIN}"><sheetData><row r="1">` }),
    ).rejects.toThrow(/^book\.xlsx\/xl\/worksheets\/sheet1\.xml:1:\d+: unclosed tag: row/);
  });

  it("never expands entities a document declares itself (no entity expansion bombs)", async () => {
    const bomb = `<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><sst xmlns="${MAIN}"><si><t>&b;</t></si></sst>`;
    await expect(
      rowsOf({ "xl/sharedStrings.xml": bomb, "xl/worksheets/sheet1.xml": sheet("") }),
    ).rejects.toThrow(/sharedStrings\.xml:1:\d+: undefined entity/);
  });
});
