export const id = 8919;
export const ids = [8919];
export const modules = {

/***/ 41366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ graphSourceOf),
/* harmony export */   Y: () => (/* binding */ recipeDatasets)
/* harmony export */ });
/* harmony import */ var _graph_lineage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93109);

function graphSourceOf(project) {
    return (0,_graph_lineage_js__WEBPACK_IMPORTED_MODULE_0__/* .lineageGraphSource */ .je)(project);
}
/** A recipe's input datasets: id and the version asked for (`undefined` for latest). */
function recipeDatasets(recipe) {
    return (recipe.inputs?.datasets ?? []).map((d) => ({
        id: d.id,
        version: d.version === undefined || d.version === "latest" ? undefined : d.version,
    }));
}


/***/ }),

/***/ 30178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HQ: () => (/* binding */ readStageMarker),
/* harmony export */   K6: () => (/* binding */ writeStageMarker),
/* harmony export */   V4: () => (/* binding */ outputHashOf),
/* harmony export */   dX: () => (/* binding */ ingestFingerprint),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   sZ: () => (/* binding */ hashDirectory),
/* harmony export */   sc: () => (/* binding */ sha256)
/* harmony export */ });
/* unused harmony exports STAGE_MARKER, StageMarkerSchema */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(26921);
/* harmony import */ var _stages_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47232);
/* harmony import */ var _stages_timings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14024);






/**
 * Written by the engine into every promoted stage output: it travels with the output (a GitHub
 * artifact, a copied store), so a later run on another machine can skip the stage without an event log.
 * Not a dotfile: upload-artifact leaves hidden files out.
 */
const STAGE_MARKER = "lifecycle-stage.json";
const StageMarkerSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    asset: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    partition: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    fingerprint: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    /** Content hash of the output (every file except this marker). */
    outputHash: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    runId: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    start: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    end: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
    metadata: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .unknown */ .L5J()).default({}),
});
/** JSON with object keys sorted, so equal values always hash equally. */
function canonicalJson(value) {
    return JSON.stringify(value, (_key, v) => {
        if (v === null || typeof v !== "object" || Array.isArray(v))
            return v;
        const entries = Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return Object.fromEntries(entries);
    });
}
/** The fingerprint of an ingested dataset version: what its event record carries. */
function ingestFingerprint(template, version, metadata) {
    return sha256(canonicalJson({ template, version, metadata }));
}
function sha256(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(text).digest("hex");
}
/** Records about a run, not its result: a rerun with equal results keeps the same content hash. */
const NOT_CONTENT = new Set([STAGE_MARKER, _stages_timings_js__WEBPACK_IMPORTED_MODULE_4__/* .STAGE_RECORD */ .rS]);
/** A hash of every file under `dir` (relative path and content; a symlink by its target), run records excluded. */
async function hashDirectory(dir) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256");
    for (const entry of await listFiles(dir)) {
        if (NOT_CONTENT.has(entry.file))
            continue;
        hash.update(`${entry.file}\u0000`);
        hash.update(entry.link === undefined ? await hashFile(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, entry.file)) : `link:${entry.link}`);
        hash.update("\u0000");
    }
    return hash.digest("hex");
}
async function listFiles(dir, prefix = "") {
    const entries = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().readdir(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, prefix), { withFileTypes: true });
    const files = [];
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const file = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
        if (entry.isDirectory())
            files.push(...(await listFiles(dir, file)));
        else if (entry.isSymbolicLink())
            files.push({ file, link: await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().readlink(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, file)) });
        else {
            (0,_stages_files_js__WEBPACK_IMPORTED_MODULE_3__/* .refuseSpecialFile */ .Iy)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, file), entry);
            files.push({ file });
        }
    }
    return files;
}
const SMALL_FILE = 4 * 1024 * 1024;
async function hashFile(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256");
    const handle = await (0,_stages_files_js__WEBPACK_IMPORTED_MODULE_3__/* .openRegularFile */ .ZU)(file);
    try {
        const { size } = await handle.stat();
        if (size <= SMALL_FILE)
            return hash.update(await handle.readFile()).digest("hex");
        for await (const chunk of handle.createReadStream({ autoClose: false }))
            hash.update(chunk);
        return hash.digest("hex");
    }
    finally {
        await handle.close();
    }
}
async function readStageMarker(stageDir) {
    let text;
    try {
        text = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().readFile(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(stageDir, STAGE_MARKER), "utf8");
    }
    catch (error) {
        if (error.code === "ENOENT")
            return undefined;
        throw error;
    }
    try {
        const parsed = StageMarkerSchema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : undefined;
    }
    catch {
        return undefined;
    }
}
/** Into a staging directory, before promotion (so no atomic write is needed). */
async function writeStageMarker(stagingDir, marker) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().writeFile(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(stagingDir, STAGE_MARKER), `${JSON.stringify(marker, null, 2)}\n`);
}
/** The content hash of a promoted stage output: from its marker, else computed; undefined when absent. */
async function outputHashOf(stageDir) {
    const marker = await readStageMarker(stageDir);
    if (marker)
        return marker.outputHash;
    try {
        return await hashDirectory(stageDir);
    }
    catch (error) {
        if (error.code === "ENOENT")
            return undefined;
        throw error;
    }
}


/***/ }),

/***/ 30955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EW: () => (/* binding */ taskLabel),
/* harmony export */   jP: () => (/* binding */ AUTO_VERSION),
/* harmony export */   nY: () => (/* binding */ planRun)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _graph_graph_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1924);
/* harmony import */ var _graph_selection_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12882);
/* harmony import */ var _partitions_keys_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63399);
/* harmony import */ var _stages_versions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(54226);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5891);
/* harmony import */ var _deps_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(41366);








/** Ingests whose version the source decides (today's date for local files) are labelled so. */
const AUTO_VERSION = "auto";
function taskLabel(task) {
    return task.kind === "stage" ? task.partition.key : (task.version ?? AUTO_VERSION);
}
/** Analyse a run before anything executes: project, graph, selection, partitions, upstream outputs. */
async function planRun(request, deps) {
    const { project, warnings } = await deps.loadProject(request.root);
    const graph = (0,_graph_graph_js__WEBPACK_IMPORTED_MODULE_2__/* .buildAssetGraph */ .dZ)((0,_deps_js__WEBPACK_IMPORTED_MODULE_7__/* .graphSourceOf */ .B)(project));
    const selected = selectAssets(graph, request);
    const products = new Map(project.products.map((p) => [p.id, p]));
    const stageTasks = [];
    const newPartitions = [];
    for (const productId of new Set(selected.flatMap((a) => (a.kind === "stage" ? [a.product] : [])))) {
        const product = products.get(productId);
        if (!product)
            continue;
        const known = await deps.partitions.known(request.store, product);
        const partitions = resolveFor(deps, product, request.partition, known);
        const unknown = partitions.filter((p) => isDynamic(product) && !known.includes(p.key) && !(0,_partitions_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .isStarterNote */ .Ul)(p.key));
        if (unknown.length > 0 && request.createPartitions === false)
            throw unknownPartition(product.id, unknown[0]?.key ?? "", known);
        for (const partition of unknown)
            newPartitions.push({ product, key: partition.key });
        const assets = selected.filter((a) => a.kind === "stage" && a.product === productId);
        for (const partition of partitions)
            stageTasks.push(...chainTasks(assets, product, partition));
    }
    await checkUpstreamOutputs(stageTasks, request.layout);
    const ingestTasks = await ingestTasksFor(graph, selected, stageTasks, project, request);
    linkPlansToIngests(stageTasks, ingestTasks, project);
    linkPlansToUpstreamProducts(stageTasks, graph);
    return { project, warnings, graph, tasks: [...ingestTasks, ...stageTasks], newPartitions };
}
function resolveFor(deps, product, expr, known) {
    try {
        return deps.partitions.resolve(product, expr, known);
    }
    catch (error) {
        if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb) || expr === undefined)
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${error.message}\n(--partition applies to every selected product: narrow the selection with --select)`);
    }
}
function selectAssets(graph, request) {
    const selected = request.select === undefined
        ? graph.assets.filter((a) => a.kind === "stage")
        : (0,_graph_selection_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveSelection */ .Fb)(graph, request.select);
    const only = request.stages;
    if (only === undefined)
        return selected;
    const unknown = only.filter((s) => !_store_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .STAGES */ .an.includes(s));
    if (unknown.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`unknown stage ${JSON.stringify(unknown[0])}; expected one of ${_store_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .STAGES */ .an.join(", ")}`);
    return selected.filter((a) => a.kind === "stage" && only.includes(a.stage));
}
function chainTasks(assets, product, partition) {
    const tasks = [];
    for (const asset of assets) {
        const upstream = asset.deps[0];
        const previous = tasks.find((t) => t.asset.id === upstream);
        tasks.push({
            kind: "stage",
            id: `${asset.id}@${partition.key}`,
            asset,
            product,
            partition,
            after: previous && asset.stage !== "plan" ? [previous.id] : [],
        });
    }
    return tasks;
}
/** A stage selected without the stage before it reads that stage's output from the store: it must be there. */
async function checkUpstreamOutputs(tasks, layout) {
    const missing = [];
    for (const task of tasks) {
        if (task.asset.stage === "plan" || task.after.length > 0)
            continue;
        const previous = _store_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .STAGES */ .an[_store_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .STAGES */ .an.indexOf(task.asset.stage) - 1] ?? "plan";
        const dir = layout.stageDir(task.product.id, task.partition.key, previous);
        if (!(await exists(dir)))
            missing.push(`${task.product.id}.${previous} for partition ${task.partition.key} (${dir})`);
    }
    if (missing.length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`the selection needs stage outputs that are not in the store: ${missing.join("; ")}. ` +
            `Select them too (e.g. --select +<asset>) or materialise them first.`);
    }
}
async function ingestTasksFor(graph, selected, stageTasks, project, request) {
    const chosen = selected.filter((a) => a.kind === "ingest");
    const onlyIngests = chosen.length > 0 && chosen.length === selected.length;
    const version = onlyIngests && request.partition !== undefined
        ? (0,_partitions_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .validateIngestVersion */ .fD)(request.partition)
        : undefined;
    const tasks = chosen.map((asset) => ingestTask(asset, version, "selected"));
    if (request.stages !== undefined)
        return tasks;
    const planned = new Set(stageTasks.filter((t) => t.asset.stage === "plan").map((t) => t.product.id));
    for (const product of planned) {
        const recipe = project.recipes.get(product)?.recipe;
        for (const dataset of recipe ? (0,_deps_js__WEBPACK_IMPORTED_MODULE_7__/* .recipeDatasets */ .Y)(recipe) : []) {
            const asset = graph.byId.get((0,_graph_graph_js__WEBPACK_IMPORTED_MODULE_2__/* .ingestAssetId */ .YK)(dataset.id));
            if (asset?.kind !== "ingest")
                continue;
            const covered = tasks.some((t) => datasetOf(t.asset) === dataset.id &&
                (t.version === undefined || t.version === dataset.version));
            if (covered || (await inStore(request.layout, dataset.id, dataset.version)))
                continue;
            tasks.push(ingestTask(asset, dataset.version, "needed"));
        }
    }
    return tasks;
}
/** Whether the ingest store has the version (or, for `undefined`, any version) of a dataset. */
async function inStore(layout, dataset, version) {
    const present = await (0,_stages_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .availableVersions */ .hK)(layout.datasetDir(dataset));
    return version === undefined ? present.length > 0 : present.includes(version);
}
function ingestTask(asset, version, reason) {
    return {
        kind: "ingest",
        id: `${asset.id}@${version ?? AUTO_VERSION}`,
        asset,
        template: asset.template,
        version,
        reason,
        after: [],
    };
}
function linkPlansToIngests(stageTasks, ingestTasks, project) {
    for (const task of stageTasks) {
        if (task.asset.stage !== "plan")
            continue;
        const recipe = project.recipes.get(task.product.id)?.recipe;
        const inputs = new Set(recipe ? (0,_deps_js__WEBPACK_IMPORTED_MODULE_7__/* .recipeDatasets */ .Y)(recipe).map((d) => d.id) : []);
        task.after.push(...ingestTasks.filter((i) => inputs.has(datasetOf(i.asset))).map((i) => i.id));
    }
}
/**
 * A product that reads another product's output plans after every partition of that product this
 * run packages (the upstream's package asset is a dependency of its plan asset).
 */
function linkPlansToUpstreamProducts(stageTasks, graph) {
    for (const task of stageTasks) {
        if (task.asset.stage !== "plan")
            continue;
        const upstream = new Set(graph.byId.get(task.asset.id)?.deps.filter((d) => !d.startsWith("ingest.")));
        const packages = stageTasks.filter((t) => upstream.has(t.asset.id)).map((t) => t.id);
        task.after.push(...packages);
    }
}
function datasetOf(asset) {
    return asset.dataset ?? asset.template;
}
async function exists(file) {
    try {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().access(file);
        return true;
    }
    catch {
        return false;
    }
}
/** A dynamic key that is not known yet, asked for without `--create`: name the known ones. */
function unknownPartition(product, key, known) {
    const all = [..._partitions_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .STARTER_NOTES */ .mv, ...known];
    const close = (0,_graph_selection_js__WEBPACK_IMPORTED_MODULE_3__/* .closeMatches */ .KA)(key, all);
    const hint = close.length > 0 ? ` Did you mean ${close.map((k) => `"${k}"`).join(" or ")}?` : "";
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--partition: product "${product}" has no partition "${key}".${hint} Known: ${all.join(", ")}. ` +
        `To add it, run again with --create, or: lifecycle partitions add ${product} ${key}`);
}
function isDynamic(product) {
    return product.partitions === undefined || product.partitions === "dynamic";
}


/***/ }),

/***/ 49817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ NodeProcessRunner)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
;// CONCATENATED MODULE: ./src/process/tree.ts



/**
 * Set in the environment of every command lifecycle runs, with a value fresh for each run: a
 * descendant that left the process group (`setsid`, a daemon) still carries it, so it can be found
 * in /proc/<pid>/environ and ended with the rest of the command's processes.
 */
const PROCESS_MARKER_ENV = "_LIFECYCLE_PROCESS_MARKER";
/** Once the command has exited, how long its descendants may keep its output pipes open. */
const LINGER_MS = 1_000;
/** Between SIGTERM and SIGKILL. */
const KILL_GRACE_MS = 5_000;
/** A command's processes: its process group, every process carrying its marker or holding its output. */
class ProcessTree {
    marker = (0,external_node_crypto_.randomUUID)();
    pid;
    stopping;
    pipes = new Set();
    /**
     * The command's process, the leader of its own process group. Its stdout and stderr (pipes, or
     * the socket pairs Node uses for them) are noted now, while they are surely its fds 1 and 2: a
     * descendant that cleared its environment is still found by holding them.
     */
    attach(pid) {
        this.pid = pid;
        if (pid === undefined)
            return;
        for (const fd of [1, 2]) {
            try {
                const link = (0,external_node_fs_.readlinkSync)(`/proc/${pid}/fd/${fd}`);
                if (/^(pipe|socket):/.test(link))
                    this.pipes.add(link);
            }
            catch {
                // No /proc, or it has exited already.
            }
        }
    }
    env(base) {
        return { ...base, [PROCESS_MARKER_ENV]: this.marker };
    }
    /** SIGTERM to everything, SIGKILL to what is left after the grace period. Resolves when both are sent. */
    stop(graceMs = KILL_GRACE_MS) {
        this.stopping ??= (async () => {
            await this.signal("SIGTERM");
            const until = Date.now() + graceMs;
            while (Date.now() < until && (await this.anyAlive()))
                await sleep(100);
            await this.signal("SIGKILL");
        })();
        return this.stopping;
    }
    async anyAlive() {
        if (this.pid !== undefined && trySignal(-this.pid, 0))
            return true;
        return (await this.members()).length > 0;
    }
    async signal(signal) {
        if (this.pid !== undefined)
            trySignal(-this.pid, signal);
        for (const pid of await this.members())
            trySignal(pid, signal);
    }
    /** Live processes carrying this tree's marker or holding its pipes (none where there is no /proc). */
    async members() {
        const marked = await processesWithEnv(`${PROCESS_MARKER_ENV}=${this.marker}`);
        const holding = this.pipes.size === 0 ? [] : await processesHolding(this.pipes);
        return [...new Set([...marked, ...holding])];
    }
}
async function processesHolding(pipes) {
    const found = [];
    for (const pid of await otherPids()) {
        try {
            for (const fd of await promises_default().readdir(`/proc/${pid}/fd`)) {
                const link = await promises_default().readlink(`/proc/${pid}/fd/${fd}`).catch(() => "");
                if (pipes.has(link)) {
                    found.push(pid);
                    break;
                }
            }
        }
        catch {
            // Gone already, or not ours to read.
        }
    }
    return found;
}
async function otherPids() {
    try {
        const names = await promises_default().readdir("/proc");
        return names.filter((n) => /^\d+$/.test(n) && Number(n) !== process.pid).map(Number);
    }
    catch {
        return [];
    }
}
async function processesWithEnv(entry) {
    const needle = `\0${entry}\0`;
    const found = [];
    for (const pid of await otherPids()) {
        try {
            const environ = await promises_default().readFile(`/proc/${pid}/environ`, "latin1");
            if (`\0${environ}`.includes(needle))
                found.push(pid);
        }
        catch {
            // Gone already, or not ours to read.
        }
    }
    return found;
}
/** Whether the signal was delivered (0 only asks whether the process or group exists). */
function trySignal(pid, signal) {
    try {
        process.kill(pid, signal);
        return true;
    }
    catch {
        return false; // Already exited.
    }
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

;// CONCATENATED MODULE: ./src/process/node-runner.ts


/**
 * Runs commands with `sh -c` in their own process group. A stop (timeout or abort) ends the group
 * and every descendant that left it (found by a per-run environment marker), SIGKILL after a grace
 * period; the command's pipes are then released, so a descendant that escaped even that cannot keep
 * the run waiting. Descendants still holding the pipes once the command has exited are ended too.
 */
class NodeProcessRunner {
    run(command, options) {
        const started = performance.now();
        const tree = new ProcessTree();
        const child = (0,external_node_child_process_.spawn)("sh", ["-c", command], {
            cwd: options.cwd,
            env: tree.env(options.env),
            detached: true,
            stdio: ["ignore", "pipe", "pipe"],
        });
        tree.attach(child.pid);
        let timedOut = false;
        let cancelled = false;
        const stop = () => void tree.stop().then(() => releasePipes(child));
        const onAbort = () => {
            cancelled = true;
            stop();
        };
        options.signal?.addEventListener("abort", onAbort, { once: true });
        if (options.signal?.aborted)
            onAbort();
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                stop();
            }, options.timeoutMs);
        let linger;
        child.once("exit", () => (linger = setTimeout(stop, LINGER_MS)));
        child.stdout?.setEncoding("utf8").on("data", (c) => options.onOutput?.(c, "stdout"));
        child.stderr?.setEncoding("utf8").on("data", (c) => options.onOutput?.(c, "stderr"));
        return new Promise((resolve, reject) => {
            const done = () => {
                clearTimeout(timer);
                clearTimeout(linger);
                options.signal?.removeEventListener("abort", onAbort);
            };
            child.once("error", (error) => {
                done();
                reject(error);
            });
            child.once("close", (exitCode, signal) => {
                done();
                const durationMs = Math.round(performance.now() - started);
                resolve({ exitCode, signal, durationMs, timedOut, cancelled });
            });
        });
    }
}
function releasePipes(child) {
    child.stdout?.destroy();
    child.stderr?.destroy();
}


/***/ }),

/***/ 35074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hU: () => (/* binding */ readStoreLock),
/* harmony export */   rX: () => (/* binding */ withStoreLock)
/* harmony export */ });
/* unused harmony exports STORE_LOCK_FILE, StoreBusyError, StoreLock, storeLockFile, acquireStoreLock, describeHolder */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(26921);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
/* harmony import */ var _atomic_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(82892);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5891);
/* harmony import */ var _process_identity_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(46031);










/** The lock file's name, at the top of the store. Artifacts and caches never include it. */
const STORE_LOCK_FILE = "writer.lock";
const HolderSchema = zod__WEBPACK_IMPORTED_MODULE_9__/* .object */ .Ikc({
    pid: zod__WEBPACK_IMPORTED_MODULE_9__/* .number */ .aig().int().positive(),
    hostname: zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP(),
    command: zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP(),
    startedAt: zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP(),
    runId: zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP(),
    /** Unique per acquisition; names the claim file of a takeover, so it must be a safe segment. */
    token: zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().regex(/^[A-Za-z0-9-]+$/),
    /** When the process started (Linux: ticks since boot), to tell a reused pid from the holder. */
    processStart: zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().optional(),
    bootId: zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().optional(),
});
/** The store is held by another live process, and waiting (if any) did not change that: exit code 2. */
class StoreBusyError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb {
    lockFile;
    holder;
    constructor(message, lockFile, holder) {
        super(message);
        this.lockFile = lockFile;
        this.holder = holder;
    }
}
/** A held lock. `release` is idempotent and removes the file only while it is still this lock. */
class StoreLock {
    file;
    holder;
    released = false;
    constructor(file, holder) {
        this.file = file;
        this.holder = holder;
    }
    async release() {
        if (this.released)
            return;
        this.released = true;
        const current = await readHolder(this.file);
        if (current.kind === "held" && current.holder.token === this.holder.token)
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(this.file, { force: true });
    }
}
function storeLockFile(store) {
    return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(store, STORE_LOCK_FILE);
}
/** The current holder of a store's lock, if any (for read-only commands that want to say so). */
async function readStoreLock(store) {
    const current = await readHolder(storeLockFile(store));
    return current.kind === "held" ? current.holder : undefined;
}
/** Run `use` while holding the store's lock; released however `use` ends. */
async function withStoreLock(options, use) {
    const lock = await acquireStoreLock(options);
    try {
        return await use(lock);
    }
    finally {
        await lock.release();
    }
}
/**
 * Take the store's lock: create the lock file atomically; take over a lock whose process is gone;
 * wait for a live holder up to `timeoutSeconds`, then throw `StoreBusyError`. Once held, repair
 * what killed writers left in the store (interrupted promotions, staging directories).
 */
async function acquireStoreLock(options) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().mkdir(options.store, { recursive: true });
    const file = storeLockFile(options.store);
    const me = {
        ...(0,_process_identity_js__WEBPACK_IMPORTED_MODULE_8__/* .thisProcess */ .WF)(),
        command: options.command,
        startedAt: new Date().toISOString(),
        runId: options.runId,
        token: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)(),
    };
    await waitForLock(file, me, options);
    const lock = new StoreLock(file, me);
    try {
        await repairStore(options.store, me);
    }
    catch (error) {
        await lock.release();
        throw error;
    }
    return lock;
}
async function waitForLock(file, me, options) {
    const timeoutMs = Math.max(0, (options.timeoutSeconds ?? 0) * 1000);
    const deadline = Date.now() + timeoutMs;
    const log = options.log ?? (() => { });
    let announced = false;
    let takeoverWaits = 0;
    for (;;) {
        if (options.signal?.aborted)
            throw cancelled(file);
        if (await createExclusively(file, me))
            return;
        const current = await readHolder(file);
        if (current.kind === "missing")
            continue;
        if (current.kind === "unreadable")
            throw unreadableLock(file, current.reason);
        const holder = current.holder;
        if (isStale(holder)) {
            const outcome = await removeStale(file, holder, me);
            if (outcome === "removed")
                log(`took over the store lock ${file}: ${describeHolder(holder)} is no longer running`);
            if (outcome !== "busy")
                continue;
            // Another process is taking the stale lock over this very moment: look again shortly.
            if (takeoverWaits++ < 50) {
                await pause(20, options.signal, file);
                continue;
            }
        }
        const left = deadline - Date.now();
        if (left <= 0)
            throw busy(file, holder, timeoutMs);
        if (!announced) {
            log(`waiting up to ${timeoutMs / 1000} s for the store lock ${file}, held by ${describeHolder(holder)}`);
            announced = true;
        }
        await pause(Math.min(options.pollMs ?? 200, left), options.signal, file);
    }
}
async function pause(ms, signal, file) {
    try {
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_4__.setTimeout)(ms, undefined, signal ? { signal } : {});
    }
    catch {
        throw cancelled(file);
    }
}
function cancelled(file) {
    return new Error(`cancelled while waiting for the store lock ${file}`);
}
/** A lock is stale when its holder ran on this machine and is gone (see `isStillRunning`). */
function isStale(holder) {
    return holder.hostname === node_os__WEBPACK_IMPORTED_MODULE_2___default().hostname() && !(0,_process_identity_js__WEBPACK_IMPORTED_MODULE_8__/* .isStillRunning */ .QT)(holder);
}
/**
 * Remove the stale lock `file` held by `stale`, unless someone else is doing it. Only the process
 * that creates `<file>.claim-<token>` may remove it, and it checks the file still holds that token,
 * so two waiters never both remove it (one would remove the other's new lock). A claim whose own
 * process died is stale in turn and removed the same way.
 */
async function removeStale(file, stale, me) {
    const claim = `${file}.claim-${stale.token}`;
    while (!(await createExclusively(claim, me))) {
        const claimer = await readHolder(claim);
        if (claimer.kind === "missing")
            continue;
        if (claimer.kind === "unreadable" || !isStale(claimer.holder))
            return "busy";
        if ((await removeStale(claim, claimer.holder, me)) === "busy")
            return "busy";
    }
    try {
        const current = await readHolder(file);
        if (current.kind !== "held" || current.holder.token !== stale.token)
            return "gone";
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(file, { force: true });
        return "removed";
    }
    finally {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(claim, { force: true });
    }
}
/** Create `file` holding `holder`, complete from its first instant (written aside, then hard-linked). */
async function createExclusively(file, holder) {
    const temp = `${file}.${holder.token}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)().slice(0, 8)}.tmp`;
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().writeFile(temp, `${JSON.stringify(holder, null, 2)}\n`);
    try {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().link(temp, file);
        return true;
    }
    catch (error) {
        if (error.code === "EEXIST")
            return false;
        throw error;
    }
    finally {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(temp, { force: true });
    }
}
async function readHolder(file) {
    let text;
    try {
        text = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().readFile(file, "utf8");
    }
    catch (error) {
        if (error.code === "ENOENT")
            return { kind: "missing" };
        throw error;
    }
    try {
        const parsed = HolderSchema.safeParse(JSON.parse(text));
        if (parsed.success)
            return { kind: "held", holder: parsed.data };
        const issue = parsed.error.issues[0];
        return { kind: "unreadable", reason: `${issue?.path.join(".")}: ${issue?.message}` };
    }
    catch {
        return { kind: "unreadable", reason: "not JSON" };
    }
}
/** What killed writers left in the store; safe to clear only while holding the lock. */
async function repairStore(store, me) {
    await removeTakeoverLeftovers(store, me);
    const tmpDir = new _layout_js__WEBPACK_IMPORTED_MODULE_7__/* .StoreLayout */ .Eh(store).tmpDir;
    await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_6__/* .recoverInterruptedPromotions */ .zv)(tmpDir);
    await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_6__/* .removeAbandonedStaging */ .Ax)(tmpDir);
}
/**
 * Claims of earlier takeovers are finished (we hold the lock, so the lock they were about is
 * gone). Temp files are another waiter's lock being written this instant, unless old.
 */
async function removeTakeoverLeftovers(store, me) {
    const prefix = `${STORE_LOCK_FILE}.`;
    const hourAgo = Date.now() - 60 * 60 * 1000;
    for (const entry of await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().readdir(store)) {
        if (!entry.startsWith(prefix) || entry.includes(me.token))
            continue;
        const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(store, entry);
        if (entry.endsWith(".tmp")) {
            const stat = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().stat(file).catch(() => undefined);
            if (stat && stat.mtimeMs < hourAgo)
                await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(file, { force: true });
        }
        else if (entry.startsWith(`${prefix}claim-`)) {
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(file, { force: true });
        }
    }
}
function describeHolder(holder) {
    const where = holder.hostname === node_os__WEBPACK_IMPORTED_MODULE_2___default().hostname() ? "" : ` on host ${holder.hostname}`;
    return `pid ${holder.pid}${where} (lifecycle ${holder.command}, run ${holder.runId}, started ${holder.startedAt})`;
}
function busy(file, holder, waitedMs) {
    const waited = waitedMs > 0 ? ` after waiting ${waitedMs / 1000} s` : "";
    const otherHost = holder.hostname === node_os__WEBPACK_IMPORTED_MODULE_2___default().hostname()
        ? ""
        : `; lifecycle cannot tell whether a process on another host is running: if it is not, delete the lock file`;
    return new StoreBusyError(`the store is in use by another lifecycle run${waited}: ${describeHolder(holder)}; lock file ${file}${otherHost}. ` +
        `Nothing was run: retry when it ends, or wait for it with --lock-timeout SECONDS`, file, holder);
}
function unreadableLock(file, reason) {
    return new StoreBusyError(`${file} is not a lifecycle lock file (${reason}): if no lifecycle run uses this store, delete it`, file, undefined);
}


/***/ })

};

//# sourceMappingURL=8919.index.js.map