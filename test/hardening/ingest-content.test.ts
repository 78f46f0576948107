import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSettingsFile, type Settings } from "../../src/config/settings.js";
import { makeProject, send, startServer, template, type TestServer } from "../ingest/helpers.js";
import { zip } from "../ingest/shapefile-writer.js";

const LOGIN_PAGE =
  "<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>log in</body></html>\n";
let server: TestServer;

beforeAll(async () => {
  server = await startServer({
    "/login.csv": send(LOGIN_PAGE, "text/html; charset=utf-8"),
  });
});
afterAll(() => server.close());

async function localCsv(name: string, text: string | Buffer, settings: Settings = {}) {
  const project = await makeProject();
  Object.assign(project.settings, settings);
  await fs.writeFile(path.join(project.root, name), text);
  const format = name.endsWith(".zip")
    ? "{ type: csv, unzipped_filename: data.csv }"
    : "{ type: csv }";
  await project.addTemplate(
    "t",
    template("t", `  source: { type: local_file, path: ${name} }\n  file_format: ${format}`),
  );
  return project;
}

describe("ingest: wrong data is a clear error, not exit 0", () => {
  it("ragged CSV rows name the file, the line and the field counts (was one column named 'a,b')", async () => {
    const project = await localCsv("r.csv", "a,b\n1,2\n3,4,5\n6,7\n");
    await expect(project.ingest("t", { version: "1" })).rejects.toThrow(
      "r.csv line 3 has 3 fields where the header has 2 (a ragged row)",
    );
  });

  it("a ragged row with an explicit delimiter is named too", async () => {
    const project = await makeProject();
    await fs.writeFile(path.join(project.root, "s.csv"), "a;b\n1;2\n3\n");
    await project.addTemplate(
      "t",
      template(
        "t",
        `  source: { type: local_file, path: s.csv }\n  file_format: { type: csv, delimiter: ";" }`,
      ),
    );
    await expect(project.ingest("t", { version: "1" })).rejects.toThrow(
      "s.csv line 3 has 1 fields where the header has 2",
    );
  });

  it("quoted delimiters and newlines are not ragged rows", async () => {
    const project = await localCsv("q.csv", 'a,b\n1,"x,y"\n2,"multi\nline"\n');
    const result = await project.ingest("t", { version: "1" });
    expect(result.metadata.rows).toBe(2);
  });

  it("a 200 text/html login page is refused, not ingested as a 0-row CSV", async () => {
    const project = await makeProject();
    await project.addTemplate(
      "t",
      template(
        "t",
        `  source: { type: file_download, url: "${server.url}/login.csv" }\n  file_format: { type: csv }`,
      ),
    );
    await expect(project.ingest("t", { version: "1" })).rejects.toThrow(
      /login\.csv is an HTML page, not csv: the source answered with a web page/,
    );
  });

  it("an XML or JSON error answer where a CSV should be is refused, quoting it", async () => {
    const xml = await localCsv(
      "x.csv",
      '<?xml version="1.0"?>\n<Error><Code>AccessDenied</Code></Error>\n',
    );
    await expect(xml.ingest("t", { version: "1" })).rejects.toThrow(
      /x\.csv is an XML document, not csv: .*AccessDenied/,
    );
    const json = await localCsv("j.csv", '{"error": "rate limited"}\n');
    await expect(json.ingest("t", { version: "1" })).rejects.toThrow(
      /j\.csv is a JSON document, not csv: .*rate limited/,
    );
    const tagged = await localCsv("h.csv", "<id>,name\n1,a\n");
    expect((await tagged.ingest("t", { version: "1" })).metadata.rows).toBe(1);
  });

  it("an empty file says it is empty (was the sniffer's raw error)", async () => {
    const project = await localCsv("e.csv", "");
    await expect(project.ingest("t", { version: "1" })).rejects.toThrow(
      "e.csv is empty (0 bytes): the source gave no data to ingest",
    );
  });

  it("max_rows stops an ingest one row past it, naming the setting", async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `${i},x`).join("\n");
    const project = await localCsv("m.csv", `a,b\n${rows}\n`, { ingest_limits: { max_rows: 10 } });
    await expect(project.ingest("t", { version: "1" })).rejects.toThrow(
      "dataset t has more than 10 rows, over the ingest limit of 10 rows (ingest_limits.max_rows in lifecycle.yml",
    );
    const under = await localCsv("m.csv", `a,b\n${rows}\n`, { ingest_limits: { max_rows: 50 } });
    expect((await under.ingest("t", { version: "1" })).metadata.rows).toBe(50);
  });

  it("a zip that unpacks past max_decompressed_size is refused before unpacking", async () => {
    const archive = zip([{ name: "data.csv", data: Buffer.from(`a\n${"1\n".repeat(600_000)}`) }]);
    const project = await localCsv("z.zip", archive, {
      ingest_limits: { max_decompressed_size: "1MB" },
    });
    await expect(project.ingest("t", { version: "1" })).rejects.toThrow(
      /z\.zip unpacks to 1200002 bytes, over the ingest limit of 1000000 bytes \(ingest_limits\.max_decompressed_size/,
    );
  });

  it("a zip bomb is refused by max_decompression_ratio", async () => {
    const archive = zip([{ name: "data.csv", data: Buffer.alloc(40_000_000, "1") }]);
    const project = await localCsv("b.zip", archive);
    await expect(project.ingest("t", { version: "1" })).rejects.toThrow(
      /b\.zip unpacks \d+ bytes to 40000000 \(ratio \d+\), over the ingest limit of ratio 200 \(ingest_limits\.max_decompression_ratio/,
    );
  });

  it("ingest_limits in lifecycle.yml is validated, with line and column", () => {
    const { diagnostics } = parseSettingsFile(
      "lifecycle.yml",
      "ingest_limits:\n  max_rows: -3\n  max_download_size: lots\n  max_unknown: 1\n",
    );
    const text = diagnostics.map((d) => `${d.line}:${d.column} ${d.path} ${d.message}`).join("\n");
    expect(text).toMatch(/^2:\d+ .*max_rows/m);
    expect(text).toMatch(/^3:\d+ .*max_download_size.*a size such as 512MB/m);
    expect(text).toMatch(/max_unknown/);
  });
});
