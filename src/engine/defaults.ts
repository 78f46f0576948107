import { ensurePartition, listPartitions } from "../partitions/registry.js";
import { loadProjectWithPipelines } from "../partitions/project-products.js";
import { resolvePartitions } from "../partitions/resolve.js";
import { stages } from "../stages/index.js";
import { StoreLayout } from "../store/layout.js";
import type { EngineDeps } from "./deps.js";

/** The real collaborators: configuration loader, the four stages, the partition registry, the ingest. */
export function defaultDeps(): EngineDeps {
  return {
    loadProject: loadProjectWithPipelines,
    stages,
    partitions: {
      resolve: (product, expr, known) => resolvePartitions(product, expr, { known }),
      known: async (store, product) =>
        (await listPartitions(new StoreLayout(store), product.id)).map((p) => p.key),
      ensure: (store, product, key) => ensurePartition(new StoreLayout(store), product, key),
    },
    // Loaded when a dataset is ingested: an unchanged rerun never parses the ingest code (the
    // S3 SDK, proj4, the shapefile and xlsx readers).
    ingest: async (request) => {
      const { ingestDataset } = await import("../ingest/index.js");
      const result = await ingestDataset(request);
      return { version: result.version, metadata: result.metadata };
    },
  };
}
