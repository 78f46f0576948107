import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { StageFailure } from "../../src/core/errors.js";
import type { Stage } from "../../src/stages/types.js";
import { STAGES, type StageName } from "../../src/store/layout.js";

export interface TestProject {
  root: string;
  store: string;
}

export interface ProductSpec {
  id: string;
  build_command?: string;
  tags?: string[];
  partitions?: string;
  /** Dataset ids the recipe reads; writes products/<id>/recipe.yml. */
  inputs?: { name: string; version?: string }[];
}

/** A project on disk in a fresh temp dir: products.yml, recipes, local_file CSV templates. */
export async function makeProject(
  products: ProductSpec[],
  templates: string[] = [],
): Promise<TestProject> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-engine-"));
  await writeProducts(root, products);
  for (const template of templates) {
    await write(root, `ingest_templates/data/${template}.csv`, "id,name\n1,a\n2,b\n");
    await write(
      root,
      `ingest_templates/${template}.yml`,
      `id: ${template}\nattributes:\n  name: ${template}\ningestion:\n  source:\n    type: local_file\n    path: ingest_templates/data/${template}.csv\n  file_format:\n    type: csv\n`,
    );
  }
  for (const product of products) {
    if (!product.inputs) continue;
    const datasets = product.inputs
      .map((d) => `  - name: ${d.name}${d.version ? `\n    version: "${d.version}"` : ""}`)
      .join("\n");
    await write(
      root,
      `products/${product.id}/recipe.yml`,
      `name: ${product.id}\nproduct: ${product.id}\ninputs:\n  missing_versions_strategy: find_latest\n  datasets:\n${datasets}\n`,
    );
  }
  return { root, store: path.join(root, ".lifecycle") };
}

export async function writeProducts(root: string, products: ProductSpec[]): Promise<void> {
  const entries = products.map((p) => {
    const lines = [
      `- id: ${p.id}`,
      `  build_command: ${JSON.stringify(p.build_command ?? "true")}`,
    ];
    if (p.tags) lines.push(`  tags: [${p.tags.join(", ")}]`);
    if (p.partitions) lines.push(`  partitions: ${p.partitions}`);
    return lines.join("\n");
  });
  await write(root, "products/products.yml", `products:\n${entries.join("\n")}\n`);
}

export async function write(root: string, file: string, text: string): Promise<void> {
  await fs.mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await fs.writeFile(path.join(root, file), text);
}

export interface FakeStageState {
  /** What each stage's output depends on, by `<product>.<stage>`; default "v1". */
  inputs: Map<string, string>;
  /** What a stage writes when it should differ from its input, by `<product>.<stage>`. */
  outputs: Map<string, string>;
  /** Assets (`<product>.<stage>`) that fail. */
  failing: Set<string>;
  /** Every run, as `<asset>@<partition>`, in start order. */
  calls: string[];
  running: number;
  maxRunning: number;
  /** Milliseconds each stage waits, to let runs overlap. */
  delayMs: number;
}

export function fakeState(): FakeStageState {
  return {
    inputs: new Map(),
    outputs: new Map(),
    failing: new Set(),
    calls: [],
    running: 0,
    maxRunning: 0,
    delayMs: 0,
  };
}

/** Stages that write `out.txt` = their input + the upstream output, and can fail on demand. */
export function fakeStages(state: FakeStageState): Record<StageName, Stage> {
  const make = (name: StageName): Stage => ({
    name,
    fingerprintInputs: (ctx) =>
      Promise.resolve(state.inputs.get(`${ctx.product.id}.${name}`) ?? "v1"),
    async run(ctx, outDir) {
      const asset = `${ctx.product.id}.${name}`;
      state.calls.push(`${asset}@${ctx.partition.key}`);
      state.running++;
      state.maxRunning = Math.max(state.maxRunning, state.running);
      try {
        if (state.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, state.delayMs));
        ctx.log(`running ${asset}`);
        if (state.failing.has(asset))
          throw new StageFailure(`${asset} broke on purpose`, asset, ctx.partition.key);
        const previous = STAGES[STAGES.indexOf(name) - 1];
        const upstream = previous
          ? await fs.readFile(
              path.join(
                ctx.layout.stageDir(ctx.product.id, ctx.partition.key, previous),
                "out.txt",
              ),
              "utf8",
            )
          : "";
        await fs.writeFile(
          path.join(outDir, "out.txt"),
          `${name}:${state.outputs.get(asset) ?? state.inputs.get(asset) ?? "v1"}|${upstream}`,
        );
        return { metadata: { stage: name } };
      } finally {
        state.running--;
      }
    },
  });
  return { plan: make("plan"), load: make("load"), build: make("build"), package: make("package") };
}
