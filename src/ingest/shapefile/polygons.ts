import type { Position } from "./shp.js";

/** A polygon as GeoJSON coordinates: its outer ring, then its holes. */
export type PolygonRings = Position[][];

interface Ring {
  points: Position[];
  index: number;
  area: number;
  clockwise: boolean;
  envelope: { minX: number; minY: number; maxX: number; maxY: number };
  topLevel: boolean;
  /** The outer ring this ring is a hole of. */
  enclosing?: Ring;
}

/**
 * The polygons a shapefile record's rings make, as GDAL's shapefile driver builds them
 * (`organizePolygons`): clockwise rings are outer rings, each counter-clockwise ring is a hole of
 * the smallest outer ring holding it (METHOD=ONLY_CCW; with one outer ring every other ring is
 * its hole). A 2D record whose later rings are all counter-clockwise but lie outside the first
 * (QGIS wrote such files) is organised by nesting alone, ignoring orientation (METHOD=DEFAULT).
 * Rings keep their stored point order; polygons and holes keep file order.
 */
export function organizeRings(parts: Position[][], measuredOrZ: boolean): PolygonRings[] {
  if (parts.length <= 1) return parts.length === 0 ? [] : [[parts[0] ?? []]];
  const rings = parts.map(describeRing);
  const byNesting = !measuredOrZ && hasWrongWinding(rings);
  // A ring of fewer than 4 points is no ring: GDAL then makes each ring its own polygon.
  if (parts.some((p) => p.length < 4)) return parts.map((ring) => [ring]);
  const outer = rings.filter((r) => r.clockwise);
  const [onlyOuter] = outer;
  if (!byNesting && outer.length === 1 && onlyOuter) {
    return [[onlyOuter.points, ...rings.filter((r) => r !== onlyOuter).map((r) => r.points)]];
  }
  assignHoles(rings, byNesting);
  const polygons = new Map<Ring, PolygonRings>();
  for (const ring of rings) if (ring.topLevel) polygons.set(ring, [ring.points]);
  for (const ring of rings) {
    if (ring.enclosing) polygons.get(ring.enclosing)?.push(ring.points);
  }
  return [...polygons.values()];
}

/**
 * GDAL's test for a multi-part polygon written as one outer ring and "holes": no ring after the
 * first is clockwise, and one of them lies apart from the first (disjoint envelopes, or none of
 * its leftmost, rightmost, lowest and highest points inside it).
 */
function hasWrongWinding(rings: Ring[]): boolean {
  const [first, ...others] = rings;
  if (!first || others.some((r) => r.clockwise)) return false;
  return others.some((ring) => {
    if (!envelopesIntersect(first, ring)) return true;
    return !extremePoints(ring.points).some((p) => inRing(p, first.points));
  });
}

function envelopesIntersect(a: Ring, b: Ring): boolean {
  const [p, q] = [a.envelope, b.envelope];
  return p.minX <= q.maxX && q.minX <= p.maxX && p.minY <= q.maxY && q.minY <= p.maxY;
}

/** The leftmost, rightmost, lowest and highest vertices (the closing point left out). */
function extremePoints(points: Position[]): Position[] {
  let [left, right, bottom, top] = [
    [Infinity, 0],
    [-Infinity, 0],
    [0, Infinity],
    [0, -Infinity],
  ];
  for (const p of points.slice(0, -1)) {
    const [x = NaN, y = NaN] = p;
    const [lx = 0, ly = 0] = left;
    const [rx = 0, ry = 0] = right;
    const [bx = 0, by = 0] = bottom;
    const [tx = 0, ty = 0] = top;
    if (x < lx || (x === lx && y < ly)) left = p;
    if (x > rx || (x === rx && y > ry)) right = p;
    if (y < by || (y === by && x > bx)) bottom = p;
    if (y > ty || (y === ty && x < tx)) top = p;
  }
  return [left, right, bottom, top];
}

function describeRing(points: Position[], index: number): Ring {
  let twiceArea = 0;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < points.length; i++) {
    const [x = NaN, y = NaN] = points[i] ?? [];
    const [nx = NaN, ny = NaN] = points[(i + 1) % points.length] ?? [];
    twiceArea += x * ny - nx * y;
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return {
    points,
    index,
    area: Math.abs(twiceArea / 2),
    clockwise: twiceArea < 0,
    envelope: { minX, minY, maxX, maxY },
    topLevel: false,
  };
}

/**
 * GDAL's step 2: by descending area, each ring looks for the smallest larger ring holding it and
 * is its hole when that ring is top-level. With ONLY_CCW only counter-clockwise rings look, and
 * only in clockwise ones; with `byNesting` every ring looks in every ring.
 */
function assignHoles(rings: Ring[], byNesting: boolean): void {
  const byArea = [...rings].sort((a, b) => b.area - a.area || a.index - b.index);
  byArea.forEach((ring, i) => {
    ring.topLevel = true;
    if (i === 0 || (!byNesting && ring.clockwise)) return;
    for (let j = i - 1; j >= 0; j--) {
      const candidate = byArea[j];
      if (!candidate || (!byNesting && !candidate.clockwise)) continue;
      if (!envelopeContains(candidate, ring)) continue;
      // ONLY_CCW: the largest outer ring is the last candidate, so a hole not in a smaller one is in it.
      if ((!byNesting && j === 0) || isInside(ring, candidate)) {
        if (candidate.topLevel) {
          ring.topLevel = false;
          ring.enclosing = candidate;
        }
        return;
      }
    }
  });
}

function envelopeContains(outer: Ring, inner: Ring): boolean {
  const a = outer.envelope;
  const b = inner.envelope;
  return a.minX <= b.minX && a.minY <= b.minY && a.maxX >= b.maxX && a.maxY >= b.maxY;
}

/** Whether `ring` lies inside `outer`, judged by its first point not on `outer`'s boundary. */
function isInside(ring: Ring, outer: Ring): boolean {
  for (const point of ring.points) {
    if (onBoundary(point, outer.points)) continue;
    return inRing(point, outer.points);
  }
  // Every vertex is on the boundary: judge by the middle of each edge.
  for (let k = 1; k < ring.points.length; k++) {
    const [ax = NaN, ay = NaN] = ring.points[k - 1] ?? [];
    const [bx = NaN, by = NaN] = ring.points[k] ?? [];
    const middle = [(ax + bx) / 2, (ay + by) / 2];
    if (onBoundary(middle, outer.points)) continue;
    return inRing(middle, outer.points);
  }
  return false;
}

function onBoundary([x = NaN, y = NaN]: Position, ring: Position[]): boolean {
  for (let i = 1; i < ring.length; i++) {
    const [ax = NaN, ay = NaN] = ring[i - 1] ?? [];
    const [bx = NaN, by = NaN] = ring[i] ?? [];
    const cross = (bx - ax) * (y - ay) - (by - ay) * (x - ax);
    if (cross !== 0) continue;
    if (
      x >= Math.min(ax, bx) &&
      x <= Math.max(ax, bx) &&
      y >= Math.min(ay, by) &&
      y <= Math.max(ay, by)
    )
      return true;
  }
  return false;
}

/** Strictly inside (crossing number); points on the boundary are handled by the caller. */
function inRing([x = NaN, y = NaN]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = NaN, yi = NaN] = ring[i] ?? [];
    const [xj = NaN, yj = NaN] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
