import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Engine, frameSelect } from "../../src/ingest/engine.js";
import { dbfEncoding } from "../../src/ingest/shapefile/encoding.js";
import { loadShapefile, type ShapefileOptions } from "../../src/ingest/shapefile/index.js";
import { shapefileEntries, type TestShape, type TestShapefile } from "./shapefile-writer.js";

async function writeFiles(spec: TestShapefile, cpg?: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-shp-"));
  for (const entry of shapefileEntries("data", spec, cpg)) {
    await fs.writeFile(path.join(dir, entry.name), entry.data);
  }
  return path.join(dir, "data.shp");
}

async function read(
  shp: string,
  options: Partial<ShapefileOptions> = {},
): Promise<{ rows: Record<string, unknown>[]; types: Record<string, string> }> {
  const engine = await Engine.open();
  try {
    const frame = await loadShapefile(engine, shp, {
      crs: "EPSG:4326",
      geometryFormat: "geojson",
      ...options,
    });
    const rows = await engine.rows(frameSelect(frame));
    const types = Object.fromEntries(
      (await engine.describe(frameSelect(frame))).map((c) => [c.name, c.type]),
    );
    return { rows, types };
  } finally {
    engine.close();
  }
}

/** Only the geometry of each row, parsed. */
async function geometries(shapeType: number, shapes: TestShape[]): Promise<unknown[]> {
  const spec = {
    shapeType,
    shapes,
    fields: [{ name: "id", type: "N", length: 4 }],
    records: shapes.map((_, i) => [String(i)]),
  };
  const { rows } = await read(await writeFiles(spec));
  return rows.map((r) => (r.geom === null ? null : JSON.parse(String(r.geom))));
}

const square = (x: number, y: number, size: number, clockwise = true): number[][] => {
  const ring = [
    [x, y],
    [x, y + size],
    [x + size, y + size],
    [x + size, y],
    [x, y],
  ];
  return clockwise ? ring : ring.reverse();
};

describe("shapefile geometry", () => {
  it("reads points, keeps Z and drops M", async () => {
    expect(await geometries(1, [{ type: "point", point: [1.5, -2] }])).toEqual([
      { type: "Point", coordinates: [1.5, -2] },
    ]);
    expect(await geometries(11, [{ type: "point", point: [1, 2, 3] }])).toEqual([
      { type: "Point", coordinates: [1, 2, 3] },
    ]);
    expect(await geometries(21, [{ type: "point", point: [1, 2] }])).toEqual([
      { type: "Point", coordinates: [1, 2] },
    ]);
  });

  it("reads multipoints as MultiPoint, even of one point", async () => {
    expect(
      await geometries(8, [
        {
          type: "multipoint",
          points: [
            [0, 0],
            [1, 1],
          ],
        },
        { type: "multipoint", points: [[5, 6]] },
      ]),
    ).toEqual([
      {
        type: "MultiPoint",
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      },
      { type: "MultiPoint", coordinates: [[5, 6]] },
    ]);
    expect(
      await geometries(18, [
        {
          type: "multipoint",
          points: [
            [0, 0, 7],
            [1, 1, 8],
          ],
        },
      ]),
    ).toEqual([
      {
        type: "MultiPoint",
        coordinates: [
          [0, 0, 7],
          [1, 1, 8],
        ],
      },
    ]);
    expect(await geometries(28, [{ type: "multipoint", points: [[0, 0]] }])).toEqual([
      { type: "MultiPoint", coordinates: [[0, 0]] },
    ]);
  });

  it("reads a one-part polyline as LineString and several parts as MultiLineString", async () => {
    const one = [
      [0, 0],
      [1, 1],
      [2, 0],
    ];
    const two = [
      [5, 5],
      [6, 6],
    ];
    expect(
      await geometries(3, [
        { type: "polyline", parts: [one] },
        { type: "polyline", parts: [one, two] },
      ]),
    ).toEqual([
      { type: "LineString", coordinates: one },
      { type: "MultiLineString", coordinates: [one, two] },
    ]);
    expect(
      await geometries(13, [
        {
          type: "polyline",
          parts: [
            [
              [0, 0, 1],
              [1, 1, 2],
            ],
          ],
        },
      ]),
    ).toEqual([
      {
        type: "LineString",
        coordinates: [
          [0, 0, 1],
          [1, 1, 2],
        ],
      },
    ]);
    expect(
      await geometries(23, [
        {
          type: "polyline",
          parts: [
            [
              [0, 0],
              [1, 1],
            ],
          ],
        },
      ]),
    ).toEqual([
      {
        type: "LineString",
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      },
    ]);
  });

  it("puts each hole in the outer ring holding it: one outer ring is a Polygon, several a MultiPolygon", async () => {
    const outerA = square(0, 0, 10);
    const holeA = square(2, 2, 2, false);
    const outerB = square(20, 0, 10);
    const holeB = square(22, 2, 3, false);
    expect(
      await geometries(5, [
        { type: "polygon", parts: [outerA] },
        { type: "polygon", parts: [outerA, holeA] },
        // Holes written before and away from their outer rings.
        { type: "polygon", parts: [holeB, outerA, holeA, outerB] },
      ]),
    ).toEqual([
      { type: "Polygon", coordinates: [outerA] },
      { type: "Polygon", coordinates: [outerA, holeA] },
      {
        type: "MultiPolygon",
        coordinates: [
          [outerA, holeA],
          [outerB, holeB],
        ],
      },
    ]);
  });

  it("makes an island inside a lake its own polygon, and keeps Z on polygon rings", async () => {
    const outer = square(0, 0, 10);
    const lake = square(1, 1, 8, false);
    const island = square(3, 3, 2);
    expect(await geometries(5, [{ type: "polygon", parts: [outer, lake, island] }])).toEqual([
      { type: "MultiPolygon", coordinates: [[outer, lake], [island]] },
    ]);
    const ringZ = square(0, 0, 1).map(([x = 0, y = 0]) => [x, y, 9]);
    expect(await geometries(15, [{ type: "polygon", parts: [ringZ] }])).toEqual([
      { type: "Polygon", coordinates: [ringZ] },
    ]);
    expect(await geometries(25, [{ type: "polygon", parts: [square(0, 0, 1)] }])).toEqual([
      { type: "Polygon", coordinates: [square(0, 0, 1)] },
    ]);
  });

  it("organises rings by nesting when a 2D record's later rings are all counter-clockwise and apart (as GDAL does)", async () => {
    const first = square(0, 0, 10);
    const apart = square(20, 0, 5, false);
    const hole = square(2, 2, 2, false);
    expect(
      await geometries(5, [
        { type: "polygon", parts: [first, apart] },
        { type: "polygon", parts: [first, hole] },
      ]),
    ).toEqual([
      { type: "MultiPolygon", coordinates: [[first], [apart]] },
      { type: "Polygon", coordinates: [first, hole] },
    ]);
    // GDAL trusts orientation in Z and M files: the ring apart is a hole of the only outer ring.
    expect(await geometries(25, [{ type: "polygon", parts: [first, apart] }])).toEqual([
      { type: "Polygon", coordinates: [first, apart] },
    ]);
  });

  it("reads null shapes as a null geometry", async () => {
    expect(
      await geometries(5, [{ type: "null" }, { type: "polygon", parts: [square(0, 0, 1)] }]),
    ).toEqual([null, { type: "Polygon", coordinates: [square(0, 0, 1)] }]);
    expect(await geometries(8, [{ type: "multipoint", points: [] }])).toEqual([null]);
  });
});

describe("shapefile attributes", () => {
  const fields = [
    { name: "Name", type: "C", length: 12 },
    { name: "COUNT", type: "N", length: 6 },
    { name: "Shape_Area", type: "N", length: 19, decimals: 4 },
    { name: "RATIO", type: "F", length: 10, decimals: 3 },
    { name: "OPEN", type: "L", length: 1 },
    { name: "SINCE", type: "D", length: 8 },
    { name: "MEMO", type: "M", length: 10 },
  ];
  const point = (x: number): TestShape => ({ type: "point", point: [x, 0] });

  it("types N, F, L, D columns, trims blanks, reads null markers, and skips deleted records", async () => {
    const spec: TestShapefile = {
      shapeType: 1,
      shapes: [point(1), point(2), point(3)],
      fields,
      records: [
        ["  Pier 40   ", "42", "1234.5000", "0.125", "T", "20240131", "12"],
        ["gone", "1", "1", "1", "F", "20240101", ""],
        [null, "*****", null, null, "?", "00000000", null],
      ],
      deleted: [1],
    };
    const { rows, types } = await read(await writeFiles(spec));
    expect(types).toEqual({
      Name: "VARCHAR",
      COUNT: "BIGINT",
      Shape_Area: "DOUBLE",
      RATIO: "DOUBLE",
      OPEN: "BOOLEAN",
      SINCE: "DATE",
      MEMO: "VARCHAR",
      geom: "VARCHAR",
    });
    expect(rows.map(({ geom: _, ...attributes }) => attributes)).toEqual([
      {
        Name: "Pier 40",
        COUNT: 42n,
        Shape_Area: 1234.5,
        RATIO: 0.125,
        OPEN: true,
        SINCE: new Date("2024-01-31T00:00:00Z"),
        MEMO: "12",
      },
      {
        Name: null,
        COUNT: null,
        Shape_Area: null,
        RATIO: null,
        OPEN: null,
        SINCE: null,
        MEMO: null,
      },
    ]);
    expect(rows.map((r) => r.geom)).toEqual([
      '{"type":"Point","coordinates":[1,0]}',
      '{"type":"Point","coordinates":[3,0]}',
    ]);
  });

  const windows1252 = (t: string) =>
    Buffer.from([...t].map((c) => (c === "€" ? 0x80 : c.charCodeAt(0))));
  const named = (encode: (t: string) => Buffer, languageDriver = 0): TestShapefile => ({
    shapeType: 1,
    shapes: [point(0)],
    fields: [{ name: "Név", type: "C", length: 20 }],
    records: [["Café €5 Łódź"]],
    languageDriver,
    encode,
  });
  const text = async (spec: TestShapefile, cpg?: string, encoding?: string) => {
    const { rows } = await read(
      await writeFiles(spec, cpg),
      encoding === undefined ? {} : { encoding },
    );
    return rows.map(({ geom: _, ...attributes }) => attributes);
  };

  it("reads text in the encoding the .cpg file names", async () => {
    const utf8 = named((t) => Buffer.from(t, "utf8"));
    expect(await text(utf8, "UTF-8\n")).toEqual([{ Név: "Café €5 Łódź" }]);
    // Code page 1252 has no Ł or ź; its byte 0x80 is the euro sign.
    const cp1252 = { ...named(windows1252), records: [["€ café"]] };
    expect(await text(cp1252, "1252")).toEqual([{ Név: "€ café" }]);
  });

  it("falls back to the language driver byte, then to ISO-8859-1; file_format.encoding overrides both", async () => {
    const latin1 = { ...named((t) => Buffer.from(t, "latin1")), records: [["café ñ"]] };
    expect(await text({ ...latin1, languageDriver: 0x57 })).toEqual([{ Név: "café ñ" }]);
    expect(await text(latin1)).toEqual([{ Név: "café ñ" }]);
    // LDID 0x03 is code page 1252: byte 0x80 is the euro sign (ISO-8859-1 would read U+0080).
    const euro = { ...latin1, encode: windows1252 };
    expect(await text({ ...euro, records: [["5€"]], languageDriver: 0x03 })).toEqual([
      { Név: "5€" },
    ]);
    expect(await text({ ...euro, records: [["5€"]] })).toEqual([{ Név: "5\u0080" }]);
    const utf8 = named((t) => Buffer.from(t, "utf8"));
    expect(await text(utf8, "1252", "utf-8")).toEqual([{ Név: "Café €5 Łódź" }]);
  });
});

describe("shapefile attribute edge cases", () => {
  it("reads numbers as C's atoll/atof do (GDAL): the leading number, 0 when there is none", async () => {
    const spec: TestShapefile = {
      shapeType: 1,
      shapes: [0, 1, 2].map((x) => ({ type: "point", point: [x, 0] })),
      fields: [
        { name: "N", type: "N", length: 8 },
        { name: "D", type: "N", length: 8, decimals: 2 },
      ],
      records: [
        ["12.7", "1.5e3"],
        ["abc", "-.25x"],
        ["-0007", "   "],
      ],
    };
    const { rows } = await read(await writeFiles(spec));
    expect(rows.map(({ N, D }) => [N, D])).toEqual([
      [12n, 1500],
      [0n, -0.25],
      [-7n, null],
    ]);
  });

  it("reads .cpg texts and language driver bytes as GDAL does", () => {
    const cpg = (text: string) => dbfEncoding({ cpg: text, languageDriver: 0x03 }).encoding;
    expect(
      ["UTF-8\r\n", "utf8", "65001", "1252", "ANSI 1251", "8859-2", "88591", "Big5"].map(cpg),
    ).toEqual(["UTF-8", "UTF-8", "UTF-8", "CP1252", "CP1251", "ISO-8859-2", "ISO-8859-1", "Big5"]);
    const ldid = (byte: number) => dbfEncoding({ languageDriver: byte }).encoding;
    expect([0x57, 0x03, 0x58, 0xc8, 0x26, 0x00].map(ldid)).toEqual([
      "ISO-8859-1",
      "CP1252",
      "CP1252",
      "CP1250",
      "CP866",
      "ISO-8859-1",
    ]);
    expect(dbfEncoding({ template: "latin1", cpg: "UTF-8", languageDriver: 3 })).toEqual({
      encoding: "latin1",
      from: "file_format.encoding",
    });
  });

  it("names an encoding it cannot decode and where it came from", async () => {
    const spec: TestShapefile = {
      shapeType: 1,
      shapes: [{ type: "point", point: [0, 0] }],
      fields: [{ name: "A", type: "C", length: 2 }],
      records: [["x"]],
      languageDriver: 0x01,
    };
    await expect(read(await writeFiles(spec))).rejects.toThrow(
      'shapefile text encoding "CP437" (from the language driver 1) cannot be decoded here; set file_format.encoding',
    );
  });
});

describe("shapefile errors", () => {
  const points: TestShapefile = {
    shapeType: 1,
    shapes: [
      { type: "point", point: [1, 1] },
      { type: "point", point: [2, 2] },
    ],
    fields: [{ name: "id", type: "N", length: 4 }],
    records: [["1"], ["2"]],
  };

  async function damaged(
    spec: TestShapefile,
    file: "data.shp" | "data.dbf",
    damage: (b: Buffer) => Buffer,
  ) {
    const shp = await writeFiles(spec);
    const target = path.join(path.dirname(shp), file);
    await fs.writeFile(target, damage(await fs.readFile(target)));
    return read(shp);
  }

  it("names the file and the byte offset of a truncated record", async () => {
    // Records: header 100 bytes, then 8 + 20 bytes per point; record 2's content starts at 136.
    await expect(damaged(points, "data.shp", (b) => b.subarray(0, b.length - 10))).rejects.toThrow(
      "data.shp: record 2 (20 bytes) needs 20 bytes but the file ends after 10: the file is truncated (at byte offset 136)",
    );
    await expect(damaged(points, "data.dbf", (b) => b.subarray(0, b.length - 3))).rejects.toThrow(
      /^data\.dbf: record 2 of 2 needs 5 bytes but the file ends after 3: the file is truncated \(at byte offset \d+\)$/,
    );
  });

  it("names a corrupt part index, an unsupported shape type and a file that is no shapefile", async () => {
    const line: TestShapefile = {
      ...points,
      shapeType: 3,
      shapes: [
        {
          type: "polyline",
          parts: [
            [
              [0, 0],
              [1, 1],
            ],
            [
              [2, 2],
              [3, 3],
            ],
          ],
        },
      ],
      records: [["1"]],
    };
    const secondPartStart = (b: Buffer) => {
      b.writeInt32LE(99, 108 + 48);
      return b;
    };
    await expect(damaged(line, "data.shp", secondPartStart)).rejects.toThrow(
      "data.shp: record 1 (PolyLine): part 1 starts at point 99, which does not fit its 4 points; the record is corrupt (at byte offset 108)",
    );
    const multipatch = (b: Buffer) => {
      b.writeInt32LE(31, 108);
      return b;
    };
    await expect(damaged(points, "data.shp", multipatch)).rejects.toThrow(
      /^data\.shp: shape type 31 \(MultiPatch\) is not supported; supported: 0 \(Null\), 1 \(Point\), .* \(at byte offset 108\)$/,
    );
    await expect(
      damaged(points, "data.shp", (b) => Buffer.concat([Buffer.from("PK"), b])),
    ).rejects.toThrow(
      "data.shp: not a shapefile: file code 1347092480, expected 9994 (at byte offset 0)",
    );
  });

  it("stops reading when the ingest is aborted", async () => {
    const many = Array.from({ length: 5000 }, (_, i) => i);
    const spec: TestShapefile = {
      ...points,
      shapes: many.map((i) => ({ type: "point", point: [i, i] })),
      records: many.map((i) => [String(i)]),
    };
    const shp = await writeFiles(spec);
    await expect(read(shp, { signal: AbortSignal.abort() })).rejects.toThrow(/aborted/);
    expect((await read(shp)).rows).toHaveLength(5000);
  });

  it("fails when the .shp and .dbf disagree on the record count, or the .dbf is missing", async () => {
    await expect(
      read(await writeFiles({ ...points, records: [["1"], ["2"], ["3"]] })),
    ).rejects.toThrow(
      "data.shp ends after 2 shapes but data.dbf has more records: the two files do not belong together, or one is truncated",
    );
    await expect(read(await writeFiles({ ...points, records: [["1"]] }))).rejects.toThrow(
      "data.shp has more shapes than the 1 records of data.dbf",
    );
    const shp = await writeFiles(points);
    await fs.rm(path.join(path.dirname(shp), "data.dbf"));
    await expect(read(shp)).rejects.toThrow("data.dbf not found beside data.shp");
  });
});
