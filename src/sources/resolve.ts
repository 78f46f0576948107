import {
  customText,
  FILE_TYPE_EXTENSIONS,
  LAYOUTS,
  listed,
  preferredFileType,
  StoreInputError,
  type StoreRequest,
} from "./layouts.js";
import type { SourceStoreReader, StoredFile } from "./reader.js";

/** What one store-backed input reads: the version, the folder, and its files there. */
export interface StoreResolution {
  version: string;
  /** The folder the files are read from (`<version folder>[/<custom.dataset>]`). */
  folder: string;
  /** Keys relative to the store's root. */
  files: StoredFile[];
  fileType?: string;
}

/** Resolve `latest` and pick the files, as dcpy does; a StoreInputError names store, key and version. */
export async function resolveStoreInput(
  reader: SourceStoreReader,
  request: StoreRequest,
): Promise<StoreResolution> {
  const layout = LAYOUTS[request.source];
  const where = `${request.source} in ${reader.url}`;
  checkKeyParts(request, where);
  const latest = request.version === undefined || request.version === "latest";
  const version = latest
    ? await layout.latest(reader, request.key, request)
    : (request.version as string);
  if (version === undefined)
    throw new StoreInputError(
      `${where}: no version under ${layout.home(request.key)}/; versions available: none`,
    );
  if (latest) checkKeyParts({ ...request, version }, where); // as latest/config.json named it
  const dataset = customText(request.custom, "dataset");
  const folder = `${layout.folder(request.key, version)}${dataset ? `/${dataset}` : ""}`;
  const files = await reader.files(folder);
  if (files.length === 0) {
    const versions = await layout.versions(reader, request.key, request);
    const via = latest ? " (the latest)" : "";
    const problem = versions.includes(version)
      ? `has no files under ${folder}/`
      : `is not there (no ${folder}/)`;
    throw new StoreInputError(
      `${where}: version "${version}"${via} ${problem}; versions available: ${listed(versions)}`,
    );
  }
  const chosen = chooseFiles(
    request,
    layout.whole,
    folder,
    files,
    `${where}, version "${version}"`,
  );
  return { version, folder, ...chosen };
}

function chooseFiles(
  request: StoreRequest,
  whole: boolean,
  folder: string,
  files: StoredFile[],
  where: string,
): { files: StoredFile[]; fileType?: string } {
  const named = customText(request.custom, "filepath") ?? customText(request.custom, "filename");
  const fileType = request.fileType ?? (whole || named ? undefined : preferredFileType(files));
  const typed = fileType ? { fileType } : {};
  if (named === undefined && whole) return { files, ...typed };
  if (named === undefined && fileType === undefined)
    throw new StoreInputError(
      `${where}: no file_type given and no pg_dump (.sql), parquet or csv file under ${folder}/; files there: ${names(folder, files)}`,
    );
  const file = named ?? `${request.key}.${FILE_TYPE_EXTENSIONS[fileType ?? ""] ?? "dat"}`;
  const found = files.find((f) => f.key === `${folder}/${file}`);
  if (!found)
    throw new StoreInputError(
      `${where}: no file ${folder}/${file}; files there: ${names(folder, files)}`,
    );
  return { files: [found], ...typed };
}

function names(folder: string, files: readonly StoredFile[]): string {
  return listed(files.map((f) => f.key.slice(folder.length + 1)));
}

/** Names that become key segments must stay one segment: no `/`, `.` or `..` (a local store is a directory). */
function checkKeyParts(request: StoreRequest, where: string): void {
  const parts: [string, string | undefined][] = [
    ["key", request.key],
    ["version", request.version],
    ["custom.dataset", customText(request.custom, "dataset")],
    ["custom.revision", customText(request.custom, "revision")],
  ];
  for (const [field, value] of parts) {
    if (value === undefined || !/[/\\]|^\.\.?$/.test(value)) continue;
    throw new StoreInputError(
      `${where}: ${field} ${JSON.stringify(value)} must be one path segment`,
    );
  }
  for (const field of ["filepath", "filename"]) {
    const value = customText(request.custom, field);
    if (value?.split("/").some((s) => s === "" || s === "." || s === ".."))
      throw new StoreInputError(
        `${where}: custom.${field} ${JSON.stringify(value)} must be a relative path without "." or ".." segments`,
      );
  }
}
