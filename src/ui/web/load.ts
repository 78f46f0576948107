import {
  assetFile,
  ASSETS_GLOBAL,
  runFile,
  RUNS_GLOBAL,
  type AssetHistory,
  type TaskTuple,
} from "../site-data.js";

type Loaded<T> = Record<string, T | undefined>;

declare global {
  interface Window {
    LIFECYCLE_ASSETS?: Loaded<AssetHistory>;
    LIFECYCLE_RUNS?: Loaded<TaskTuple[]>;
  }
}

/** What a view gets for on-demand data: the data, or that it is on its way, or that it failed. */
export type Pending<T> = { ready: true; value: T } | { ready: false; failed: boolean };

const requested = new Map<string, "loading" | "loaded" | "failed">();
let version = "";
let onLoaded: () => void = () => undefined;

/** Re-render when a file arrives; `stamp` (the data's generatedAt) busts caches over http. */
export function configureLoader(render: () => void, stamp: string): void {
  onLoaded = render;
  version = stamp;
}

/** Forget every loaded file (new data from `--serve`): views request them again. */
export function resetLoaded(): void {
  delete window[ASSETS_GLOBAL];
  delete window[RUNS_GLOBAL];
  requested.clear();
}

function request(src: string): void {
  if (requested.has(src)) return;
  requested.set(src, "loading");
  const script = document.createElement("script");
  const http = location.protocol.startsWith("http");
  script.src = http ? `${src}?v=${encodeURIComponent(version)}` : src;
  script.onload = () => {
    requested.set(src, "loaded");
    onLoaded();
  };
  script.onerror = () => {
    requested.set(src, "failed");
    onLoaded();
  };
  document.head.append(script);
}

function pending<T>(value: T | undefined, src: string): Pending<T> {
  if (value !== undefined) return { ready: true, value };
  const state = requested.get(src);
  if (state === "failed" || state === "loaded") return { ready: false, failed: true };
  request(src);
  return { ready: false, failed: false };
}

export function assetHistory(id: string): Pending<AssetHistory> {
  return pending(window[ASSETS_GLOBAL]?.[id], assetFile(id));
}

export function runTasks(runId: string): Pending<TaskTuple[]> {
  return pending(window[RUNS_GLOBAL]?.[runId], runFile(runId));
}
