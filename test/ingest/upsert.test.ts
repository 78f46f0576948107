import fs from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseTemplateFile } from "../../src/config/template/index.js";
import { makeProject, readConfig, readRows, template, type TestProject } from "./helpers.js";

/** The previous version in dcpy's own test of upsert_df_columns. */
const PREVIOUS = "key1,key2,other,value\nfoo,1,true,1\nbar,1,false,2\nbar,2,true,3\n";
/** The new data in that test: the same keys in another order, `value` updated, `value2` new. */
const NEW = "key1,key2,value,value2\nbar,2,6,7\nfoo,1,4,8\nbar,1,5,9\n";

const STEP = "upsert_column_of_previous_version";

function upsert(args: string): string {
  return `  - name: ${STEP}\n    args: ${args}`;
}

/** Ingest `csv` as version `version` of the dataset `data` with these steps (YAML list items). */
async function ingest(project: TestProject, version: string, csv: string, steps = "") {
  await fs.writeFile(path.join(project.root, "data.csv"), csv);
  const body = `  source: { type: local_file, path: data.csv }\n  file_format: { type: csv }${steps ? `\n  processing_steps:\n${steps}` : ""}`;
  await project.addTemplate("data", template("data", body));
  const result = await project.ingest("data", { version });
  return { result, rows: await readRows(path.join(result.dir, "data.parquet")) };
}

/** A store holding `previous` as version v1, then `csv` ingested as v2 with the step. */
async function upsertInto(previous: string, csv: string, args: string) {
  const project = await makeProject();
  await ingest(project, "v1", previous);
  await new Promise((resolve) => setTimeout(resolve, 5));
  return { project, ...(await ingest(project, "v2", csv, upsert(args))) };
}

function schemaErrors(args: string): string[] {
  const text = template(
    "data",
    `  source: { type: local_file, path: data.csv }\n  file_format: { type: csv }\n  processing_steps:\n${upsert(args)}`,
  );
  return parseTemplateFile("data.yml", text).diagnostics.map((d) => `${d.path}: ${d.message}`);
}

describe("upsert_column_of_previous_version: row order", () => {
  it("keeps the previous version's order even when the data has a column called rowid", async () => {
    const previous = "id,rowid,value\na,30,1\nb,10,2\nc,20,3\n";
    const { rows } = await upsertInto(previous, "id,value\nc,9\na,7\nb,8\n", "{ key: [id] }");
    expect(rows.map((r) => r.id)).toEqual(["a", "b", "c"]);
    expect(rows.map((r) => r.value)).toEqual([7, 8, 9]);
  });
});

describe("upsert_column_of_previous_version: insert_behavior", () => {
  it("allow (the default): the previous rows in their order, every non-key column joined in by key", async () => {
    const { rows, result } = await upsertInto(PREVIOUS, NEW, "{ key: [key1, key2] }");
    expect(rows).toEqual([
      { key1: "foo", key2: 1, other: true, value: 4, value2: 8 },
      { key1: "bar", key2: 1, other: false, value: 5, value2: 9 },
      { key1: "bar", key2: 2, other: true, value: 6, value2: 7 },
    ]);
    expect(result.metadata.steps).toEqual([
      {
        name: STEP,
        rowsIn: 3,
        rowsOut: 3,
        columns: { added: ["other"], removed: [], renamed: {}, changed: ["value"] },
        details: {
          previousVersion: "v1",
          key: ["key1", "key2"],
          columnsUpdated: ["value"],
          columnsInserted: ["value2"],
          columnsIgnored: [],
          rowsUpdated: 3,
          rowsMissingKey: 0,
          missingKeyBehavior: "error",
          rowsNotInPrevious: 0,
        },
      },
    ]);
    const config = await readConfig(result.dir);
    expect(config.steps).toEqual(result.metadata.steps);
    expect(config.columns).toEqual([
      { name: "key1", type: "VARCHAR" },
      { name: "key2", type: "BIGINT" },
      { name: "other", type: "BOOLEAN" },
      { name: "value", type: "BIGINT" },
      { name: "value2", type: "BIGINT" },
    ]);
  });

  it("ignore: leaves out the columns the previous version lacks", async () => {
    const { rows, result } = await upsertInto(
      PREVIOUS,
      NEW,
      "{ key: [key1, key2], insert_behavior: ignore }",
    );
    expect(rows.map((r) => Object.values(r))).toEqual([
      ["foo", 1, true, 4],
      ["bar", 1, false, 5],
      ["bar", 2, true, 6],
    ]);
    expect(result.metadata.steps).toMatchObject([
      {
        columns: { added: ["other"], removed: ["value2"], changed: ["value"] },
        details: { columnsInserted: [], columnsIgnored: ["value2"] },
      },
    ]);
  });

  it("error: names the columns the previous version lacks", async () => {
    await expect(
      upsertInto(PREVIOUS, NEW, "{ key: [key1, key2], insert_behavior: error }"),
    ).rejects.toThrow(
      `processing step 1 (${STEP}): insert_behavior is error, and 1 column(s) of the new data are not in version "v1": value2 (insert_behavior: allow adds them, ignore leaves them out)`,
    );
    const { rows } = await upsertInto(
      PREVIOUS,
      "key1,key2,value\nbar,2,6\nfoo,1,4\nbar,1,5\n",
      "{ key: [key1, key2], insert_behavior: error }",
    );
    expect(rows.map((r) => r.value)).toEqual([4, 5, 6]);
  });

  it("updates several columns at once, in the previous version's column order", async () => {
    const { rows, result } = await upsertInto(
      "id,a,b,c\n1,x,10,p\n2,y,20,q\n",
      "c,id,a\nP,1,X\nQ,2,Y\n",
      "{ key: [id] }",
    );
    expect(rows).toEqual([
      { id: 1, a: "X", b: 10, c: "P" },
      { id: 2, a: "Y", b: 20, c: "Q" },
    ]);
    expect(result.metadata.steps).toMatchObject([{ columns: { changed: ["c", "a"] } }]);
  });

  it("works whatever the columns are called (names the step uses inside)", async () => {
    const { rows } = await upsertInto(
      "k0,matched,p0,n1,times\n1,a,b,c,d\n",
      "k0,n1,matched,times\n1,C,A,d\n",
      "{ key: [k0, times], missing_key_behavior: coalesce }",
    );
    expect(rows).toEqual([{ k0: 1, matched: "A", p0: "b", n1: "C", times: "d" }]);
  });
});

describe("upsert_column_of_previous_version: missing_key_behavior", () => {
  const NEW_MISSING = "key1,key2,value\nbar,2,6\nfoo,1,4\n";

  it("error (the default): names the previous version's keys the new data lacks", async () => {
    await expect(upsertInto(PREVIOUS, NEW_MISSING, "{ key: [key1, key2] }")).rejects.toThrow(
      `processing step 1 (${STEP}): 1 key(s) of version "v1" are not in the new data: (key1="bar", key2=1) (missing_key_behavior: null or coalesce keeps those rows)`,
    );
  });

  it("lists at most five keys", async () => {
    const previous = `id,v\n${Array.from({ length: 8 }, (_, i) => `${i},${i}`).join("\n")}\n`;
    await expect(upsertInto(previous, "id,v\n0,9\n", "{ key: [id] }")).rejects.toThrow(
      'of version "v1" are not in the new data: (id=1), (id=2), (id=3), (id=4), (id=5), ... (missing',
    );
    await expect(upsertInto(previous, "id,v\n0,9\n", "{ key: [id] }")).rejects.toThrow(
      "7 key(s) of version",
    );
  });

  it("null: rows whose key the new data lacks get nulls", async () => {
    const { rows, result } = await upsertInto(
      PREVIOUS,
      NEW_MISSING,
      "{ key: [key1, key2], missing_key_behavior: null }",
    );
    expect(rows.map((r) => r.value)).toEqual([4, null, 6]);
    expect(result.metadata.steps).toMatchObject([
      { details: { rowsUpdated: 2, rowsMissingKey: 1, missingKeyBehavior: "null" } },
    ]);
  });

  it("coalesce: rows whose key the new data lacks keep their value; a null in the new data wins", async () => {
    const { rows } = await upsertInto(
      PREVIOUS,
      "key1,key2,value,value2\nbar,2,,7\nfoo,1,4,8\n",
      "{ key: [key1, key2], missing_key_behavior: coalesce }",
    );
    expect(rows.map((r) => [r.value, r.value2])).toEqual([
      [4, 8],
      [2, null],
      [null, 7],
    ]);
  });
});

describe("upsert_column_of_previous_version: keys", () => {
  it("drops rows of the new data whose key the previous version lacks, and counts them", async () => {
    const { rows, result } = await upsertInto(
      "id,v\n1,a\n2,b\n",
      "id,v\n3,c\n2,B\n1,A\n4,d\n",
      "{ key: [id] }",
    );
    expect(rows).toEqual([
      { id: 1, v: "A" },
      { id: 2, v: "B" },
    ]);
    expect(result.metadata.steps).toMatchObject([
      { rowsIn: 4, rowsOut: 2, details: { rowsUpdated: 2, rowsNotInPrevious: 2 } },
    ]);
  });

  it("keeps the previous version's row order on inputs large enough for DuckDB to work in parallel", async () => {
    const count = 200_000;
    const ids = Array.from({ length: count }, (_, i) => (i * 7919) % count);
    const previous = `id,v\n${ids.map((id) => `${id},old`).join("\n")}\n`;
    const fresh = `id,v\n${[...ids]
      .reverse()
      .map((id) => `${id},new${id}`)
      .join("\n")}\n`;
    const { rows } = await upsertInto(previous, fresh, "{ key: [id] }");
    expect(rows.map((r) => r.id)).toEqual(ids);
    expect(rows.every((r) => r.v === `new${String(r.id)}`)).toBe(true);
  });

  it("matches null keys to each other, as pandas does", async () => {
    const { rows } = await upsertInto("k,v\na,1\n,2\n", "k,v\n,20\na,10\n", "{ key: [k] }");
    expect(rows).toEqual([
      { k: "a", v: 10 },
      { k: null, v: 20 },
    ]);
  });

  it("refuses keys that repeat, in either version, listing them", async () => {
    await expect(
      upsertInto("k,v\na,1\nb,2\n", "k,v\nb,1\na,2\nb,3\n", "{ key: [k] }"),
    ).rejects.toThrow(
      `${STEP}): key (k) is not unique in the new data: 1 key(s) appear more than once: (k="b") 2 times`,
    );
    await expect(
      upsertInto("k,n,v\na,1,1\na,1,2\nb,,1\nb,,2\nb,,3\n", "k,n,v\na,1,9\n", "{ key: [k, n] }"),
    ).rejects.toThrow(
      `key (k, n) is not unique in version "v1": 2 key(s) appear more than once: (k="a", n=1) 2 times, (k="b", n=null) 3 times`,
    );
  });

  it("names key columns missing from either side", async () => {
    await expect(upsertInto(PREVIOUS, NEW, "{ key: [key1, nope] }")).rejects.toThrow(
      `${STEP}): key: no column "nope" in the new data; columns: key1, key2, value, value2`,
    );
    await expect(
      upsertInto(PREVIOUS, "key1,key2,extra,value\nfoo,1,1,1\n", "{ key: [key1, extra] }"),
    ).rejects.toThrow('key: no column "extra" in version "v1"; columns: key1, key2, other, value');
  });

  it("refuses keys whose types cannot be compared", async () => {
    const project = await makeProject();
    await ingest(project, "v1", "id,v\n1,a\n");
    await fs.writeFile(path.join(project.root, "data.csv"), "id,v\n1,b\n");
    const body = `  source: { type: local_file, path: data.csv }\n  file_format: { type: csv, dtype: { id: str } }\n  processing_steps:\n${upsert("{ key: [id] }")}`;
    await project.addTemplate("data", template("data", body));
    await expect(project.ingest("data", { version: "v2" })).rejects.toThrow(
      'key column "id" is VARCHAR in the new data but BIGINT in version "v1"; keys must have comparable types (coerce_column_types can convert it)',
    );
  });
});

describe("upsert_column_of_previous_version: versions and types", () => {
  it("fails clearly without a previous version, or without the one named", async () => {
    const project = await makeProject();
    await expect(ingest(project, "v1", NEW, upsert("{ key: [key1] }"))).rejects.toThrow(
      `${STEP}): no previous version of this dataset in the store to upsert into`,
    );
    await expect(
      ingest(project, "v1", NEW, upsert("{ key: [key1], version: v0 }")),
    ).rejects.toThrow('no "v0" version of this dataset in the store to upsert into');
  });

  it("upserts into the version named, not the latest", async () => {
    const project = await makeProject();
    await ingest(project, "2023", "id,v\n1,old\n");
    await new Promise((resolve) => setTimeout(resolve, 5));
    await ingest(project, "2024", "id,v\n1,newer\n2,x\n");
    const { rows, result } = await ingest(
      project,
      "2025",
      "id,v\n1,new\n",
      upsert("{ key: [id], version: 2023 }"),
    );
    expect(rows).toEqual([{ id: 1, v: "new" }]);
    expect(result.metadata.steps).toMatchObject([{ details: { previousVersion: "2023" } }]);
  });

  it("keeps the previous type when every new value fits it, else the new type", async () => {
    const { rows, result } = await upsertInto(
      "id,n,m,s\n1,10,5,x\n2,20,6,y\n",
      "id,n,m,s\n1,11.0,5.5,7\n2,21.0,6.5,8\n",
      "{ key: [id] }",
    );
    expect(rows).toEqual([
      { id: 1, n: 11, m: 5.5, s: "7" },
      { id: 2, n: 21, m: 6.5, s: "8" },
    ]);
    const config = await readConfig(result.dir);
    expect(config.columns).toEqual([
      { name: "id", type: "BIGINT" },
      { name: "n", type: "BIGINT" },
      { name: "m", type: "DOUBLE" },
      { name: "s", type: "VARCHAR" },
    ]);
    expect(result.metadata.steps).toMatchObject([
      {
        details: {
          types: {
            n: { previous: "BIGINT", new: "DOUBLE", result: "BIGINT" },
            m: { previous: "BIGINT", new: "DOUBLE", result: "DOUBLE" },
            s: { previous: "VARCHAR", new: "BIGINT", result: "VARCHAR" },
          },
        },
      },
    ]);
  });

  it("coalesce falls back to text when kept values fit neither type", async () => {
    const { rows } = await upsertInto(
      "id,v\n1,x\n2,y\n",
      "id,v\n1,5\n",
      "{ key: [id], missing_key_behavior: coalesce }",
    );
    expect(rows).toEqual([
      { id: 1, v: "5" },
      { id: 2, v: "y" },
    ]);
  });
});

describe("upsert_column_of_previous_version: arguments", () => {
  it("accepts the corpus's arguments", () => {
    expect(
      schemaErrors(
        "{ key: [geotype, geoid], insert_behavior: allow, missing_key_behavior: error, version: 20240101 }",
      ),
    ).toEqual([]);
    expect(schemaErrors('{ key: [a], missing_key_behavior: "null" }')).toEqual([]);
    expect(schemaErrors("{ key: [a], missing_key_behavior: null }")).toEqual([]);
  });

  it("rejects each bad argument with the values allowed", () => {
    const at = "ingestion.processing_steps[0].args";
    expect(schemaErrors("{}")).toEqual([
      `${at}.key: Invalid input: expected array, received undefined (received nothing); allowed: array`,
    ]);
    expect(schemaErrors("{ key: [] }")[0]).toMatch(/args\.key: Too small/);
    expect(schemaErrors("{ key: geoid }")[0]).toMatch(/args\.key: Invalid input: expected array/);
    expect(schemaErrors("{ key: [a, a] }")).toEqual([
      `${at}.key: a key column is listed twice (received ["a","a"])`,
    ]);
    expect(schemaErrors("{ key: [a], insert_behavior: upsert }")[0]).toMatch(
      /args\.insert_behavior: .*"allow", "ignore", "error"/,
    );
    expect(schemaErrors("{ key: [a], missing_key_behavior: skip }")[0]).toMatch(
      /args\.missing_key_behavior: .*"null", "coalesce", "error"/,
    );
    expect(schemaErrors("{ key: [a], on: [b] }")).toEqual([
      `${at}.on: unknown field "on"; allowed: key, version, insert_behavior, missing_key_behavior`,
    ]);
  });
});
