import type { Command } from "../command.js";

/** A command as `--help` and the dispatcher know it; its module loads only when it runs. */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

/** Every CLI command. Each lives in its own file beside this one; add it here. */
export const commands: readonly CommandEntry[] = [
  {
    name: "validate",
    summary:
      "Check products.yml, recipes, ingest templates and lifecycle.yml; report every problem",
    load: async () => (await import("./validate.js")).validateCommand,
  },
  {
    name: "schema",
    summary: "Print the JSON Schema of a configuration file, for editors",
    load: async () => (await import("./schema.js")).schemaCommand,
  },
  {
    name: "materialize",
    summary: "Run the selected assets in dependency order, skipping what is up to date",
    load: async () => (await import("./materialize.js")).materializeCommand,
  },
  {
    name: "status",
    summary: "Show each asset's partitions by state (--partitions: one row per partition)",
    load: async () => (await import("./status.js")).statusCommand,
  },
  {
    name: "runs",
    summary: "List the runs recorded in the store, newest first, or show one run's tasks",
    load: async () => (await import("./runs.js")).runsCommand,
  },
  {
    name: "ui",
    summary: "Write the status site (asset graph, partitions, runs, metadata) or serve it live",
    load: async () => (await import("./ui.js")).uiCommand,
  },
  {
    name: "graph",
    summary: "Print the asset graph (lineage) of the selection",
    load: async () => (await import("./graph.js")).graphCommand,
  },
  {
    name: "ingest",
    summary: "Ingest one dataset version of an ingest template into the store",
    load: async () => (await import("./ingest.js")).ingestCommand,
  },
  {
    name: "partitions",
    summary: "List, add and remove a product's partitions; expand a partition expression",
    load: async () => (await import("./partitions.js")).partitionsCommand,
  },
  {
    name: "store",
    summary: "Copy a whole store, local to S3 and back (resumable, verified by sha256)",
    load: async () => (await import("./store.js")).storeCommand,
  },
  {
    name: "schedules",
    summary:
      "Generate the scheduled workflow from products.yml, or resolve the partitions due at a tick",
    load: async () => (await import("./schedules.js")).schedulesCommand,
  },
  {
    name: "pipeline",
    summary: "Run a discovered pipeline module for the partition in the environment",
    load: async () => (await import("./partitions.js")).pipelineCommand,
  },
  {
    name: "matrix",
    summary:
      "Print the GitHub Actions job matrix for a selection and partition (what the action's discover job computes)",
    load: async () => (await import("./matrix.js")).matrixCommand,
  },
  {
    name: "affected",
    summary:
      "List the products that changed between two commits (entry, recipe, product directory, templates read)",
    load: async () => (await import("./affected.js")).affectedCommand,
  },
  {
    name: "check",
    summary: "Run the products' checks over their current build outputs",
    load: async () => (await import("./check.js")).checkCommand,
  },
  {
    name: "publish",
    summary: "Promote a package to a draft, publish a draft as a version and as latest",
    load: async () => (await import("./publish.js")).publishCommand,
  },
  {
    name: "distribute",
    summary: "Send a published version to the product's destinations",
    load: async () => (await import("./distribute.js")).distributeCommand,
  },
  {
    name: "sense",
    summary: "Start the partitions whose observed inputs exist but that the store has not built",
    load: async () => (await import("./sense.js")).senseCommand,
  },
  {
    name: "init",
    summary: "Scaffold a data repository that uses lifecycle (products, ingest, workflows)",
    load: async () => (await import("./init.js")).initCommand,
  },
];
