import fs from "node:fs/promises";
import path from "node:path";
import { UsageError } from "../core/errors.js";
import { PROJECT_FILES } from "./scaffold-project.js";
import { WORKFLOW_FILES } from "./scaffold-workflows.js";

/** Every file `lifecycle init` writes, by path relative to the target folder. */
export function scaffoldFiles(): Record<string, string> {
  return { ...PROJECT_FILES, ...WORKFLOW_FILES };
}

/**
 * Writes the scaffold into `dir` (made when absent). Nothing is written when any of its files
 * exists already: the error names each one, and the caller's files stay as they were.
 */
export async function initProject(dir: string): Promise<string[]> {
  const files = scaffoldFiles();
  const names = Object.keys(files);
  const existing = (
    await Promise.all(names.map(async (name) => ((await exists(path.join(dir, name))) ? name : "")))
  ).filter((name) => name !== "");
  if (existing.length > 0)
    throw new UsageError(
      `lifecycle init: ${existing.length} file(s) exist already in ${dir}, nothing was written ` +
        `(move them away or init another folder):\n${existing.map((n) => `  ${n}`).join("\n")}`,
    );
  for (const name of names) {
    const file = path.join(dir, name);
    await fs.mkdir(path.dirname(file), { recursive: true });
    // `wx`: a file created since the check above is still never overwritten.
    await fs.writeFile(file, files[name] ?? "", { flag: "wx" });
  }
  return names;
}

async function exists(file: string): Promise<boolean> {
  return fs.lstat(file).then(
    () => true,
    () => false,
  );
}
