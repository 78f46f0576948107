import { z } from "zod";

const name = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, { message: "expected letters, digits, _ and -" });
const template = z
  .string()
  .min(1)
  .describe(
    "With {key}, {version}, {date}, {universe}, {start}, {end} or any dimension name in braces",
  );

/** An HTTP resource per partition: the partition's input exists when a HEAD answers 2xx. */
export const HttpObservationSchema = z.strictObject({
  name,
  http: z.strictObject({ url: template }),
});
/** An object per partition under an object-store URL (`s3://bucket/prefix/{date}.csv`), found by listing. */
export const ObjectStoreObservationSchema = z.strictObject({
  name,
  object_store: z.strictObject({
    url: template.regex(/^s3:\/\/[^/{}]+\//, { message: "expected s3://bucket/..." }),
  }),
});

/**
 * A Socrata dataset (the open-data portals the city planning team ingests from): a time
 * partition's input exists once the dataset's rows were updated on or after the partition's last
 * day (`rowsUpdatedAt` of `<portal>/api/views/<id>.json`, as a UTC date).
 */
export const SocrataObservationSchema = z.strictObject({
  name,
  socrata: z.strictObject({
    url: z
      .url({ protocol: /^https?$/ })
      .describe("The portal's base URL, e.g. https://data.cityofnewyork.us"),
    dataset: z
      .string()
      .regex(/^[a-z0-9]{4}-[a-z0-9]{4}$/, { message: "expected a Socrata id such as ipu4-2q9a" }),
  }),
});

/** An input the product reads that lifecycle observes but does not build (`lifecycle sense`). */
export const ObservationSchema = z.union([
  HttpObservationSchema,
  ObjectStoreObservationSchema,
  SocrataObservationSchema,
]);
export const ObservationsSchema = z.array(ObservationSchema);
export type Observation = z.infer<typeof ObservationSchema>;
