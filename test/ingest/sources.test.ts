import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  makeProject,
  readConfig,
  readRows,
  send,
  sendJson,
  startServer,
  template,
  type TestServer,
} from "./helpers.js";

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(routes: Parameters<typeof startServer>[0]): Promise<TestServer> {
  const server = await startServer(routes);
  servers.push(server);
  return server;
}

const CSV = "Borough Name,BBL,Count\nBrooklyn,3000010001,5\nQueens,4000020002,7\n";

describe("file_download", () => {
  it("downloads a CSV, archives the raw file and records it in config.json", async () => {
    const server = await serve({ "/data/boroughs.csv": send(CSV) });
    const project = await makeProject();
    await project.addTemplate(
      "boroughs",
      template(
        "boroughs",
        `  source: { type: file_download, url: "${server.url}/data/boroughs.csv" }
  file_format: { type: csv, dtype: { BBL: str } }
  processing_steps:
  - name: clean_column_names
    args: { replace: { " ": "_" }, lower: true }`,
        ["borough_name", "bbl", "count"],
      ),
    );
    const result = await project.ingest("boroughs", { version: "2024v1" });
    expect(result.dir).toBe(project.layout.datasetVersionDir("boroughs", "2024v1"));
    expect(await readRows(path.join(result.dir, "boroughs.parquet"))).toEqual([
      { borough_name: "Brooklyn", bbl: "3000010001", count: 5 },
      { borough_name: "Queens", bbl: "4000020002", count: 7 },
    ]);
    expect(await fs.readFile(path.join(result.dir, "raw", "boroughs.csv"), "utf8")).toBe(CSV);
    const config = await readConfig(result.dir);
    expect(config).toMatchObject({
      id: "boroughs",
      version: "2024v1",
      rows: 2,
      source: { type: "file_download" },
      raw: {
        file: "raw/boroughs.csv",
        sha256: createHash("sha256").update(CSV).digest("hex"),
        bytes: CSV.length,
      },
      columns: [
        { name: "borough_name", type: "VARCHAR" },
        { name: "bbl", type: "VARCHAR" },
        { name: "count", type: "BIGINT" },
      ],
      steps: [
        {
          name: "clean_column_names",
          rowsIn: 2,
          rowsOut: 2,
          columns: {
            renamed: { "Borough Name": "borough_name", BBL: "bbl", Count: "count" },
            added: [],
            removed: [],
          },
        },
      ],
    });
    expect(typeof config.when).toBe("string");
  });

  it("renders {{ version }} into the URL and defaults the version to today's date", async () => {
    const server = await serve({ "/v/20250102/data.csv": send("a\n1\n") });
    const project = await makeProject();
    await project.addTemplate(
      "dated",
      template(
        "dated",
        `  source: { type: file_download, url: "${server.url}/v/{{ version }}/data.csv" }\n  file_format: { type: csv }`,
      ),
    );
    const result = await project.ingest("dated", { now: () => new Date("2025-01-02T23:00:00Z") });
    expect(result.version).toBe("20250102");
    expect(server.requests).toEqual(["/v/20250102/data.csv"]);
  });

  it("follows a redirect and records the final URL", async () => {
    const server = await serve({
      "/old.csv": (_req, res) => res.writeHead(302, { location: "/new.csv" }).end(),
      "/new.csv": send("a\n1\n2\n"),
    });
    const project = await makeProject();
    await project.addTemplate(
      "moved",
      template(
        "moved",
        `  source: { type: file_download, url: "${server.url}/old.csv" }\n  file_format: { type: csv }`,
      ),
    );
    const result = await project.ingest("moved", { version: "1" });
    expect(result.metadata).toMatchObject({
      rows: 2,
      raw: { url: `${server.url}/old.csv`, finalUrl: `${server.url}/new.csv` },
    });
  });

  it("retries a 500 and succeeds on the 200 that follows", async () => {
    let calls = 0;
    const server = await serve({
      "/flaky.csv": (_req, res) => {
        calls++;
        if (calls === 1) res.writeHead(500).end("try again");
        else res.writeHead(200).end("a\n1\n");
      },
    });
    const project = await makeProject();
    const lines: string[] = [];
    await project.addTemplate(
      "flaky",
      template(
        "flaky",
        `  source: { type: file_download, url: "${server.url}/flaky.csv" }\n  file_format: { type: csv }`,
      ),
    );
    const result = await project.ingest("flaky", { version: "1", log: (l) => lines.push(l) });
    expect(result.metadata.rows).toBe(1);
    expect(calls).toBe(2);
    expect(lines.join("\n")).toMatch(/HTTP 500 \(try again\); retrying \(attempt 2 of 3\)/);
  });

  it("gives up after the last retry of a 503", async () => {
    const server = await serve({
      "/down.csv": (_req, res) => res.writeHead(503).end("maintenance"),
    });
    const project = await makeProject();
    await project.addTemplate(
      "down",
      template(
        "down",
        `  source: { type: file_download, url: "${server.url}/down.csv" }\n  file_format: { type: csv }`,
      ),
    );
    await expect(project.ingest("down", { version: "1" })).rejects.toThrow(
      `GET ${server.url}/down.csv failed: HTTP 503 (maintenance)`,
    );
    expect(server.requests).toHaveLength(3);
  });

  it("fails at once on a 404, naming the URL and status, and writes nothing", async () => {
    const server = await serve({});
    const project = await makeProject();
    await project.addTemplate(
      "gone",
      template(
        "gone",
        `  source: { type: file_download, url: "${server.url}/gone.csv" }\n  file_format: { type: csv }`,
      ),
    );
    await expect(project.ingest("gone", { version: "1" })).rejects.toThrow(
      `GET ${server.url}/gone.csv failed: HTTP 404`,
    );
    expect(server.requests).toHaveLength(1);
    await expect(fs.access(project.layout.datasetDir("gone"))).rejects.toThrow();
    expect(await fs.readdir(project.layout.tmpDir)).toEqual([]);
  });

  it("stops a download when cancelled, leaving the store as it was", async () => {
    const controller = new AbortController();
    const server = await serve({
      "/slow.csv": (_req, res) => {
        res.writeHead(200).write("a\n1\n");
        controller.abort(new Error("cancelled by test"));
      },
    });
    const project = await makeProject();
    await project.addTemplate(
      "slow",
      template(
        "slow",
        `  source: { type: file_download, url: "${server.url}/slow.csv" }\n  file_format: { type: csv }`,
      ),
    );
    await expect(
      project.ingest("slow", { version: "1", signal: controller.signal }),
    ).rejects.toThrow("cancelled by test");
    await expect(fs.access(project.layout.datasetDir("slow"))).rejects.toThrow();
    expect(await fs.readdir(project.layout.tmpDir)).toEqual([]);
  });

  it("retries a refused connection, then reports it", async () => {
    const server = await serve({});
    const url = `${server.url}/x.csv`;
    await server.close();
    servers.length = 0;
    const project = await makeProject();
    await project.addTemplate(
      "refused",
      template(
        "refused",
        `  source: { type: file_download, url: "${url}" }\n  file_format: { type: csv }`,
      ),
    );
    await expect(project.ingest("refused", { version: "1" })).rejects.toThrow(
      `GET ${url} failed: fetch failed`,
    );
  });

  it("reads the file named by unzipped_filename inside a zip download", async () => {
    const zip = await fs.readFile(
      path.join(import.meta.dirname, "../fixtures/ingest/two-files.zip"),
    );
    const server = await serve({ "/bundle.zip": (_req, res) => res.writeHead(200).end(zip) });
    const project = await makeProject();
    await project.addTemplate(
      "bundle",
      template(
        "bundle",
        `  source: { type: file_download, url: "${server.url}/bundle.zip" }\n  file_format: { type: csv, unzipped_filename: inner/data.csv }`,
      ),
    );
    const result = await project.ingest("bundle", { version: "1" });
    expect(await readRows(path.join(result.dir, "bundle.parquet"))).toEqual([
      { id: 1, name: "deflated" },
    ]);
    expect(result.metadata).toMatchObject({
      raw: { file: "raw/bundle.zip", extracted: "data.csv" },
    });
  });
});

describe("api", () => {
  it("reads a JSON API's records at record_path, with meta fields and nested objects flattened", async () => {
    const body = {
      agency: "DPR",
      data: {
        Locations: [
          { name: "A", address: { zip: "10001" }, tags: ["x"] },
          { name: "B", address: { zip: "10002" }, tags: [] },
        ],
      },
    };
    const server = await serve({ "/api/locations": sendJson(body) });
    const project = await makeProject();
    await project.addTemplate(
      "places",
      template(
        "places",
        `  source: { type: api, endpoint: "${server.url}/api/locations", format: json }
  file_format:
    type: json
    json_read_fn: normalize
    json_read_kwargs: { record_path: [data, Locations], meta: [agency] }`,
      ),
    );
    const result = await project.ingest("places", { version: "1" });
    expect(await readRows(path.join(result.dir, "places.parquet"))).toEqual([
      { name: "A", "address.zip": "10001", tags: '["x"]', agency: "DPR" },
      { name: "B", "address.zip": "10002", tags: "[]", agency: "DPR" },
    ]);
  });

  it("builds a point geometry from a 'y, x' text column", async () => {
    const server = await serve({
      "/api": sendJson([
        { title: "Library", position: "40.5, -73.9" },
        { title: "None", position: null },
      ]),
    });
    const project = await makeProject();
    await project.addTemplate(
      "libraries",
      template(
        "libraries",
        `  source: { type: api, endpoint: "${server.url}/api", format: json }
  file_format:
    type: json
    json_read_fn: normalize
    geometry: { geom_column: position, crs: "EPSG:4326", format: { point_xy_str: "y, x" } }`,
      ),
    );
    const result = await project.ingest("libraries", { version: "1" });
    expect(await readRows(path.join(result.dir, "libraries.parquet"))).toEqual([
      { title: "Library", geom: '{"type":"Point","coordinates":[-73.9,40.5]}' },
      { title: "None", geom: null },
    ]);
  });
});

describe("socrata", () => {
  it("downloads the export URL of org + uid + format, versioned by the dataset's last update", async () => {
    const server = await serve({
      "/api/views/abcd-1234.json": sendJson({
        id: "abcd-1234",
        rowsUpdatedAt: Date.UTC(2024, 5, 30, 12) / 1000,
      }),
      "/api/views/abcd-1234/rows.csv": send("Name,Zip Code\nPark,10001\n"),
    });
    const project = await makeProject();
    await project.addTemplate(
      "parks",
      template(
        "parks",
        `  source: { type: socrata, org: "${server.url}", uid: abcd-1234, format: csv }\n  file_format: { type: csv, dtype: { Zip Code: str } }`,
      ),
    );
    const result = await project.ingest("parks");
    expect(result.version).toBe("20240630");
    expect(server.requests).toEqual([
      "/api/views/abcd-1234.json",
      "/api/views/abcd-1234/rows.csv?accessType=DOWNLOAD",
    ]);
    expect(await readRows(path.join(result.dir, "parks.parquet"))).toEqual([
      { Name: "Park", "Zip Code": "10001" },
    ]);
  });

  it("maps a named org through the endpoints table and exports GeoJSON", async () => {
    const geojson = {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          properties: { name: "a" },
          geometry: { type: "Point", coordinates: [1, 2] },
        },
      ],
    };
    const server = await serve({ "/api/geospatial/wxyz-9876": sendJson(geojson) });
    const project = await makeProject();
    await project.addTemplate(
      "zones",
      template(
        "zones",
        `  source: { type: socrata, org: nyc, uid: wxyz-9876, format: geojson }\n  file_format: { type: geojson }`,
      ),
    );
    const result = await project.ingest("zones", {
      version: "1",
      endpoints: { socrata: { nyc: server.url } },
    });
    expect(server.requests).toEqual(["/api/geospatial/wxyz-9876?method=export&format=GeoJSON"]);
    expect(await readRows(path.join(result.dir, "zones.parquet"))).toEqual([
      { name: "a", geom: '{"type":"Point","coordinates":[1,2]}' },
    ]);
  });
});

describe("arcgis_feature_server", () => {
  it("finds the layer by name and pages through the query endpoint until exhausted", async () => {
    const features = [1, 2, 3, 4, 5].map((n) => ({
      type: "Feature",
      properties: { OBJECTID: n, label: `f${n}` },
      geometry: { type: "Point", coordinates: [n, n] },
    }));
    const base = "/ArcGIS/rest/services/Zones/FeatureServer";
    const server = await serve({
      [base]: sendJson({
        layers: [
          { id: 0, name: "Other" },
          { id: 3, name: "Zone Layer" },
        ],
      }),
      [`${base}/3`]: sendJson({
        name: "Zone Layer",
        maxRecordCount: 2,
        objectIdField: "OBJECTID",
        editingInfo: { lastEditDate: Date.UTC(2023, 0, 15) },
      }),
      [`${base}/3/query`]: (_req, res, url) => {
        const offset = Number(url.searchParams.get("resultOffset"));
        const count = Number(url.searchParams.get("resultRecordCount"));
        const page = features.slice(offset, offset + count);
        res.writeHead(200).end(
          JSON.stringify({
            type: "FeatureCollection",
            features: page,
            properties: { exceededTransferLimit: offset + count < features.length },
          }),
        );
      },
    });
    const project = await makeProject();
    await project.addTemplate(
      "zones",
      template(
        "zones",
        `  source: { type: arcgis_feature_server, server: "${server.url}", dataset: Zones, layer_name: Zone Layer }\n  file_format: { type: geojson }`,
      ),
    );
    const result = await project.ingest("zones");
    expect(result.version).toBe("20230115");
    const queries = server.requests.filter((r) => r.includes("/query"));
    expect(queries).toHaveLength(3);
    expect(queries[2]).toContain("resultOffset=4&resultRecordCount=2");
    const rows = await readRows(path.join(result.dir, "zones.parquet"));
    expect(rows.map((r) => r.label)).toEqual(["f1", "f2", "f3", "f4", "f5"]);
    expect(rows[4]).toEqual({
      OBJECTID: 5,
      label: "f5",
      geom: '{"type":"Point","coordinates":[5,5]}',
    });
  });

  it("reports an ArcGIS error body and a layer name that does not exist", async () => {
    const base = "/ArcGIS/rest/services/Zones/FeatureServer";
    const server = await serve({ [base]: sendJson({ layers: [{ id: 0, name: "Only" }] }) });
    const project = await makeProject();
    await project.addTemplate(
      "zones",
      template(
        "zones",
        `  source: { type: arcgis_feature_server, server: "${server.url}", dataset: Zones, layer_name: Missing }\n  file_format: { type: geojson }`,
      ),
    );
    await expect(project.ingest("zones", { version: "1" })).rejects.toThrow(
      `has no layer named "Missing"; layers: 0: Only`,
    );
  });
});

describe("local_file", () => {
  it("reads a path relative to the project root", async () => {
    const project = await makeProject();
    await fs.writeFile(path.join(project.root, "local.csv"), "a|b\n1|x\n");
    await project.addTemplate(
      "local",
      template(
        "local",
        `  source: { type: local_file, path: local.csv }\n  file_format: { type: csv, delimiter: "|" }`,
      ),
    );
    const result = await project.ingest("local", { version: "1", csv: true });
    expect(await readRows(path.join(result.dir, "local.parquet"))).toEqual([{ a: 1, b: "x" }]);
    expect(await fs.readFile(path.join(result.dir, "local.csv"), "utf8")).toBe("a,b\n1,x\n");
    expect(result.metadata.outputs).toEqual(["local.parquet", "local.csv"]);
  });

  it("says clearly when the file is missing", async () => {
    const project = await makeProject();
    await project.addTemplate(
      "nofile",
      template(
        "nofile",
        `  source: { type: local_file, path: missing.csv }\n  file_format: { type: csv }`,
      ),
    );
    await expect(project.ingest("nofile", { version: "1" })).rejects.toThrow(
      /local_file source: .*missing\.csv does not exist/,
    );
  });
});
