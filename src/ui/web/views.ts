import type { SiteData, SiteRun, SiteTask } from "../site-data.js";
import { assetRoute, duration, h, link } from "./dom.js";
import { graphView } from "./graph.js";
import { materialisationView } from "./metadata.js";
import { partitionView } from "./partitions.js";
import { series, sparkline } from "./plot.js";

function failedFirst(tasks: readonly SiteTask[]): SiteTask[] {
  const rank = (t: SiteTask): number =>
    t.status === "failed" ? 0 : t.status === "cancelled" ? 1 : 2;
  return [...tasks].sort((a, b) => rank(a) - rank(b));
}

/** A failure: its asset and partition, a link to it, its error line. */
function failureItem(t: SiteTask): HTMLElement {
  const line = (t.error ?? "failed").split("\n")[0] ?? "";
  return h(
    "li",
    { class: "failure" },
    link(assetRoute(t.asset, t.partition), `${t.asset} @ ${t.partition}`, {
      class: "failure-link",
    }),
    h("span", { class: "error-line" }, ` ${line}`),
  );
}

function runItem(run: SiteRun): HTMLElement {
  const failed = run.tasks.filter((t) => t.status === "failed").length;
  return h(
    "li",
    { class: `run state-${run.outcome === "success" ? "success" : run.outcome}` },
    link(`/run/${encodeURIComponent(run.runId)}`, run.runId),
    ` ${run.outcome} · ${run.tasks.length} tasks · ${failed} failed · ${duration(run.durationMs)}`,
  );
}

/** The front page: what is failing now, the graph, the runs. */
export function homeView(data: SiteData): HTMLElement {
  const latest = new Map<string, SiteTask>();
  for (const run of [...data.runs].reverse())
    for (const t of run.tasks) latest.set(`${t.asset}\u0000${t.partition}`, t);
  const failing = [...latest.values()].filter((t) => t.status === "failed");
  return h(
    "main",
    {},
    data.running
      ? h(
          "p",
          { class: "banner state-running", role: "status" },
          `Running now: ${data.running.runId} (${data.running.command}, since ${data.running.startedAt})`,
        )
      : null,
    h("h2", {}, failing.length ? `Failing (${failing.length})` : "Nothing is failing"),
    failing.length ? h("ul", { class: "failures" }, ...failing.map(failureItem)) : null,
    h("h2", {}, `Assets (${data.assets.length})`),
    h("div", { class: "graph-wrap" }, graphView(data)),
    h("h2", {}, `Runs (${data.runs.length})`),
    h("ul", { class: "runs" }, ...data.runs.map(runItem)),
  );
}

/** One run: failures first with the error and log tail, then every task. */
export function runView(data: SiteData, runId: string): HTMLElement {
  const run = data.runs.find((r) => r.runId === runId);
  if (!run) return h("main", {}, h("h2", {}, `No run ${runId}`), link("/", "back"));
  const rows = failedFirst(run.tasks).map((t) =>
    h(
      "tr",
      { class: `state-${t.status}` },
      h("td", {}, link(assetRoute(t.asset, t.partition), t.asset)),
      h("td", {}, t.partition),
      h("td", {}, t.status),
      h("td", {}, duration(t.durationMs)),
    ),
  );
  const failures = run.tasks.filter((t) => t.status === "failed" || t.status === "cancelled");
  return h(
    "main",
    {},
    h("h2", {}, `Run ${run.runId}: ${run.outcome}`),
    h("p", {}, `${run.tasks.length} tasks, ${duration(run.durationMs)}, started ${run.start}`),
    ...failures.map((t) =>
      h(
        "section",
        { class: "failure" },
        h("h3", {}, `${t.asset} @ ${t.partition}`),
        h("pre", { class: "error" }, t.error ?? "failed"),
      ),
    ),
    h(
      "table",
      {},
      h(
        "thead",
        {},
        h("tr", {}, ...["asset", "partition", "status", "took"].map((c) => h("th", {}, c))),
      ),
      h("tbody", {}, ...rows),
    ),
  );
}

/** One asset: its partitions, and the selected partition's materialisations. */
export function assetView(data: SiteData, id: string, partition?: string): HTMLElement {
  const asset = data.assets.find((a) => a.id === id);
  if (!asset) return h("main", {}, h("h2", {}, `No asset ${id}`), link("/", "back"));
  const chosen = partition ?? asset.partitions[asset.partitions.length - 1];
  const select = h(
    "select",
    { id: "partition-select", "aria-label": "partition" },
    ...asset.partitions.map((p) => {
      const o = h(
        "option",
        { value: p },
        `${p} (${asset.states[asset.partitions.indexOf(p)] ?? ""})`,
      );
      if (p === chosen) o.setAttribute("selected", "");
      return o;
    }),
  );
  select.addEventListener("change", () => {
    location.hash = assetRoute(asset.id, select.value);
  });
  const history = chosen === undefined ? [] : (data.history[`${asset.id}\u0000${chosen}`] ?? []);
  const plots = [...series(history)].map(([name, values]) => sparkline(name, values));
  return h(
    "main",
    {},
    h(
      "h2",
      { id: "asset-title" },
      asset.id,
      h("span", { class: `chip state-${asset.state}` }, asset.state),
    ),
    h("p", {}, `depends on: ${asset.deps.join(", ") || "nothing"}`),
    partitionView(asset, chosen),
    asset.partitions.length
      ? h("label", {}, "partition ", select)
      : h("p", {}, "No partitions yet."),
    chosen === undefined ? null : h("h2", { id: "partition-title" }, `Partition ${chosen}`),
    plots.length ? h("div", { class: "plots" }, ...plots) : null,
    ...[...history].reverse().map(materialisationView),
    chosen !== undefined && history.length === 0 ? h("p", {}, "Never materialised.") : null,
  );
}
