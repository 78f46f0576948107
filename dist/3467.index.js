export const id = 3467;
export const ids = [3467];
export const modules = {

/***/ 9036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N$: () => (/* binding */ Engine),
/* harmony export */   Ov: () => (/* binding */ quoteString),
/* harmony export */   fr: () => (/* binding */ selectList),
/* harmony export */   kW: () => (/* binding */ frameSelect),
/* harmony export */   v4: () => (/* binding */ quoteIdent)
/* harmony export */ });
/* unused harmony exports DEFAULT_MEMORY_LIMIT, engineConfig */
/* harmony import */ var _runtime_duckdb_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59793);

function quoteIdent(name) {
    return `"${name.replace(/"/g, '""')}"`;
}
function quoteString(value) {
    return `'${value.replace(/'/g, "''")}'`;
}
function selectList(frame) {
    return frame.columns
        .map((c) => (c.expr === quoteIdent(c.name) ? c.expr : `${c.expr} AS ${quoteIdent(c.name)}`))
        .join(", ");
}
/** `SELECT <columns> FROM <table>`, rows in table order. */
function frameSelect(frame, tail = "") {
    const columns = frame.columns.length > 0 ? selectList(frame) : "NULL AS __empty";
    return `SELECT ${columns} FROM ${frame.table}${tail ? ` ${tail}` : ""}`;
}
/**
 * Without a limit DuckDB may take 80% of the machine's memory (3.3 GiB to deduplicate 10M rows);
 * with one it spills to the temp directory, so a 100M-row ingest fits a 7 GB runner.
 */
const DEFAULT_MEMORY_LIMIT = "1GB";
function engineConfig(options) {
    return {
        preserve_insertion_order: "true",
        memory_limit: options.memoryLimit ?? DEFAULT_MEMORY_LIMIT,
        ...(options.tempDirectory ? { temp_directory: options.tempDirectory } : {}),
        ...(options.threads !== undefined ? { threads: String(options.threads) } : {}),
    };
}
class Engine {
    instance;
    connection;
    tables = 0;
    constructor(instance, connection) {
        this.instance = instance;
        this.connection = connection;
    }
    static async open(options = {}) {
        const { DuckDBInstance } = await (0,_runtime_duckdb_js__WEBPACK_IMPORTED_MODULE_0__/* .loadDuckDB */ .GF)();
        const instance = await DuckDBInstance.create(":memory:", engineConfig(options));
        try {
            return new Engine(instance, await instance.connect());
        }
        catch (error) {
            instance.closeSync();
            throw error;
        }
    }
    /** Run a statement; resolves to the rows it changed (for COPY: the rows written). */
    async run(sql) {
        return (await this.connection.run(sql)).rowsChanged;
    }
    async rows(sql) {
        const reader = await this.connection.runAndReadAll(sql);
        return reader.getRowObjectsJS();
    }
    async scalar(sql) {
        const [row] = await this.rows(sql);
        return row ? Object.values(row)[0] : undefined;
    }
    /** Run `select` into a new table; its columns are the table's columns, unchanged. */
    async materialize(select) {
        const table = `t${++this.tables}`;
        await this.run(`CREATE TABLE ${table} AS ${select}`);
        const rows = Number(await this.scalar(`SELECT count(*) FROM ${table}`));
        const names = await this.columnNames(`SELECT * FROM ${table}`);
        return { table, rows, columns: names.map((name) => ({ name, expr: quoteIdent(name) })) };
    }
    /**
     * A view over `select` (the raw file, or a step's result), read only when something needs its
     * rows: the last step's rows go straight into the Parquet output.
     */
    async source(select) {
        const table = `t${++this.tables}`;
        await this.run(`CREATE VIEW ${table} AS ${select}`);
        // From the catalog: DESCRIBE would bind the view again (for a CSV file: sniff it again).
        const rows = await this.rows(`SELECT column_name FROM duckdb_columns() WHERE table_name = ${quoteString(table)} ORDER BY column_index`);
        const names = rows.map((r) => String(r.column_name));
        return {
            table,
            rows: undefined,
            columns: names.map((name) => ({ name, expr: quoteIdent(name) })),
        };
    }
    /** The frame as a table (materialised when it is still a view): rows counted, `rowid` usable. */
    async table(frame) {
        if (frame.rows !== undefined)
            return { ...frame, rows: frame.rows };
        return this.materialize(frameSelect(frame));
    }
    async columnNames(select) {
        return (await this.describe(select)).map((c) => c.name);
    }
    async describe(select) {
        const rows = await this.rows(`DESCRIBE ${select}`);
        return rows.map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
    }
    /** Stop the running query (on abort). */
    interrupt() {
        this.connection.interrupt();
    }
    close() {
        this.connection.closeSync();
        this.instance.closeSync();
    }
}


/***/ }),

/***/ 88837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Mj: () => (/* reexport */ layouts/* StoreInputError */.Mj),
  iu: () => (/* binding */ StoreSources),
  zG: () => (/* reexport */ layouts/* isStoreSource */.zG),
  Ew: () => (/* binding */ storeSourceFor)
});

// UNUSED EXPORTS: STORE_SOURCES

// EXTERNAL MODULE: ./src/sources/layouts.ts
var layouts = __webpack_require__(29497);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./src/store/s3-client.ts
var s3_client = __webpack_require__(19087);
// EXTERNAL MODULE: ./src/store/s3-objects.ts
var s3_objects = __webpack_require__(18314);
;// CONCATENATED MODULE: ./src/sources/reader.ts









/**
 * The reader of a store of `stores:`. Its connection: its own fields, else `s3:` of lifecycle.yml,
 * else the endpoint, region and path style of `store:` (the same object store as lifecycle's own).
 */
function openSourceStore(setting, options) {
    const { url, ...own } = typeof setting === "string" ? { url: setting } : setting;
    if (url.startsWith("s3://")) {
        const { endpoint, region, path_style } = options.store ?? {};
        const shared = { endpoint, region, path_style };
        const settings = [own, options.s3 ?? {}].find((s) => Object.keys(s).length > 0) ?? shared;
        const connection = (0,s3_client/* resolveS3Connection */.Zc)(options.env, settings, options.what);
        const { bucket, prefix } = (0,s3_objects/* parseS3Url */.F$)(url);
        return new S3SourceStore(url, new s3_objects/* S3Objects */.NY(bucket, connection), prefix);
    }
    const dir = url.startsWith("file://") ? (0,external_node_url_.fileURLToPath)(url) : external_node_path_default().resolve(options.root, url);
    return new LocalSourceStore(url, dir);
}
/**
 * The listings and small files of `reader`, each read once: a recipe with 55 inputs from one
 * dataset (cscl) lists its folder once. Downloads are not cached.
 */
function cachingReader(reader) {
    const memo = new Map();
    const once = (id, read) => {
        let found = memo.get(id);
        if (!found) {
            found = read();
            memo.set(id, found);
        }
        return found;
    };
    return {
        url: reader.url,
        folders: (folder) => once(`folders:${folder}`, () => reader.folders(folder)),
        files: (folder) => once(`files:${folder}`, () => reader.files(folder)),
        read: (key) => once(`read:${key}`, () => reader.read(key)),
        download: (key, file) => reader.download(key, file),
    };
}
class S3SourceStore {
    url;
    objects;
    prefix;
    constructor(url, objects, prefix) {
        this.url = url;
        this.objects = objects;
        this.prefix = prefix;
    }
    full(key) {
        return this.prefix ? `${this.prefix}/${key}` : key;
    }
    relative(key) {
        return this.prefix ? key.slice(this.prefix.length + 1) : key;
    }
    folders(folder) {
        return this.objects.folders(`${this.full(folder)}/`);
    }
    async files(folder) {
        const found = [];
        for await (const object of this.objects.list(`${this.full(folder)}/`)) {
            if (object.key.endsWith("/"))
                continue; // a "folder" object some tools write
            found.push({ key: this.relative(object.key), bytes: object.size, etag: object.etag });
        }
        return found;
    }
    async read(key) {
        return (await this.objects.get(this.full(key)))?.body.toString("utf8");
    }
    download(key, file) {
        return this.objects.download(this.full(key), file);
    }
}
class LocalSourceStore {
    url;
    dir;
    constructor(url, dir) {
        this.url = url;
        this.dir = dir;
    }
    full(key) {
        return external_node_path_default().join(this.dir, ...key.split("/"));
    }
    async folders(folder) {
        const entries = await readDir(this.full(folder));
        return entries.filter((e) => e.isDirectory()).map((e) => e.name);
    }
    async files(folder) {
        const found = [];
        for (const entry of await readDir(this.full(folder), true)) {
            if (!entry.isFile())
                continue;
            const file = external_node_path_default().join(entry.parentPath, entry.name);
            const { size, mtimeMs } = await promises_default().stat(file);
            const key = external_node_path_default().relative(this.dir, file).split((external_node_path_default()).sep).join("/");
            found.push({ key, bytes: size, etag: `${size}-${Math.trunc(mtimeMs)}` });
        }
        return found.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    }
    async read(key) {
        return promises_default().readFile(this.full(key), "utf8").catch((error) => {
            if (isMissing(error))
                return undefined;
            throw error;
        });
    }
    async download(key, file) {
        const source = this.full(key);
        try {
            await promises_default().copyFile(source, file);
        }
        catch (error) {
            if (isMissing(error))
                return undefined;
            throw error;
        }
        const hash = (0,external_node_crypto_.createHash)("sha256");
        let bytes = 0;
        const tap = new external_node_stream_.Transform({
            transform(chunk, _encoding, done) {
                hash.update(chunk);
                bytes += chunk.length;
                done();
            },
        });
        await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(file), tap);
        return { bytes, sha256: hash.digest("hex") };
    }
}
async function readDir(dir, recursive = false) {
    try {
        return await promises_default().readdir(dir, { withFileTypes: true, recursive });
    }
    catch (error) {
        if (isMissing(error))
            return [];
        throw error;
    }
}
function isMissing(error) {
    const code = error.code;
    return code === "ENOENT" || code === "ENOTDIR";
}

;// CONCATENATED MODULE: ./src/sources/resolve.ts

/** Resolve `latest` and pick the files, as dcpy does; a StoreInputError names store, key and version. */
async function resolveStoreInput(reader, request) {
    const layout = layouts/* LAYOUTS */.my[request.source];
    const where = `${request.source} in ${reader.url}`;
    checkKeyParts(request, where);
    const latest = request.version === undefined || request.version === "latest";
    const version = latest
        ? await layout.latest(reader, request.key, request)
        : request.version;
    if (version === undefined)
        throw new layouts/* StoreInputError */.Mj(`${where}: no version under ${layout.home(request.key)}/; versions available: none`);
    if (latest)
        checkKeyParts({ ...request, version }, where); // as latest/config.json named it
    const dataset = (0,layouts/* customText */.VK)(request.custom, "dataset");
    const folder = `${layout.folder(request.key, version)}${dataset ? `/${dataset}` : ""}`;
    const files = await reader.files(folder);
    if (files.length === 0) {
        const versions = await layout.versions(reader, request.key, request);
        const via = latest ? " (the latest)" : "";
        const problem = versions.includes(version)
            ? `has no files under ${folder}/`
            : `is not there (no ${folder}/)`;
        throw new layouts/* StoreInputError */.Mj(`${where}: version "${version}"${via} ${problem}; versions available: ${(0,layouts/* listed */.KE)(versions)}`);
    }
    const chosen = chooseFiles(request, layout.whole, folder, files, `${where}, version "${version}"`);
    return { version, folder, ...chosen };
}
function chooseFiles(request, whole, folder, files, where) {
    const named = (0,layouts/* customText */.VK)(request.custom, "filepath") ?? (0,layouts/* customText */.VK)(request.custom, "filename");
    const fileType = request.fileType ?? (whole || named ? undefined : (0,layouts/* preferredFileType */.sf)(files));
    const typed = fileType ? { fileType } : {};
    if (named === undefined && whole)
        return { files, ...typed };
    if (named === undefined && fileType === undefined)
        throw new layouts/* StoreInputError */.Mj(`${where}: no file_type given and no pg_dump (.sql), parquet or csv file under ${folder}/; files there: ${names(folder, files)}`);
    const file = named ?? `${request.key}.${layouts/* FILE_TYPE_EXTENSIONS */.T[fileType ?? ""] ?? "dat"}`;
    const found = files.find((f) => f.key === `${folder}/${file}`);
    if (!found)
        throw new layouts/* StoreInputError */.Mj(`${where}: no file ${folder}/${file}; files there: ${names(folder, files)}`);
    return { files: [found], ...typed };
}
function names(folder, files) {
    return (0,layouts/* listed */.KE)(files.map((f) => f.key.slice(folder.length + 1)));
}
/** Names that become key segments must stay one segment: no `/`, `.` or `..` (a local store is a directory). */
function checkKeyParts(request, where) {
    const parts = [
        ["key", request.key],
        ["version", request.version],
        ["custom.dataset", (0,layouts/* customText */.VK)(request.custom, "dataset")],
        ["custom.revision", (0,layouts/* customText */.VK)(request.custom, "revision")],
    ];
    for (const [field, value] of parts) {
        if (value === undefined || !/[/\\]|^\.\.?$/.test(value))
            continue;
        throw new layouts/* StoreInputError */.Mj(`${where}: ${field} ${JSON.stringify(value)} must be one path segment`);
    }
    for (const field of ["filepath", "filename"]) {
        const value = (0,layouts/* customText */.VK)(request.custom, field);
        if (value?.split("/").some((s) => s === "" || s === "." || s === ".."))
            throw new layouts/* StoreInputError */.Mj(`${where}: custom.${field} ${JSON.stringify(value)} must be a relative path without "." or ".." segments`);
    }
}

;// CONCATENATED MODULE: ./src/sources/index.ts




/** dcpy's bucket behind each name of `stores:`, for messages. */
const DCPY_BUCKETS = {
    recipes: "edm-recipes",
    publishing: "edm-publishing",
    private: "edm-private",
};
/**
 * The store source an input reads, or undefined when it reads lifecycle's own ingest store. An
 * input without `source` is dcpy's default, edm.recipes.datasets; that one reads the `recipes`
 * store only for a dataset no template of this repo writes, and only when lifecycle.yml names
 * that store. (Inputs that are another product of this repo are decided before this.)
 */
function storeSourceFor(source, hasTemplate, stores) {
    const type = source ?? "edm.recipes.datasets";
    if (!(0,layouts/* isStoreSource */.zG)(type))
        return undefined;
    if (type !== "edm.recipes.datasets")
        return type;
    return !hasTemplate && stores?.recipes !== undefined ? type : undefined;
}
/** The team's other stores, opened on first use; each resolution made once per instance. */
class StoreSources {
    settings;
    root;
    env;
    readers = new Map();
    resolved = new Map();
    constructor(settings, root, env) {
        this.settings = settings;
        this.root = root;
        this.env = env;
    }
    /** The reader of the store `source` reads; a StoreInputError when lifecycle.yml names none. */
    reader(source) {
        const name = layouts/* STORE_SOURCES */.Nb[source];
        const setting = this.settings.stores?.[name];
        if (setting === undefined)
            throw new layouts/* StoreInputError */.Mj(`source ${source} reads the team's ${name} store (dcpy's ${DCPY_BUCKETS[name]} bucket), which lifecycle.yml does not name: add \`stores: { ${name}: s3://<bucket>/<prefix> }\` (or a directory) to lifecycle.yml`);
        let reader = this.readers.get(name);
        if (!reader) {
            reader = cachingReader(openSourceStore(setting, {
                root: this.root,
                env: this.env,
                s3: this.settings.s3,
                store: this.settings.store,
                what: `stores.${name}`,
            }));
            this.readers.set(name, reader);
        }
        return reader;
    }
    resolve(request) {
        const id = JSON.stringify([
            request.source,
            request.key,
            request.version ?? null,
            request.fileType ?? null,
            request.custom ?? null,
        ]);
        let found = this.resolved.get(id);
        if (!found) {
            found = Promise.resolve().then(() => resolveStoreInput(this.reader(request.source), request));
            this.resolved.set(id, found);
        }
        return found;
    }
}


/***/ }),

/***/ 47232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EL: () => (/* binding */ copyTree),
/* harmony export */   Iy: () => (/* binding */ refuseSpecialFile),
/* harmony export */   LG: () => (/* binding */ describeFiles),
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   ZU: () => (/* binding */ openRegularFile),
/* harmony export */   fZ: () => (/* binding */ treeDigest),
/* harmony export */   t2: () => (/* binding */ exists)
/* harmony export */ });
/* unused harmony exports specialKind, listFiles */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/** What a special file is, in words; undefined for regular files, folders and links. */
function specialKind(entry) {
    if (entry.isFIFO())
        return "FIFO (named pipe)";
    if (entry.isSocket())
        return "socket";
    if (entry.isBlockDevice())
        return "block device";
    if (entry.isCharacterDevice())
        return "character device";
    return undefined;
}
/** Throws for a FIFO, socket or device: reading one can block for ever or never end. */
function refuseSpecialFile(absolute, entry) {
    const kind = specialKind(entry);
    if (kind === undefined)
        return;
    throw new Error(`special file not allowed: ${absolute} is a ${kind}; a stage's files must be regular files or folders`);
}
/**
 * Open a file for reading without ever blocking: O_NONBLOCK makes opening a FIFO return at once,
 * and the opened file is checked to be a regular one (it may have changed since it was listed).
 */
async function openRegularFile(file) {
    const handle = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().open(file, (node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().constants).O_RDONLY | (node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().constants).O_NONBLOCK);
    try {
        const stat = await handle.stat();
        refuseSpecialFile(file, stat);
        if (!stat.isFile())
            throw new Error(`not a regular file: ${file}`);
        return handle;
    }
    catch (error) {
        await handle.close();
        throw error;
    }
}
/**
 * Every regular file under `dir`, sorted by path. Symbolic links are refused: they could point
 * anywhere; so are FIFOs, sockets and devices.
 */
async function listFiles(dir, options = {}) {
    const found = [];
    async function walk(relative) {
        const entries = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().readdir(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, relative), { withFileTypes: true });
        for (const entry of entries) {
            const child = relative === "" ? entry.name : `${relative}/${entry.name}`;
            if (options.skip?.(child))
                continue;
            if (entry.isDirectory())
                await walk(child);
            else if (entry.isFile())
                found.push(child);
            else if (entry.isSymbolicLink())
                throw new Error(`symbolic link not allowed: ${node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, child)}`);
            else
                refuseSpecialFile(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, child), entry);
        }
    }
    await walk("");
    return found.sort();
}
async function sha256File(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256");
    const handle = await openRegularFile(file);
    try {
        for await (const chunk of handle.createReadStream({ autoClose: false }))
            hash.update(chunk);
    }
    finally {
        await handle.close();
    }
    return hash.digest("hex");
}
/** Size and sha256 of every file under `dir`. */
async function describeFiles(dir, options = {}) {
    const entries = [];
    for (const relative of await listFiles(dir, options)) {
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, ...relative.split("/"));
        const stat = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().stat(absolute);
        entries.push({ path: relative, bytes: stat.size, sha256: await sha256File(absolute) });
    }
    return entries;
}
/**
 * Copy a directory tree. Files are cloned where the filesystem supports it (copy-on-write) and
 * copied otherwise: never hard-linked, so writing to the copy can never change the source.
 */
async function copyTree(from, to) {
    const files = await listFiles(from);
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().mkdir(to, { recursive: true });
    for (const relative of files) {
        const target = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(to, ...relative.split("/"));
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().mkdir(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), { recursive: true });
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().copyFile(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(from, ...relative.split("/")), target, (node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().constants).COPYFILE_FICLONE);
    }
    return files;
}
/** A digest of a directory's file names and contents, for fingerprints; undefined when it does not exist. */
async function treeDigest(dir, skip) {
    try {
        if (!(await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().stat(dir)).isDirectory())
            return undefined;
    }
    catch {
        return undefined;
    }
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256");
    for (const entry of await describeFiles(dir, skip ? { skip } : {}))
        hash.update(`${entry.path}\0${entry.sha256}\n`);
    return hash.digest("hex");
}
async function exists(file) {
    try {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().stat(file);
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 14024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N9: () => (/* binding */ timing),
/* harmony export */   kF: () => (/* binding */ readTimings),
/* harmony export */   nW: () => (/* binding */ writeStageRecord),
/* harmony export */   rS: () => (/* binding */ STAGE_RECORD)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26921);



/** Every stage writes `stage.json`: its own timing plus those of the stages before it, carried forward. */
const STAGE_RECORD = "stage.json";
const TimingSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    stage: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    runId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    startedAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    finishedAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
});
const StageRecordSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ timings: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(TimingSchema) });
/** The timings recorded in an upstream stage's output; empty when it has none or it is unreadable. */
async function readTimings(stageDir) {
    try {
        const text = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(stageDir, STAGE_RECORD), "utf8");
        const parsed = StageRecordSchema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data.timings : [];
    }
    catch {
        return [];
    }
}
function timing(stage, runId, started, finished = new Date()) {
    return {
        stage,
        runId,
        startedAt: started.toISOString(),
        finishedAt: finished.toISOString(),
        durationMs: finished.getTime() - started.getTime(),
    };
}
async function writeStageRecord(outDir, timings) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().writeFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(outDir, STAGE_RECORD), `${JSON.stringify({ timings }, null, 2)}\n`);
}


/***/ }),

/***/ 54226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ bumpVersion),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   a1: () => (/* binding */ ingestContentDigest),
/* harmony export */   hK: () => (/* binding */ availableVersions),
/* harmony export */   kU: () => (/* binding */ firstOfMonth),
/* harmony export */   kh: () => (/* binding */ isoDay)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _config_settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54661);




/**
 * Orders dataset versions oldest first with a natural sort: each version is split into runs of
 * digits and runs of other characters; digit runs compare as numbers, other runs as text, and a
 * version that is a prefix of another is older. So `20240105 < 20240524`, `24v4 < 24v10`,
 * `2025.1.9 < 2025.1.10`, `2024-01-31 < 2024-02-01`. Suffixes such as `-rc1` are not special.
 */
function compareVersions(a, b) {
    const left = versionParts(a);
    const right = versionParts(b);
    for (let i = 0; i < Math.min(left.length, right.length); i++) {
        const order = compareParts(left[i] ?? "", right[i] ?? "");
        if (order !== 0)
            return order;
    }
    return left.length - right.length || (a < b ? -1 : a > b ? 1 : 0);
}
function versionParts(version) {
    return version.match(/\d+|\D+/g) ?? [];
}
function compareParts(a, b) {
    const aDigits = /^\d/.test(a);
    const bDigits = /^\d/.test(b);
    if (aDigits && bDigits) {
        const diff = BigInt(a) - BigInt(b);
        return diff === 0n ? 0 : diff < 0n ? -1 : 1;
    }
    if (aDigits !== bDigits)
        return aDigits ? 1 : -1;
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * The versions of a dataset present in the ingest store, oldest first. A version is a directory
 * under the dataset's directory that holds the ingest's `config.json`; anything else is ignored.
 */
async function availableVersions(datasetDir) {
    let entries;
    try {
        entries = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().readdir(datasetDir);
    }
    catch (error) {
        if ((0,_config_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .isNotFound */ .c4)(error))
            return [];
        throw error;
    }
    const versions = [];
    for (const entry of entries) {
        if (await isFile(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(datasetDir, entry, "config.json")))
            versions.push(decodeSegment(entry));
    }
    return versions.sort(compareVersions);
}
/** Directory names are `safeSegment(version)`; turn the percent escapes back into the version. */
function decodeSegment(segment) {
    try {
        return decodeURIComponent(segment);
    }
    catch {
        return segment;
    }
}
async function isFile(file) {
    try {
        return (await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().stat(file)).isFile();
    }
    catch {
        return false;
    }
}
const CAPITAL_RELEASES = ["prelim", "exec", "adopt"];
const FORMATS = "24v2, 24v2.1, 24v2.1.3, FY2026, 24Q3, 24Q3.1, 2024-06, 2024-06.1, 2024-06-01, 2024-06-01.1, 26exec, 26exec.1";
/**
 * The version after `previous`, as dcpy's `bump_latest_release` computes it: `24v2` becomes `24v3`
 * (major or no type), `24v2.1` (minor), `24v2.0.1` (patch); `24Q3` becomes `24Q4`; `2024-06`
 * becomes `2024-07`; `FY2026` becomes `FY2027`; `26prelim` becomes `26exec`, then `26adopt`, then
 * `27prelim`; a `.N` patch is bumped by `patch`. Throws an Error naming the formats it knows.
 */
function bumpVersion(previous, type, by = 1) {
    const parsed = parseReleaseVersion(previous);
    if (parsed === undefined)
        throw new Error(`cannot bump version "${previous}": expected one of ${FORMATS}`);
    const bumped = bumpParsed(parsed, type, by);
    if (bumped === undefined)
        throw new Error(`cannot bump version "${previous}" by version_type ${type ?? "(none)"}`);
    return versionLabel(bumped);
}
function parseReleaseVersion(v) {
    const n = (text) => (text === undefined ? 0 : Number(text));
    let m = /^(\d{2})v(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(v);
    if (m)
        return { kind: "major_minor", year: n(m[1]), major: n(m[2]), minor: n(m[3]), patch: n(m[4]) };
    m = /^FY(\d{4})$/.exec(v);
    if (m)
        return { kind: "fiscal_year", date: utcDate(n(m[1]), 1, 1), patch: 0 };
    m = /^(\d{2})Q([1-4])(?:\.(\d+))?$/.exec(v);
    if (m)
        return { kind: "quarter", date: utcDate(2000 + n(m[1]), n(m[2]) * 3 - 2, 1), patch: n(m[3]) };
    m = /^(\d{4})-(\d{2})-(\d{2})(?:\.(\d+))?$/.exec(v);
    if (m)
        return { kind: "date", date: utcDate(n(m[1]), n(m[2]), n(m[3])), patch: n(m[4]) };
    m = /^(\d{4})-(\d{2})(?:\.(\d+))?$/.exec(v);
    if (m)
        return { kind: "month", date: utcDate(n(m[1]), n(m[2]), 1), patch: n(m[3]) };
    m = /^(\d{2})(prelim|exec|adopt)(?:\.(\d+))?$/.exec(v);
    if (m) {
        const release = CAPITAL_RELEASES.findIndex((name) => name === m?.[2]);
        return { kind: "capital_budget", year: n(m[1]), release, patch: n(m[3]) };
    }
    return undefined;
}
function bumpParsed(v, type, by) {
    if (v.kind === "major_minor") {
        if (type === "minor")
            return { ...v, minor: v.minor + by, patch: 0 };
        if (type === "patch")
            return { ...v, patch: v.patch + by };
        return { ...v, major: v.major + by, minor: 0, patch: 0 };
    }
    if (type === "patch")
        return v.kind === "fiscal_year" ? undefined : { ...v, patch: v.patch + by };
    if (type !== undefined)
        return undefined;
    switch (v.kind) {
        case "capital_budget": {
            const total = v.release + by;
            return { ...v, year: v.year + Math.floor(total / 3), release: total % 3, patch: 0 };
        }
        case "fiscal_year":
            return { ...v, date: addMonths(v.date, 12 * by) };
        case "quarter":
            return { ...v, date: addMonths(v.date, 3 * by), patch: 0 };
        case "month":
            return { ...v, date: addMonths(v.date, by), patch: 0 };
        case "date":
            return undefined; // dcpy: a date version is bumped only by patch
    }
}
function versionLabel(v) {
    const patch = v.patch === 0 ? "" : `.${v.patch}`;
    switch (v.kind) {
        case "major_minor":
            if (v.minor === 0 && v.patch === 0)
                return `${pad(v.year)}v${v.major}`;
            return `${pad(v.year)}v${v.major}.${v.minor}${patch}`;
        case "capital_budget":
            return `${pad(v.year)}${CAPITAL_RELEASES[v.release] ?? ""}${patch}`;
        case "fiscal_year":
            return `FY${v.date.getUTCFullYear()}`;
        case "quarter":
            return `${pad(v.date.getUTCFullYear() % 100)}Q${Math.floor(v.date.getUTCMonth() / 3) + 1}${patch}`;
        case "month":
            return `${isoDay(v.date).slice(0, 7)}${patch}`;
        case "date":
            return `${isoDay(v.date)}${patch}`;
    }
}
/** `YYYY-MM-DD` of `date` in UTC (the `today` version strategy). */
function isoDay(date) {
    return date.toISOString().slice(0, 10);
}
/** `YYYY-MM-01` of `date` in UTC (the `first_of_month` version strategy). */
function firstOfMonth(date) {
    return `${isoDay(date).slice(0, 7)}-01`;
}
function utcDate(year, month, day) {
    return new Date(Date.UTC(year, month - 1, day));
}
function addMonths(date, months) {
    return utcDate(date.getUTCFullYear(), date.getUTCMonth() + 1 + months, date.getUTCDate());
}
function pad(n) {
    return String(n).padStart(2, "0");
}
/** Fields of an ingest's config.json that change on every run, whatever the data. */
const VOLATILE_INGEST_FIELDS = new Set(["when", "durationMs", "runId", "start", "end"]);
/**
 * The digest of what an ingested version holds: its config.json without the fields that change on
 * every run (when, durations), so re-ingesting the same content leaves dependants up to date,
 * while new data (the raw file's sha256, rows, columns) or other steps change it.
 */
async function ingestContentDigest(configFile) {
    const text = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().readFile(configFile, "utf8");
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(text).digest("hex");
    }
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256")
        .update(JSON.stringify(withoutVolatile(value)))
        .digest("hex");
}
function withoutVolatile(value) {
    if (Array.isArray(value))
        return value.map(withoutVolatile);
    if (typeof value !== "object" || value === null)
        return value;
    return Object.fromEntries(Object.entries(value)
        .filter(([key]) => !VOLATILE_INGEST_FIELDS.has(key))
        .map(([key, inner]) => [key, withoutVolatile(inner)]));
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

//# sourceMappingURL=3467.index.js.map