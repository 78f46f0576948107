import { z } from "zod";
import { envKeyProblem } from "./names.js";
import { secretShape, secretValueMessage } from "./secrets.js";

/** A string with at least one non-blank character. */
export const nonEmptyText = z.string().regex(/\S/, { message: "must not be empty" });

/** A value YAML may have typed as a number or boolean where the user meant text (`version: 2024`). */
export const scalarText = z.union([z.string(), z.number(), z.boolean()]).transform(String);

/** `KEY: value` pairs passed to commands as environment variables: keys a process can carry. */
export const envMap = z.record(z.string(), scalarText).superRefine((env, ctx) => {
  for (const key of Object.keys(env)) {
    const problem = envKeyProblem(key);
    if (problem)
      ctx.addIssue({
        code: "custom",
        path: [key],
        message: `environment variable name ${JSON.stringify(key)} ${problem}`,
        input: key,
      });
    const shape = secretShape(env[key] ?? "");
    if (shape)
      ctx.addIssue({ code: "custom", path: [key], message: secretValueMessage(key, shape) });
  }
});

/** Names of environment variables a build reads from lifecycle's own environment (secrets). */
export const envNames = z.array(
  z.string().superRefine((name, ctx) => {
    const problem = name.startsWith("LIFECYCLE_")
      ? "starts with LIFECYCLE_ (lifecycle sets those itself)"
      : envKeyProblem(name);
    if (problem)
      ctx.addIssue({
        code: "custom",
        message: `environment variable name ${JSON.stringify(name)} ${problem}`,
      });
  }),
);
