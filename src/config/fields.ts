import { z } from "zod";

/** A string with at least one non-blank character. */
export const nonEmptyText = z.string().regex(/\S/, { message: "must not be empty" });

/** A value YAML may have typed as a number or boolean where the user meant text (`version: 2024`). */
export const scalarText = z.union([z.string(), z.number(), z.boolean()]).transform(String);

/** `KEY: value` pairs passed to commands as environment variables. */
export const envMap = z.record(z.string(), scalarText);
