export const id = 1644;
export const ids = [1644];
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
 * the log's tail to read; a missing or unreadable one is rebuilt from the log.
 *
 * Stored as JSON lines (format 2), never one JSON document: at 200 products x 4 stages x 1,500
 * partitions it is ~600 MB, more than one JavaScript string can hold. Line 1 is the header
 * (format, cursor, tail), then one entry per line; `lastIsSuccess` stands for a lastSuccess equal
 * to last (the common case), so it is not written twice.
 */
const INDEX_FORMAT = 2;
const HeaderSchema = schemas/* object */.Ikc({
    format: schemas/* literal */.euz(INDEX_FORMAT),
    /** Local: a byte offset into events.jsonl. S3: every log key <= this is folded. */
    cursor: schemas/* union */.KCZ([schemas/* number */.aig().int().min(0), schemas/* string */.YjP()]),
    /** S3: keys above the cursor that are folded already. */
    tail: schemas/* array */.YOg(schemas/* string */.YjP()).default([]),
    entries: schemas/* number */.aig().int().min(0),
});
function emptyIndex(cursor) {
    return { cursor, tail: [], entries: new Map() };
}
/** The index as JSON lines, in chunks of about `chunkEntries` entries (never one big string). */
function* serializeIndex(index, chunkEntries = 2048) {
    const header = { format: INDEX_FORMAT, cursor: index.cursor, tail: index.tail };
    yield `${JSON.stringify({ ...header, entries: index.entries.size })}\n`;
    let lines = [];
    for (const { last, lastSuccess } of index.entries.values()) {
        const line = lastSuccess === undefined
            ? { last }
            : lastSuccess === last
                ? { last, lastIsSuccess: true }
                : { last, lastSuccess };
        lines.push(`${JSON.stringify(line)}\n`);
        if (lines.length >= chunkEntries) {
            yield lines.join("");
            lines = [];
        }
    }
    if (lines.length > 0)
        yield lines.join("");
}
/**
 * Reads an index line by line. `add` throws nothing: a line that does not parse, a header of
 * another format or a count that does not match makes `result` undefined (rebuild from the log).
 */
class IndexReader {
    index;
    expected = -1;
    broken = false;
    /** Lines of the index, in order (one JSON.parse for them all: the file is ours, written whole). */
    addLines(lines) {
        const present = lines.filter((line) => line.trim() !== "");
        const parsed = parseJson(`[${present.join(",")}]`);
        if (Array.isArray(parsed) && parsed.length === present.length)
            for (const value of parsed)
                this.addValue(value);
        else
            for (const line of present)
                this.addValue(parseJson(line));
    }
    addValue(parsed) {
        if (this.broken)
            return;
        if (this.index === undefined) {
            const header = HeaderSchema.safeParse(parsed);
            if (!header.success)
                return void (this.broken = true);
            this.index = { cursor: header.data.cursor, tail: header.data.tail, entries: new Map() };
            this.expected = header.data.entries;
            return;
        }
        const entry = asEntryLine(parsed);
        if (!entry)
            return void (this.broken = true);
        const success = entry.lastIsSuccess === true ? entry.last : entry.lastSuccess;
        this.index.entries.set((0,events/* eventKey */.Mk)(entry.last.asset, entry.last.partition), {
            last: entry.last,
            ...(success ? { lastSuccess: success } : {}),
        });
    }
    /** The index read, or undefined when it was missing, torn or not this format. */
    get result() {
        if (this.broken || this.index === undefined)
            return undefined;
        return this.index.entries.size === this.expected ? this.index : undefined;
    }
}
/*
 * An index line checked by hand, not by zod: the index is lifecycle's own cache (a bad one is only
 * rebuilt), it holds a million entries at full size, and zod copies every object it parses, which
 * doubled the heap and made reading the index five times slower.
 */
function asEntryLine(value) {
    if (!isObject(value) || !isRecord(value.last))
        return undefined;
    if (value.lastSuccess !== undefined && !isRecord(value.lastSuccess))
        return undefined;
    return value;
}
const STRING_FIELDS = ["asset", "partition", "start", "end", "runId", "fingerprint"];
function isRecord(value) {
    return (isObject(value) &&
        STRING_FIELDS.every((field) => typeof value[field] === "string") &&
        events/* EVENT_STATUSES */["if"].includes(value.status) &&
        typeof value.durationMs === "number" &&
        isObject(value.metadata) &&
        (value.error === undefined || typeof value.error === "string"));
}
function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
function parseJson(line) {
    try {
        return JSON.parse(line);
    }
    catch {
        return undefined;
    }
}
/** Fold records (in log order) into the index. */
function foldRecords(index, records) {
    for (const record of records) {
        const key = (0,events/* eventKey */.Mk)(record.asset, record.partition);
        const entry = index.entries.get(key);
        // A record that lands late (a slow writer) never replaces a newer one.
        if (entry && record.end < entry.last.end) {
            if (record.status === "success" && !(record.end < (entry.lastSuccess?.end ?? "")))
                entry.lastSuccess = record;
            continue;
        }
        const lastSuccess = record.status === "success" ? record : entry?.lastSuccess;
        index.entries.set(key, { last: record, ...(lastSuccess ? { lastSuccess } : {}) });
    }
}
function currentState(index) {
    const partitions = new Map();
    for (const { last } of index.entries.values()) {
        const list = partitions.get(last.asset);
        if (list)
            list.push(last.partition);
        else
            partitions.set(last.asset, [last.partition]);
    }
    return { entries: index.entries, partitions };
}
/** A JSON line to a record; undefined for a line that is not a whole, valid record (a torn write). */
function parseRecordLine(line) {
    if (line.trim() === "")
        return undefined;
    const parsed = events/* EventRecordSchema */.pw.safeParse(parseJson(line));
    return parsed.success ? parsed.data : undefined;
}
/** JSON lines to records; a line that is not a whole, valid record is skipped. */
function parseLines(text) {
    return recordsOf(text.split("\n"));
}
function recordsOf(lines) {
    const records = [];
    for (const line of lines) {
        const record = parseRecordLine(line);
        if (record)
            records.push(record);
    }
    return records;
}
/** The lines of a buffer, each decoded on its own (the buffer may exceed the longest string). */
function* bufferLines(buffer) {
    let start = 0;
    while (start < buffer.length) {
        const newline = buffer.indexOf(0x0a, start);
        const end = newline === -1 ? buffer.length : newline;
        yield buffer.toString("utf8", start, end);
        start = end + 1;
    }
}

// EXTERNAL MODULE: ./src/store/lines.ts
var lines = __webpack_require__(19686);
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
        const saved = await readLocalIndex(this.indexFile);
        let index = saved && typeof saved.cursor === "number" ? saved : emptyIndex(0);
        let folded = await foldLog(this.layout.eventsFile, index);
        // The log is shorter than the index says: it was replaced; fold it again from the start.
        if (folded === undefined)
            folded = await foldLog(this.layout.eventsFile, (index = emptyIndex(0)));
        if ((folded ?? 0) > 0)
            await (0,atomic/* writeFileAtomically */.lo)(this.indexFile, serializeIndex(index)).catch(() => undefined);
        return currentState(index);
    }
}
async function readLocalIndex(file) {
    const reader = new IndexReader();
    const read = await (0,lines/* readLinesFrom */.K)(file, 0, (lines) => reader.addLines(lines));
    return read ? reader.result : undefined;
}
/** Fold the log from the index's cursor on; the bytes folded, undefined when the log is shorter. */
async function foldLog(file, index) {
    const bytes = await (0,lines/* readLinesFrom */.K)(file, index.cursor, (lines) => foldRecords(index, recordsOf(lines)));
    if (bytes !== undefined)
        index.cursor = index.cursor + bytes;
    return bytes;
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
        const parsed = saved ? parseS3Index(saved.body) : undefined;
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
        const body = Buffer.concat([...serializeIndex(index)].map((chunk) => Buffer.from(chunk)));
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
function parseS3Index(body) {
    const reader = new IndexReader();
    const lines = [];
    for (const line of bufferLines(body)) {
        lines.push(line);
        if (lines.length >= 4096)
            reader.addLines(lines.splice(0));
    }
    reader.addLines(lines);
    return reader.result;
}


/***/ }),

/***/ 18372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F$: () => (/* binding */ newRunId),
/* harmony export */   Ib: () => (/* binding */ appendEvents),
/* harmony export */   Mk: () => (/* binding */ eventKey),
/* harmony export */   "if": () => (/* binding */ EVENT_STATUSES),
/* harmony export */   pw: () => (/* binding */ EventRecordSchema),
/* harmony export */   vu: () => (/* binding */ EventLog),
/* harmony export */   wj: () => (/* binding */ readEvents)
/* harmony export */ });
/* unused harmony export latestEvents */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26921);
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19686);





const EVENT_STATUSES = ["success", "failed", "cancelled", "skipped"];
/** One materialisation record, one JSON object per line of `events.jsonl`. */
const EventRecordSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    asset: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    partition: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    status: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(EVENT_STATUSES),
    /** ISO timestamps. */
    start: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    end: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
    runId: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    fingerprint: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    metadata: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J()).default({}),
    error: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
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
/**
 * Every readable record, oldest first, read a chunk at a time (the log may be longer than one
 * string can hold). Lines that are not a whole, valid record (a torn write) are skipped.
 */
async function readEvents(layout) {
    const records = [];
    const collect = (lines) => {
        for (const line of lines) {
            const record = parseLine(line);
            if (record)
                records.push(record);
        }
    };
    await (0,_lines_js__WEBPACK_IMPORTED_MODULE_3__/* .readLinesFrom */ .K)(layout.eventsFile, 0, collect, { lastLine: true });
    return records;
}
function parseLine(line) {
    if (line.trim() === "")
        return undefined;
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

/***/ 19686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readLinesFrom)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);

const CHUNK_BYTES = 8 << 20;
/**
 * Read `file` from byte `offset` up to its last newline, a chunk at a time, handing each chunk's
 * complete lines to `onLines`; memory stays at a chunk, whatever the size of the file. Resolves to
 * the bytes consumed (a torn last line is left for later, unless `lastLine`), or undefined when the file is shorter
 * than `offset` (it was replaced) or missing while `offset` is past 0.
 */
async function readLinesFrom(file, offset, onLines, options = {}) {
    let handle;
    try {
        handle = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().open(file, "r");
    }
    catch (error) {
        if (error.code === "ENOENT")
            return offset === 0 ? 0 : undefined;
        throw error;
    }
    try {
        const { size } = await handle.stat();
        if (size < offset)
            return undefined;
        let position = offset;
        let carry = Buffer.alloc(0);
        let consumed = 0;
        while (position < size) {
            const chunk = Buffer.alloc(Math.min(CHUNK_BYTES, size - position));
            const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
            if (bytesRead === 0)
                break;
            position += bytesRead;
            const data = carry.length > 0 ? Buffer.concat([carry, chunk.subarray(0, bytesRead)]) : chunk;
            const end = data.lastIndexOf(0x0a) + 1;
            if (end > 0)
                onLines(data.toString("utf8", 0, end - 1).split("\n"));
            consumed += end;
            carry = Buffer.from(data.subarray(end));
        }
        // `lastLine`: also the text after the last newline (not counted in what is consumed).
        if (options.lastLine && carry.length > 0)
            onLines([carry.toString("utf8")]);
        return consumed;
    }
    finally {
        await handle.close();
    }
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

/***/ 81644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   At: () => (/* binding */ isS3Url),
/* harmony export */   Ch: () => (/* binding */ openStore),
/* harmony export */   qJ: () => (/* binding */ normalizeStoreUrl),
/* harmony export */   resolveStoreUrl: () => (/* binding */ resolveStoreUrl),
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
    const { openS3Store } = await Promise.all(/* import() */[__webpack_require__.e(3711), __webpack_require__.e(2075)]).then(__webpack_require__.bind(__webpack_require__, 52075));
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
    async commitAlias() { }
    async listUnits(prefix) {
        const top = prefix.split("/")[0] || undefined;
        const units = await (0,_units_js__WEBPACK_IMPORTED_MODULE_7__/* .listLocalUnits */ .Rr)(this.layout.root, prefix.includes("/") ? top : undefined);
        return units.filter((u) => u.startsWith(prefix));
    }
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
 * named by its path relative to the store root, the same in a local store and in a bucket; and
 * what publishing makes: a draft revision (`drafts/<p>/<version>/<revision>`) and a published
 * version (`published/<p>/<version>`, and `published/<p>/latest`).
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
/**
 * Every unit present in a local store directory: stage outputs, dataset versions with
 * config.json, drafts with draft.json, published versions with release.json. With `top`, only
 * those under that top folder (`products`, `ingest`, `drafts`, `published`).
 */
async function listLocalUnits(root, top) {
    const wanted = (name) => top === undefined || top === name;
    return [
        ...(wanted("products") ? await stageUnits(root) : []),
        ...(wanted("ingest") ? await datasetUnits(root) : []),
        ...(wanted("drafts") ? await draftUnits(root) : []),
        ...(wanted("published") ? await publishedUnits(root) : []),
    ];
}
async function stageUnits(root) {
    const units = [];
    for (const product of await dirs(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, "products")))
        for (const partition of await dirs(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, "products", product)))
            for (const stage of _layout_js__WEBPACK_IMPORTED_MODULE_3__/* .STAGES */ .an) {
                const unit = `products/${product}/${partition}/${stage}`;
                if (await exists(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, unit)))
                    units.push(unit);
            }
    return units;
}
async function datasetUnits(root) {
    const units = [];
    for (const id of await dirs(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, "ingest", "datasets")))
        for (const version of await dirs(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, "ingest", "datasets", id))) {
            const unit = `ingest/datasets/${id}/${version}`;
            if (await exists(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, unit, "config.json")))
                units.push(unit);
        }
    return units;
}
async function draftUnits(root) {
    const units = [];
    for (const product of await dirs(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, "drafts")))
        for (const version of await dirs(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, "drafts", product)))
            for (const revision of await dirs(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, "drafts", product, version))) {
                const unit = `drafts/${product}/${version}/${revision}`;
                if (await exists(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, unit, _layout_js__WEBPACK_IMPORTED_MODULE_3__/* .DRAFT_RECORD */ .iO)))
                    units.push(unit);
            }
    return units;
}
async function publishedUnits(root) {
    const units = [];
    for (const product of await dirs(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, "published")))
        for (const version of await dirs(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, "published", product))) {
            const unit = `published/${product}/${version}`;
            if (await exists(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, unit, _layout_js__WEBPACK_IMPORTED_MODULE_3__/* .RELEASE_RECORD */ .oS)))
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

//# sourceMappingURL=1644.index.js.map