import { UsageError } from "../core/errors.js";
import { bumpVersion, compareVersions } from "../stages/versions.js";

/** The version a release publishes as: `version`, or its next patch when `patch` and it exists. */
export function releaseVersion(
  version: string,
  published: readonly string[],
  patch: boolean,
): string {
  if (!published.includes(version)) return version;
  if (!patch)
    throw new UsageError(
      `version ${version} is published already and is never overwritten; give --patch to publish a corrected release`,
    );
  const same = published
    .filter((v) => v === version || v.startsWith(`${version}.`))
    .sort(compareVersions);
  const last = same.at(-1) ?? version;
  let next: string;
  try {
    next = bumpVersion(last, "patch");
  } catch {
    next = `${version}.${same.length}`;
  }
  if (published.includes(next)) throw new UsageError(`patch version ${next} is published already`);
  return next;
}
