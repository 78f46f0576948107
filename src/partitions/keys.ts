import { isReservedDeviceName, RESERVED_NAMES_RULE } from "../config/names.js";
import { UsageError } from "../core/errors.js";
import { safeSegment } from "../store/layout.js";

/** The longest file name most filesystems take (ext4, APFS, NTFS: 255). */
const FOLDER_NAME_MAX = 255;

export const KEY_MAX_LENGTH = 200;
export const VERSION_MAX_LENGTH = 100;
/** Starter partitions every product has; their key is the note itself. */
export const STARTER_NOTES = ["main", "nightly_qa"] as const;
/** Version of a starter partition when the product declares no `version`. */
export const DEFAULT_VERSION = "latest";

const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._=+:-]*$/;
const VERSION_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._+=-]*$/;
const NOTE_PATTERN = /^[A-Za-z0-9._]+$/;

const KEY_SHAPE =
  "1-200 characters from A-Z a-z 0-9 . _ - = + : starting with a letter or digit, without '..', '/' or '\\'";
const VERSION_SHAPE =
  "1-100 characters from A-Z a-z 0-9 . _ - = + starting with a letter or digit, without '..', '/' or '\\'";
const DYNAMIC_SHAPE =
  "<version>-<note>, e.g. 2025.1.1-2_ar_build (the note follows the last dash: A-Z a-z 0-9 . _), or a starter: main, nightly_qa";

export interface DynamicKey {
  key: string;
  version: string;
  note: string;
}

function problem(value: string, maxLength: number, pattern: RegExp): string | undefined {
  if (value.length === 0) return "is empty";
  if (value.length > maxLength) return `is ${value.length} characters long`;
  if (value.includes("/") || value.includes("\\")) return "contains a path separator";
  if (value.includes("..")) return `contains ".."`;
  if (!pattern.test(value)) return "contains a character that is not allowed or starts with one";
  const folder = safeSegment(value).length;
  if (folder > FOLDER_NAME_MAX)
    return `is ${folder} characters long as a store folder name (":" is written %3A), more than ${FOLDER_NAME_MAX}`;
  if (isReservedDeviceName(value))
    return `is a reserved device name on Windows; it must be ${RESERVED_NAMES_RULE}`;
  return undefined;
}

/** Throws a UsageError unless `key` is a valid partition key of any scheme. */
export function validatePartitionKey(key: string, what = "partition key"): string {
  const bad = problem(key, KEY_MAX_LENGTH, KEY_PATTERN);
  if (bad) throw new UsageError(`${what} ${JSON.stringify(key)} ${bad}; expected ${KEY_SHAPE}`);
  return key;
}

/** Throws a UsageError unless `version` is a valid ingest dataset version or product version. */
export function validateVersion(version: string, what = "version"): string {
  const bad = problem(version, VERSION_MAX_LENGTH, VERSION_PATTERN);
  if (bad)
    throw new UsageError(`${what} ${JSON.stringify(version)} ${bad}; expected ${VERSION_SHAPE}`);
  return version;
}

/** Ingest partitions are dataset version strings. */
export function validateIngestVersion(version: string): string {
  return validateVersion(version, "ingest version");
}

export function isStarterNote(key: string): key is (typeof STARTER_NOTES)[number] {
  return (STARTER_NOTES as readonly string[]).includes(key);
}

/**
 * Parse a dynamic partition key. `<version>-<note>`: the note is what follows the last dash, the
 * version is the text before it. A starter (`main`, `nightly_qa`) takes the product's version.
 */
export function parseDynamicKey(key: string, productVersion?: string): DynamicKey {
  const fail = (why: string) =>
    new UsageError(
      `dynamic partition key ${JSON.stringify(key)} ${why}; expected ${DYNAMIC_SHAPE}`,
    );
  if (isStarterNote(key)) {
    return { key, version: productVersion ?? DEFAULT_VERSION, note: key };
  }
  const bad = problem(key, KEY_MAX_LENGTH, VERSION_PATTERN);
  if (bad) throw fail(bad);
  const dash = key.lastIndexOf("-");
  if (dash <= 0) throw fail("has no dash between a version and a note");
  const version = key.slice(0, dash);
  const note = key.slice(dash + 1);
  if (note.length === 0) throw fail("has an empty note after the last dash");
  if (!NOTE_PATTERN.test(note))
    throw fail(`has a note ${JSON.stringify(note)} with characters not allowed`);
  if (!VERSION_PATTERN.test(version))
    throw fail(`has a version ${JSON.stringify(version)} that is not allowed`);
  return { key, version, note };
}

export function formatDynamicKey(version: string, note: string): string {
  return parseDynamicKey(`${version}-${note}`).key;
}
