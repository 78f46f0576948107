import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  IngestTemplateSchema,
  parseTemplateFile,
  PLACEHOLDER_VERSION,
  renderTemplate,
  runnability,
} from "../../src/config/template/index.js";

const CORPUS = path.resolve(import.meta.dirname, "../../../shared/corpus/nyc-dcp/ingest_templates");
const corpusPresent = fs.existsSync(CORPUS);

const minimal = (ingestion: string) => `id: demo
acl: public-read
attributes:
  name: Demo
ingestion:
${ingestion}
`;

describe("Jinja rendering", () => {
  it("renders every construct the corpus uses", () => {
    const text =
      'a: {{ version }}\nb: {{ version[2:] }}\nc: {{ version[:-2] }}\nd: {{ version | replace(".","_") }}';
    expect(renderTemplate(text, { version: "2024.10.01" })).toBe(
      "a: 2024.10.01\nb: 24.10.01\nc: 2024.10.\nd: 2024_10_01",
    );
  });

  it("renders indexes, chained filters, comments and single quotes", () => {
    const text = "{# note #}x={{version[0]}}{{ version | replace('2', 'two') | upper }}";
    expect(renderTemplate(text, { version: "24v2" })).toBe("x=2TWO4VTWO");
  });

  it("locates an unsupported construct in the original text", () => {
    const text = "id: demo\nurl: https://x/{{ version }}/{% if x %}a{% endif %}\n";
    const { diagnostics } = parseTemplateFile("t.yml", text);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line: 2, column: 30 });
    expect(diagnostics[0]?.message).toMatch(/unsupported Jinja statement/);
  });

  it("maps a position on the same line, after the rendered expression", () => {
    const text =
      "id: {{ version }}\nattributes: {}\ningestion: { source: { type: local_file, path: '{{ version }}.csv', bad: 1 }, file_format: { type: csv } }\n";
    const { diagnostics } = parseTemplateFile("t.yml", text, "a-much-longer-version");
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line: 3, column: 69, path: "ingestion.source.bad" });
    expect(text.split("\n")[2]?.slice(68, 71)).toBe("bad");
  });

  it.each([
    ["{{ release }}", /unsupported Jinja variable "release"/],
    ["{{ version | title }}", /unsupported Jinja filter "title"/],
    ['{{ version | replace("a") }}', /takes 2 string argument/],
    ["{{ version + 1 }}", /unsupported Jinja expression "\+ 1"/],
    ["{{ version", /unclosed/],
  ])("rejects %s with a clear message", (construct, message) => {
    const { diagnostics, template } = parseTemplateFile("t.yml", `id: x\nurl: "a${construct}"\n`);
    expect(template).toBeUndefined();
    expect(diagnostics[0]?.message).toMatch(message);
    expect(diagnostics[0]?.line).toBe(2);
  });

  it("maps YAML and schema positions after a rendered expression back to the original column", () => {
    const text = minimal(
      "  source: { type: file_download, url: 'https://x/{{ version }}.csv' }\n  file_format: { type: csv, delimter: ',' }",
    );
    const { diagnostics } = parseTemplateFile("t.yml", text, "a-very-long-version-string");
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      line: 7,
      column: 29,
      path: "ingestion.file_format.delimter",
    });
  });
});

describe("template schema", () => {
  it("types runnable sources, formats and steps", () => {
    const text = minimal(`  source:
    type: socrata
    org: nyc
    uid: abcd-1234
    format: csv
  file_format:
    type: csv
    dtype: { BBL: str }
  processing_steps:
  - name: clean_column_names
    args: { replace: { " ": "_" }, lower: True }
  - name: deduplicate
  - name: multi
  - name: pd_series_func
    args: { column_name: x, function_name: str.upper }`);
    const { template, diagnostics } = parseTemplateFile("demo.yml", text);
    expect(diagnostics).toEqual([]);
    expect(template?.ingestion.source).toEqual({
      type: "socrata",
      org: "nyc",
      uid: "abcd-1234",
      format: "csv",
    });
    expect(runnability(template!)).toEqual({
      runnable: false,
      reasons: ['processing step "pd_series_func"'],
    });
  });

  it("recognises sources and formats it cannot run, and says why", () => {
    const text = minimal(
      "  source: { type: edm.publishing.gis, name: dcp_zoning }\n  file_format: { type: html }",
    );
    const { template, diagnostics } = parseTemplateFile("demo.yml", text);
    expect(diagnostics).toEqual([]);
    expect(runnability(template!).reasons).toEqual([
      'source type "edm.publishing.gis"',
      'file format "html"',
    ]);
  });

  it.each([
    [
      "unknown top-level key",
      "  source: { type: local_file, path: a.csv }\n  file_format: { type: csv }\nextra: 1",
      "extra",
      /unknown field "extra"/,
    ],
    [
      "unknown source type",
      "  source: { type: ftp, path: a }\n  file_format: { type: csv }",
      "ingestion.source.type",
      /Invalid discriminator/,
    ],
    [
      "bad socrata format",
      "  source: { type: socrata, org: nyc, uid: a, format: xml }\n  file_format: { type: csv }",
      "ingestion.source.format",
      /"csv", "geojson", "shapefile"/,
    ],
    [
      "missing step args",
      "  source: { type: local_file, path: a.csv }\n  file_format: { type: csv }\n  processing_steps:\n  - name: rename_columns",
      "ingestion.processing_steps[0].args",
      /expected object/,
    ],
    [
      "bad coerce type",
      "  source: { type: local_file, path: a.csv }\n  file_format: { type: csv }\n  processing_steps:\n  - name: coerce_column_types\n    args: { column_types: { a: float } }",
      "ingestion.processing_steps[0].args.column_types.a",
      /"numeric", "integer"/,
    ],
    [
      "unknown step",
      "  source: { type: local_file, path: a.csv }\n  file_format: { type: csv }\n  processing_steps:\n  - name: explode",
      "ingestion.processing_steps[0].name",
      /Invalid discriminator/,
    ],
  ])("reports %s at its field", (_label, ingestion, fieldPath, message) => {
    const text = ingestion.includes("\nextra")
      ? minimal(ingestion.replace("\nextra: 1", "")) + "extra: 1\n"
      : minimal(ingestion);
    const { template, diagnostics } = parseTemplateFile("demo.yml", text);
    expect(template).toBeUndefined();
    expect(diagnostics.map((d) => d.path)).toContain(fieldPath);
    const diagnostic = diagnostics.find((d) => d.path === fieldPath);
    expect(diagnostic?.message).toMatch(message);
    expect(diagnostic?.line).toBeGreaterThan(1);
  });

  it("takes the last of repeated keys with a warning, as PyYAML does", () => {
    const text = minimal(
      "  source: { type: local_file, path: a.csv }\n  file_format: { type: csv }\n  target_crs: EPSG:2263\n  target_crs: EPSG:4326",
    );
    const { template, diagnostics } = parseTemplateFile("demo.yml", text);
    expect(template?.ingestion.target_crs).toBe("EPSG:4326");
    expect(diagnostics.map((d) => d.severity)).toEqual(["warning"]);
  });

  it("has a JSON Schema for editors", () => {
    const schema = z.toJSONSchema(IngestTemplateSchema);
    expect(schema.type).toBe("object");
    expect(JSON.stringify(schema)).toContain("arcgis_feature_server");
  });

  it("reads a multi-line quoted value whose closing quote sits at its key's indentation, as PyYAML does", () => {
    const text = minimal(`  source: { type: local_file, path: a.csv }
  file_format: { type: csv }
  processing_steps:
  - name: filter_rows
    args:
      type: contains
      column_name: pgtable
      val: "\\
        a_sfpsd|b_sfpsd|\\
        c_sfpsd\\
      "
`);
    const { template, diagnostics } = parseTemplateFile("demo.yml", text);
    expect(diagnostics).toEqual([]);
    expect(template?.ingestion.processing_steps?.[0]).toMatchObject({
      args: { val: "a_sfpsd|b_sfpsd|c_sfpsd" },
    });
  });
});

describe.skipIf(!corpusPresent)("corpus conformance (nyc-dcp ingest templates)", () => {
  const files = corpusPresent ? fs.readdirSync(CORPUS).filter((f) => f.endsWith(".yml")) : [];

  it("finds the corpus", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it.each(files)("%s parses with no error, with the placeholder and a real version", (file) => {
    const text = fs.readFileSync(path.join(CORPUS, file), "utf8");
    for (const version of [PLACEHOLDER_VERSION, "20240601"]) {
      const { template, diagnostics } = parseTemplateFile(file, text, version);
      expect(diagnostics).toEqual([]);
      expect(template?.id).toBeTruthy();
    }
  });
});

if (!corpusPresent) {
  describe("corpus conformance", () => {
    it.skip(`SKIPPED: corpus folder not found at ${CORPUS}`, () => {});
  });
}
