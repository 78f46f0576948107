/**
 * Names that cannot be folder or file names everywhere a store may live: Windows reserves device
 * names (`CON`, `NUL`, `COM1`, ... with or without an extension, in any case), and folders that
 * differ only by case are one folder on macOS and Windows disks.
 */
const RESERVED = /^(?:CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(?:\..*)?$/i;

export const RESERVED_NAMES_RULE =
  "not a Windows device name (CON, PRN, AUX, NUL, COM0-9, LPT0-9, with or without an extension)";

export function isReservedDeviceName(value: string): boolean {
  return RESERVED.test(value);
}

/** Groups of names equal but for case, each group in first-seen order. */
export function caseCollisions(names: readonly string[]): string[][] {
  const byFolded = new Map<string, string[]>();
  for (const name of names) {
    const folded = name.toLowerCase();
    const group = byFolded.get(folded) ?? [];
    if (!group.includes(name)) group.push(name);
    byFolded.set(folded, group);
  }
  return [...byFolded.values()].filter((group) => group.length > 1);
}

/** Why `key` cannot be an environment variable name, or undefined when it can. */
export function envKeyProblem(key: string): string | undefined {
  if (key === "") return "is empty";
  if (key.includes("=")) return 'contains "=" (the name ends at the first "=")';
  if (key.includes("\0")) return "contains a NUL character";
  return undefined;
}
