export const id = 619;
export const ids = [619];
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


/***/ })

};

//# sourceMappingURL=619.index.js.map