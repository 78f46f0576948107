import { describe, expect, it } from "vitest";
import { reprojection } from "../../src/ingest/shapefile/index.js";

const US_FOOT = 1200 / 3937;
const GRS80 = { a: 6378137, f: 1 / 298.257222101 };
const e2 = GRS80.f * (2 - GRS80.f);
const e = Math.sqrt(e2);
const rad = (deg: number) => (deg * Math.PI) / 180;

/**
 * Lambert Conic Conformal (2SP) forward, written here from EPSG Guidance Note 7-2 section 1.3.1.1
 * (independent of proj4), with the parameters of EPSG:2263, NAD83 / New York Long Island (ftUS):
 * standard parallels 41°02'N and 40°40'N, false origin 40°10'N 74°W, false easting 984250 ftUS.
 */
function epsg2263([lon, lat]: [number, number]): [number, number] {
  const m = (phi: number) => Math.cos(phi) / Math.sqrt(1 - e2 * Math.sin(phi) ** 2);
  const t = (phi: number) =>
    Math.tan(Math.PI / 4 - phi / 2) /
    ((1 - e * Math.sin(phi)) / (1 + e * Math.sin(phi))) ** (e / 2);
  const [phi1, phi2, phiF, lambdaF] = [
    rad(41 + 2 / 60),
    rad(40 + 40 / 60),
    rad(40 + 10 / 60),
    rad(-74),
  ];
  const n = (Math.log(m(phi1)) - Math.log(m(phi2))) / (Math.log(t(phi1)) - Math.log(t(phi2)));
  const F = m(phi1) / (n * t(phi1) ** n);
  const r = (phi: number) => GRS80.a * F * t(phi) ** n;
  const theta = n * (rad(lon) - lambdaF);
  const easting = 984250 * US_FOOT + r(rad(lat)) * Math.sin(theta);
  const northing = r(phiF) - r(rad(lat)) * Math.cos(theta);
  return [easting / US_FOOT, northing / US_FOOT];
}

/** Meridian arc length from the equator (numerical integration of the meridian radius). */
function meridianArc(latDeg: number): number {
  const steps = 20000;
  const h = rad(latDeg) / steps;
  const radius = (phi: number) => (GRS80.a * (1 - e2)) / (1 - e2 * Math.sin(phi) ** 2) ** 1.5;
  let sum = radius(0) + radius(rad(latDeg));
  for (let i = 1; i < steps; i++) sum += radius(i * h) * (i % 2 === 1 ? 4 : 2);
  return (sum * h) / 3;
}

/** The reprojected copy of a position (the reprojection moves positions in place). */
function move(from: string, to: string, position: number[]): number[] {
  const moved = [...position];
  reprojection(from, to)?.(moved);
  return moved;
}

describe("reprojection", () => {
  const toWgs84 = (position: number[]) => move("EPSG:2263", "EPSG:4326", position);

  it("puts the false origin of EPSG:2263 (984250 ftUS E, 0 N) at 40°10'N 74°W", () => {
    const [lon, lat] = toWgs84([984250, 0]);
    expect(lon).toBeCloseTo(-74, 9);
    expect(lat).toBeCloseTo(40 + 10 / 60, 9);
  });

  it("agrees with PROJ (what geopandas' to_crs uses) on a Midtown point", () => {
    // pyproj's Transformer EPSG:4326 -> EPSG:2263 gives (989791.457, 212522.519) for (-73.98, 40.75).
    const [lon, lat] = toWgs84([989791.457, 212522.519]);
    expect(lon).toBeCloseTo(-73.98, 7);
    expect(lat).toBeCloseTo(40.75, 7);
  });

  it("agrees with the EPSG Lambert formulas on landmarks across the city (within 1 mm)", () => {
    const landmarks: [number, number][] = [
      [-73.985656, 40.748433], // Empire State Building
      [-74.044502, 40.689247], // Statue of Liberty
      [-73.77813, 40.641311], // JFK airport
      [-73.875, 40.895], // the Bronx, north of the second standard parallel's latitude band
    ];
    for (const [lon, lat] of landmarks) {
      const [x, y] = epsg2263([lon, lat]);
      const [back = NaN, forth = NaN] = move("EPSG:4326", "EPSG:2263", [lon, lat]);
      expect(Math.abs(back - x)).toBeLessThan(0.003);
      expect(Math.abs(forth - y)).toBeLessThan(0.003);
      const [lon2, lat2] = toWgs84([x, y]);
      expect(lon2).toBeCloseTo(lon, 8);
      expect(lat2).toBeCloseTo(lat, 8);
    }
  });

  it("puts UTM zone 18N's central meridian at 500000 E, with northing k0 times the meridian arc", () => {
    const northing = 0.9996 * meridianArc(40.5);
    const [lon, lat] = move("EPSG:26918", "EPSG:4326", [500000, northing]);
    expect(lon).toBeCloseTo(-75, 9);
    expect(lat).toBeCloseTo(40.5, 8);
  });

  it("keeps Z, and does nothing when both CRSs are the same", () => {
    expect(toWgs84([984250, 0, 12.5])[2]).toBe(12.5);
    expect(reprojection("EPSG:2263", "epsg:2263")).toBeUndefined();
    expect(reprojection("EPSG:2263", undefined)).toBeUndefined();
    expect(reprojection("EPSG:3857", undefined)).toBeUndefined();
    expect(reprojection("EPSG:3857", "epsg:3857")).toBeUndefined();
  });

  it("names the known CRSs when a template gives another", () => {
    expect(() => reprojection("EPSG:3857", "EPSG:4326")).toThrow(
      'file_format.crs "EPSG:3857" is not a CRS lifecycle knows; known: EPSG:2263, EPSG:26918, EPSG:4326',
    );
    expect(() => reprojection("EPSG:2263", "EPSG:2908")).toThrow(
      'ingestion.target_crs "EPSG:2908"',
    );
  });
});
