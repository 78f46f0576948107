import { describe, expect, it } from "vitest";
import { loadProject } from "../../src/config/project.js";
import { parseTemplateFile } from "../../src/config/template/index.js";
import { buildAssetGraph, lineageGraphSource, resolveSelection } from "../../src/graph/index.js";
import { errorsOf, warningsOf, writeProject } from "./helpers.js";

/** dcpy's second shape: one source, several datasets (a geodatabase's layers). */
const CSCL = `id: dcp_cscl_gdb
acl: private
attributes:
  name: CSCL - gdb
source:
  type: s3
  bucket: edm-private
  key: cscl_etl/{{ version }}/cscl.gdb.zip
dataset_defaults:
  file_format:
    type: geodatabase
    crs: EPSG:2263
  processing_steps:
  - name: clean_column_names
    args: { lower: True }
datasets:
- id: dcp_cscl_addresspoints
  attributes:
    name: CSCL Address Points
  file_format:
    layer: AddressPoint
- id: dcp_cscl_centerline
  file_format:
    layer: Centerline
  processing_steps: []
`;

describe("data-source templates", () => {
  it("expand into one dataset per entry, dataset_defaults merged in as dcpy does", () => {
    const { template, definition, diagnostics } = parseTemplateFile(
      "t/dcp_cscl_gdb.yml",
      CSCL,
      "25",
    );
    expect(errorsOf(diagnostics)).toEqual([]);
    expect(template).toBeUndefined(); // not of the one-dataset shape
    expect(definition?.shape).toBe("source");
    expect(definition?.id).toBe("dcp_cscl_gdb");
    const [points, centerline] = definition?.datasets ?? [];
    expect(points?.id).toBe("dcp_cscl_addresspoints");
    expect(points?.ingestion.file_format).toEqual({
      type: "geodatabase",
      crs: "EPSG:2263",
      layer: "AddressPoint",
    });
    expect(points?.ingestion.source).toEqual({
      type: "s3",
      bucket: "edm-private",
      key: "cscl_etl/25/cscl.gdb.zip",
    });
    expect(points?.ingestion.processing_steps?.map((s) => s.name)).toEqual(["clean_column_names"]);
    expect(points?.acl).toBe("private");
    expect(points?.attributes.name).toBe("CSCL Address Points");
    // A dataset's own list replaces the default one (lists are not merged).
    expect(centerline?.ingestion.processing_steps).toEqual([]);
    expect(centerline?.attributes).toEqual({});
  });

  it("locates an error of one dataset at that dataset, after the defaults are merged", () => {
    const bad = CSCL.replace("    layer: Centerline", "    layer: Centerline\n    crs: 7");
    const { definition, diagnostics } = parseTemplateFile("t.yml", bad);
    expect(definition).toBeUndefined();
    expect(errorsOf(diagnostics)[0]).toMatchObject({
      path: "datasets[1].file_format.crs",
      line: 25,
      received: 7,
    });
  });

  it("says what to write when datasets: is empty or the source is missing", () => {
    const empty = parseTemplateFile("t.yml", CSCL.replace(/datasets:\n[\s\S]*$/, "datasets: []\n"));
    expect(errorsOf(empty.diagnostics)[0]?.message).toContain("- id: <dataset>");
    const noSource = parseTemplateFile(
      "t.yml",
      CSCL.replace(/source:\n {2}type: s3\n.*\n.*\n/, ""),
    );
    expect(errorsOf(noSource.diagnostics)[0]?.path).toBe("source");
  });
});

describe("the one-dataset shape", () => {
  it("needs no attributes block (dcpy's attributes are all optional)", () => {
    const text = `id: tiny\ningestion:\n  source:\n    type: local_file\n    path: a.csv\n  file_format:\n    type: csv\n`;
    const { template, diagnostics } = parseTemplateFile("t.yml", text);
    expect(diagnostics).toEqual([]);
    expect(template?.attributes).toEqual({});
  });
});

describe("datasets in a project", () => {
  it("are keyed by id; the graph has one ingest asset per dataset, with depends_on edges", async () => {
    const root = await writeProject({
      "products/products.yml": "products:\n  - id: lion\n    build_command: 'true'\n",
      "products/lion/recipe.yml":
        "name: LION\nproduct: db-lion\ninputs:\n  datasets:\n    - name: dcp_cscl_centerline\n    - name: lion_checks\n",
      "ingest_templates/dcp_cscl_gdb.yml": CSCL,
      "ingest_templates/lion_checks.yml": `id: lion_checks\ndepends_on: [dcp_cscl_centerline]\ningestion:\n  source:\n    type: edm.recipes.datasets\n    key: dcp_cscl_addresspoints\n  file_format:\n    type: parquet\n`,
    });
    const { project, diagnostics } = await loadProject(root);
    expect(errorsOf(diagnostics)).toEqual([]);
    expect(warningsOf(diagnostics)).toEqual([]); // no false "has no template"
    expect([...project.templates.keys()]).toEqual(["dcp_cscl_gdb", "lion_checks"]);
    expect([...project.datasets.keys()].sort()).toEqual([
      "dcp_cscl_addresspoints",
      "dcp_cscl_centerline",
      "lion_checks",
    ]);
    expect(project.datasets.get("dcp_cscl_centerline")?.template).toBe("dcp_cscl_gdb");
    const graph = buildAssetGraph(lineageGraphSource(project));
    expect(graph.byId.get("ingest.dcp_cscl_centerline")).toMatchObject({
      template: "dcp_cscl_gdb",
      dataset: "dcp_cscl_centerline",
    });
    expect(graph.byId.get("ingest.lion_checks")?.deps).toEqual([
      "ingest.dcp_cscl_addresspoints",
      "ingest.dcp_cscl_centerline",
    ]);
    expect(graph.byId.get("lion.plan")?.deps).toEqual([
      "ingest.dcp_cscl_centerline",
      "ingest.lion_checks",
    ]);
    const upstream = resolveSelection(graph, "+lion").map((a) => a.id);
    expect(upstream).toContain("ingest.dcp_cscl_addresspoints");
    expect(upstream.indexOf("ingest.dcp_cscl_addresspoints")).toBeLessThan(
      upstream.indexOf("ingest.lion_checks"),
    );
  });

  it("rejects two templates writing one dataset, and a depends_on cycle, naming it", async () => {
    const one = (id: string, deps: string) =>
      `id: ${id}\ndepends_on: [${deps}]\ningestion:\n  source:\n    type: local_file\n    path: a.csv\n  file_format:\n    type: csv\n`;
    const root = await writeProject({
      "products/products.yml": "products: []\n",
      "ingest_templates/a.yml": one("a", "b"),
      "ingest_templates/b.yml": one("b", "a"),
      "ingest_templates/c.yml": CSCL,
      "ingest_templates/d.yml": one("dcp_cscl_centerline", "a"),
      "ingest_templates/e.yml": one("e", "nowhere"),
    });
    const { diagnostics } = await loadProject(root);
    const messages = errorsOf(diagnostics).map((d) => d.message);
    expect(messages).toContainEqual(
      expect.stringContaining(
        'dataset "dcp_cscl_centerline" is written also by ingest_templates/c.yml',
      ),
    );
    expect(messages).toContainEqual(
      expect.stringContaining("made from each other in a cycle: a depends on b depends on a"),
    );
    expect(warningsOf(diagnostics).map((d) => d.message)).toContainEqual(
      expect.stringContaining('depends on "nowhere", which no template'),
    );
  });
});
