import { z } from "zod";
import { ConfigError } from "../core/errors.js";
import type { Source } from "../config/template/index.js";
import { getJson } from "./http.js";
import type { Endpoints, SourceContext } from "./sources.js";

export type SocrataSource = Extract<Source, { type: "socrata" }>;

/** The portal's base URL: a known org (`nyc`, `nys`, ...) or an http(s) URL written as the org. */
export function socrataBase(source: SocrataSource, endpoints: Endpoints): string {
  if (/^https?:\/\//.test(source.org)) return source.org.replace(/\/+$/, "");
  const base = endpoints.socrata[source.org];
  if (!base) {
    const known = Object.keys(endpoints.socrata).join(", ");
    throw new ConfigError(
      `socrata source: unknown org "${source.org}"; known: ${known}, or a base URL`,
    );
  }
  return base.replace(/\/+$/, "");
}

export function socrataExportUrl(source: SocrataSource, endpoints: Endpoints): string {
  const base = socrataBase(source, endpoints);
  const uid = encodeURIComponent(source.uid);
  switch (source.format) {
    case "csv":
      return `${base}/api/views/${uid}/rows.csv?accessType=DOWNLOAD`;
    case "geojson":
      return `${base}/api/geospatial/${uid}?method=export&format=GeoJSON`;
    case "shapefile":
      return `${base}/api/geospatial/${uid}?method=export&format=Shapefile`;
  }
}

const ViewMetadata = z.looseObject({ rowsUpdatedAt: z.number().optional() });

/** The date the dataset's rows were last updated, as YYYYMMDD. */
export async function socrataVersion(
  source: SocrataSource,
  context: SourceContext,
): Promise<string | undefined> {
  const url = `${socrataBase(source, context.endpoints)}/api/views/${encodeURIComponent(source.uid)}.json`;
  const metadata = ViewMetadata.safeParse(await getJson(context, url));
  const seconds = metadata.success ? metadata.data.rowsUpdatedAt : undefined;
  return seconds === undefined ? undefined : dateVersion(new Date(seconds * 1000));
}

/** YYYYMMDD in UTC. */
export function dateVersion(date: Date): string {
  return date.toISOString().slice(0, 10).replace(/-/g, "");
}
