export { ingestDataset, type IngestOptions, type IngestResult } from "./ingest.js";
export {
  FetchHttpClient,
  DEFAULT_RETRY,
  HttpStatusError,
  type HttpClient,
  type RetryPolicy,
} from "./http.js";
export { DEFAULT_ENDPOINTS, type Endpoints } from "./sources.js";
export { storedVersions, parquetName, csvName, CONFIG_FILE, type StoredVersion } from "./store.js";
export type { StepSummary } from "./steps.js";
