export const id = 8723;
export const ids = [8723];
export const modules = {

/***/ 28678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ assetStatus),
/* harmony export */   v: () => (/* binding */ streamAssetStatus)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _graph_graph_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1924);
/* harmony import */ var _graph_selection_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12882);
/* harmony import */ var _process_node_runner_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49817);
/* harmony import */ var _stages_versions_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(54226);
/* harmony import */ var _store_events_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(18372);
/* harmony import */ var _store_store_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(81644);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(13117);
/* harmony import */ var _deps_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(41366);
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(30178);
/* harmony import */ var _materialize_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(96402);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(30955);
/* harmony import */ var _run_task_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(90327);















/** Per selected asset and partition: the last status, when, how long, and whether it is stale. */
async function assetStatus(options) {
    const rows = [];
    for await (const row of streamAssetStatus(options))
        rows.push(row);
    return rows;
}
/** The rows of assetStatus one at a time, in the same order (1.2M rows need not be held). */
async function* streamAssetStatus(options) {
    const deps = { ...(0,_defaults_js__WEBPACK_IMPORTED_MODULE_9__/* .defaultDeps */ .m)(), ...options.deps };
    const { project } = await deps.loadProject(options.root);
    const graph = (0,_graph_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .buildAssetGraph */ .dZ)((0,_deps_js__WEBPACK_IMPORTED_MODULE_10__/* .graphSourceOf */ .B)(project));
    const assets = options.select === undefined ? graph.assets : (0,_graph_selection_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveSelection */ .Fb)(graph, options.select);
    const store = await (0,_store_store_js__WEBPACK_IMPORTED_MODULE_8__/* .openStore */ .Ch)(options.store, {
        root: options.root,
        env: options.env ?? process.env,
        only: _materialize_js__WEBPACK_IMPORTED_MODULE_12__.readByStages,
    });
    try {
        yield* statusRows(assets, project, store, deps);
    }
    finally {
        await store.close();
    }
}
async function* statusRows(assets, project, store, deps) {
    const layout = store.layout;
    // The current-state index: O(assets x partitions), not O(history).
    const { entries, partitions: recorded } = await store.events.current();
    const outputs = new PartitionsWithOutput(layout);
    for (const asset of assets) {
        for (const item of await partitionsOf(asset, project, layout, recorded.get(asset.id) ?? [], deps, layout.root)) {
            const entry = entries.get((0,_store_events_js__WEBPACK_IMPORTED_MODULE_7__/* .eventKey */ .Mk)(asset.id, item.key));
            const row = baseRow(asset, item.key, entry?.last, entry?.lastSuccess);
            const stale = asset.kind !== "stage"
                ? undefined
                : !item.resolved || (await outputs.has(asset.product, item.key))
                    ? await staleness(asset, item, project, layout, deps)
                    : "no output in the store";
            yield {
                ...row,
                stale: stale !== undefined,
                ...(stale !== undefined ? { staleReason: stale } : {}),
            };
        }
    }
}
/** Which partitions of a product have a directory in the store: one readdir per product. */
class PartitionsWithOutput {
    layout;
    dirs = new Map();
    constructor(layout) {
        this.layout = layout;
    }
    async has(product, partition) {
        const productDir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(this.layout.partitionDir(product, "any"));
        let names = this.dirs.get(product);
        if (!names) {
            names = node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readdir(productDir).then((found) => new Set(found), () => new Set());
            this.dirs.set(product, names);
        }
        return (await names).has(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(this.layout.partitionDir(product, partition)));
    }
}
function baseRow(asset, partition, record, success) {
    return {
        asset: asset.id,
        group: asset.group,
        partition,
        ...(record
            ? {
                status: record.status,
                when: record.end,
                durationMs: record.durationMs,
                runId: record.runId,
            }
            : {}),
        ...(success ? { lastSuccess: success.end } : {}),
    };
}
/** Partitions to show: the product's default ones, those with records, those with outputs in the store. */
async function partitionsOf(asset, project, layout, recorded, deps, store) {
    if (asset.kind === "ingest") {
        const versions = await (0,_stages_versions_js__WEBPACK_IMPORTED_MODULE_6__/* .availableVersions */ .hK)(layout.datasetDir(asset.dataset ?? asset.template));
        // A failed ingest that never learnt its version is recorded as "auto": run history, not a version.
        const real = recorded.filter((key) => key !== _plan_js__WEBPACK_IMPORTED_MODULE_13__/* .AUTO_VERSION */ .jP);
        return [...new Set([...versions, ...real])].map((key) => ({ key }));
    }
    const product = project.products.find((p) => p.id === asset.product);
    if (!product)
        return [];
    const known = await deps.partitions.known(store, product);
    const defaults = deps.partitions.resolve(product, undefined, known);
    const keys = [
        ...new Set([
            ...defaults.map((p) => p.key),
            ...recorded,
            ...(await storedPartitions(layout, product.id)),
        ]),
    ];
    const byKey = new Map(defaults.map((p) => [p.key, p]));
    return keys.map((key) => {
        const resolved = byKey.get(key);
        if (resolved)
            return { key, resolved };
        try {
            const [one] = deps.partitions.resolve(product, key, known);
            return one && one.key === key
                ? { key, resolved: one }
                : { key, error: "no longer a partition of this product" };
        }
        catch (error) {
            return { key, error: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error) };
        }
    });
}
async function storedPartitions(layout, product) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(layout.partitionDir(product, "any"));
    let names;
    try {
        names = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readdir(dir);
    }
    catch {
        return [];
    }
    return names.flatMap((name) => {
        try {
            return [decodeURIComponent(name)];
        }
        catch {
            return [];
        }
    });
}
/** Why the stage's output is stale, or undefined when it is current. */
async function staleness(asset, item, project, layout, deps) {
    if (!item.resolved)
        return `cannot tell: ${item.error ?? "unknown partition"}`;
    const marker = await (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_11__/* .readStageMarker */ .HQ)(layout.stageDir(asset.product, item.key, asset.stage));
    if (!marker)
        return "no output in the store";
    const product = project.products.find((p) => p.id === asset.product);
    if (!product)
        return "unknown product";
    const task = {
        kind: "stage",
        id: "",
        asset,
        product,
        partition: item.resolved,
        after: [],
    };
    const ctx = {
        project,
        product,
        partition: item.resolved,
        layout,
        runner: new _process_node_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .NodeProcessRunner */ .u(),
        signal: new AbortController().signal,
        log: () => { },
        runId: "status",
    };
    try {
        const fingerprint = await (0,_run_task_js__WEBPACK_IMPORTED_MODULE_14__/* .stageFingerprint */ .LE)(task, deps.stages[asset.stage], ctx, { layout });
        return fingerprint === marker.fingerprint
            ? undefined
            : "inputs or upstream output changed since it was made";
    }
    catch (error) {
        return `cannot compute its inputs: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`;
    }
}


/***/ }),

/***/ 39563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i8: () => (/* binding */ withLogTails)
/* harmony export */ });
/* unused harmony exports logPathOf, readLogTail */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);

const TAIL_BYTES = 8192;
const TAIL_LINES = 20;
/** The log file a failed command's error names: `(log: /path/to/file.log)`. */
function logPathOf(error) {
    return /\(log: ([^)\n]+)\)/.exec(error ?? "")?.[1];
}
/** The last lines of the log a failure's error names, or [] when it names none or it is gone. */
async function readLogTail(error) {
    const file = logPathOf(error);
    if (file === undefined)
        return [];
    let handle;
    try {
        handle = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().open(file, "r");
        const { size } = await handle.stat();
        const length = Math.min(size, TAIL_BYTES);
        const buffer = Buffer.alloc(length);
        await handle.read(buffer, 0, length, size - length);
        const lines = buffer.toString("utf8").trimEnd().split(/\r?\n/);
        return (size > length ? lines.slice(1) : lines).slice(-TAIL_LINES);
    }
    catch {
        return [];
    }
    finally {
        await handle?.close();
    }
}
/** Each failed record's error with the tail of its log appended, as the summary and site show it. */
async function withLogTails(records) {
    return Promise.all(records.map(async (r) => {
        if (r.status !== "failed" || r.error === undefined || r.error.includes("\n"))
            return r;
        const tail = await readLogTail(r.error);
        return tail.length === 0 ? r : { ...r, error: `${r.error}\n${tail.join("\n")}` };
    }));
}


/***/ }),

/***/ 91286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ buildSiteData)
});

// EXTERNAL MODULE: ./src/engine/defaults.ts + 6 modules
var defaults = __webpack_require__(13117);
// EXTERNAL MODULE: ./src/engine/deps.ts
var deps = __webpack_require__(41366);
// EXTERNAL MODULE: ./src/engine/status.ts
var engine_status = __webpack_require__(28678);
// EXTERNAL MODULE: ./src/graph/graph.ts
var graph_graph = __webpack_require__(1924);
// EXTERNAL MODULE: ./src/store/lock.ts
var store_lock = __webpack_require__(35074);
// EXTERNAL MODULE: ./node_modules/@dagrejs/dagre/dist/dagre.esm.js
var dagre_esm = __webpack_require__(42440);
;// CONCATENATED MODULE: ./src/ui/layout.ts

const NODE_HEIGHT = 34;
const CHAR_WIDTH = 7.2;
/** A left-to-right layered layout of the asset graph (dagre), deterministic for the same graph. */
function layoutGraph(nodes) {
    const graph = new dagre_esm/* default.graphlib */.Ay.graphlib.Graph();
    graph.setGraph({ rankdir: "LR", nodesep: 12, ranksep: 48, marginx: 16, marginy: 16 });
    graph.setDefaultEdgeLabel(() => ({}));
    const ids = new Set(nodes.map((n) => n.id));
    for (const node of nodes)
        graph.setNode(node.id, {
            width: Math.max(90, Math.round(node.label.length * CHAR_WIDTH) + 24),
            height: NODE_HEIGHT,
        });
    for (const node of nodes)
        for (const dep of node.deps)
            if (ids.has(dep))
                graph.setEdge(dep, node.id);
    dagre_esm/* default.layout */.Ay.layout(graph);
    const placed = new Map();
    for (const node of nodes) {
        const n = graph.node(node.id);
        placed.set(node.id, { x: Math.round(n.x), y: Math.round(n.y), w: n.width, h: n.height });
    }
    const { width = 0, height = 0 } = graph.graph();
    return { placed, width: Math.ceil(width), height: Math.ceil(height) };
}

// EXTERNAL MODULE: ./src/ui/log-tail.ts
var log_tail = __webpack_require__(39563);
// EXTERNAL MODULE: ./src/ui/rollup.ts
var rollup = __webpack_require__(41606);
// EXTERNAL MODULE: ./src/ui/runs.ts
var ui_runs = __webpack_require__(25854);
;// CONCATENATED MODULE: ./src/ui/site-data.ts
/** One character per partition state, in `SiteAsset.states`. */
const STATE_CODES = {
    success: "s",
    failed: "f",
    stale: "t",
    missing: "m",
    running: "r",
    cancelled: "c",
};
const BY_CODE = new Map(Object.entries(STATE_CODES).map(([s, c]) => [c, s]));
function decodeStates(codes) {
    return [...codes].map((c) => BY_CODE.get(c) ?? "missing");
}
const FAILING_SHOWN = 500;
function materialisation(t) {
    const [runId, status, end, durationMs, metadata, error] = t;
    return { runId, status, end, durationMs, metadata, ...(error !== undefined ? { error } : {}) };
}
function task(t) {
    const [asset, partition, status, start, durationMs, error] = t;
    return { asset, partition, status, start, durationMs, ...(error !== undefined ? { error } : {}) };
}
/** A file-name-safe, one-to-one form of an id: other characters as `~` and 4 hex digits. */
function safeId(id) {
    return id.replace(/[^A-Za-z0-9._-]|^\./g, (c) => `~${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
const ASSETS_GLOBAL = "LIFECYCLE_ASSETS";
const RUNS_GLOBAL = "LIFECYCLE_RUNS";
function assetFile(id) {
    return `data/asset-${safeId(id)}.js`;
}
function runFile(runId) {
    return `data/run-${safeId(runId)}.js`;
}

;// CONCATENATED MODULE: ./src/ui/site-files.ts

/** A script that sets `window[global][key]` (a script loads from file://, where fetch cannot). */
function assignScript(global, key, value) {
    const json = (v) => JSON.stringify(v).replace(/</g, "\\u003c");
    return `(window.${global} ??= {})[${json(key)}] = ${json(value)};\n`;
}
/** Per asset, per partition key, its materialisations oldest first (no up-to-date records). */
function historiesOf(events, assets) {
    const byAsset = new Map(assets.map((id) => [id, {}]));
    for (const e of events) {
        if (e.status === "skipped")
            continue;
        const history = byAsset.get(e.asset);
        if (!history)
            continue;
        const m = [e.runId, e.status, e.end, e.durationMs, e.metadata];
        if (e.error !== undefined)
            m[5] = e.error;
        (history[e.partition] ??= []).push(m);
    }
    return byAsset;
}
function taskTuple(t) {
    const tuple = [t.asset, t.partition, t.status, t.start, t.durationMs];
    if (t.error !== undefined)
        tuple[5] = t.error;
    return tuple;
}
/** The on-demand files: `data/asset-<id>.js` per asset, `data/run-<id>.js` per run listed. */
function detailFiles(histories, runs) {
    const files = new Map();
    for (const [id, history] of histories)
        files.set(assetFile(id), assignScript(ASSETS_GLOBAL, id, history));
    for (const run of runs)
        files.set(runFile(run.runId), assignScript(RUNS_GLOBAL, run.runId, run.tasks.map(taskTuple)));
    return files;
}

// EXTERNAL MODULE: ./src/ui/store-events.ts
var store_events = __webpack_require__(23317);
;// CONCATENATED MODULE: ./src/ui/model.ts












const WORST = [
    "failed",
    "running",
    "cancelled",
    "stale",
    "missing",
    "success",
];
function worst(states) {
    return WORST.find((s) => states.includes(s)) ?? "missing";
}
/** Everything the status site shows, from the project and its store. */
async function buildSiteData(options) {
    const { project } = await (0,defaults/* defaultDeps */.m)().loadProject(options.root);
    const graph = (0,graph_graph/* buildAssetGraph */.dZ)((0,deps/* graphSourceOf */.B)(project));
    const env = options.env ?? process.env;
    const rows = await (0,engine_status/* assetStatus */.F)({ root: options.root, store: options.store, env });
    const events = await (0,log_tail/* withLogTails */.i8)(await (0,store_events/* readStoreEvents */.X)(options.store, options.root, env));
    const lock = options.store.startsWith("s3://") ? undefined : await (0,store_lock/* readStoreLock */.hU)(options.store);
    const { assets, keySets, width, height } = siteAssets(graph, rows);
    const summaries = (0,ui_runs/* groupRuns */.KH)(events).slice(0, options.maxRuns ?? 200);
    const runs = siteRuns(summaries, lock);
    const failing = failingNow(events);
    const histories = historiesOf(events, assets.map((a) => a.id));
    const data = {
        generatedAt: (options.now ?? new Date()).toISOString(),
        store: options.store,
        ...(lock
            ? { running: { runId: lock.runId, command: lock.command, startedAt: lock.startedAt } }
            : {}),
        width,
        height,
        keySets,
        assets,
        runs,
        failing: failing.slice(0, FAILING_SHOWN),
        failingTotal: failing.length,
    };
    const listed = [...summaries, ...(lock ? [{ runId: lock.runId, tasks: [] }] : [])];
    return { data, files: detailFiles(histories, listed) };
}
function siteRuns(summaries, lock) {
    const runs = summaries.map((run) => ({
        runId: run.runId,
        start: run.start,
        durationMs: run.durationMs,
        outcome: lock?.runId === run.runId ? "running" : run.outcome,
        taskCount: run.tasks.length,
        failedCount: run.counts.failed,
        upToDate: run.upToDate,
        failures: run.tasks
            .filter((t) => t.status === "failed" || t.status === "cancelled")
            .map((t) => task(taskTuple(t))),
    }));
    if (lock && !runs.some((r) => r.runId === lock.runId))
        runs.unshift({
            runId: lock.runId,
            start: lock.startedAt,
            durationMs: 0,
            outcome: "running",
            taskCount: 0,
            failedCount: 0,
            upToDate: 0,
            failures: [],
        });
    return runs;
}
/** The partitions whose latest task (of any run) failed, newest first. */
function failingNow(events) {
    const latest = new Map();
    for (const e of events)
        if (e.status !== "skipped")
            latest.set(`${e.asset}\u0000${e.partition}`, e);
    return [...latest.values()]
        .filter((e) => e.status === "failed")
        .sort((a, b) => (a.end < b.end ? 1 : a.end > b.end ? -1 : 0))
        .map((e) => task(taskTuple(e)));
}
/** Every asset of the graph, laid out, with its partitions' states (key lists shared). */
function siteAssets(graph, rows) {
    const byAsset = new Map();
    for (const row of rows) {
        const list = byAsset.get(row.asset) ?? [];
        list.push(row);
        byAsset.set(row.asset, list);
    }
    const keySets = [];
    const setIndex = new Map();
    const layout = layoutGraph(graph.assets.map((a) => ({ id: a.id, deps: a.deps, label: a.id })));
    const assets = graph.assets.map((asset) => {
        const own = byAsset.get(asset.id) ?? [];
        const states = own.map(rollup/* partitionState */.k2);
        const keys = own.map((r) => r.partition);
        const joined = keys.join("\u0000");
        let index = setIndex.get(joined);
        if (index === undefined)
            setIndex.set(joined, (index = keySets.push(keys) - 1));
        const place = layout.placed.get(asset.id) ?? { x: 0, y: 0, w: 0, h: 0 };
        return {
            id: asset.id,
            kind: asset.kind,
            group: asset.group,
            deps: [...asset.deps],
            ...place,
            state: worst(states),
            keys: index,
            states: states.map((s) => STATE_CODES[s]).join(""),
        };
    });
    return { assets, keySets, width: layout.width, height: layout.height };
}


/***/ }),

/***/ 59819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ INDEX_HTML)
/* harmony export */ });
/** The site's one HTML page: styles inline, the data and the app as sibling scripts (file:// safe). */
const INDEX_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; connect-src 'self'">
<title>lifecycle status</title>
<style>
:root { color-scheme: light dark; --bg: #fff; --fg: #1d2330; --muted: #5b6475; --line: #c9ced8;
  --success: #2e8540; --failed: #c62828; --stale: #d08a00; --missing: #b8bfcc; --running: #1e6fd9;
  --cancelled: #7a5195; --card: #f5f6f8; }
@media (prefers-color-scheme: dark) { :root { --bg: #14171c; --fg: #e6e9ef; --muted: #9aa3b2;
  --line: #3a414d; --success: #4caf50; --failed: #ef5350; --stale: #f0b429; --missing: #4a5261;
  --running: #5c9cff; --cancelled: #b18cd9; --card: #1d2128; } }
body { margin: 0; font: 14px/1.45 system-ui, sans-serif; background: var(--bg); color: var(--fg); }
header { display: flex; gap: 1em; align-items: baseline; padding: .5em 1em; border-bottom: 1px solid var(--line); }
header h1 { font-size: 1.2em; margin: 0; } .meta { color: var(--muted); }
main { padding: 0 1em 2em; } a { color: inherit; }
a:focus-visible, select:focus-visible { outline: 3px solid var(--running); outline-offset: 2px; }
.graph-wrap { overflow: auto; max-height: 70vh; border: 1px solid var(--line); border-radius: 6px; }
.graph .edges path { fill: none; stroke: var(--line); stroke-width: 1.2; }
.graph .node rect { fill: var(--card); stroke: var(--s, var(--missing)); stroke-width: 2; }
.graph .node text { fill: var(--fg); font-size: 12px; pointer-events: none; }
.graph .node.selected rect, .graph .node:focus rect { stroke-width: 4; }
.state-success { --s: var(--success); } .state-failed { --s: var(--failed); } .state-stale { --s: var(--stale); }
.state-missing { --s: var(--missing); } .state-running { --s: var(--running); } .state-cancelled { --s: var(--cancelled); }
.bar-row { display: flex; align-items: center; gap: .5em; margin: 2px 0; } .bar { width: 100%; height: 24px; }
.row-label { min-width: 8em; color: var(--muted); }
.bar .cell rect { fill: var(--s); } .bar .cell.selected rect { stroke: var(--fg); stroke-width: 2; }
.chip { display: inline-block; padding: 0 .5em; margin: 0 .3em; border-radius: 1em; border: 2px solid var(--s); }
.failures li, .runs li { margin: .2em 0; } .error-line { color: var(--failed); }
.runs li::before, .failures li::before { content: "●"; color: var(--s, var(--failed)); margin-right: .4em; }
pre.error { background: var(--card); border-left: 4px solid var(--failed); padding: .5em; overflow: auto; white-space: pre-wrap; }
table { border-collapse: collapse; margin: .5em 0; } td, th { border: 1px solid var(--line); padding: 2px 6px; text-align: left; }
.banner { padding: .5em 1em; border: 2px solid var(--running); border-radius: 6px; }
.plots { display: flex; gap: 1em; flex-wrap: wrap; } .plot polyline { fill: none; stroke: var(--running); stroke-width: 2; }
figure { margin: 0; } figcaption { color: var(--muted); font-size: 12px; }
</style>
</head>
<body>
<div id="app"><p>Loading…</p></div>
<script src="data.js"></script>
<script src="app.js"></script>
</body>
</html>
`;


/***/ }),

/***/ 41606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F3: () => (/* binding */ rollUp),
/* harmony export */   k2: () => (/* binding */ partitionState),
/* harmony export */   yG: () => (/* binding */ formatRollup)
/* harmony export */ });
/* unused harmony export PARTITION_STATES */
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48018);

/** The states a partition can be in, as the status site and `status` show them. */
const PARTITION_STATES = (/* unused pure expression or super */ null && ([
    "success",
    "failed",
    "stale",
    "missing",
    "running",
    "cancelled",
]));
/** One partition's state: its last record's outcome, stale when a success is out of date. */
function partitionState(row) {
    if (row.status === undefined)
        return "missing";
    if (row.status === "failed")
        return "failed";
    if (row.status === "cancelled")
        return "cancelled";
    return row.stale ? "stale" : "success";
}
function emptyCounts() {
    return { success: 0, failed: 0, stale: 0, missing: 0, running: 0, cancelled: 0 };
}
/** Per asset, in the order given: counts by state, the last run, how many are stale. */
function rollUp(rows) {
    const byAsset = new Map();
    for (const row of rows) {
        let rollup = byAsset.get(row.asset);
        if (!rollup) {
            rollup = { asset: row.asset, group: row.group, partitions: 0, counts: emptyCounts() };
            byAsset.set(row.asset, rollup);
        }
        rollup.partitions += 1;
        rollup.counts[partitionState(row)] += 1;
        if (row.when !== undefined && (rollup.lastWhen === undefined || row.when > rollup.lastWhen)) {
            rollup.lastWhen = row.when;
            rollup.lastRunId = row.runId;
            rollup.lastDurationMs = row.durationMs;
        }
    }
    return [...byAsset.values()];
}
/** `status` without `--partitions`: one line per asset. */
function formatRollup(rollups) {
    if (rollups.length === 0)
        return "(no partitions or versions for the selected assets)\n";
    const rows = rollups.map((r) => [
        r.asset,
        String(r.partitions),
        String(r.counts.success),
        String(r.counts.failed + r.counts.cancelled),
        String(r.counts.stale),
        String(r.counts.missing),
        r.lastWhen ?? "never",
        (0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .seconds */ .Y)(r.lastDurationMs),
        r.lastRunId ?? "-",
    ]);
    const header = ["ASSET", "PARTITIONS", "OK", "FAILED", "STALE", "MISSING", "LAST", "TOOK", "RUN"];
    return (0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .textTable */ .e)(header, rows);
}


/***/ }),

/***/ 25854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ formatRuns),
/* harmony export */   KH: () => (/* binding */ groupRuns),
/* harmony export */   TI: () => (/* binding */ formatRun)
/* harmony export */ });
/* unused harmony export taskCount */
/* harmony import */ var _engine_materialize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96402);
/* harmony import */ var _summary_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52890);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48018);



/** Every task of a run, the ones found up to date included. */
function taskCount(run) {
    return run.tasks.length + run.upToDate;
}
/** Every run in the log, newest first, with its records in the order they landed. */
function groupRuns(events) {
    const byRun = new Map();
    for (const event of events) {
        const list = byRun.get(event.runId) ?? [];
        list.push(event);
        byRun.set(event.runId, list);
    }
    return [...byRun].map(([runId, tasks]) => summarise(runId, tasks)).sort(newestFirst);
}
function newestFirst(a, b) {
    return a.start < b.start ? 1 : a.start > b.start ? -1 : a.runId < b.runId ? 1 : -1;
}
function summarise(runId, records) {
    const counts = { success: 0, failed: 0, cancelled: 0, skipped: 0 };
    const tasks = records.filter((r) => r.asset !== _engine_materialize_js__WEBPACK_IMPORTED_MODULE_0__.RUN_ASSET);
    const upToDate = records
        .filter((r) => r.asset === _engine_materialize_js__WEBPACK_IMPORTED_MODULE_0__.RUN_ASSET)
        .reduce((n, r) => n + (typeof r.metadata.skipped === "number" ? r.metadata.skipped : 0), 0);
    for (const task of tasks)
        counts[task.status] += 1;
    counts.skipped += upToDate;
    const start = records.map((t) => t.start).reduce((a, b) => (b < a ? b : a));
    const end = records.map((t) => t.end).reduce((a, b) => (b > a ? b : a));
    return {
        runId,
        start,
        end,
        durationMs: Date.parse(end) - Date.parse(start),
        counts,
        outcome: counts.failed > 0 ? "failed" : counts.cancelled > 0 ? "cancelled" : "success",
        tasks,
        upToDate,
    };
}
/** `lifecycle runs`: one line per run, newest first. */
function formatRuns(runs) {
    if (runs.length === 0)
        return "(no runs recorded in this store)\n";
    const rows = runs.map((r) => [
        r.runId,
        r.outcome,
        r.start,
        (0,_table_js__WEBPACK_IMPORTED_MODULE_2__/* .seconds */ .Y)(r.durationMs),
        String(taskCount(r)),
        String(r.counts.failed),
        String(r.counts.skipped),
    ]);
    return (0,_table_js__WEBPACK_IMPORTED_MODULE_2__/* .textTable */ .e)(["RUN", "OUTCOME", "STARTED", "TOOK", "TASKS", "FAILED", "UP-TO-DATE"], rows);
}
/** `lifecycle runs ID`: failures first with their error and log tail, then every task. */
function formatRun(run) {
    const head = `run ${run.runId}: ${run.outcome}, ${taskCount(run)} tasks in ${(0,_table_js__WEBPACK_IMPORTED_MODULE_2__/* .seconds */ .Y)(run.durationMs)} (started ${run.start})\n`;
    const failures = run.tasks
        .filter((t) => t.status === "failed" || t.status === "cancelled")
        .sort(_summary_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .byStage */ .wq)
        .map((t) => {
        const { line, tail } = (0,_summary_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .splitError */ .Xy)(t.error);
        const log = tail.map((l) => `    | ${l}\n`).join("");
        return `\n${t.status.toUpperCase()} ${t.asset} @ ${t.partition}\n  ${line}\n${log}`;
    });
    const rows = [...run.tasks]
        .sort(_summary_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .byStage */ .wq)
        .map((t) => [t.asset, t.partition, t.status, (0,_table_js__WEBPACK_IMPORTED_MODULE_2__/* .seconds */ .Y)(t.durationMs)]);
    const table = (0,_table_js__WEBPACK_IMPORTED_MODULE_2__/* .textTable */ .e)(["ASSET", "PARTITION", "STATUS", "TOOK"], rows);
    return `${head}${failures.join("")}\n${table}`;
}


/***/ }),

/***/ 88723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AO: () => (/* binding */ writeSiteFiles),
/* harmony export */   Rx: () => (/* binding */ readAppScript),
/* harmony export */   bo: () => (/* binding */ writeSite),
/* harmony export */   kw: () => (/* binding */ dataScript)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91286);
/* harmony import */ var _page_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59819);





/** The bundled browser code, as `npm run build` leaves it beside the built CLI. */
function appScriptPath() {
    const here = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    const built = here.includes(`${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}build${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`)
        ? here
        : node_path__WEBPACK_IMPORTED_MODULE_1___default().join(here, "../../build/src/ui");
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(built, "web", "app.js");
}
/** `data.js` assigns the data to a global (a script loads from file://, where fetch cannot). */
function dataScript(data) {
    const json = JSON.stringify(data).replace(/</g, "\\u003c");
    return `window.LIFECYCLE_DATA = ${json};\n`;
}
/** Write the site: index.html, app.js, data.js (and data.json for `--serve`'s refresh), data/. */
async function writeSite(out, options) {
    let app;
    try {
        app = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readFile(appScriptPath(), "utf8");
    }
    catch {
        throw new Error(`${appScriptPath()} is missing: run "npm run build" to bundle the site's code`);
    }
    return writeSiteFiles(out, app, await (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .buildSiteData */ .q)(options));
}
async function writeFileAtomic(file, text) {
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file)}.tmp`);
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().writeFile(tmp, text);
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().rename(tmp, file);
}
/** The on-demand files into a fresh directory, then swapped in for `data/` whole. */
async function writeDetails(out, files) {
    const fresh = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(out, ".data.new");
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().rm(fresh, { recursive: true, force: true });
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().mkdir(fresh, { recursive: true });
    let bytes = 0;
    for (const [name, text] of files) {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().writeFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(fresh, node_path__WEBPACK_IMPORTED_MODULE_1___default().relative("data", name)), text);
        bytes += Buffer.byteLength(text);
    }
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().rm(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(out, "data"), { recursive: true, force: true });
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().rename(fresh, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(out, "data"));
    return bytes;
}
async function writeSiteFiles(out, app, { data, files }) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().mkdir(out, { recursive: true });
    const detailBytes = await writeDetails(out, files);
    const front = [
        ["index.html", _page_js__WEBPACK_IMPORTED_MODULE_4__/* .INDEX_HTML */ .B],
        ["app.js", app],
        ["data.js", dataScript(data)],
    ];
    const json = JSON.stringify(data);
    const all = [...front, ["data.json", json]];
    for (const [name, text] of all)
        await writeFileAtomic(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(out, name), text);
    const frontBytes = front.reduce((n, [, text]) => n + Buffer.byteLength(text), 0);
    return { dir: out, data, frontBytes, bytes: frontBytes + Buffer.byteLength(json) + detailBytes };
}
async function readAppScript() {
    return node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readFile(appScriptPath(), "utf8");
}


/***/ }),

/***/ 23317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ readStoreEvents)
/* harmony export */ });
/* harmony import */ var _store_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81644);

/** Every record of a store, oldest first, through the Store interface (a directory or s3://). */
async function readStoreEvents(url, root, env) {
    const store = await (0,_store_store_js__WEBPACK_IMPORTED_MODULE_0__/* .openStore */ .Ch)(url, { root, env, only: () => false });
    try {
        return await store.events.readAll();
    }
    finally {
        await store.close();
    }
}


/***/ }),

/***/ 52890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xy: () => (/* binding */ splitError),
/* harmony export */   qN: () => (/* binding */ renderRunSummary),
/* harmony export */   wq: () => (/* binding */ byStage)
/* harmony export */ });
/* unused harmony exports formatDuration, blockedTasks */
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5891);

const LOG_TAIL_LINES = 20;
/** Escape text for a markdown table cell. */
function cell(text) {
    return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const seconds = ms / 1000;
    if (seconds < 60)
        return `${seconds.toFixed(1)} s`;
    const minutes = Math.floor(seconds / 60);
    return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}
/** The stage of `product.stage` asset ids; ingest assets sort before every stage. */
function stageRank(asset) {
    const stage = asset.slice(asset.lastIndexOf(".") + 1);
    const index = _store_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .STAGES */ .an.indexOf(stage);
    return asset.startsWith("ingest.") ? -1 : index < 0 ? _store_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .STAGES */ .an.length : index;
}
function productOf(asset) {
    return asset.slice(0, asset.lastIndexOf("."));
}
/** Plan before load before build before package; then by product, then by partition. */
function byStage(a, b) {
    return (stageRank(a.asset) - stageRank(b.asset) ||
        productOf(a.asset).localeCompare(productOf(b.asset)) ||
        a.partition.localeCompare(b.partition));
}
/**
 * The stages after a failed or cancelled one of the same product and partition that have no record
 * of their own: the run never started them.
 */
function blockedTasks(records) {
    const seen = new Set(records.map((r) => `${r.asset}\u0000${r.partition}`));
    const blocked = [];
    for (const record of records) {
        if (record.status !== "failed" && record.status !== "cancelled")
            continue;
        const rank = stageRank(record.asset);
        if (rank < 0 || rank >= _store_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .STAGES */ .an.length)
            continue;
        for (const stage of _store_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .STAGES */ .an.slice(rank + 1)) {
            const asset = `${productOf(record.asset)}.${stage}`;
            if (seen.has(`${asset}\u0000${record.partition}`))
                continue;
            seen.add(`${asset}\u0000${record.partition}`);
            blocked.push({ asset, partition: record.partition, blockedBy: record.asset });
        }
    }
    return blocked.sort(byStage);
}
/** The first line of an error, and its last lines when it carries a log. */
function splitError(error) {
    const lines = (error ?? "failed, with no error recorded").trimEnd().split(/\r?\n/);
    const [line = "", ...rest] = lines;
    return { line, tail: rest.slice(-LOG_TAIL_LINES) };
}
function totalsLine(records, blocked) {
    const count = (status) => records.filter((r) => r.status === status).length;
    const parts = [
        `**${count("failed")} failed**`,
        `${blocked} blocked`,
        `${count("cancelled")} cancelled`,
        `${count("success")} succeeded`,
        `${count("skipped")} up to date`,
    ];
    return `${parts.join(" · ")} (${records.length + blocked} tasks)`;
}
function failureBlock(record, links) {
    const { line, tail } = splitError(record.error);
    const job = links.jobUrl ? ` · [job log](${links.jobUrl})` : "";
    const head = `#### ❌ \`${record.asset}\` @ \`${record.partition}\`${job}\n\n> ${line}\n`;
    if (tail.length === 0)
        return head;
    const fence = tail.some((l) => l.includes("```")) ? "~~~~" : "```";
    return `${head}\n<details open><summary>log tail</summary>\n\n${fence}\n${tail.join("\n")}\n${fence}\n\n</details>\n`;
}
function taskTable(records) {
    if (records.length === 0)
        return "_No stage job reported records in this run._\n";
    const rows = [...records]
        .sort(byStage)
        .map((r) => `| ${cell(r.asset)} | ${cell(r.partition)} | ${r.status} | ${formatDuration(r.durationMs)} |`);
    return `| asset | partition | status | duration |\n| --- | --- | --- | --- |\n${rows.join("\n")}\n`;
}
/** The run summary: totals, then each failure with its error, then blocked tasks, then every task. */
function renderRunSummary(records, links = {}) {
    const blocked = blockedTasks(records);
    const failures = records
        .filter((r) => r.status === "failed" || r.status === "cancelled")
        .sort(byStage);
    const out = [`## lifecycle: run summary\n\n${totalsLine(records, blocked.length)}\n`];
    const linkLine = [
        links.siteUrl ? `[status site](${links.siteUrl})` : "",
        links.jobUrl ? `[workflow run](${links.jobUrl})` : "",
    ].filter(Boolean);
    if (linkLine.length > 0)
        out.push(`${linkLine.join(" · ")}\n`);
    if (failures.length > 0)
        out.push(`### Failures\n\n${failures.map((r) => failureBlock(r, links)).join("\n")}`);
    if (blocked.length > 0) {
        const rows = blocked.map((b) => `| ${cell(b.asset)} | ${cell(b.partition)} | \`${cell(b.blockedBy)}\` did not succeed |`);
        out.push(`### Blocked\n\n| asset | partition | why |\n| --- | --- | --- |\n${rows.join("\n")}\n`);
    }
    out.push(`### Tasks\n\n${taskTable(records)}`);
    return out.join("\n");
}


/***/ }),

/***/ 48018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ seconds),
/* harmony export */   e: () => (/* binding */ textTable)
/* harmony export */ });
/** A plain text table: columns padded to their widest cell, the last one left ragged. */
function textTable(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
    const line = (cells) => cells
        .map((v, i) => (i === cells.length - 1 ? v : v.padEnd(widths[i] ?? 0)))
        .join("  ")
        .trimEnd();
    return `${[header, ...rows].map(line).join("\n")}\n`;
}
function seconds(ms) {
    return ms === undefined ? "-" : `${(ms / 1000).toFixed(1)}s`;
}


/***/ })

};

//# sourceMappingURL=8723.index.js.map