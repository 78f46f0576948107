/** How far a running task is: bytes downloaded so far (of `totalBytes` when known), or rows read. */
export type Progress =
  { what: "download"; bytes: number; totalBytes?: number } | { what: "rows"; rows: number };
