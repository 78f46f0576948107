export const id = 2627;
export const ids = [2627];
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

/***/ 43602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishCommand: () => (/* binding */ publishCommand)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(26921);
/* harmony import */ var _config_project_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93879);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _publish_publish_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86350);
/* harmony import */ var _publish_session_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85535);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3567);
/* harmony import */ var _lock_timeout_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(91789);
/* harmony import */ var _open_store_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(54992);








const FlagsSchema = zod__WEBPACK_IMPORTED_MODULE_7__/* .object */ .Ikc({
    partition: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1).optional(),
    summary: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1).optional(),
    version: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1).optional(),
    "from-draft": zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1).optional(),
    patch: zod__WEBPACK_IMPORTED_MODULE_7__/* .boolean */ .zMY().default(false),
    "no-latest": zod__WEBPACK_IMPORTED_MODULE_7__/* .boolean */ .zMY().default(false),
    "allow-older": zod__WEBPACK_IMPORTED_MODULE_7__/* .boolean */ .zMY().default(false),
    format: zod__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(["text", "json"]).default("text"),
    "lock-timeout": _lock_timeout_js__WEBPACK_IMPORTED_MODULE_5__/* .lockTimeoutFlag */ .r2,
});
const SUBCOMMANDS = ["draft", "release", "latest", "list"];
const isSubcommand = (sub) => SUBCOMMANDS.includes(sub);
const publishCommand = {
    name: "publish",
    usage: "draft|release|list <product> [--partition P] [--version V] [--from-draft R] [--patch] [--no-latest]",
    details: `  draft <product> --partition P [--summary S]
                     copy the partition's package to drafts/<product>/<version>/<revision>/
  release <product> --version V [--from-draft R] [--patch] [--no-latest]
                     publish a draft (default: the version's latest revision) as
                     published/<product>/<V>/ and move published/<product>/latest/ to it.
                     A published version is never overwritten: --patch publishes the next
                     patch version instead (24v2 -> 24v2.0.1); latest never moves backwards
  latest <product> --version V [--allow-older]
                     point latest at a version published already (a publish killed before
                     it moved latest; --allow-older to roll back)
  list <product>     drafts and published versions, and which is latest
${(0,_lock_timeout_js__WEBPACK_IMPORTED_MODULE_5__/* .lockTimeoutHelp */ .ep)(21)}`,
    options: {
        partition: { type: "string" },
        summary: { type: "string" },
        version: { type: "string" },
        "from-draft": { type: "string" },
        patch: { type: "boolean" },
        "no-latest": { type: "boolean" },
        "allow-older": { type: "boolean" },
        format: { type: "string" },
        ..._lock_timeout_js__WEBPACK_IMPORTED_MODULE_5__/* .lockTimeoutOption */ .iU,
    },
    async run(context) {
        const flags = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFlags */ .bQ)(FlagsSchema, context.flags);
        const [sub, product, ...rest] = context.positionals;
        if (!isSubcommand(sub) || product === undefined || rest.length > 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`usage: lifecycle publish ${publishCommand.usage}`);
        const { project } = await (0,_config_project_js__WEBPACK_IMPORTED_MODULE_0__/* .loadProjectOrThrow */ .xI)(context.root);
        if (!project.products.some((p) => p.id === product))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`unknown product ${JSON.stringify(product)}; products: ${project.products.map((p) => p.id).join(", ")}`);
        if (sub === "list")
            return (0,_open_store_js__WEBPACK_IMPORTED_MODULE_6__/* .withOpenStore */ .y)(context, { only: (u) => u === (0,_publish_publish_js__WEBPACK_IMPORTED_MODULE_2__/* .latestUnit */ .ym)(product) }, (store) => list(context, store, product, flags));
        const request = publishRequest(sub, product, flags);
        const outcome = await (0,_open_store_js__WEBPACK_IMPORTED_MODULE_6__/* .withOpenStore */ .y)(context, { only: (0,_publish_session_js__WEBPACK_IMPORTED_MODULE_3__/* .unitsRead */ .y)(request) }, (store) => (0,_open_store_js__WEBPACK_IMPORTED_MODULE_6__/* .withStoreWriteLock */ .O)(context, store, `publish ${sub} ${product}`, flags["lock-timeout"], (runId) => (0,_publish_session_js__WEBPACK_IMPORTED_MODULE_3__/* .runPublish */ .j)(store, runId, request)));
        context.stdout.write(`${outcome.message}\n`);
        return 0;
    },
};
function publishRequest(sub, product, flags) {
    if (sub === "draft") {
        if (!flags.partition)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb("publish draft needs --partition P (the package to promote)");
        return { kind: "draft", product, partition: flags.partition, summary: flags.summary };
    }
    if (!flags.version)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(sub === "release"
            ? "publish release needs --version V (the drafted version)"
            : "publish latest needs --version V (a published version)");
    if (sub === "latest")
        return { kind: "latest", product, version: flags.version, allowOlder: flags["allow-older"] };
    return {
        kind: "release",
        product,
        version: flags.version,
        fromDraft: flags["from-draft"],
        patch: flags.patch,
        latest: !flags["no-latest"],
    };
}
async function list(context, store, product, flags) {
    const versions = await (0,_publish_publish_js__WEBPACK_IMPORTED_MODULE_2__/* .publishedVersions */ .y0)(store, product);
    const latest = (await (0,_publish_publish_js__WEBPACK_IMPORTED_MODULE_2__/* .latestRelease */ .JF)(store.layout, product))?.version;
    const drafts = {};
    for (const v of await (0,_publish_publish_js__WEBPACK_IMPORTED_MODULE_2__/* .draftedVersions */ .eS)(store, product))
        drafts[v] = await (0,_publish_publish_js__WEBPACK_IMPORTED_MODULE_2__/* .draftRevisions */ .UE)(store, product, v);
    if (flags.format === "json") {
        context.stdout.write(`${JSON.stringify({ product, published: versions, latest: latest ?? null, drafts }, null, 2)}\n`);
        return 0;
    }
    const lines = [
        `${product}: latest ${latest ?? "(none)"}`,
        `published: ${versions.join(", ") || "(none)"}`,
    ];
    for (const [v, revisions] of Object.entries(drafts))
        if (revisions.length)
            lines.push(`drafts ${v}: ${revisions.join(", ")}`);
    context.stdout.write(`${lines.join("\n")}\n`);
    return 0;
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

/***/ 85535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ runPublish),
/* harmony export */   y: () => (/* binding */ unitsRead)
/* harmony export */ });
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5891);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86350);


/**
 * The units a request reads, for an object store to materialise (and nothing else): the package
 * for a draft; the version's drafts and `latest` for a release; the version and `latest` to move it.
 */
function unitsRead(request) {
    const latest = (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .latestUnit */ .ym)(request.product);
    if (request.kind === "draft") {
        const names = new _store_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .StoreLayout */ .Eh("");
        const rel = names.stageDir(request.product, request.partition, "package");
        return (unit) => unit === rel;
    }
    if (request.kind === "release") {
        const drafts = `${(0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .draftUnit */ .Sh)(request.product, request.version)}/`;
        return (unit) => unit === latest || unit.startsWith(drafts);
    }
    const version = (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .publishedUnit */ .Vx)(request.product, request.version);
    return (unit) => unit === latest || unit === version;
}
/** Run the request against the store (opened with `unitsRead`) and record it in the store's events. */
async function runPublish(store, runId, request) {
    const started = new Date();
    const outcome = await perform(store, runId, request);
    const record = eventRecord(runId, started, outcome);
    await store.events.append([record]);
    return { ...outcome, record };
}
async function perform(store, runId, request) {
    const target = { store, runId };
    const { product } = request;
    if (request.kind === "draft") {
        const made = await (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .promoteToDraft */ .lo)(target, request);
        return {
            unit: (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .draftUnit */ .Sh)(product, made.version, made.revision),
            version: made.version,
            revision: made.revision,
            asset: `${product}.draft`,
            partition: made.version,
            message: `${product}: ${request.partition} is draft ${made.version}/${made.revision}`,
            metadata: { ...made },
        };
    }
    if (request.kind === "release") {
        const made = await (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .publishRelease */ .Dl)(target, request);
        const latest = request.latest ? ", now latest" : "";
        return {
            unit: (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .publishedUnit */ .Vx)(product, made.version),
            version: made.version,
            revision: made.draft.revision,
            asset: `${product}.release`,
            partition: made.version,
            message: `${product}: published ${made.version} from draft ${made.draft.version}/${made.draft.revision}${latest}`,
            metadata: { ...made, latest: request.latest },
        };
    }
    const made = await (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .moveLatest */ .f0)(target, request);
    return {
        unit: (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .publishedUnit */ .Vx)(product, made.version),
        version: made.version,
        asset: `${product}.release`,
        partition: "latest",
        message: `${product}: latest is ${made.version}`,
        metadata: { product, version: made.version, latest: true },
    };
}
function eventRecord(runId, started, outcome) {
    const end = new Date();
    return {
        asset: outcome.asset,
        partition: outcome.partition,
        status: "success",
        start: started.toISOString(),
        end: end.toISOString(),
        durationMs: end.getTime() - started.getTime(),
        runId,
        fingerprint: "",
        metadata: outcome.metadata,
    };
}


/***/ }),

/***/ 86072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FI: () => (/* binding */ LOCK_FILE),
/* harmony export */   HS: () => (/* binding */ RecipeLockSchema),
/* harmony export */   mF: () => (/* binding */ readLock),
/* harmony export */   wC: () => (/* binding */ renderLock)
/* harmony export */ });
/* unused harmony exports LockedInputSchema, VERSION_SOURCES, LockedVersionSchema */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(26921);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _config_yaml_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98384);
/* harmony import */ var _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(27135);







const LOCK_FILE = "recipe.lock.yml";
const LockedInputSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    dataset: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1),
    version: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1),
    /** What the recipe asked for: a version, or `latest` when find_latest chose it. */
    requested: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    import_as: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1),
    version_env_var: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    file_type: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    /** With `copy_latest_release`: the partition key of the release the version was copied from. */
    copied_from: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    /** An input that is another product's output: that product, and the packaged partition read. */
    product: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    partition: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    /** An input read from one of the team's other stores: its source type, the store, and what was read. */
    source: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    store: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    folder: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    files: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({ key: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), bytes: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(), etag: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP() }))
        .optional(),
});
/** What chose the product version: the key, products.yml, the recipe, or its version_strategy. */
const VERSION_SOURCES = [
    "partition_key",
    "product_version",
    "recipe_version",
    "first_of_month",
    "today",
    "bump_latest_release",
    "pin_to_source_dataset",
    "default",
];
const LockedVersionSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    value: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1),
    strategy: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(VERSION_SOURCES),
    /** bump_latest_release: the release that was bumped. */
    release: zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({ partition: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), version: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP() }).optional(),
    /** bump_latest_release: the recipe's `version_type` and the step. */
    version_type: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(["major", "minor", "patch"]).optional(),
    bump_by: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().positive().optional(),
    /** pin_to_source_dataset: the input whose locked version was taken. */
    dataset: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    /** The newest release older than `value`: `VERSION_PREV`, unless the recipe's vars set it. */
    previous_release: zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({ partition: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), version: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP() }).optional(),
});
const RecipeLockSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    product: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    /** The recipe file relative to the project root; null when the product has none. */
    recipe: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().nullable(),
    partition: zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
        key: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
        version: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
        note: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
        dimensions: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()).optional(),
        env: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()).optional(),
    }),
    /** The product version the build gets, and what chose it (absent in locks of older plans). */
    version: LockedVersionSchema.optional(),
    /** Recipe vars, VERSION (and VERSION_TYPE), recipe env, then product env (later wins). */
    env: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()),
    inputs: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(LockedInputSchema),
});
function renderLock(lock) {
    return `# Written by lifecycle's plan stage: the recipe with every input pinned. Do not edit.\n${(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .stringify */ .As)(lock)}`;
}
/** Read the lock a plan stage wrote into `dir` (possibly on another machine). */
async function readLock(dir, asset, partition) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, LOCK_FILE);
    let text;
    try {
        text = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readFile(file, "utf8");
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .StageFailure */ .BG(`no ${LOCK_FILE} in ${dir}: run the plan stage first`, asset, partition);
    }
    const yaml = (0,_config_yaml_file_js__WEBPACK_IMPORTED_MODULE_4__/* .parseYamlFile */ .BU)(file, text);
    const parsed = yaml.diagnostics.length > 0
        ? { diagnostics: yaml.diagnostics }
        : (0,_config_yaml_file_js__WEBPACK_IMPORTED_MODULE_4__/* .parseWithSchema */ .fe)(yaml, RecipeLockSchema);
    if (parsed.data === undefined) {
        const details = (0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_6__/* .formatDiagnostics */ .oO)(parsed.diagnostics, "text");
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .StageFailure */ .BG(`invalid ${LOCK_FILE}; run the plan stage again:\n${details}`, asset, partition);
    }
    return parsed.data;
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

//# sourceMappingURL=2627.index.js.map