import fs from "node:fs";
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { parse } from "yaml";
import { closure } from "../graph/graph.js";
import { lineageDatasets, lineageGraphSource } from "../graph/lineage.js";
import { templatesUsedBy, type ProjectView } from "./project-view.js";

const run = promisify(execFile);

export const PRODUCTS_FILE = "products/products.yml";

export interface AffectedProduct {
  product: string;
  /** Why, one short phrase each: `products.yml entry`, `recipe`, `products/x/…`, `template t`. */
  reasons: string[];
}

/** Paths changed between two commits, relative to the repository root, with `/` separators. */
export async function changedFiles(root: string, base: string, head: string): Promise<string[]> {
  const { stdout } = await run(
    "git",
    ["diff", "--name-only", "--no-renames", `${base}...${head}`],
    {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return stdout.split("\n").filter((line) => line.length > 0);
}

/** A file as it was at `commit`; undefined when it did not exist there. */
export async function fileAtCommit(
  root: string,
  commit: string,
  file: string,
): Promise<string | undefined> {
  try {
    const { stdout } = await run("git", ["show", `${commit}:${file}`], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch {
    return undefined;
  }
}

/**
 * The products that a change touches: their products.yml entry differs from `baseProductsYaml`,
 * or their recipe, anything under `products/<id>/`, or an ingest template their recipe reads.
 */
export function affectedProducts(
  project: ProjectView,
  changed: readonly string[],
  productsYaml: { base: string | undefined; head: string | undefined },
): AffectedProduct[] {
  const changedSet = new Set(changed);
  const entryChanged = changedSet.has(PRODUCTS_FILE)
    ? changedEntries(project, productsYaml.base, productsYaml.head)
    : new Set<string>();
  const stale = staleDatasets(project, changedSet);
  const direct = new Map<string, string[]>();
  for (const product of project.products) {
    const reasons = reasonsFor(project, product.id, changed, stale);
    if (entryChanged.has(product.id)) reasons.unshift("products.yml entry");
    if (reasons.length > 0) direct.set(product.id, reasons);
  }
  return withDependants(project, direct);
}

/**
 * The products that read an affected product's output, transitively, each with the reason
 * `reads <upstream>`; in products.yml order.
 */
function withDependants(
  project: ProjectView,
  direct: ReadonlyMap<string, string[]>,
): AffectedProduct[] {
  const { productInputs } = lineageGraphSource(project);
  const readers = new Map<string, string[]>();
  for (const [reader, upstreams] of productInputs ?? []) {
    for (const upstream of upstreams)
      readers.set(upstream, [...(readers.get(upstream) ?? []), reader]);
  }
  const reached = closure(direct.keys(), (id) => readers.get(id) ?? []);
  return project.products.flatMap(({ id }) => {
    if (!reached.has(id)) return [];
    const via = (productInputs?.get(id) ?? []).filter((u) => reached.has(u));
    const reasons = [...(direct.get(id) ?? []), ...via.map((u) => `reads ${u}`)];
    return [{ product: id, reasons: [...new Set(reasons)] }];
  });
}

/**
 * Dataset id -> the reason it is stale: its template file changed (`template t`), or a dataset it is
 * made from did (`template t (via d)`).
 */
function staleDatasets(project: ProjectView, changed: ReadonlySet<string>): Map<string, string> {
  const datasets = lineageDatasets(project);
  const fileOf = (id: string) =>
    project.datasets?.get(id)?.file ??
    project.templates.get(id)?.file ??
    `ingest_templates/${id}.yml`;
  const direct = datasets.filter((d) => changed.has(relative(project.root, fileOf(d.id))));
  const dependants = new Map<string, string[]>();
  for (const d of datasets) {
    for (const upstream of d.dependsOn ?? [])
      dependants.set(upstream, [...(dependants.get(upstream) ?? []), d.id]);
  }
  const stale = new Map<string, string>();
  for (const d of direct) {
    for (const id of closure([d.id], (x) => dependants.get(x) ?? [])) {
      if (!stale.has(id))
        stale.set(
          id,
          id === d.id ? `template ${d.template}` : `template ${d.template} (via ${id})`,
        );
    }
  }
  return stale;
}

function reasonsFor(
  project: ProjectView,
  id: string,
  changed: readonly string[],
  stale: ReadonlyMap<string, string>,
): string[] {
  const changedSet = new Set(changed);
  const reasons: string[] = [];
  const recipe = project.recipes.get(id);
  const baseFiles = recipe?.extended?.files.map((f) => f.file) ?? [];
  const recipeFiles = recipe ? [recipe.file, ...baseFiles] : [];
  if (recipeFiles.some((file) => changedSet.has(relative(project.root, file))))
    reasons.push("recipe");
  const dir = `products/${id}/`;
  const inDir = changed.filter((f) => f.startsWith(dir));
  if (inDir.length > 0) reasons.push(...inDir.slice(0, 5));
  reasons.push(...pipelineReasons(project, id, changed));
  for (const dataset of templatesUsedBy(project, id)) {
    const reason = stale.get(dataset);
    if (reason !== undefined) reasons.push(reason);
  }
  return [...new Set(reasons)];
}

/**
 * A discovered pipeline (pipelines/<id>.js) is affected by its own module, and by any helper module
 * in pipelines/ or universe module in universes/ (it may import either).
 */
function pipelineReasons(project: ProjectView, id: string, changed: readonly string[]): string[] {
  const product = project.products.find((p) => p.id === id);
  if (!product?.tags?.includes("pipeline") || !isPipelineModule(project.root, id)) return [];
  const own = changed.filter((f) => f === `pipelines/${id}.js` || f === `pipelines/${id}.mjs`);
  const shared = changed.filter(
    (f) => !own.includes(f) && /^(pipelines|universes)\/[^/]+\.(js|mjs|ts)$/.test(f),
  );
  return [...own, ...shared.slice(0, 5).map((f) => `${f} (shared module)`)];
}

function isPipelineModule(root: string, id: string): boolean {
  return [".js", ".mjs"].some((ext) => fs.existsSync(path.join(root, "pipelines", `${id}${ext}`)));
}

function relative(root: string, file: string): string {
  const rel = path.isAbsolute(file) ? path.relative(root, file) : file;
  return rel.split(path.sep).join("/");
}

/** Ids whose entry is new or differs; every id when the base file cannot be read. */
function changedEntries(
  project: ProjectView,
  baseYaml: string | undefined,
  headYaml: string | undefined,
): Set<string> {
  const all = new Set(project.products.map((p) => p.id));
  const base = entriesById(baseYaml);
  const head = entriesById(headYaml);
  if (!base || !head) return all;
  const changed = new Set<string>();
  for (const id of all) {
    if (base.get(id) === undefined || base.get(id) !== head.get(id)) changed.add(id);
  }
  return changed;
}

function entriesById(text: string | undefined): Map<string, string> | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = parse(text);
    if (typeof value !== "object" || value === null || !("products" in value)) return undefined;
    const products = value.products;
    if (!Array.isArray(products)) return undefined;
    const entries = new Map<string, string>();
    for (const entry of products as unknown[]) {
      if (typeof entry === "object" && entry !== null && "id" in entry) {
        entries.set(String(entry.id), JSON.stringify(entry));
      }
    }
    return entries;
  } catch {
    return undefined;
  }
}

/** Affected products between two commits of the repository at `project.root`. */
export async function affectedBetween(
  project: ProjectView,
  base: string,
  head: string,
): Promise<AffectedProduct[]> {
  const changed = await changedFiles(project.root, base, head);
  const [baseYaml, headYaml] = await Promise.all([
    fileAtCommit(project.root, base, PRODUCTS_FILE),
    fileAtCommit(project.root, head, PRODUCTS_FILE),
  ]);
  return affectedProducts(project, changed, { base: baseYaml, head: headYaml });
}
