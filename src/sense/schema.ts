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

/** An input the product reads that lifecycle observes but does not build (`lifecycle sense`). */
export const ObservationSchema = z.union([HttpObservationSchema, ObjectStoreObservationSchema]);
export const ObservationsSchema = z.array(ObservationSchema);
export type Observation = z.infer<typeof ObservationSchema>;
