import { deflateRawSync } from "node:zlib";

/**
 * A small shapefile and zip writer for tests, written from the ESRI Shapefile Technical
 * Description and the dBase III layout, independent of the reader under test.
 */
export type Coord = number[];

export type TestShape =
  | { type: "null" }
  | { type: "point"; point: Coord }
  | { type: "multipoint"; points: Coord[] }
  | { type: "polyline"; parts: Coord[][] }
  | { type: "polygon"; parts: Coord[][] };

export interface TestField {
  name: string;
  type: string;
  length: number;
  decimals?: number;
}

export interface TestShapefile {
  /** 1 Point, 3 PolyLine, 5 Polygon, 8 MultiPoint; +10 for Z, +20 for M. */
  shapeType: number;
  shapes: TestShape[];
  fields: TestField[];
  /** Each record's field values as the text written (padded by the writer); null = blanks. */
  records: (string | null)[][];
  /** Record positions (0-based) flagged deleted. */
  deleted?: number[];
  languageDriver?: number;
  /** How text (values and names) becomes bytes; latin-1 by default. */
  encode?: (text: string) => Buffer;
}

const hasZ = (type: number) => type >= 11 && type <= 18;
const hasM = (type: number) => type >= 11 && type <= 28;

function doubles(values: number[]): Buffer {
  const b = Buffer.alloc(8 * values.length);
  values.forEach((v, i) => b.writeDoubleLE(v, 8 * i));
  return b;
}

function int32s(values: number[]): Buffer {
  const b = Buffer.alloc(4 * values.length);
  values.forEach((v, i) => b.writeInt32LE(v, 4 * i));
  return b;
}

function box(points: Coord[]): Buffer {
  const xs = points.map((p) => p[0] ?? 0);
  const ys = points.map((p) => p[1] ?? 0);
  return doubles([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]);
}

/** Z values then M values (M = 1000 + index, which a reader must drop), each after its range. */
function extraDimensions(type: number, points: Coord[]): Buffer[] {
  const out: Buffer[] = [];
  if (hasZ(type)) {
    const zs = points.map((p) => p[2] ?? 0);
    out.push(doubles([Math.min(...zs), Math.max(...zs)]), doubles(zs));
  }
  if (hasM(type)) {
    const ms = points.map((_, i) => 1000 + i);
    out.push(doubles([1000, 1000 + points.length]), doubles(ms));
  }
  return out;
}

function shapeContent(fileType: number, shape: TestShape): Buffer {
  if (shape.type === "null") return int32s([0]);
  const xy = (p: Coord) => doubles([p[0] ?? 0, p[1] ?? 0]);
  if (shape.type === "point") {
    const extra = [
      ...(hasZ(fileType) ? [shape.point[2] ?? 0] : []),
      ...(hasM(fileType) ? [1000] : []),
    ];
    return Buffer.concat([int32s([fileType]), xy(shape.point), doubles(extra)]);
  }
  if (shape.type === "multipoint") {
    const pts = shape.points;
    return Buffer.concat([
      int32s([fileType]),
      box(pts),
      int32s([pts.length]),
      ...pts.map(xy),
      ...extraDimensions(fileType, pts),
    ]);
  }
  const points = shape.parts.flat();
  const starts: number[] = [];
  let n = 0;
  for (const part of shape.parts) {
    starts.push(n);
    n += part.length;
  }
  return Buffer.concat([
    int32s([fileType]),
    box(points),
    int32s([shape.parts.length, points.length]),
    int32s(starts),
    ...points.map(xy),
    ...extraDimensions(fileType, points),
  ]);
}

function mainHeader(shapeType: number, fileBytes: number): Buffer {
  const h = Buffer.alloc(100);
  h.writeInt32BE(9994, 0);
  h.writeInt32BE(fileBytes / 2, 24);
  h.writeInt32LE(1000, 28);
  h.writeInt32LE(shapeType, 32);
  return h;
}

export function writeShp(spec: TestShapefile): { shp: Buffer; shx: Buffer } {
  const records: Buffer[] = [];
  const index: Buffer[] = [];
  let offset = 100;
  spec.shapes.forEach((shape, i) => {
    const content = shapeContent(spec.shapeType, shape);
    const header = Buffer.alloc(8);
    header.writeInt32BE(i + 1, 0);
    header.writeInt32BE(content.length / 2, 4);
    records.push(header, content);
    const entry = Buffer.alloc(8);
    entry.writeInt32BE(offset / 2, 0);
    entry.writeInt32BE(content.length / 2, 4);
    index.push(entry);
    offset += 8 + content.length;
  });
  const shp = Buffer.concat([mainHeader(spec.shapeType, offset), ...records]);
  const shx = Buffer.concat([mainHeader(spec.shapeType, 100 + 8 * index.length), ...index]);
  return { shp, shx };
}

export function writeDbf(spec: TestShapefile): Buffer {
  const encode = spec.encode ?? ((t: string) => Buffer.from(t, "latin1"));
  const recordLength = 1 + spec.fields.reduce((sum, f) => sum + f.length, 0);
  const headerLength = 32 + 32 * spec.fields.length + 1;
  const head = Buffer.alloc(32);
  head[0] = 0x03;
  head.writeUInt32LE(spec.records.length, 4);
  head.writeUInt16LE(headerLength, 8);
  head.writeUInt16LE(recordLength, 10);
  head[29] = spec.languageDriver ?? 0;
  const descriptors = spec.fields.map((f) => {
    const d = Buffer.alloc(32);
    encode(f.name).copy(d, 0, 0, 11);
    d[11] = f.type.charCodeAt(0);
    d[16] = f.length;
    d[17] = f.decimals ?? 0;
    return d;
  });
  const rows = spec.records.map((values, r) => {
    const row = Buffer.alloc(recordLength, 0x20);
    if (spec.deleted?.includes(r)) row[0] = 0x2a;
    let at = 1;
    spec.fields.forEach((field, i) => {
      const text = encode(values[i] ?? "");
      const numeric = field.type === "N" || field.type === "F";
      const start = numeric ? at + field.length - Math.min(text.length, field.length) : at;
      text.copy(row, start, 0, field.length);
      at += field.length;
    });
    return row;
  });
  return Buffer.concat([head, ...descriptors, Buffer.from([0x0d]), ...rows, Buffer.from([0x1a])]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A zip archive (deflated entries unless `stored`; a name ending in `/` is a folder entry). */
export function zip(entries: { name: string; data?: Buffer; stored?: boolean }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const data = entry.data ?? Buffer.alloc(0);
    const method = entry.stored === true ? 0 : 8;
    const packed = method === 0 ? data : deflateRawSync(data);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The shapefile's files under `base` (`dir/name`): `.shp`, `.shx`, `.dbf`, and `.cpg` when given. */
export function shapefileEntries(
  base: string,
  spec: TestShapefile,
  cpg?: string,
): { name: string; data: Buffer }[] {
  const { shp, shx } = writeShp(spec);
  return [
    { name: `${base}.shp`, data: shp },
    { name: `${base}.shx`, data: shx },
    { name: `${base}.dbf`, data: writeDbf(spec) },
    ...(cpg === undefined ? [] : [{ name: `${base}.cpg`, data: Buffer.from(cpg) }]),
  ];
}
