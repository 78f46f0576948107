export const id = 4619;
export const ids = [4619];
export const modules = {

/***/ 84619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   senseCommand: () => (/* binding */ senseCommand)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _sense_sensor_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30144);
/* harmony import */ var _github_workflow_io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41563);



/**
 * `sense`: one tick of the GitHub sensor. Observes the selected products' inputs, compares with
 * the store, advances the store's cursor by exactly what it hands on, and outputs that: `products`
 * (for `select`) and `partitions` (`{"product": ["key", ...]}`, for lifecycle.yml's `partition`).
 * At most `limit` partitions per tick keep the outputs and the stage matrix within GitHub's limits.
 */
async function senseCommand(context) {
    const { inputs, io } = context;
    if (!context.sharedStore)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('input "store": the sensor keeps its cursor in the store, so it needs one that outlives the run (s3://bucket/prefix, or a folder that persists) (received "")');
    const select = inputs.select.trim();
    const { due, waiting } = await (0,_sense_sensor_js__WEBPACK_IMPORTED_MODULE_1__/* .senseDue */ .h)({
        root: context.root,
        store: context.store,
        env: process.env,
        signal: context.signal,
        select: select === "*" ? undefined : select.split(",").map((s) => s.trim()),
        limit: inputs.limit,
        dryRun: inputs["dry-run"],
        lock: { log: (line) => io.info(line) },
    });
    const count = due.reduce((n, d) => n + d.partitions.length, 0);
    io.setOutput("has_due", String(count > 0 && !inputs["dry-run"]));
    io.setOutput("count", String(count));
    io.setOutput("products", due.map((d) => d.product).join(","));
    const exact = Object.fromEntries(due.map((d) => [d.product, d.partitions]));
    io.setOutput("partitions", count === 0 ? "" : JSON.stringify(exact));
    io.info(count === 0
        ? "nothing due"
        : due.map((d) => `${d.product}: ${d.partitions.join(", ")}`).join("\n"));
    await io.appendSummary(summary(due, waiting, inputs["dry-run"]));
    return { ok: true };
}
function summary(due, waiting, dryRun) {
    const head = `## lifecycle: sense${dryRun ? " (dry run)" : ""}\n\n`;
    const later = waiting > 0 ? `\n${waiting} more partition(s) wait for the next tick (limit).\n` : "";
    if (due.length === 0)
        return `${head}Nothing due: every observed partition is built or started.\n${later}`;
    const rows = due.map((d) => `| ${(0,_github_workflow_io_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(d.product)} | ${d.partitions.length} | ${(0,_github_workflow_io_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(shortList(d.partitions))} |`);
    return `${head}| product | partitions | keys |\n| --- | --- | --- |\n${rows.join("\n")}\n${later}`;
}
function shortList(keys) {
    const shown = keys.slice(0, 20).join(", ");
    return keys.length > 20 ? `${shown}, and ${keys.length - 20} more` : shown;
}


/***/ }),

/***/ 30144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ senseDue)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/partitions/project-products.ts
var project_products = __webpack_require__(93191);
// EXTERNAL MODULE: ./src/store/events.ts
var events = __webpack_require__(18372);
// EXTERNAL MODULE: ./src/store/lock.ts
var store_lock = __webpack_require__(35074);
// EXTERNAL MODULE: ./src/store/store.ts
var store_store = __webpack_require__(81644);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(26921);
;// CONCATENATED MODULE: ./src/sense/cursor.ts



const CursorSchema = schemas/* strictObject */.rej({ started: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP())) });
/** Where the cursor lives, relative to the store: `<store>/sensors/cursor.json`. */
const CURSOR_PATH = "sensors/cursor.json";
function cursorDocument(store) {
    return isS3Store(store) ? new S3CursorDocument(store) : new LocalCursorDocument(store.url);
}
function isS3Store(store) {
    return store.kind === "s3";
}
function parseCursor(text, where) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new Error(`${where}: the sensor cursor is not JSON`);
    }
    const parsed = CursorSchema.safeParse(value);
    if (!parsed.success)
        throw new Error(`${where}: the sensor cursor is not { "started": { product: [keys] } } (${parsed.error.issues[0]?.message ?? ""})`);
    return parsed.data;
}
const serialise = (cursor) => `${JSON.stringify(cursor, null, 2)}\n`;
class LocalCursorDocument {
    file;
    constructor(root) {
        this.file = external_node_path_default().join(root, CURSOR_PATH);
    }
    async read() {
        const text = await promises_default().readFile(this.file, "utf8").catch((error) => {
            if (error.code === "ENOENT")
                return undefined;
            throw error;
        });
        if (text === undefined)
            return { cursor: { started: {} }, version: undefined };
        return { cursor: parseCursor(text, this.file), version: text };
    }
    /** Written whole (temp file, then rename), so a killed sensor never leaves half a cursor. */
    async write(cursor, version) {
        if ((await this.read()).version !== version)
            return false;
        await promises_default().mkdir(external_node_path_default().dirname(this.file), { recursive: true });
        const temp = `${this.file}.${process.pid}.tmp`;
        await promises_default().writeFile(temp, serialise(cursor));
        await promises_default().rename(temp, this.file);
        return true;
    }
}
class S3CursorDocument {
    store;
    key;
    constructor(store) {
        this.store = store;
        this.key = store.prefix === "" ? CURSOR_PATH : `${store.prefix}/${CURSOR_PATH}`;
    }
    async read() {
        const got = await this.store.s3.get(this.key);
        if (!got)
            return { cursor: { started: {} }, version: undefined };
        const where = `s3://${this.store.s3.bucket}/${this.key}`;
        return { cursor: parseCursor(got.body.toString("utf8"), where), version: got.etag };
    }
    async write(cursor, version) {
        const condition = version === undefined ? { ifNoneMatch: "*" } : { ifMatch: version };
        return (await this.store.s3.put(this.key, serialise(cursor), condition)) !== "conflict";
    }
}

// EXTERNAL MODULE: ./src/store/s3-client.ts
var s3_client = __webpack_require__(19087);
// EXTERNAL MODULE: ./src/store/s3-objects.ts
var s3_objects = __webpack_require__(18314);
;// CONCATENATED MODULE: ./src/sense/objects.ts


/**
 * Lists the keys under a prefix of `s3://bucket`, with the connection the environment gives
 * (AWS_ENDPOINT_URL_S3, AWS_REGION, credentials; none: anonymous, for public buckets) and the
 * `s3:` settings of lifecycle.yml. One client per bucket.
 */
function s3ObjectLister(env, settings = {}) {
    const clients = new Map();
    return {
        async list(bucketUrl, prefix) {
            const bucket = bucketUrl.replace(/^s3:\/\//, "");
            let objects = clients.get(bucket);
            if (!objects) {
                objects = new s3_objects/* S3Objects */.NY(bucket, (0,s3_client/* resolveS3Connection */.Zc)(env, settings, `observe ${bucketUrl}`));
                clients.set(bucket, objects);
            }
            const keys = [];
            for await (const object of objects.list(prefix))
                keys.push(object.key);
            return keys;
        },
    };
}

// EXTERNAL MODULE: ./src/partitions/resolve.ts + 1 modules
var resolve = __webpack_require__(9388);
;// CONCATENATED MODULE: ./src/sense/sense.ts



/** The values a partition gives an observation's template. */
function templateValues(partition) {
    const values = {
        key: partition.key,
        version: partition.version,
        ...partition.dimensions,
    };
    const start = partition.env.LIFECYCLE_START_DATE;
    const end = partition.env.LIFECYCLE_END_DATE;
    if (start)
        values.start = start;
    if (end)
        values.end = end;
    if (partition.env.LIFECYCLE_UNIVERSE)
        values.universe = partition.env.LIFECYCLE_UNIVERSE;
    return values;
}
function fillTemplate(template, values) {
    return template.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, key) => {
        const value = values[key];
        if (value === undefined)
            throw new Error(`${template}: {${key}} is not a dimension of this partition (${Object.keys(values).join(", ")})`);
        return value;
    });
}
/** The partitions of the product whose every observed input exists now. */
async function observedPartitions(product, deps, now = new Date()) {
    const observations = product.observe ?? [];
    if (observations.length === 0)
        return [];
    let candidates = (0,resolve/* resolvePartitions */.W)(product, "*", { now, maxRuns: 100_000 });
    for (const observation of observations) {
        const present = await presentFor(observation, candidates, deps);
        candidates = candidates.filter((p) => present.has(p.key));
    }
    return candidates;
}
async function presentFor(observation, candidates, deps) {
    const present = new Set();
    if ("socrata" in observation)
        return socrataPresent(observation, candidates, deps);
    if ("http" in observation) {
        for (const partition of candidates) {
            const url = fillTemplate(observation.http.url, templateValues(partition));
            const response = await (deps.fetch ?? fetch)(url, {
                method: "HEAD",
                signal: deps.signal,
                redirect: "follow",
            });
            if (response.ok)
                present.add(partition.key);
        }
        return present;
    }
    if (!deps.objects)
        throw new Error(`observation ${observation.name}: no object-store client is configured`);
    const { bucket, keyTemplate } = splitObjectUrl(observation.object_store.url);
    const prefix = keyTemplate.slice(0, keyTemplate.search(/\{|$/));
    const keys = new Set(await deps.objects.list(bucket, prefix));
    for (const partition of candidates) {
        if (keys.has(fillTemplate(keyTemplate, templateValues(partition))))
            present.add(partition.key);
    }
    return present;
}
const SocrataView = schemas/* looseObject */._H3({ rowsUpdatedAt: schemas/* number */.aig().optional() });
async function socrataPresent(observation, candidates, deps) {
    const { url, dataset } = observation.socrata;
    const view = `${url.replace(/\/+$/, "")}/api/views/${dataset}.json`;
    const response = await (deps.fetch ?? fetch)(view, { signal: deps.signal, redirect: "follow" });
    if (!response.ok)
        throw new Error(`observation ${observation.name}: GET ${view} answered HTTP ${response.status}`);
    const parsed = SocrataView.safeParse(await response.json().catch(() => undefined));
    const seconds = parsed.success ? parsed.data.rowsUpdatedAt : undefined;
    if (seconds === undefined)
        throw new Error(`observation ${observation.name}: ${view} has no rowsUpdatedAt`);
    const updated = new Date(seconds * 1000).toISOString().slice(0, 10);
    const present = new Set();
    for (const partition of candidates) {
        const lastDay = partitionLastDay(partition);
        if (lastDay === undefined)
            throw new Error(`observation ${observation.name}: a socrata observation needs time partitions (a date or a date range); ${partition.key} has none`);
        if (lastDay <= updated)
            present.add(partition.key);
    }
    return present;
}
/** The last day a partition covers: the end of its range, its date, or a key that is a date. */
function partitionLastDay(partition) {
    const values = templateValues(partition);
    const day = values.end ?? values.date ?? partition.key;
    const match = /^(\d{4}-\d{2}-\d{2})/.exec(day);
    return match?.[1];
}
function splitObjectUrl(url) {
    const match = /^s3:\/\/([^/]+)\/(.*)$/.exec(url);
    if (!match)
        throw new Error(`${url}: expected s3://bucket/key`);
    return { bucket: `s3://${match[1] ?? ""}`, keyTemplate: match[2] ?? "" };
}
/**
 * The observed partitions a sensor hands on: those with no package in the store and not handed on
 * by an earlier call (the cursor), so nothing runs twice.
 */
async function duePartitions(store, product, observed, cursor) {
    const started = new Set(cursor.started[product] ?? []);
    const due = [];
    for (const partition of observed) {
        if (started.has(partition.key))
            continue;
        const unit = external_node_path_default().relative(store.layout.root, store.layout.stageDir(product, partition.key, "package"));
        if ((await store.unitFiles(unit.split((external_node_path_default()).sep).join("/"))) === undefined)
            due.push(partition.key);
    }
    return due;
}

;// CONCATENATED MODULE: ./src/sense/sensor.ts








const CURSOR_ATTEMPTS = 5;
/**
 * One sensor tick: observe every selected product's inputs, leave out what the store has packaged
 * and what the cursor says was handed on, and advance the cursor by exactly what is handed on.
 * The cursor write is conditional: when another sensor moved it first, this one reads it again.
 */
async function senseDue(options) {
    const observed = await observeAll(options);
    const store = await (0,store_store/* openStore */.Ch)(options.store, {
        root: options.root,
        env: options.env,
        only: () => false,
    });
    try {
        const lock = {
            store: store.layout.root,
            command: "sense",
            runId: (0,events/* newRunId */.F$)(),
            signal: options.signal,
            ...options.lock,
        };
        return await (0,store_lock/* withStoreLock */.rX)(lock, async () => {
            const document = cursorDocument(store);
            for (let attempt = 1; attempt <= CURSOR_ATTEMPTS; attempt++) {
                const { cursor, version } = await document.read();
                const all = [];
                for (const [product, partitions] of observed) {
                    const due = await duePartitions(store, product, partitions, cursor);
                    if (due.length > 0)
                        all.push({ product, partitions: due });
                }
                const result = withinLimit(all, options.limit);
                if (options.dryRun || result.due.length === 0)
                    return result;
                if (await document.write(advance(cursor, result.due), version))
                    return result;
                options.lock.log(`sense: the cursor was moved by another sensor; reading it again`);
            }
            throw new Error(`sense: the cursor in ${options.store} moved ${CURSOR_ATTEMPTS} times while this sensor wrote it; nothing was handed on`);
        });
    }
    finally {
        await store.close();
    }
}
async function observeAll(options) {
    const { project } = await (0,project_products/* loadProjectWithPipelines */.f1)(options.root);
    for (const id of options.select ?? [])
        if (!project.products.some((p) => p.id === id))
            throw new errors/* UsageError */.eb(`select: unknown product ${JSON.stringify(id)} (products: ${project.products.map((p) => p.id).join(", ") || "none"})`);
    const wanted = options.select === undefined ? undefined : new Set(options.select);
    const objects = s3ObjectLister(options.env, project.settings.s3);
    const observed = new Map();
    for (const product of project.products) {
        if ((wanted && !wanted.has(product.id)) || !("observe" in product) || !product.observe?.length)
            continue;
        observed.set(product.id, await observedPartitions(product, { objects, signal: options.signal }));
    }
    return observed;
}
function withinLimit(all, limit) {
    const total = all.reduce((n, d) => n + d.partitions.length, 0);
    if (limit === undefined || total <= limit)
        return { due: [...all], waiting: 0 };
    const due = [];
    let left = limit;
    for (const { product, partitions } of all) {
        if (left === 0)
            break;
        due.push({ product, partitions: partitions.slice(0, left) });
        left -= Math.min(left, partitions.length);
    }
    return { due, waiting: total - limit };
}
function advance(cursor, due) {
    const started = { ...cursor.started };
    for (const { product, partitions } of due)
        started[product] = [...(started[product] ?? []), ...partitions];
    return { started };
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


/***/ }),

/***/ 19087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zc: () => (/* binding */ resolveS3Connection),
/* harmony export */   md: () => (/* binding */ endpointLabel),
/* harmony export */   qo: () => (/* binding */ createS3Client),
/* harmony export */   ye: () => (/* binding */ describeS3Error)
/* harmony export */ });
/* unused harmony exports DEFAULT_S3_REGION, ENDPOINT_VARIABLES */
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53711);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26921);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);



/*
 * Where and as whom lifecycle talks to S3 (the store and the ingest `s3` source): one place that
 * reads the environment and lifecycle.yml, and builds an `@aws-sdk/client-s3` client with bounded
 * retries and a request timeout. Credentials come only from the environment and never appear in
 * a message lifecycle writes.
 */
const DEFAULT_S3_REGION = "us-east-1";
/** The endpoint variables, in the order they are read; AWS_S3_ENDPOINT is dcpy's name. */
const ENDPOINT_VARIABLES = ["AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL", "AWS_S3_ENDPOINT"];
/**
 * Endpoint: the first of ENDPOINT_VARIABLES set, else `endpoint` of lifecycle.yml, else AWS.
 * Region: AWS_REGION, AWS_DEFAULT_REGION, `region`, else us-east-1. Path-style addressing:
 * `path_style`, default on for a custom endpoint (MinIO, moto need it; Spaces and R2 accept it).
 * Credentials: AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN); an empty value
 * (an unset GitHub secret) counts as unset.
 */
function resolveS3Connection(env, settings = {}, what = "s3") {
    const region = envValue(env, "AWS_REGION") ??
        envValue(env, "AWS_DEFAULT_REGION") ??
        settings.region ??
        DEFAULT_S3_REGION;
    const variable = ENDPOINT_VARIABLES.find((name) => envValue(env, name) !== undefined);
    const endpoint = variable
        ? normalizeEndpoint(envValue(env, variable) ?? "", variable, what)
        : settings.endpoint
            ? normalizeEndpoint(settings.endpoint, "endpoint in lifecycle.yml", what)
            : undefined;
    const credentials = credentialsFrom(env, what);
    return {
        ...(endpoint !== undefined ? { endpoint } : {}),
        region,
        pathStyle: settings.path_style ?? endpoint !== undefined,
        ...(credentials ? { credentials } : {}),
        attempts: settings.attempts ?? 4,
        timeoutMs: (settings.timeout_seconds ?? 60) * 1000,
    };
}
function credentialsFrom(env, what) {
    const accessKeyId = envValue(env, "AWS_ACCESS_KEY_ID");
    const secretAccessKey = envValue(env, "AWS_SECRET_ACCESS_KEY");
    if (!accessKeyId !== !secretAccessKey) {
        const [set, unset] = accessKeyId
            ? ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"]
            : ["AWS_SECRET_ACCESS_KEY", "AWS_ACCESS_KEY_ID"];
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${what}: ${set} is set but ${unset} is not; set both, or neither for anonymous access to a public bucket`);
    }
    if (!accessKeyId || !secretAccessKey)
        return undefined;
    const sessionToken = envValue(env, "AWS_SESSION_TOKEN");
    return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
}
function envValue(env, name) {
    const value = env[name]?.trim();
    return value ? value : undefined;
}
const HttpUrl = zod__WEBPACK_IMPORTED_MODULE_1__/* .url */ .OZ5({ protocol: /^https?$/ });
/** An http(s) URL with no credentials, query or fragment; a bare host name gets `https://`. */
function normalizeEndpoint(value, origin, what) {
    const text = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
    const url = HttpUrl.safeParse(text).success ? new URL(text) : undefined;
    if (!url || url.username || url.password || url.search || url.hash) {
        // Not echoed: a rejected value may hold credentials or a signature.
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${what}: ${origin} is not an endpoint URL; expected e.g. https://nyc3.digitaloceanspaces.com (http or https, no credentials, query or fragment)`);
    }
    return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}
/** Where requests go, for messages: the endpoint, or AWS's for the region. */
function endpointLabel(connection) {
    return connection.endpoint ?? `https://s3.${connection.region}.amazonaws.com`;
}
/**
 * The SDK warns once per process on Node 20 that its releases after January 2027 need Node 22
 * (aws/aws-sdk-js-v3#7983). That is for whoever upgrades the SDK, not for a lifecycle user, so it
 * is switched off with the variable the SDK documents, unless the environment already sets it.
 */
const NODE_WARNING = "AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED";
/** An SDK client for the connection: standard retries, `timeoutMs` per attempt, no redirects. */
function createS3Client(connection) {
    process.env[NODE_WARNING] ??= "true";
    return new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .S3Client */ .YxF({
        region: connection.region,
        ...(connection.endpoint !== undefined ? { endpoint: connection.endpoint } : {}),
        forcePathStyle: connection.pathStyle,
        maxAttempts: connection.attempts,
        retryMode: "standard",
        requestHandler: {
            requestTimeout: connection.timeoutMs,
            connectionTimeout: Math.min(connection.timeoutMs, 10_000),
            throwOnRequestTimeout: true,
        },
        // Only what the environment gave; never the shared files, SSO or instance metadata.
        credentials: connection.credentials ?? { accessKeyId: "", secretAccessKey: "" },
        ...(connection.credentials ? {} : { signer: { sign: async (request) => request } }),
        // Integrity checksums on every PUT are extra work moto and some S3-compatible services reject.
        requestChecksumCalculation: "WHEN_REQUIRED",
        responseChecksumValidation: "WHEN_REQUIRED",
    });
}
/** What an SDK error says, without anything that could carry a credential or a signature. */
function describeS3Error(error) {
    const e = error;
    const status = e.$metadata?.httpStatusCode;
    const attempts = e.$metadata?.attempts;
    const message = (e.message ?? "").replace(/\s+/g, " ").slice(0, 200);
    return {
        ...(status !== undefined ? { status } : {}),
        code: e.name ?? "Error",
        message,
        ...(attempts !== undefined ? { attempts } : {}),
    };
}


/***/ }),

/***/ 18314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F$: () => (/* binding */ parseS3Url),
/* harmony export */   M8: () => (/* binding */ S3RequestError),
/* harmony export */   NY: () => (/* binding */ S3Objects)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(53711);
/* harmony import */ var _s3_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19087);






/** A request that failed for good (after the retries): names the operation, bucket and key. */
class S3RequestError extends Error {
    operation;
    bucket;
    key;
    status;
    code;
    name = "S3RequestError";
    constructor(operation, bucket, key, status, code, detail) {
        super(`S3 ${operation} s3://${bucket}/${key} failed: ${detail}`);
        this.operation = operation;
        this.bucket = bucket;
        this.key = key;
        this.status = status;
        this.code = code;
    }
}
/**
 * The few S3 operations the store makes, on one bucket; every failure is an S3RequestError. A
 * precondition that does not hold (412, or 409 for a concurrent conditional write) is not an
 * error: `put` resolves to "conflict".
 */
class S3Objects {
    bucket;
    connection;
    client;
    /** Requests sent (not counting the SDK's retries), for the bench. */
    requests = 0;
    constructor(bucket, connection) {
        this.bucket = bucket;
        this.connection = connection;
        this.client = (0,_s3_client_js__WEBPACK_IMPORTED_MODULE_4__/* .createS3Client */ .qo)(connection);
    }
    async get(key) {
        try {
            this.requests++;
            const answer = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .GetObjectCommand */ .jLs({ Bucket: this.bucket, Key: key }));
            const bytes = await answer.Body?.transformToByteArray();
            return { body: Buffer.from(bytes ?? []), etag: answer.ETag ?? "" };
        }
        catch (error) {
            if (isNotFound(error))
                return undefined;
            throw this.failure("GET", key, error);
        }
    }
    /** Stream an object to `file`; resolves to its sha256 and size, or undefined when absent. */
    async download(key, file) {
        try {
            this.requests++;
            const answer = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .GetObjectCommand */ .jLs({ Bucket: this.bucket, Key: key }));
            const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)("sha256");
            let bytes = 0;
            const tap = new node_stream__WEBPACK_IMPORTED_MODULE_2__.Transform({
                transform(chunk, _encoding, done) {
                    hash.update(chunk);
                    bytes += chunk.length;
                    done(null, chunk);
                },
            });
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(answer.Body, tap, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(file));
            return { sha256: hash.digest("hex"), bytes };
        }
        catch (error) {
            if (isNotFound(error))
                return undefined;
            throw this.failure("GET", key, error);
        }
    }
    async put(key, body, condition = {}, length) {
        try {
            this.requests++;
            const answer = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .PutObjectCommand */ .wKZ({
                Bucket: this.bucket,
                Key: key,
                Body: body,
                ...(length !== undefined ? { ContentLength: length } : {}),
                ...(condition.ifMatch !== undefined ? { IfMatch: condition.ifMatch } : {}),
                ...(condition.ifNoneMatch !== undefined ? { IfNoneMatch: condition.ifNoneMatch } : {}),
            }));
            return { etag: answer.ETag ?? "" };
        }
        catch (error) {
            const { status } = (0,_s3_client_js__WEBPACK_IMPORTED_MODULE_4__/* .describeS3Error */ .ye)(error);
            if (status === 412 || status === 409)
                return "conflict";
            throw this.failure("PUT", key, error);
        }
    }
    async delete(key) {
        try {
            this.requests++;
            await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .DeleteObjectCommand */ .k4j({ Bucket: this.bucket, Key: key }));
        }
        catch (error) {
            if (isNotFound(error))
                return;
            throw this.failure("DELETE", key, error);
        }
    }
    /** Every object under `prefix`, in key order, after `startAfter` when given. */
    async *list(prefix, startAfter) {
        let token;
        do {
            let page;
            try {
                this.requests++;
                page = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .ListObjectsV2Command */ .u6x({
                    Bucket: this.bucket,
                    Prefix: prefix,
                    ...(token !== undefined ? { ContinuationToken: token } : {}),
                    ...(token === undefined && startAfter !== undefined ? { StartAfter: startAfter } : {}),
                }));
            }
            catch (error) {
                throw this.failure("LIST", `${prefix}*`, error);
            }
            for (const item of page.Contents ?? [])
                if (item.Key !== undefined)
                    yield { key: item.Key, etag: item.ETag ?? "", size: item.Size ?? 0 };
            token = page.IsTruncated ? page.NextContinuationToken : undefined;
        } while (token !== undefined);
    }
    /** The names of the "folders" right under `prefix` (which ends in `/`): one LIST per 1,000. */
    async folders(prefix) {
        return (await this.children(prefix)).folders;
    }
    /** What is right under `prefix` (which ends in `/`): "folder" names and object keys. */
    async children(prefix) {
        const folders = [];
        const objects = [];
        let token;
        do {
            let page;
            try {
                this.requests++;
                page = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .ListObjectsV2Command */ .u6x({
                    Bucket: this.bucket,
                    Prefix: prefix,
                    Delimiter: "/",
                    ...(token !== undefined ? { ContinuationToken: token } : {}),
                }));
            }
            catch (error) {
                throw this.failure("LIST", `${prefix}*/`, error);
            }
            for (const common of page.CommonPrefixes ?? []) {
                const name = common.Prefix?.slice(prefix.length).replace(/\/$/, "");
                if (name)
                    folders.push(name);
            }
            for (const item of page.Contents ?? [])
                if (item.Key !== undefined && item.Key !== prefix)
                    objects.push(item.Key);
            token = page.IsTruncated ? page.NextContinuationToken : undefined;
        } while (token !== undefined);
        return { folders, objects };
    }
    /** Whether an object has the key (a HEAD). */
    async exists(key) {
        try {
            this.requests++;
            await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .HeadObjectCommand */ .l81({ Bucket: this.bucket, Key: key }));
            return true;
        }
        catch (error) {
            if (isNotFound(error))
                return false;
            throw this.failure("HEAD", key, error);
        }
    }
    failure(operation, key, error) {
        const { status, code, message, attempts } = (0,_s3_client_js__WEBPACK_IMPORTED_MODULE_4__/* .describeS3Error */ .ye)(error);
        const tries = attempts !== undefined && attempts > 1 ? ` after ${attempts} attempts` : "";
        const what = status !== undefined ? `HTTP ${status} ${code}` : code;
        const detail = `${what}${message && message !== code ? ` (${message})` : ""}${tries} at ${(0,_s3_client_js__WEBPACK_IMPORTED_MODULE_4__/* .endpointLabel */ .md)(this.connection)}`;
        return new S3RequestError(operation, this.bucket, key, status, code, detail);
    }
}
function isNotFound(error) {
    const { status, code } = (0,_s3_client_js__WEBPACK_IMPORTED_MODULE_4__/* .describeS3Error */ .ye)(error);
    return status === 404 || code === "NoSuchKey" || code === "NotFound";
}
/** `s3://bucket/prefix` split; the prefix has no leading or trailing slash ("" for the bucket root). */
function parseS3Url(url, what = "store") {
    const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(url);
    const bucket = match?.[1] ?? "";
    if (!match || !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket))
        throw new Error(`${what} ${JSON.stringify(url)}: expected s3://<bucket>/<prefix>, a bucket name of 3-63 lowercase letters, digits, dots and hyphens`);
    const prefix = (match[2] ?? "").replace(/^\/+|\/+$/g, "");
    if (prefix.split("/").some((s) => s === "." || s === ".."))
        throw new Error(`${what} ${JSON.stringify(url)}: the prefix has a "." or ".." segment`);
    return { bucket, prefix };
}


/***/ })

};

//# sourceMappingURL=4619.index.js.map