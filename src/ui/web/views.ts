import {
  decodeStates,
  materialisation,
  task,
  type SiteData,
  type SiteRun,
  type SiteTask,
} from "../site-data.js";
import { assetRoute, duration, h, link } from "./dom.js";
import { graphView } from "./graph.js";
import { assetHistory, runTasks, type Pending } from "./load.js";
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
  const upToDate = run.upToDate ? ` · ${run.upToDate} up to date` : "";
  return h(
    "li",
    { class: `run state-${run.outcome === "success" ? "success" : run.outcome}` },
    link(`/run/${encodeURIComponent(run.runId)}`, run.runId),
    ` ${run.outcome} · ${run.taskCount} tasks · ${run.failedCount} failed${upToDate} · ${duration(run.durationMs)}`,
  );
}

/** While an on-demand file loads (or if it cannot). */
function waiting(what: Pending<unknown>, name: string): HTMLElement {
  const failed = !what.ready && what.failed;
  return h("p", { class: "loading" }, failed ? `Could not load ${name}.` : `Loading ${name}…`);
}

/** The front page: what is failing now, the graph, the runs. */
export function homeView(data: SiteData): HTMLElement {
  const failing = data.failing;
  const more = data.failingTotal - failing.length;
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
    h("h2", {}, failing.length ? `Failing (${data.failingTotal})` : "Nothing is failing"),
    failing.length ? h("ul", { class: "failures" }, ...failing.map(failureItem)) : null,
    more > 0 ? h("p", {}, `and ${more} more (newest shown)`) : null,
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
  const tasks = runTasks(run.runId);
  const rows = (tasks.ready ? failedFirst(tasks.value.map(task)) : []).map((t) =>
    h(
      "tr",
      { class: `state-${t.status}` },
      h("td", {}, link(assetRoute(t.asset, t.partition), t.asset)),
      h("td", {}, t.partition),
      h("td", {}, t.status),
      h("td", {}, duration(t.durationMs)),
    ),
  );
  const upToDate = run.upToDate ? ` (and ${run.upToDate} up to date)` : "";
  return h(
    "main",
    {},
    h("h2", {}, `Run ${run.runId}: ${run.outcome}`),
    h(
      "p",
      {},
      `${run.taskCount} tasks${upToDate}, ${duration(run.durationMs)}, started ${run.start}`,
    ),
    ...run.failures.map((t) =>
      h(
        "section",
        { class: "failure" },
        h("h3", {}, `${t.asset} @ ${t.partition}`),
        h("pre", { class: "error" }, t.error ?? "failed"),
      ),
    ),
    tasks.ready ? null : waiting(tasks, "the run's tasks"),
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
  const keys = data.keySets[asset.keys] ?? [];
  const states = decodeStates(asset.states);
  const chosen = partition ?? keys[keys.length - 1];
  const select = h(
    "select",
    { id: "partition-select", "aria-label": "partition" },
    ...keys.map((p, i) => {
      const o = h("option", { value: p }, `${p} (${states[i] ?? ""})`);
      if (p === chosen) o.setAttribute("selected", "");
      return o;
    }),
  );
  select.addEventListener("change", () => {
    location.hash = assetRoute(asset.id, select.value);
  });
  const loaded = assetHistory(asset.id);
  const tuples = loaded.ready && chosen !== undefined ? (loaded.value[chosen] ?? []) : [];
  const history = tuples.map(materialisation);
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
    partitionView(asset.id, keys, states, chosen),
    keys.length ? h("label", {}, "partition ", select) : h("p", {}, "No partitions yet."),
    chosen === undefined ? null : h("h2", { id: "partition-title" }, `Partition ${chosen}`),
    loaded.ready ? null : waiting(loaded, "the asset's history"),
    plots.length ? h("div", { class: "plots" }, ...plots) : null,
    ...[...history].reverse().map(materialisationView),
    loaded.ready && chosen !== undefined && history.length === 0
      ? h("p", {}, "Never materialised.")
      : null,
  );
}
