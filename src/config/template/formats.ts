import { z } from "zod";

const text = z.string().min(1);

export const GeometrySchema = z.strictObject({
  geom_column: z.union([text, z.strictObject({ x: text, y: text })]),
  crs: text,
  format: z
    .union([z.enum(["wkt", "wkb", "geojson"]), z.strictObject({ point_xy_str: text })])
    .optional(),
});

/** A pandas-style dtype: one type for every column, or one per column. */
const dtype = z.union([z.string(), z.record(z.string(), z.string())]);

export const CsvFormatSchema = z.strictObject({
  type: z.literal("csv"),
  unzipped_filename: text.optional(),
  encoding: text.optional(),
  delimiter: z.string().length(1).optional(),
  column_names: z.array(z.string()).optional(),
  names: z.array(z.string()).optional(),
  header: z.union([z.number().int(), z.null()]).optional(),
  usecols: z.array(z.union([z.string(), z.number().int().nonnegative()])).optional(),
  quoting: z.number().int().min(0).max(3).optional().describe("Python csv quoting: 3 = QUOTE_NONE"),
  dtype: dtype.optional(),
  geometry: GeometrySchema.optional(),
});

export const JsonFormatSchema = z.strictObject({
  type: z.literal("json"),
  json_read_fn: z.enum(["normalize", "read_json"]).optional(),
  json_read_kwargs: z
    .looseObject({
      record_path: z.union([z.string(), z.array(z.string())]).nullish(),
      meta: z.array(z.union([z.string(), z.array(z.string())])).optional(),
      orient: z.string().optional(),
    })
    .optional(),
  unzipped_filename: text.optional(),
  geometry: GeometrySchema.optional(),
});

export const GeoJsonFormatSchema = z.strictObject({
  type: z.literal("geojson"),
  unzipped_filename: text.optional(),
  encoding: text.optional(),
});

export const ParquetFormatSchema = z.strictObject({
  type: z.literal("parquet"),
  unzipped_filename: text.optional(),
});

export const XlsxFormatSchema = z.strictObject({
  type: z.enum(["xlsx", "excel"]),
  unzipped_filename: text.optional(),
  sheet_name: z.union([z.string(), z.number().int().nonnegative()]),
  engine: z.string().optional(),
  dtype: dtype.optional(),
  geometry: GeometrySchema.optional(),
});

export const ShapefileFormatSchema = z.strictObject({
  type: z.literal("shapefile"),
  unzipped_filename: text.optional(),
  encoding: text.optional(),
  crs: text,
});

export const GeodatabaseFormatSchema = z.strictObject({
  type: z.literal("geodatabase"),
  unzipped_filename: text.optional(),
  layer: text.optional(),
  encoding: text.optional(),
  crs: text,
});

export const HtmlFormatSchema = z.strictObject({
  type: z.literal("html"),
  kwargs: z.record(z.string(), z.unknown()).optional(),
  table: z.number().int().nonnegative().optional(),
  unzipped_filename: text.optional(),
  geometry: GeometrySchema.optional(),
});

export const RUNNABLE_FORMATS = [
  "csv",
  "json",
  "geojson",
  "parquet",
  "xlsx",
  "excel",
  "shapefile",
  "geodatabase",
] as const;

export const FileFormatSchema = z.discriminatedUnion("type", [
  CsvFormatSchema,
  JsonFormatSchema,
  GeoJsonFormatSchema,
  ParquetFormatSchema,
  XlsxFormatSchema,
  ShapefileFormatSchema,
  GeodatabaseFormatSchema,
  HtmlFormatSchema,
]);

export type FileFormat = z.infer<typeof FileFormatSchema>;
export type CsvFormat = z.infer<typeof CsvFormatSchema>;
export type JsonFormat = z.infer<typeof JsonFormatSchema>;
export type XlsxFormat = z.infer<typeof XlsxFormatSchema>;
export type Geometry = z.infer<typeof GeometrySchema>;
