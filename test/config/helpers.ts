import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Diagnostic } from "../../src/core/diagnostics.js";

/** A fresh project directory holding `files` (path relative to the root -> content). */
export async function writeProject(files: Record<string, string>): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-config-"));
  for (const [file, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await fs.writeFile(path.join(root, file), text);
  }
  return root;
}

export function errorsOf(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === "error");
}

export function warningsOf(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === "warning");
}

/** A minimal valid template for `id`. */
export function templateText(id: string): string {
  return `id: ${id}
acl: public-read
attributes:
  name: ${id}
ingestion:
  source:
    type: local_file
    path: data/${id}_{{ version }}.csv
  file_format:
    type: csv
columns:
  - id: name
    data_type: text
`;
}
