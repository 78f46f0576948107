import type { SequentialReader } from "./reader.js";
import { ShapefileError } from "./reader.js";

/** `[x, y]`, or `[x, y, z]` for the Z shape types (M values are dropped). */
export type Position = number[];

export type ShapeKind = "null" | "point" | "multipoint" | "polyline" | "polygon";

/** One shape as stored: its parts (rings, lines; one part for points), in the file's CRS. */
export interface Shape {
  kind: ShapeKind;
  parts: Position[][];
  /** A Z or M shape type (GDAL organises their polygon rings by orientation alone). */
  zOrM: boolean;
}

interface ShapeType {
  name: string;
  kind: ShapeKind;
  z: boolean;
}

const hasZOrM = (type: ShapeType) => type.z || type.name.endsWith("M");

/** The ESRI Shapefile Technical Description's shape types (MultiPatch, 31, is not read). */
export const SHAPE_TYPES: ReadonlyMap<number, ShapeType> = new Map([
  [0, { name: "Null", kind: "null", z: false }],
  [1, { name: "Point", kind: "point", z: false }],
  [3, { name: "PolyLine", kind: "polyline", z: false }],
  [5, { name: "Polygon", kind: "polygon", z: false }],
  [8, { name: "MultiPoint", kind: "multipoint", z: false }],
  [11, { name: "PointZ", kind: "point", z: true }],
  [13, { name: "PolyLineZ", kind: "polyline", z: true }],
  [15, { name: "PolygonZ", kind: "polygon", z: true }],
  [18, { name: "MultiPointZ", kind: "multipoint", z: true }],
  [21, { name: "PointM", kind: "point", z: false }],
  [23, { name: "PolyLineM", kind: "polyline", z: false }],
  [25, { name: "PolygonM", kind: "polygon", z: false }],
  [28, { name: "MultiPointM", kind: "multipoint", z: false }],
]);

const HEADER_BYTES = 100;
const FILE_CODE = 9994;

/** The main file header: its shape type, and where the records end. */
export async function readShpHeader(
  reader: SequentialReader,
): Promise<{ shapeType: number; end: number }> {
  const header = await reader.read(HEADER_BYTES, "the .shp header");
  const code = header.readInt32BE(0);
  if (code !== FILE_CODE) {
    throw new ShapefileError(
      reader.file,
      0,
      `not a shapefile: file code ${code}, expected ${FILE_CODE}`,
    );
  }
  const shapeType = header.readInt32LE(32);
  shapeTypeOf(shapeType, reader.file, 32);
  const declared = header.readInt32BE(24) * 2;
  return { shapeType, end: Math.min(declared, reader.size) };
}

function shapeTypeOf(code: number, file: string, offset: number): ShapeType {
  const type = SHAPE_TYPES.get(code);
  if (type) return type;
  const known = [...SHAPE_TYPES].map(([n, t]) => `${n} (${t.name})`).join(", ");
  const what =
    code === 31 ? "shape type 31 (MultiPatch) is not supported" : `unknown shape type ${code}`;
  throw new ShapefileError(file, offset, `${what}; supported: ${known}`);
}

/** Every record's shape, in file order, read one record at a time. */
export async function* readShapes(reader: SequentialReader, end: number): AsyncGenerator<Shape> {
  let index = 0;
  while (reader.offset < end) {
    index++;
    const at = reader.offset;
    const recordHeader = await reader.read(8, `the header of record ${index}`);
    const length = recordHeader.readInt32BE(4) * 2;
    if (length < 4) {
      throw new ShapefileError(
        reader.file,
        at,
        `record ${index} declares a content length of ${length} bytes`,
      );
    }
    const content = await reader.read(length, `record ${index} (${length} bytes)`);
    yield parseShape(content, { file: reader.file, offset: at + 8, index });
  }
}

interface Where {
  file: string;
  /** File offset of the record's content. */
  offset: number;
  index: number;
}

function parseShape(content: Buffer, where: Where): Shape {
  const code = content.readInt32LE(0);
  const type = shapeTypeOf(code, where.file, where.offset);
  const need = (bytes: number, what: string) => {
    if (bytes > content.length) {
      throw new ShapefileError(
        where.file,
        where.offset,
        `record ${where.index} (${type.name}) ${what} needs ${bytes} bytes but its content is ${content.length}: the record is corrupt`,
      );
    }
  };
  switch (type.kind) {
    case "null":
      return { kind: "null", parts: [], zOrM: false };
    case "point": {
      need(type.z ? 28 : 20, "with its coordinates");
      const position = [content.readDoubleLE(4), content.readDoubleLE(12)];
      if (type.z) position.push(content.readDoubleLE(20));
      return { kind: "point", parts: [[position]], zOrM: hasZOrM(type) };
    }
    case "multipoint": {
      need(40, "with its point count");
      const count = content.readInt32LE(36);
      const points = readPositions(content, 40, count, type.z, need);
      return { kind: "multipoint", parts: [points], zOrM: hasZOrM(type) };
    }
    default:
      return { kind: type.kind, parts: readParts(content, type, need, where), zOrM: hasZOrM(type) };
  }
}

type Need = (bytes: number, what: string) => void;

/** `count` positions whose x y pairs start at `at`; Z values follow the pairs after a 16-byte range. */
function readPositions(
  content: Buffer,
  at: number,
  count: number,
  z: boolean,
  need: Need,
): Position[] {
  if (count < 0) need(Number.MAX_SAFE_INTEGER, `with ${count} points`);
  const zAt = at + 16 * count + 16;
  need(z ? zAt + 8 * count : at + 16 * count, `with ${count} points`);
  const positions: Position[] = new Array<Position>(count);
  for (let i = 0; i < count; i++) {
    const x = content.readDoubleLE(at + 16 * i);
    const y = content.readDoubleLE(at + 16 * i + 8);
    positions[i] = z ? [x, y, content.readDoubleLE(zAt + 8 * i)] : [x, y];
  }
  return positions;
}

function readParts(content: Buffer, type: ShapeType, need: Need, where: Where): Position[][] {
  need(44, "with its part and point counts");
  const partCount = content.readInt32LE(36);
  const pointCount = content.readInt32LE(40);
  if (partCount < 0 || pointCount < 0)
    need(Number.MAX_SAFE_INTEGER, `with ${partCount} parts and ${pointCount} points`);
  const pointsAt = 44 + 4 * partCount;
  need(pointsAt, `with ${partCount} parts`);
  const positions = readPositions(content, pointsAt, pointCount, type.z, need);
  const starts = Array.from({ length: partCount }, (_, i) => content.readInt32LE(44 + 4 * i));
  starts.forEach((start, i) => {
    const previous = i === 0 ? 0 : (starts[i - 1] ?? 0);
    if (start < previous || start > pointCount || (i === 0 && start !== 0)) {
      throw new ShapefileError(
        where.file,
        where.offset,
        `record ${where.index} (${type.name}): part ${i} starts at point ${start}, which does not fit its ${pointCount} points; the record is corrupt`,
      );
    }
  });
  return starts.map((start, i) => {
    const stop = starts[i + 1] ?? pointCount;
    return positions.slice(start, stop);
  });
}
