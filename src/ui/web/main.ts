import type { SiteData } from "../site-data.js";
import { h, link } from "./dom.js";
import { configureLoader, resetLoaded } from "./load.js";
import { assetView, homeView, runView } from "./views.js";

declare global {
  interface Window {
    LIFECYCLE_DATA?: SiteData;
  }
}

const REFRESH_MS = 1500;

function route(data: SiteData): HTMLElement {
  const parts = location.hash.replace(/^#\/?/, "").split("/").map(decodeURIComponent);
  if (parts[0] === "asset" && parts[1] !== undefined)
    return assetView(data, parts[1], parts[2] === "partition" ? parts[3] : undefined);
  if (parts[0] === "run" && parts[1] !== undefined) return runView(data, parts[1]);
  return homeView(data);
}

function render(data: SiteData): void {
  const root = document.getElementById("app");
  if (!root) return;
  const header = h(
    "header",
    {},
    h("h1", {}, link("/", "lifecycle")),
    h("span", { class: "meta" }, `store ${data.store} · generated ${data.generatedAt}`),
  );
  root.replaceChildren(header, route(data));
  const focus = document.getElementById("asset-title");
  if (focus && location.hash.includes("/asset/")) focus.setAttribute("tabindex", "-1");
}

/** Served over http (`lifecycle ui --serve`): re-read data.json while a run is in progress. */
async function poll(current: SiteData): Promise<void> {
  try {
    const response = await fetch("data.json", { cache: "no-store" });
    const next = (await response.json()) as SiteData;
    if (next.generatedAt !== current.generatedAt) {
      window.LIFECYCLE_DATA = next;
      resetLoaded();
      configureLoader(() => render(next), next.generatedAt);
      render(next);
    }
    setTimeout(() => void poll(next), REFRESH_MS);
  } catch {
    setTimeout(() => void poll(current), REFRESH_MS * 4);
  }
}

function start(): void {
  const data = window.LIFECYCLE_DATA;
  if (!data) return;
  configureLoader(() => render(window.LIFECYCLE_DATA ?? data), data.generatedAt);
  render(data);
  window.addEventListener("hashchange", () => render(window.LIFECYCLE_DATA ?? data));
  if (location.protocol.startsWith("http")) setTimeout(() => void poll(data), REFRESH_MS);
}

start();
