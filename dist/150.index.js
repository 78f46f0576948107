export const id = 150;
export const ids = [150];
export const modules = {

/***/ 82892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ax: () => (/* binding */ removeAbandonedStaging),
/* harmony export */   lo: () => (/* binding */ writeFileAtomically),
/* harmony export */   s3: () => (/* binding */ writeDirAtomically),
/* harmony export */   zv: () => (/* binding */ recoverInterruptedPromotions)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(26921);
/* harmony import */ var _process_identity_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46031);






/**
 * Write a directory atomically: `write` fills a fresh staging directory inside `tmpDir` (same
 * filesystem as the target), which then replaces `target` by rename. If `write` throws or the
 * process dies, `target` keeps its previous content. What a killed writer leaves in `tmpDir` is
 * repaired by the next writer that takes the store lock (`src/store/lock.ts`), never here: another
 * process's promotion may be in flight.
 */
async function writeDirAtomically(target, tmpDir, write) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().mkdir(tmpDir, { recursive: true });
    const staging = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmpDir, `${STAGING_PREFIX}${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`);
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().mkdir(staging, { recursive: true });
    try {
        const result = await write(staging);
        await promote(staging, target, tmpDir);
        return result;
    }
    catch (error) {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(staging, { recursive: true, force: true });
        throw error;
    }
}
const STAGING_PREFIX = "stage-";
async function promote(staging, target, tmpDir) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().mkdir(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(target), { recursive: true });
    const retired = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmpDir, `old-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`);
    const journal = `${retired}.json`;
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().writeFile(journal, JSON.stringify({ target, ...(0,_process_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .thisProcess */ .WF)() }));
    const hadPrevious = await rename(target, retired);
    try {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rename(staging, target);
    }
    catch (error) {
        if (hadPrevious)
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rename(retired, target);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(journal, { force: true });
        throw error;
    }
    if (hadPrevious)
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(retired, { recursive: true, force: true });
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(journal, { force: true });
}
/**
 * A process killed between the two renames of a promotion leaves its previous output aside in
 * `tmpDir` with nothing at the target. Put such outputs back; drop the ones already replaced.
 * Call it only while holding the store lock (`acquireStoreLock` does): a journal whose process
 * is alive on this host is still left alone, as it may be a promotion in flight.
 */
async function recoverInterruptedPromotions(tmpDir) {
    const entries = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().readdir(tmpDir).catch(() => []);
    for (const entry of entries.filter((e) => e.startsWith("old-") && e.endsWith(".json"))) {
        const journal = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmpDir, entry);
        const retired = journal.slice(0, -".json".length);
        const record = await readJournal(journal);
        if (!record || isInFlight(record))
            continue;
        if (!(await exists(record.target)) && (await exists(retired))) {
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().mkdir(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(record.target), { recursive: true });
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rename(retired, record.target);
        }
        else {
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(retired, { recursive: true, force: true });
        }
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(journal, { force: true });
    }
}
/**
 * Delete the staging directories of writers that were killed before promoting (they are never
 * read). Only while holding the store lock: a live writer's staging directory looks the same.
 */
async function removeAbandonedStaging(tmpDir) {
    const entries = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().readdir(tmpDir).catch(() => []);
    for (const entry of entries.filter((e) => e.startsWith(STAGING_PREFIX)))
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmpDir, entry), { recursive: true, force: true });
}
const JournalSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    target: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    pid: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
    hostname: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    processStart: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    bootId: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
});
async function readJournal(file) {
    try {
        const parsed = JournalSchema.safeParse(JSON.parse(await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().readFile(file, "utf8")));
        return parsed.success ? parsed.data : undefined;
    }
    catch {
        // A journal torn by a kill: its promotion never started moving anything.
        return undefined;
    }
}
/**
 * Whether the journal's process (maybe this one) may still be promoting. A pid is only meaningful
 * on its own host; under the lock, another host's writer is finished. Journals written before
 * the store lock carry only a pid.
 */
function isInFlight(record) {
    if (record.hostname !== undefined && record.hostname !== node_os__WEBPACK_IMPORTED_MODULE_2___default().hostname())
        return false;
    return (0,_process_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .isStillRunning */ .QT)(record);
}
async function exists(file) {
    return node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().access(file).then(() => true, () => false);
}
async function rename(from, to) {
    try {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rename(from, to);
        return true;
    }
    catch (error) {
        if (error.code === "ENOENT")
            return false;
        throw error;
    }
}
/** Write a file atomically (temp file in the same directory, then rename). */
async function writeFileAtomically(file, data) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().mkdir(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file), { recursive: true });
    const temp = `${file}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}.tmp`;
    try {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().writeFile(temp, data);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rename(temp, file);
    }
    catch (error) {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(temp, { force: true });
        throw error;
    }
}


/***/ }),

/***/ 96573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ hashFile),
/* harmony export */   k: () => (/* binding */ BlobCache)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_5__);






/**
 * The local read cache of an object store: files by sha256 (`<dir>/<aa>/<sha256>`), so a rerun,
 * or another store holding the same bytes, downloads nothing it already has. Entries are
 * immutable: written to a temp file, verified, renamed into place.
 */
class BlobCache {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    static forEnv(env) {
        const explicit = env.LIFECYCLE_STORE_CACHE?.trim();
        const general = env.LIFECYCLE_CACHE_DIR?.trim();
        const base = explicit ||
            (general && general !== "off"
                ? node_path__WEBPACK_IMPORTED_MODULE_4___default().join(general, "store-blobs")
                : node_path__WEBPACK_IMPORTED_MODULE_4___default().join(env.XDG_CACHE_HOME?.trim() || node_path__WEBPACK_IMPORTED_MODULE_4___default().join(node_os__WEBPACK_IMPORTED_MODULE_3___default().homedir(), ".cache"), "lifecycle", "store-blobs"));
        return new BlobCache(base);
    }
    file(sha256) {
        return node_path__WEBPACK_IMPORTED_MODULE_4___default().join(this.dir, sha256.slice(0, 2), sha256);
    }
    async has(sha256) {
        return node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().access(this.file(sha256)).then(() => true, () => false);
    }
    /**
     * Fill the entry for `sha256` with `fetch(tempFile)`; the bytes must hash to `sha256`, or the
     * entry is not written and this throws, naming `what`.
     */
    async fill(sha256, what, fetch) {
        if (await this.has(sha256))
            return;
        const target = this.file(sha256);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().mkdir(node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(target), { recursive: true });
        const temp = `${target}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}.tmp`;
        try {
            await fetch(temp);
            const got = await hashFile(temp);
            if (got !== sha256)
                throw new Error(`${what}: its content hashes to ${got}, the manifest says ${sha256}`);
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().rename(temp, target);
        }
        finally {
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().rm(temp, { force: true });
        }
    }
    /** Put the entry at `file`: a hard link when the filesystem allows, else a copy. */
    async materialize(sha256, file) {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().mkdir(node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(file), { recursive: true });
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().rm(file, { force: true });
        try {
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().link(this.file(sha256), file);
        }
        catch {
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().copyFile(this.file(sha256), file);
        }
    }
    /** Add a local file (just uploaded) so that the next pull need not download it. */
    async add(sha256, file) {
        await this.fill(sha256, file, (temp) => node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().copyFile(file, temp));
    }
}
async function hashFile(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256");
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file), hash);
    return hash.digest("hex");
}


/***/ }),

/***/ 33389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ LocalEventStore),
  W: () => (/* binding */ S3EventStore)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/store/atomic.ts
var atomic = __webpack_require__(82892);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(26921);
// EXTERNAL MODULE: ./src/store/events.ts
var events = __webpack_require__(18372);
;// CONCATENATED MODULE: ./src/store/event-index.ts


/*
 * The current-state index kept beside the event log: per (asset, partition) the last record and
 * the last success, and how far into the log it has folded (`cursor`). It is a cache, never the
 * truth: any index is a fold of a prefix of the log, so a lost or older index only means more of
 * the log's tail to read; a missing one is rebuilt from the log.
 */
const EntrySchema = schemas/* object */.Ikc({
    last: events/* EventRecordSchema */.pw,
    lastSuccess: events/* EventRecordSchema */.pw.optional(),
});
const EventIndexSchema = schemas/* object */.Ikc({
    format: schemas/* literal */.euz(1),
    /** Local: a byte offset into events.jsonl. S3: every log key <= this is folded. */
    cursor: schemas/* union */.KCZ([schemas/* number */.aig().int().min(0), schemas/* string */.YjP()]),
    /** S3: keys above the cursor that are folded already. */
    tail: schemas/* array */.YOg(schemas/* string */.YjP()).default([]),
    entries: schemas/* record */.g1P(schemas/* string */.YjP(), EntrySchema),
});
function emptyIndex(cursor) {
    return { format: 1, cursor, tail: [], entries: {} };
}
function parseIndex(text) {
    try {
        const parsed = EventIndexSchema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : undefined;
    }
    catch {
        return undefined;
    }
}
/** Fold records (in log order) into the index. */
function foldRecords(index, records) {
    for (const record of records) {
        const key = (0,events/* eventKey */.Mk)(record.asset, record.partition);
        const entry = index.entries[key];
        // A record that lands late (a slow writer) never replaces a newer one.
        if (entry && record.end < entry.last.end) {
            if (record.status === "success" && !(record.end < (entry.lastSuccess?.end ?? "")))
                entry.lastSuccess = record;
            continue;
        }
        const lastSuccess = record.status === "success" ? record : entry?.lastSuccess;
        index.entries[key] = { last: record, ...(lastSuccess ? { lastSuccess } : {}) };
    }
}
function currentState(index) {
    const last = new Map();
    const lastSuccess = new Map();
    const partitions = new Map();
    for (const [key, entry] of Object.entries(index.entries)) {
        last.set(key, entry.last);
        if (entry.lastSuccess)
            lastSuccess.set(key, entry.lastSuccess);
        const list = partitions.get(entry.last.asset) ?? [];
        list.push(entry.last.partition);
        partitions.set(entry.last.asset, list);
    }
    return { last, lastSuccess, partitions };
}
/** JSON lines to records; a line that is not a whole, valid record (a torn write) is skipped. */
function parseLines(text) {
    const records = [];
    for (const line of text.split("\n")) {
        if (line.trim() === "")
            continue;
        try {
            const parsed = events/* EventRecordSchema */.pw.safeParse(JSON.parse(line));
            if (parsed.success)
                records.push(parsed.data);
        }
        catch {
            // Torn.
        }
    }
    return records;
}

// EXTERNAL MODULE: ./src/store/limit.ts
var limit = __webpack_require__(96974);
;// CONCATENATED MODULE: ./src/store/event-store.ts







/** `events.jsonl` with `events-index.json` beside it. */
class LocalEventStore {
    layout;
    constructor(layout) {
        this.layout = layout;
    }
    get indexFile() {
        return external_node_path_default().join(this.layout.root, "events-index.json");
    }
    append(records) {
        return (0,events/* appendEvents */.Ib)(this.layout, records);
    }
    readAll() {
        return (0,events/* readEvents */.wj)(this.layout);
    }
    async current() {
        const saved = parseIndex(await promises_default().readFile(this.indexFile, "utf8").catch(() => ""));
        let index = saved && typeof saved.cursor === "number" ? saved : emptyIndex(0);
        const tail = await readFrom(this.layout.eventsFile, index.cursor);
        if (tail === undefined)
            index = emptyIndex(0);
        else if (tail.bytes > 0) {
            foldRecords(index, parseLines(tail.text));
            index.cursor = index.cursor + tail.bytes;
            await (0,atomic/* writeFileAtomically */.lo)(this.indexFile, JSON.stringify(index)).catch(() => undefined);
        }
        return currentState(index);
    }
}
/** The log from byte `offset` up to its last newline; undefined when the log is shorter (replaced). */
async function readFrom(file, offset) {
    let handle;
    try {
        handle = await promises_default().open(file, "r");
        const { size } = await handle.stat();
        if (size < offset)
            return undefined;
        const buffer = Buffer.alloc(size - offset);
        await handle.read(buffer, 0, buffer.length, offset);
        const end = buffer.lastIndexOf(0x0a) + 1;
        return { text: buffer.subarray(0, end).toString("utf8"), bytes: end };
    }
    catch (error) {
        if (error.code === "ENOENT")
            return offset === 0 ? { text: "", bytes: 0 } : undefined;
        throw error;
    }
    finally {
        await handle?.close();
    }
}
/** How long a record's key may lag behind the newest (a slow PUT, clock skew) and still be folded. */
const SETTLE_MS = 15 * 60_000;
/**
 * One object per batch, `events/log/<ISO time>-<uuid>.jsonl`, and `events/index.json`. The index
 * folds every key up to its cursor plus the keys above it listed in `tail`; a reader lists only
 * the keys after the cursor. The index is rewritten with If-Match, so an older fold never
 * replaces a newer one.
 */
class S3EventStore {
    s3;
    prefix;
    constructor(s3, prefix) {
        this.s3 = s3;
        this.prefix = prefix;
    }
    key(relative) {
        return this.prefix === "" ? relative : `${this.prefix}/${relative}`;
    }
    get logPrefix() {
        return this.key("events/log/");
    }
    async append(records) {
        if (records.length === 0)
            return;
        const stamp = new Date().toISOString().replace(/[:.]/g, "-");
        const key = `${this.logPrefix}${stamp}-${(0,external_node_crypto_.randomUUID)()}.jsonl`;
        await this.s3.put(key, records.map((r) => `${JSON.stringify(r)}\n`).join(""), {
            ifNoneMatch: "*",
        });
    }
    async readAll() {
        const keys = [];
        for await (const object of this.s3.list(this.logPrefix))
            keys.push(object.key);
        const batches = await (0,limit/* mapLimit */.s)(keys, 16, (key) => this.readBatch(key));
        return batches.flat();
    }
    async readBatch(key) {
        const got = await this.s3.get(key);
        return got ? parseLines(got.body.toString("utf8")) : [];
    }
    async current() {
        const indexKey = this.key("events/index.json");
        const saved = await this.s3.get(indexKey);
        const parsed = saved ? parseIndex(saved.body.toString("utf8")) : undefined;
        const index = parsed && typeof parsed.cursor === "string" ? parsed : emptyIndex("");
        const folded = new Set(index.tail);
        const fresh = [];
        const start = index.cursor === "" ? undefined : index.cursor;
        for await (const object of this.s3.list(this.logPrefix, start))
            if (!folded.has(object.key))
                fresh.push(object.key);
        if (fresh.length === 0)
            return currentState(index);
        const batches = await (0,limit/* mapLimit */.s)(fresh, 16, (key) => this.readBatch(key));
        foldRecords(index, batches.flat());
        this.advance(index, [...folded, ...fresh]);
        const body = JSON.stringify(index);
        await this.s3.put(indexKey, body, saved ? { ifMatch: saved.etag } : { ifNoneMatch: "*" });
        return currentState(index);
    }
    /** Move the cursor to SETTLE_MS before now; keep in `tail` the folded keys above it. */
    advance(index, folded) {
        const settled = new Date(Date.now() - SETTLE_MS).toISOString().replace(/[:.]/g, "-");
        const cursor = `${this.logPrefix}${settled}`;
        if (typeof index.cursor !== "string" || cursor > index.cursor)
            index.cursor = cursor;
        index.tail = folded.filter((key) => key > index.cursor).sort();
    }
}


/***/ }),

/***/ 18372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F$: () => (/* binding */ newRunId),
/* harmony export */   Ib: () => (/* binding */ appendEvents),
/* harmony export */   Mk: () => (/* binding */ eventKey),
/* harmony export */   pw: () => (/* binding */ EventRecordSchema),
/* harmony export */   vu: () => (/* binding */ EventLog),
/* harmony export */   wj: () => (/* binding */ readEvents)
/* harmony export */ });
/* unused harmony exports EVENT_STATUSES, latestEvents */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26921);




const EVENT_STATUSES = ["success", "failed", "cancelled", "skipped"];
/** One materialisation record, one JSON object per line of `events.jsonl`. */
const EventRecordSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    asset: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    partition: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    status: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(EVENT_STATUSES),
    /** ISO timestamps. */
    start: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    end: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
    runId: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    fingerprint: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    metadata: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J()).default({}),
    error: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
});
/** A run's id: when it started, and a random suffix (`2026-11-22T05-30-50-123Z-1a2b3c4d`). */
function newRunId(now = new Date()) {
    return `${now.toISOString().replace(/[:.]/g, "-")}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)().slice(0, 8)}`;
}
/**
 * Append records to the event log. One `appendFile` call per batch: O_APPEND writes of one line
 * each are not interleaved with other writers on a local filesystem.
 */
async function appendEvents(layout, records) {
    if (records.length === 0)
        return;
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().mkdir(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(layout.eventsFile), { recursive: true });
    const prefix = (await endsWithPartialLine(layout.eventsFile)) ? "\n" : "";
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().appendFile(layout.eventsFile, prefix + records.map(toLine).join(""));
}
/**
 * The event log of one run: records appended in order, batched while a write is in flight. The
 * torn-tail check runs once, before the first write.
 */
class EventLog {
    layout;
    sink;
    pending = [];
    writing = Promise.resolve();
    first = true;
    failure;
    /** Records go to `sink` (a store's EventStore), or to the local log of `layout`. */
    constructor(layout, sink) {
        this.layout = layout;
        this.sink = sink;
    }
    append(record) {
        this.pending.push(record);
        if (this.pending.length === 1)
            this.writing = this.writing.then(() => this.flush());
    }
    /** Resolves once every appended record is written; rejects if a write failed. */
    async settled() {
        await this.writing;
        if (this.failure !== undefined)
            throw this.failure;
    }
    async flush() {
        const batch = this.pending;
        this.pending = [];
        try {
            if (this.sink)
                await this.sink.append(batch);
            else if (this.first)
                await appendEvents(this.layout, batch);
            else
                await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().appendFile(this.layout.eventsFile, batch.map(toLine).join(""));
            this.first = false;
        }
        catch (error) {
            this.failure ??= error;
        }
    }
}
function toLine(record) {
    return `${JSON.stringify(record)}\n`;
}
/** A process killed mid-write leaves a torn last line; start on a fresh line so the next record is whole. */
async function endsWithPartialLine(file) {
    let handle;
    try {
        handle = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().open(file, "r");
        const { size } = await handle.stat();
        if (size === 0)
            return false;
        const last = Buffer.alloc(1);
        await handle.read(last, 0, 1, size - 1);
        return last[0] !== 0x0a;
    }
    catch (error) {
        if (error.code === "ENOENT")
            return false;
        throw error;
    }
    finally {
        await handle?.close();
    }
}
/** Every readable record, oldest first. Lines that are not a whole, valid record (a torn write) are skipped. */
async function readEvents(layout) {
    let text;
    try {
        text = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().readFile(layout.eventsFile, "utf8");
    }
    catch (error) {
        if (error.code === "ENOENT")
            return [];
        throw error;
    }
    const records = [];
    for (const line of text.split("\n")) {
        if (line.trim() === "")
            continue;
        const record = parseLine(line);
        if (record)
            records.push(record);
    }
    return records;
}
function parseLine(line) {
    try {
        const parsed = EventRecordSchema.safeParse(JSON.parse(line));
        return parsed.success ? parsed.data : undefined;
    }
    catch {
        return undefined;
    }
}
function eventKey(asset, partition) {
    return `${asset}\u0000${partition}`;
}
/** The latest record per (asset, partition), and the latest success per (asset, partition). */
function latestEvents(records) {
    const last = new Map();
    const lastSuccess = new Map();
    for (const record of records) {
        const key = eventKey(record.asset, record.partition);
        last.set(key, record);
        if (record.status === "success")
            lastSuccess.set(key, record);
    }
    return { last, lastSuccess };
}


/***/ }),

/***/ 96974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** Run `task` over `items`, at most `limit` at once; rejects with the first failure. */
async function mapLimit(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    async function worker() {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index]);
        }
    }
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
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

/***/ 46031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QT: () => (/* binding */ isStillRunning),
/* harmony export */   WF: () => (/* binding */ thisProcess)
/* harmony export */ });
/* unused harmony exports isProcessAlive, processStart, currentBootId */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);


/** This process, as recorded in a lock or journal. */
function thisProcess() {
    const processStarted = processStart(process.pid);
    const bootId = currentBootId();
    return {
        pid: process.pid,
        hostname: node_os__WEBPACK_IMPORTED_MODULE_1___default().hostname(),
        ...(processStarted !== undefined ? { processStart: processStarted } : {}),
        ...(bootId !== undefined ? { bootId } : {}),
    };
}
/**
 * Whether the process `identity` names still runs. Only meaningful on its own host (the caller
 * checks `hostname`). False when the pid is gone, the machine rebooted since, or the pid now
 * names a process that started at another time (pid reuse).
 */
function isStillRunning(identity) {
    const bootId = currentBootId();
    if (identity.bootId !== undefined && bootId !== undefined && identity.bootId !== bootId)
        return false;
    if (!isProcessAlive(identity.pid))
        return false;
    const started = processStart(identity.pid);
    return (identity.processStart === undefined ||
        started === undefined ||
        started === identity.processStart);
}
/** Whether a pid exists on this host (EPERM: it does, owned by another user). */
function isProcessAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === "EPERM";
    }
}
/** Linux: the process's start time in clock ticks after boot (field 22 of /proc/<pid>/stat). */
function processStart(pid) {
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`/proc/${pid}/stat`, "utf8");
        return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
    }
    catch {
        return undefined;
    }
}
/** Linux: changes at every boot, so pids recorded before a reboot mean nothing. */
function currentBootId() {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)("/proc/sys/kernel/random/boot_id", "utf8").trim() || undefined;
    }
    catch {
        return undefined;
    }
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
function parseS3Url(url) {
    const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(url);
    const bucket = match?.[1] ?? "";
    if (!match || !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket))
        throw new Error(`store ${JSON.stringify(url)}: expected s3://<bucket>/<prefix>, a bucket name of 3-63 lowercase letters, digits, dots and hyphens`);
    const prefix = (match[2] ?? "").replace(/^\/+|\/+$/g, "");
    if (prefix.split("/").some((s) => s === "." || s === ".."))
        throw new Error(`store ${JSON.stringify(url)}: the prefix has a "." or ".." segment`);
    return { bucket, prefix };
}


/***/ }),

/***/ 81644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   At: () => (/* binding */ isS3Url),
/* harmony export */   Ch: () => (/* binding */ openStore),
/* harmony export */   qJ: () => (/* binding */ normalizeStoreUrl),
/* harmony export */   r1: () => (/* binding */ resolveStoreUrl),
/* harmony export */   xB: () => (/* binding */ newWorkingDir)
/* harmony export */ });
/* unused harmony export LocalStore */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _config_settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54661);
/* harmony import */ var _event_store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(33389);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5891);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(38898);








function isS3Url(url) {
    return url.startsWith("s3://");
}
/** A local store URL as a directory path; an S3 URL unchanged. */
function normalizeStoreUrl(url, base) {
    if (isS3Url(url))
        return url;
    if (url.startsWith("file://"))
        return (0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(url);
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url))
        throw new Error(`store ${JSON.stringify(url)}: expected s3://bucket/prefix, file:///path or a directory`);
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(base, url);
}
/** The store to use: `--store`, else LIFECYCLE_STORE, else `store.url` of lifecycle.yml, else `<root>/.lifecycle`. */
async function resolveStoreUrl(flag, root, cwd, env) {
    if (flag !== undefined)
        return normalizeStoreUrl(flag, cwd);
    const fromEnv = env.LIFECYCLE_STORE?.trim();
    if (fromEnv)
        return normalizeStoreUrl(fromEnv, cwd);
    const { settings } = await (0,_config_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .loadSettings */ .M5)(root).catch(() => ({ settings: {} }));
    const configured = settings.store?.url;
    return configured ? normalizeStoreUrl(configured, root) : node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, ".lifecycle");
}
async function openStore(url, options) {
    if (!isS3Url(url))
        return new LocalStore(normalizeStoreUrl(url, options.root));
    const settings = options.settings ?? (await (0,_config_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .loadSettings */ .M5)(options.root)).settings.store ?? {};
    const { openS3Store } = await __webpack_require__.e(/* import() */ 907).then(__webpack_require__.bind(__webpack_require__, 28907));
    return openS3Store(url, { ...options, settings });
}
/** The embedded default: the directory is the store; commits are the engine's atomic renames. */
class LocalStore {
    url;
    kind = "local";
    layout;
    events;
    constructor(url) {
        this.url = url;
        this.layout = new _layout_js__WEBPACK_IMPORTED_MODULE_6__/* .StoreLayout */ .Eh(url);
        this.events = new _event_store_js__WEBPACK_IMPORTED_MODULE_5__/* .LocalEventStore */ .R(this.layout);
    }
    async commit() { }
    async commitDatasets() { }
    async unitFiles(unit) {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.layout.root, unit);
        return (await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().stat(dir).catch(() => undefined)) ? (0,_units_js__WEBPACK_IMPORTED_MODULE_7__/* .listUnitFiles */ .et)(dir) : undefined;
    }
    verifyUnit(unit) {
        return (0,_units_js__WEBPACK_IMPORTED_MODULE_7__/* .listUnitFiles */ .et)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.layout.root, unit));
    }
    async close() { }
}
/** A fresh, private working directory for an S3 store. */
async function newWorkingDir() {
    return node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().mkdtemp(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(), "lifecycle-store-"));
}


/***/ }),

/***/ 38898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ checkManifestPath),
/* harmony export */   Rr: () => (/* binding */ listLocalUnits),
/* harmony export */   et: () => (/* binding */ listUnitFiles),
/* harmony export */   pL: () => (/* binding */ ManifestSchema),
/* harmony export */   zj: () => (/* binding */ PointerSchema)
/* harmony export */ });
/* unused harmony export ManifestFileSchema */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26921);
/* harmony import */ var _blob_cache_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96573);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5891);





/*
 * A unit is what an object store makes current all at once: one stage output
 * (`products/<p>/<partition>/<stage>`) or one dataset version (`ingest/datasets/<id>/<version>`),
 * named by its path relative to the store root, the same in a local store and in a bucket.
 */
const ManifestFileSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({ path: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), sha256: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/), bytes: zod__WEBPACK_IMPORTED_MODULE_4__/* .int */ .Whr() }),
    zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({ path: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), link: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP() }),
]);
/** Every file of one committed unit; uploaded last, after every file it lists. */
const ManifestSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    format: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(1),
    unit: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    runId: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    committedAt: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    files: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(ManifestFileSchema),
});
/** What makes a unit current: the one small object written last (conditionally). */
const PointerSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    format: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(1),
    manifest: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    sha256: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/),
    runId: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    committedAt: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
});
/** Every file under `dir` (regular files hashed, symlinks by target), sorted by path. */
async function listUnitFiles(dir) {
    const out = [];
    async function walk(relative) {
        const entries = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, relative), { withFileTypes: true });
        for (const entry of entries) {
            const rel = relative === "" ? entry.name : `${relative}/${entry.name}`;
            const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, rel);
            if (entry.isDirectory())
                await walk(rel);
            else if (entry.isSymbolicLink())
                out.push({ path: rel, link: await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readlink(full) });
            else if (entry.isFile())
                out.push({ path: rel, sha256: await (0,_blob_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .hashFile */ .D)(full), bytes: (await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().stat(full)).size });
        }
    }
    await walk("");
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/** A manifest path must stay inside its unit. */
function checkManifestPath(file, where) {
    const parts = file.split("/");
    if (file.startsWith("/") || parts.some((p) => p === "" || p === "." || p === ".."))
        throw new Error(`${where}: file path ${JSON.stringify(file)} leaves its unit`);
}
/** Every unit present in a local store directory: stage outputs with their marker, dataset versions with config.json. */
async function listLocalUnits(root) {
    const units = [];
    for (const product of await dirs(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, "products")))
        for (const partition of await dirs(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, "products", product)))
            for (const stage of _layout_js__WEBPACK_IMPORTED_MODULE_3__/* .STAGES */ .an) {
                const unit = `products/${product}/${partition}/${stage}`;
                if (await exists(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, unit)))
                    units.push(unit);
            }
    for (const id of await dirs(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, "ingest", "datasets")))
        for (const version of await dirs(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, "ingest", "datasets", id))) {
            const unit = `ingest/datasets/${id}/${version}`;
            if (await exists(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, unit, "config.json")))
                units.push(unit);
        }
    return units;
}
async function dirs(dir) {
    const entries = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readdir(dir, { withFileTypes: true }).catch(() => []);
    return entries
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort();
}
async function exists(file) {
    return node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().access(file).then(() => true, () => false);
}


/***/ })

};

//# sourceMappingURL=150.index.js.map