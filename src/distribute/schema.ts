import { z } from "zod";

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, {
  message: "expected letters, digits, _ . and -",
});

/** A Socrata dataset, replaced through the publishing API (a revision, a source, apply). */
export const SocrataDestinationSchema = z.strictObject({
  id,
  socrata: z.strictObject({
    /** Domain, or a full origin (`http://127.0.0.1:8080` for a stand-in). */
    domain: z.string().min(1),
    dataset: z.string().regex(/^[a-z0-9]{4}-[a-z0-9]{4}$/, {
      message: "expected a four-by-four id such as abcd-1234",
    }),
    /** The CSV of the published version to send (relative to its output/ folder). */
    file: z.string().min(1),
  }),
});
/** Files of the version copied under an object-store prefix: `<url>/<product>/<version>/`. */
export const ObjectStoreDestinationSchema = z.strictObject({
  id,
  object_store: z.strictObject({
    url: z.string().regex(/^s3:\/\/[^/]+/, { message: "expected s3://bucket/prefix" }),
  }),
});
/** A GitHub Release `<tag>` of `repository` with the package archive attached. */
export const GitHubReleaseDestinationSchema = z.strictObject({
  id,
  github_release: z.strictObject({
    repository: z
      .string()
      .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, { message: "expected owner/name" }),
    tag: z.string().min(1).default("{product}-{version}"),
  }),
});
/** Any other destination: a shell command run in the version's folder. */
export const CommandDestinationSchema = z.strictObject({ id, command: z.string().min(1) });

export const DestinationSchema = z.union([
  SocrataDestinationSchema,
  ObjectStoreDestinationSchema,
  GitHubReleaseDestinationSchema,
  CommandDestinationSchema,
]);
export const DestinationsSchema = z.array(DestinationSchema);
export type Destination = z.infer<typeof DestinationSchema>;

export function destinationKind(
  d: Destination,
): "socrata" | "object_store" | "github_release" | "command" {
  if ("socrata" in d) return "socrata";
  if ("object_store" in d) return "object_store";
  if ("github_release" in d) return "github_release";
  return "command";
}
