import type { Diagnostic } from "../core/diagnostics.js";
import type { CheckInput } from "./checks.js";
import { caseCollisions } from "./names.js";
import { PRODUCTS_FILE } from "./products.js";
import type { RecipeEntry } from "./project-files.js";
import { looksLikeSecretName } from "./secrets.js";
import { diagnosticAt, type FieldPath } from "./yaml-file.js";

/** Ids equal but for case share one store folder on case-insensitive disks (macOS, Windows). */
export function productIdCaseChecks({ products, productsYaml }: CheckInput): Diagnostic[] {
  if (!productsYaml) return [];
  const ids = products.map((p) => p.config.id);
  return caseCollisions(ids).flatMap(([first, ...others]) =>
    others.map((id) => {
      const index = products.find((p) => p.config.id === id)?.index ?? 0;
      const firstLine = productsYaml.locate(["products", ids.indexOf(first ?? ""), "id"]).line;
      const message = `product ids "${first}" (${PRODUCTS_FILE}:${firstLine}) and "${id}" differ only by case: their store folders are one folder on case-insensitive disks (macOS, Windows); rename one`;
      return diagnosticAt(productsYaml, ["products", index, "id"], message, { received: id });
    }),
  );
}

/** Dataset ids equal but for case: one folder under ingest/datasets/ on macOS and Windows. */
export function datasetIdCaseChecks({ datasets }: CheckInput): Diagnostic[] {
  const fileOf = (id: string): string => {
    const entry = datasets.get(id);
    return typeof entry === "object" && entry !== null && "file" in entry
      ? String(entry.file)
      : "ingest_templates/";
  };
  return caseCollisions([...datasets.keys()]).flatMap(([first, ...others]) =>
    others.map((id): Diagnostic => ({
      severity: "error",
      file: fileOf(id),
      line: 1,
      column: 1,
      path: "id",
      message: `dataset ids "${first}" (${fileOf(first ?? "")}) and "${id}" differ only by case: their store folders are one folder on case-insensitive disks (macOS, Windows); rename one`,
      received: id,
    })),
  );
}

/** `env:` entries named like secrets with a literal value: warnings (they are archived). */
export function secretNameChecks({ recipe, yaml }: RecipeEntry): Diagnostic[] {
  const places: [FieldPath, Record<string, string> | undefined][] = [
    [["env"], recipe.env],
    ...Object.entries(recipe.stage_config).map(
      ([stage, config]): [FieldPath, Record<string, string> | undefined] => [
        ["stage_config", stage, "env"],
        config.env,
      ],
    ),
  ];
  return places.flatMap(([at, env]) =>
    Object.entries(env ?? {})
      .filter(([name, value]) => looksLikeSecretName(name, value))
      .map(([name]) =>
        diagnosticAt(
          yaml,
          [...at, name],
          `${name} is named like a secret: env: values are written to recipe.lock.yml and archived with every build; if it is one, list ${name} under env_from_secrets: instead and set it from a secret`,
          { severity: "warning" },
        ),
      ),
  );
}
