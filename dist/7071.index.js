export const id = 7071;
export const ids = [7071];
export const modules = {

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AN: () => (/* binding */ formatFlag),
/* harmony export */   Fi: () => (/* binding */ expectNoArguments),
/* harmony export */   bQ: () => (/* binding */ parseFlags)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26921);
/* harmony import */ var _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27135);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);



/** Validate a command's flags with a zod schema; failures become usage errors naming the flag. */
function parseFlags(schema, flags) {
    const result = schema.safeParse(flags);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    const flag = issue?.path[0];
    const received = typeof flag === "string" ? flags[flag] : undefined;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--${String(flag)}: ${issue ? (0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .describeIssue */ .n6)(issue) : "is not valid"} (received ${JSON.stringify(received)})`);
}
const formatFlag = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(["text", "json", "github"]).default("text");
/** For commands that take flags only: a stray argument is a usage error, with a hint. */
function expectNoArguments(context, command, hint = "") {
    if (context.positionals.length === 0)
        return;
    const received = JSON.stringify(context.positionals.join(" "));
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${command} takes no arguments (received ${received})${hint}`);
}


/***/ }),

/***/ 47721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ingestCommand: () => (/* binding */ ingestCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(26921);
/* harmony import */ var _config_project_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93879);
/* harmony import */ var _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(27135);
/* harmony import */ var _config_settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54661);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _engine_fingerprint_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(30178);
/* harmony import */ var _engine_plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(30955);
/* harmony import */ var _graph_graph_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1924);
/* harmony import */ var _ingest_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(82847);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3567);
/* harmony import */ var _lock_timeout_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(91789);
/* harmony import */ var _open_store_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(54992);













const FlagsSchema = zod__WEBPACK_IMPORTED_MODULE_11__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_11__/* .string */ .YjP().min(1).optional(),
    mode: zod__WEBPACK_IMPORTED_MODULE_11__/* .string */ .YjP().min(1).optional(),
    csv: zod__WEBPACK_IMPORTED_MODULE_11__/* .boolean */ .zMY().default(false),
    quiet: zod__WEBPACK_IMPORTED_MODULE_11__/* .boolean */ .zMY().default(false),
    geometry: _config_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .GeometryFormatSchema */ .Lb.optional(),
    "lock-timeout": _lock_timeout_js__WEBPACK_IMPORTED_MODULE_9__/* .lockTimeoutFlag */ .r2,
});
const ingestCommand = {
    name: "ingest",
    usage: "<template> [--version V] [--mode M] [--csv] [--geometry geojson|wkt] [--quiet] [--lock-timeout S]",
    details: `Arguments:
  <template>     an ingest template (ingest_templates/<template>.yml), or one dataset of a
                 data-source template (its datasets: id)
Options:
  --version V    dataset version (default: the source's last update date for Socrata and ArcGIS,
                 else today's date as YYYYMMDD, UTC)
  --mode M       also run the processing steps marked "mode: M"
  --csv          also write <id>.csv beside <id>.parquet
  --geometry F   write built geometry as geojson or wkt text (default: geometry_format in
                 lifecycle.yml, else geojson)
  --quiet        print only the result line
${(0,_lock_timeout_js__WEBPACK_IMPORTED_MODULE_9__/* .lockTimeoutHelp */ .ep)(17)}
Writes <store>/ingest/datasets/<id>/<version>/: <id>.parquet, raw/<file>, config.json, and
appends the run's record (asset ingest.<id>, partition = version) to the store's events
(--store: a directory or s3://bucket/prefix; an S3 store gets the version all at once).
Templates lifecycle cannot run go to ingest_command from lifecycle.yml (see docs/ingest.md).
Exit codes: 0 ingested, 1 the ingest failed (download, data, steps, columns), 2 bad usage or configuration,
or the store is in use by another run.`,
    options: {
        version: { type: "string" },
        mode: { type: "string" },
        csv: { type: "boolean" },
        geometry: { type: "string" },
        quiet: { type: "boolean" },
        ..._lock_timeout_js__WEBPACK_IMPORTED_MODULE_9__/* .lockTimeoutOption */ .iU,
    },
    async run(context) {
        const flags = (0,_command_js__WEBPACK_IMPORTED_MODULE_8__/* .parseFlags */ .bQ)(FlagsSchema, context.flags);
        const [templateId, ...extra] = context.positionals;
        if (templateId === undefined || extra.length > 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`ingest takes exactly one template id (received ${JSON.stringify(context.positionals)})`);
        }
        const { project, warnings } = await (0,_config_project_js__WEBPACK_IMPORTED_MODULE_1__/* .loadProjectOrThrow */ .xI)(context.root);
        if (warnings.length > 0 && !flags.quiet)
            context.stderr.write(`${(0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_12__/* .formatDiagnostics */ .oO)(warnings, "text")}\n`);
        const lockTimeout = flags["lock-timeout"];
        // S3: only the pointers are read (a re-ingested version is committed conditionally on them).
        const ingestIn = (store) => (0,_open_store_js__WEBPACK_IMPORTED_MODULE_10__/* .withStoreWriteLock */ .O)(context, store, `ingest ${templateId}`, lockTimeout, (runId) => ingestRecorded(store, runId, {
            project,
            layout: store.layout,
            templateId,
            ...(flags.version ? { version: flags.version } : {}),
            ...(flags.mode ? { mode: flags.mode } : {}),
            csv: flags.csv,
            ...(flags.geometry ? { geometryFormat: flags.geometry } : {}),
            signal: context.signal,
            env: context.env,
            log: flags.quiet ? () => { } : (line) => context.stderr.write(`${line}\n`),
        }));
        const { result, where } = await (0,_open_store_js__WEBPACK_IMPORTED_MODULE_10__/* .withOpenStore */ .y)(context, {}, async (store) => ({
            result: await ingestIn(store),
            where: (dir) => storeLocation(store, dir),
        }));
        for (const dataset of result.datasets) {
            const rows = typeof dataset.metadata.rows === "number" ? `${dataset.metadata.rows} rows, ` : "";
            context.stdout.write(`ingested ${dataset.id} ${result.version}: ${rows}${where(dataset.dir)}\n`);
        }
        return 0;
    },
};
/**
 * Ingest and append the record `lifecycle materialize` writes for an `ingest.<id>` asset: the
 * version as partition, config.json as metadata; a failure (not bad usage) with its error.
 */
async function ingestRecorded(store, runId, options) {
    const start = new Date();
    const base = { asset: (0,_graph_graph_js__WEBPACK_IMPORTED_MODULE_6__/* .ingestAssetId */ .YK)(options.templateId), runId };
    const times = () => {
        const end = new Date();
        return { start: start.toISOString(), end: end.toISOString(), durationMs: +end - +start };
    };
    let result;
    try {
        result = await (0,_ingest_index_js__WEBPACK_IMPORTED_MODULE_7__.ingestDataset)(options);
    }
    catch (error) {
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb)
            throw error;
        const aborted = options.signal?.aborted === true;
        const record = {
            ...base,
            partition: options.version ?? _engine_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .AUTO_VERSION */ .jP,
            status: aborted ? "cancelled" : "failed",
            ...times(),
            fingerprint: "",
            metadata: {},
            error: aborted ? `cancelled: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(options.signal?.reason)}` : (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error),
        };
        // The ingest's own error is the one to report, even when the record cannot be written.
        await store.events
            .append([record])
            .catch((recordError) => options.log?.(`could not record the failure in ${store.url}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(recordError)}`));
        throw error;
    }
    // One record per dataset written (a data-source template writes several from one download).
    const written = times();
    const records = result.datasets.map((dataset) => ({
        asset: (0,_graph_graph_js__WEBPACK_IMPORTED_MODULE_6__/* .ingestAssetId */ .YK)(dataset.id),
        runId,
        partition: result.version,
        status: "success",
        ...written,
        fingerprint: (0,_engine_fingerprint_js__WEBPACK_IMPORTED_MODULE_4__/* .ingestFingerprint */ .dX)(dataset.id, result.version, dataset.metadata),
        metadata: dataset.metadata,
    }));
    await store.commitDatasets(runId);
    await store.events.append(records);
    return result;
}
/** Where a written dataset lives: its directory in a local store, its s3:// unit otherwise. */
function storeLocation(store, dir) {
    if (store.kind === "local")
        return dir;
    const unit = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(store.layout.root, dir).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join("/");
    return `${store.url.replace(/\/+$/, "")}/${unit}`;
}


/***/ }),

/***/ 91789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ commandLock),
/* harmony export */   ep: () => (/* binding */ lockTimeoutHelp),
/* harmony export */   iU: () => (/* binding */ lockTimeoutOption),
/* harmony export */   r2: () => (/* binding */ lockTimeoutFlag)
/* harmony export */ });
/* unused harmony export withCommandLock */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26921);
/* harmony import */ var _store_events_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18372);
/* harmony import */ var _store_lock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35074);



/** `--lock-timeout SECONDS` of the commands that write the store (zod, for a command's flag schema). */
const lockTimeoutFlag = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .regex(/^\d+(\.\d+)?$/, { message: "expected a number of seconds, 0 or more" })
    .transform(Number)
    .optional();
const lockTimeoutOption = { "lock-timeout": { type: "string" } };
/** The help lines of `--lock-timeout`, descriptions starting at `column` like the command's others. */
function lockTimeoutHelp(column) {
    const label = "  --lock-timeout S";
    const pad = " ".repeat(column);
    const first = label.length < column ? label.padEnd(column) : `${label}\n${pad}`;
    return `${first}if another lifecycle run is writing the store, wait up to S seconds
${pad}for it (default 0: fail at once, exit code 2, naming the other run)`;
}
/** How a CLI command holds the store lock: named after the command, messages to stderr. */
function commandLock(context, command, timeoutSeconds) {
    return {
        command,
        timeoutSeconds,
        log: (line) => context.stderr.write(`lifecycle: ${line}\n`),
    };
}
/** Run `use` holding the store lock, for commands that write the store outside `materialize`. */
function withCommandLock(context, command, timeoutSeconds, use) {
    const runId = newRunId();
    const settings = commandLock(context, command, timeoutSeconds);
    return withStoreLock({ ...settings, store: context.store, runId, signal: context.signal }, () => use(runId));
}


/***/ }),

/***/ 54992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ withStoreWriteLock),
/* harmony export */   y: () => (/* binding */ withOpenStore)
/* harmony export */ });
/* harmony import */ var _store_events_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18372);
/* harmony import */ var _store_lock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35074);
/* harmony import */ var _store_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81644);
/* harmony import */ var _lock_timeout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91789);




/**
 * Open the command's store (`--store`: a directory or s3://), run `use`, then close it: for S3
 * that publishes partition changes and drops the private working directory. Only the units
 * `only` accepts are downloaded; the pointers of all of them are read, so a commit of any unit is
 * conditional on the state the command started from.
 */
async function withOpenStore(context, options, use) {
    const store = await (0,_store_store_js__WEBPACK_IMPORTED_MODULE_2__/* .openStore */ .Ch)(context.store, {
        root: context.root,
        env: context.env,
        only: options.only ?? (() => false),
    });
    try {
        return await use(store);
    }
    finally {
        await store.close();
    }
}
/**
 * `use` holding the lock of the store's working directory, for commands that write the store
 * outside `materialize`. A local store is its own working directory, so this is the store lock;
 * an S3 store's is private to this run (its units are committed conditionally instead).
 */
function withStoreWriteLock(context, store, command, timeoutSeconds, use) {
    const runId = (0,_store_events_js__WEBPACK_IMPORTED_MODULE_0__/* .newRunId */ .F$)();
    const settings = (0,_lock_timeout_js__WEBPACK_IMPORTED_MODULE_3__/* .commandLock */ .$d)(context, command, timeoutSeconds);
    return (0,_store_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .withStoreLock */ .rX)({ ...settings, store: store.layout.root, runId, signal: context.signal }, () => use(runId));
}


/***/ }),

/***/ 63399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cy: () => (/* binding */ parseDynamicKey),
/* harmony export */   Ul: () => (/* binding */ isStarterNote),
/* harmony export */   fD: () => (/* binding */ validateIngestVersion),
/* harmony export */   jD: () => (/* binding */ DEFAULT_VERSION),
/* harmony export */   mv: () => (/* binding */ STARTER_NOTES),
/* harmony export */   si: () => (/* binding */ validatePartitionKey)
/* harmony export */ });
/* unused harmony exports KEY_MAX_LENGTH, VERSION_MAX_LENGTH, validateVersion, formatDynamicKey */
/* harmony import */ var _config_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86234);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5891);



/** The longest file name most filesystems take (ext4, APFS, NTFS: 255). */
const FOLDER_NAME_MAX = 255;
const KEY_MAX_LENGTH = 200;
const VERSION_MAX_LENGTH = 100;
/** Starter partitions every product has; their key is the note itself. */
const STARTER_NOTES = ["main", "nightly_qa"];
/** Version of a starter partition when the product declares no `version`. */
const DEFAULT_VERSION = "latest";
const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._=+:-]*$/;
const VERSION_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._+=-]*$/;
const NOTE_PATTERN = /^[A-Za-z0-9._]+$/;
const KEY_SHAPE = "1-200 characters from A-Z a-z 0-9 . _ - = + : starting with a letter or digit, without '..', '/' or '\\'";
const VERSION_SHAPE = "1-100 characters from A-Z a-z 0-9 . _ - = + starting with a letter or digit, without '..', '/' or '\\'";
const DYNAMIC_SHAPE = "<version>-<note>, e.g. 2025.1.1-2_ar_build (the note follows the last dash: A-Z a-z 0-9 . _), or a starter: main, nightly_qa";
function problem(value, maxLength, pattern) {
    if (value.length === 0)
        return "is empty";
    if (value.length > maxLength)
        return `is ${value.length} characters long`;
    if (value.includes("/") || value.includes("\\"))
        return "contains a path separator";
    if (value.includes(".."))
        return `contains ".."`;
    if (!pattern.test(value))
        return "contains a character that is not allowed or starts with one";
    const folder = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .safeSegment */ .LX)(value).length;
    if (folder > FOLDER_NAME_MAX)
        return `is ${folder} characters long as a store folder name (":" is written %3A), more than ${FOLDER_NAME_MAX}`;
    if ((0,_config_names_js__WEBPACK_IMPORTED_MODULE_2__/* .isReservedDeviceName */ .Aj)(value))
        return `is a reserved device name on Windows; it must be ${_config_names_js__WEBPACK_IMPORTED_MODULE_2__/* .RESERVED_NAMES_RULE */ .t0}`;
    return undefined;
}
/** Throws a UsageError unless `key` is a valid partition key of any scheme. */
function validatePartitionKey(key, what = "partition key") {
    const bad = problem(key, KEY_MAX_LENGTH, KEY_PATTERN);
    if (bad)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what} ${JSON.stringify(key)} ${bad}; expected ${KEY_SHAPE}`);
    return key;
}
/** Throws a UsageError unless `version` is a valid ingest dataset version or product version. */
function validateVersion(version, what = "version") {
    const bad = problem(version, VERSION_MAX_LENGTH, VERSION_PATTERN);
    if (bad)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what} ${JSON.stringify(version)} ${bad}; expected ${VERSION_SHAPE}`);
    return version;
}
/** Ingest partitions are dataset version strings. */
function validateIngestVersion(version) {
    return validateVersion(version, "ingest version");
}
function isStarterNote(key) {
    return STARTER_NOTES.includes(key);
}
/**
 * Parse a dynamic partition key. `<version>-<note>`: the note is what follows the last dash, the
 * version is the text before it. A starter (`main`, `nightly_qa`) takes the product's version.
 */
function parseDynamicKey(key, productVersion) {
    const fail = (why) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`dynamic partition key ${JSON.stringify(key)} ${why}; expected ${DYNAMIC_SHAPE}`);
    if (isStarterNote(key)) {
        return { key, version: productVersion ?? DEFAULT_VERSION, note: key };
    }
    const bad = problem(key, KEY_MAX_LENGTH, VERSION_PATTERN);
    if (bad)
        throw fail(bad);
    const dash = key.lastIndexOf("-");
    if (dash <= 0)
        throw fail("has no dash between a version and a note");
    const version = key.slice(0, dash);
    const note = key.slice(dash + 1);
    if (note.length === 0)
        throw fail("has an empty note after the last dash");
    if (!NOTE_PATTERN.test(note))
        throw fail(`has a note ${JSON.stringify(note)} with characters not allowed`);
    if (!VERSION_PATTERN.test(version))
        throw fail(`has a version ${JSON.stringify(version)} that is not allowed`);
    return { key, version, note };
}
function formatDynamicKey(version, note) {
    return parseDynamicKey(`${version}-${note}`).key;
}


/***/ })

};

//# sourceMappingURL=7071.index.js.map