import { runEngineBench } from "./engine.js";
import { runIngestBench } from "./ingest.js";
import { runValidateBench } from "./validate.js";

// One after another: the machines are small and shared, and the figures are ratios taken in-process.
await runValidateBench();
await runEngineBench();
await runIngestBench();
