import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { z } from "zod";
import { ConfigError } from "../core/errors.js";
import type { Source } from "../config/template/index.js";
import { getJson } from "./http.js";
import { dateVersion } from "./socrata.js";
import type { Endpoints, SourceContext } from "./sources.js";

export type ArcgisSource = Extract<Source, { type: "arcgis_feature_server" }>;

const ServiceMetadata = z.looseObject({
  layers: z.array(z.looseObject({ id: z.number(), name: z.string() })).optional(),
});
const LayerMetadata = z.looseObject({
  name: z.string().optional(),
  maxRecordCount: z.number().int().positive().optional(),
  objectIdField: z.string().optional(),
  editingInfo: z
    .looseObject({ lastEditDate: z.number().nullish(), dataLastEditDate: z.number().nullish() })
    .optional(),
});
const FeaturePage = z.looseObject({
  features: z.array(z.unknown()),
  exceededTransferLimit: z.boolean().optional(),
  properties: z.looseObject({ exceededTransferLimit: z.boolean().optional() }).optional(),
});
const ArcgisError = z.looseObject({
  error: z.looseObject({ code: z.number().optional(), message: z.string().optional() }),
});

export function serviceUrl(source: ArcgisSource, endpoints: Endpoints): string {
  const base = /^https?:\/\//.test(source.server) ? source.server : endpoints.arcgis[source.server];
  if (!base) {
    const known = Object.keys(endpoints.arcgis).join(", ");
    throw new ConfigError(
      `arcgis_feature_server source: unknown server "${source.server}"; known: ${known}, or a base URL`,
    );
  }
  return `${base.replace(/\/+$/, "")}/ArcGIS/rest/services/${encodeURIComponent(source.dataset)}/FeatureServer`;
}

async function arcgisJson<S extends z.ZodType>(
  context: SourceContext,
  url: string,
  schema: S,
): Promise<z.infer<S>> {
  const body = await getJson(context, url);
  const failure = ArcgisError.safeParse(body);
  if (failure.success) {
    const { code, message } = failure.data.error;
    throw new Error(`ArcGIS error from ${url}: ${code ?? ""} ${message ?? "unknown error"}`.trim());
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new Error(`unexpected ArcGIS response from ${url}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** The layer's id: `layer_id`, else the layer named `layer_name`, else the service's only layer. */
async function resolveLayer(
  source: ArcgisSource,
  context: SourceContext,
  service: string,
): Promise<number> {
  if (source.layer_id !== undefined) return source.layer_id;
  const metadata = await arcgisJson(context, `${service}?f=json`, ServiceMetadata);
  const layers = metadata.layers ?? [];
  const names = layers.map((l) => `${l.id}: ${l.name}`).join(", ");
  if (source.layer_name !== undefined) {
    const layer = layers.find((l) => l.name === source.layer_name);
    if (!layer)
      throw new ConfigError(
        `${service} has no layer named "${source.layer_name}"; layers: ${names}`,
      );
    return layer.id;
  }
  const [only, ...others] = layers;
  if (!only || others.length > 0) {
    throw new ConfigError(
      `${service} has ${layers.length} layers; set layer_name or layer_id (layers: ${names})`,
    );
  }
  return only.id;
}

async function layerInfo(source: ArcgisSource, context: SourceContext) {
  const service = serviceUrl(source, context.endpoints);
  const layerUrl = `${service}/${await resolveLayer(source, context, service)}`;
  const metadata = await arcgisJson(context, `${layerUrl}?f=json`, LayerMetadata);
  return { layerUrl, metadata };
}

export async function arcgisVersion(
  source: ArcgisSource,
  context: SourceContext,
): Promise<string | undefined> {
  const { metadata } = await layerInfo(source, context);
  const edited = metadata.editingInfo?.dataLastEditDate ?? metadata.editingInfo?.lastEditDate;
  return edited ? dateVersion(new Date(edited)) : undefined;
}

/** Query every feature of the layer, page by page, into one GeoJSON FeatureCollection at `file`. */
export async function fetchArcgisLayer(
  source: ArcgisSource,
  context: SourceContext,
  file: string,
): Promise<{ url: string; features: number; pages: number }> {
  const { layerUrl, metadata } = await layerInfo(source, context);
  const pageSize = metadata.maxRecordCount ?? 1000;
  const outSr = (source.crs ?? "EPSG:4326").replace(/^EPSG:/i, "");
  const order = metadata.objectIdField
    ? `&orderByFields=${encodeURIComponent(metadata.objectIdField)}`
    : "";
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  let features = 0;
  let pages = 0;
  try {
    await write('{"type":"FeatureCollection","features":[');
    for (;;) {
      const url = `${layerUrl}/query?where=1%3D1&outFields=*&outSR=${outSr}&f=geojson${order}&resultOffset=${features}&resultRecordCount=${pageSize}`;
      const page = await arcgisJson(context, url, FeaturePage);
      pages++;
      for (const feature of page.features)
        await write(`${features++ === 0 ? "" : ","}${JSON.stringify(feature)}`);
      const more =
        page.exceededTransferLimit ??
        page.properties?.exceededTransferLimit ??
        page.features.length >= pageSize;
      context.log?.(`${layerUrl}: page ${pages}, ${features} features`);
      if (page.features.length === 0 || !more) break;
    }
    await write("]}\n");
  } finally {
    out.end();
    await once(out, "close");
  }
  return { url: layerUrl, features, pages };
}
