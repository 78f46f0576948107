export const id = 9702;
export const ids = [9702];
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

/***/ 89702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   partitionsCommand: () => (/* binding */ partitionsCommand),
/* harmony export */   pipelineCommand: () => (/* binding */ pipelineCommand)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(26921);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _partitions_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63399);
/* harmony import */ var _partitions_pipelines_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94077);
/* harmony import */ var _partitions_project_products_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93191);
/* harmony import */ var _partitions_registry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26976);
/* harmony import */ var _partitions_resolve_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9388);
/* harmony import */ var _partitions_schemes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14847);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3567);
/* harmony import */ var _lock_timeout_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(91789);
/* harmony import */ var _open_store_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(54992);











const FlagsSchema = zod__WEBPACK_IMPORTED_MODULE_10__/* .object */ .Ikc({
    format: zod__WEBPACK_IMPORTED_MODULE_10__/* ["enum"] */ .k5n(["text", "json"]).default("text"),
    now: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP()
        .refine((v) => !Number.isNaN(Date.parse(v)), { message: "expected an ISO 8601 time" })
        .transform((v) => new Date(v))
        .optional(),
    "lock-timeout": _lock_timeout_js__WEBPACK_IMPORTED_MODULE_8__/* .lockTimeoutFlag */ .r2,
});
const SUBCOMMANDS = ["list", "add", "remove", "expand"];
function args(context) {
    const [sub, product, ...rest] = context.positionals;
    const allowed = SUBCOMMANDS;
    if (sub === undefined || !allowed.includes(sub)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`expected a subcommand: ${SUBCOMMANDS.join(", ")} (received ${JSON.stringify(sub ?? "")})`);
    }
    if (product === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`partitions ${sub}: give a product id`);
    return { sub: SUBCOMMANDS.find((s) => s === sub) ?? "list", product, rest };
}
function oneKey(sub, rest) {
    if (rest.length !== 1 || rest[0] === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`partitions ${sub}: give exactly one key`);
    return rest[0];
}
function formatRuns(partitions) {
    const lines = partitions.map((p) => {
        const extra = Object.entries(p.dimensions)
            .map(([k, v]) => `${k}=${v}`)
            .join(" ");
        return `${p.key}\t${extra}`;
    });
    return `${lines.join("\n")}\n${partitions.length} partition${partitions.length === 1 ? "" : "s"}\n`;
}
async function list(context, flags, productId) {
    const product = (0,_partitions_project_products_js__WEBPACK_IMPORTED_MODULE_3__/* .findProduct */ .te)(await (0,_partitions_project_products_js__WEBPACK_IMPORTED_MODULE_3__/* .loadPartitionedProducts */ ._6)(context.root), productId);
    const scheme = (0,_partitions_schemes_js__WEBPACK_IMPORTED_MODULE_6__/* .schemeOf */ .dz)(product.partitions, flags.now);
    const added = scheme.kind === "dynamic"
        ? await (0,_open_store_js__WEBPACK_IMPORTED_MODULE_9__/* .withOpenStore */ .y)(context, {}, (store) => (0,_partitions_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .listPartitions */ .AU)(store.layout, product.id))
        : [];
    const partitions = (0,_partitions_resolve_js__WEBPACK_IMPORTED_MODULE_5__/* .resolvePartitions */ .W)(product, "*", {
        known: added.map((p) => p.key),
        now: flags.now,
    });
    if (flags.format === "json") {
        const rows = partitions.map((p) => ({
            ...p,
            added: added.find((a) => a.key === p.key)?.added ?? null,
        }));
        context.stdout.write(`${JSON.stringify({ product: product.id, scheme: scheme.kind, partitions: rows }, null, 2)}\n`);
        return 0;
    }
    const starters = _partitions_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .STARTER_NOTES */ .mv;
    const lines = partitions.map((p) => {
        const when = added.find((a) => a.key === p.key)?.added;
        const origin = starters.includes(p.key) && scheme.kind === "dynamic"
            ? "starter"
            : when
                ? `added ${when}`
                : "declared";
        return `${p.key}\t${origin}`;
    });
    context.stdout.write(`# ${product.id}: ${scheme.kind} partitions\n${lines.join("\n")}\n`);
    return 0;
}
async function change(context, flags, sub, productId, key) {
    const product = (0,_partitions_project_products_js__WEBPACK_IMPORTED_MODULE_3__/* .findProduct */ .te)(await (0,_partitions_project_products_js__WEBPACK_IMPORTED_MODULE_3__/* .loadPartitionedProducts */ ._6)(context.root), productId);
    const kind = (0,_partitions_schemes_js__WEBPACK_IMPORTED_MODULE_6__/* .schemeKindOf */ .VG)(product.partitions);
    if (kind !== "dynamic") {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`product ${product.id} has ${kind} partitions, declared in products.yml; only dynamic partitions are added or removed`);
    }
    // S3: close publishes the one object of this key (concurrent changes of other keys stay).
    const changed = await (0,_open_store_js__WEBPACK_IMPORTED_MODULE_9__/* .withOpenStore */ .y)(context, {}, (store) => (0,_open_store_js__WEBPACK_IMPORTED_MODULE_9__/* .withStoreWriteLock */ .O)(context, store, `partitions ${sub} ${product.id} ${key}`, flags["lock-timeout"], () => sub === "add"
        ? (0,_partitions_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .addPartition */ .YM)(store.layout, product.id, key)
        : (0,_partitions_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .removePartition */ .vD)(store.layout, product.id, key)));
    const verb = sub === "add" ? (changed ? "added" : "already present") : changed ? "removed" : "not present";
    context.stdout.write(`${product.id}: ${key} ${verb}\n`);
    return 0;
}
async function expand(context, flags, productId, rest) {
    const expression = oneKey("expand", rest);
    const product = (0,_partitions_project_products_js__WEBPACK_IMPORTED_MODULE_3__/* .findProduct */ .te)(await (0,_partitions_project_products_js__WEBPACK_IMPORTED_MODULE_3__/* .loadPartitionedProducts */ ._6)(context.root), productId);
    const known = (await (0,_open_store_js__WEBPACK_IMPORTED_MODULE_9__/* .withOpenStore */ .y)(context, {}, (store) => (0,_partitions_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .listPartitions */ .AU)(store.layout, product.id))).map((p) => p.key);
    const partitions = (0,_partitions_resolve_js__WEBPACK_IMPORTED_MODULE_5__/* .resolvePartitions */ .W)(product, expression, { known, now: flags.now });
    context.stdout.write(flags.format === "json"
        ? `${JSON.stringify({ product: product.id, expression, count: partitions.length, partitions }, null, 2)}\n`
        : formatRuns(partitions));
    return 0;
}
const partitionsCommand = {
    name: "partitions",
    usage: "list|add|remove|expand <product> [key|expression] [--format text|json] [--now TIME] [--lock-timeout S]",
    details: `Subcommands:
  list <product>           every partition: starters (main, nightly_qa) and added keys for dynamic
                           products, the declared ones otherwise
  add <product> <key>      add a dynamic key <version>-<note> (stored in <store>/partitions/)
  remove <product> <key>   remove an added dynamic key
  expand <product> <expr>  the partitions an expression stands for, e.g.
                           "universe=mic=XLON,mic=XPAR;date=2025-01-02..2025-01-31"
Options:
  --format F               text (default) or json
  --now TIME               resolve open-ended date windows as of this ISO 8601 time
add and remove write the store, so they take its lock (list and expand only read):
${(0,_lock_timeout_js__WEBPACK_IMPORTED_MODULE_8__/* .lockTimeoutHelp */ .ep)(27)}
See docs/partitions.md for the schemes and the expression grammar.`,
    options: { format: { type: "string" }, now: { type: "string" }, ..._lock_timeout_js__WEBPACK_IMPORTED_MODULE_8__/* .lockTimeoutOption */ .iU },
    async run(context) {
        const flags = (0,_command_js__WEBPACK_IMPORTED_MODULE_7__/* .parseFlags */ .bQ)(FlagsSchema, context.flags);
        const { sub, product, rest } = args(context);
        if (sub === "list") {
            if (rest.length > 0)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb("partitions list takes only a product id");
            return list(context, flags, product);
        }
        if (sub === "expand")
            return expand(context, flags, product, rest);
        return change(context, flags, sub, product, oneKey(sub, rest));
    },
};
const pipelineCommand = {
    name: "pipeline",
    usage: "run <module-file>",
    details: `The build command of every product discovered in pipelines/ (docs/partitions.md).
Reads LIFECYCLE_PARTITION, LIFECYCLE_UNIVERSE, LIFECYCLE_START_DATE, LIFECYCLE_END_DATE,
LIFECYCLE_OUTPUT_DIR and LIFECYCLE_INPUT_DIR.`,
    options: {},
    async run(context) {
        const [sub, file, ...extra] = context.positionals;
        if (sub !== "run" || file === undefined || extra.length > 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb("usage: lifecycle pipeline run <module-file>");
        }
        await (0,_partitions_pipelines_js__WEBPACK_IMPORTED_MODULE_2__/* .runPipelineModule */ .eG)(file, context.env, context.root);
        return 0;
    },
};


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

/***/ 26976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ listPartitions),
/* harmony export */   YM: () => (/* binding */ addPartition),
/* harmony export */   pV: () => (/* binding */ ensurePartition),
/* harmony export */   vD: () => (/* binding */ removePartition)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26921);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _store_atomic_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82892);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63399);





const RegistryFileSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    product: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    partitions: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({ key: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), added: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP() })),
});
// Writers to one file queue behind each other inside this process.
const queues = new Map();
function serialised(file, task) {
    const previous = queues.get(file) ?? Promise.resolve();
    const next = previous.then(task, task);
    queues.set(file, next.catch(() => undefined));
    return next;
}
async function readRegistry(store, product) {
    const file = store.partitionsFile(product);
    let text;
    try {
        text = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readFile(file, "utf8");
    }
    catch (error) {
        if (error.code === "ENOENT")
            return { product, partitions: [] };
        throw error;
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${file}: not valid JSON (${error.message})`);
    }
    const result = RegistryFileSchema.safeParse(parsed);
    if (!result.success)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${file}: ${result.error.issues[0]?.message ?? "invalid"}`);
    return result.data;
}
async function writeRegistry(store, registry) {
    await (0,_store_atomic_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomically */ .lo)(store.partitionsFile(registry.product), `${JSON.stringify(registry, null, 2)}\n`);
}
/** Dynamic partitions added to a product, oldest first (the starters are not stored). */
async function listPartitions(store, product) {
    return (await readRegistry(store, product)).partitions;
}
/** Add a dynamic key; resolves to false when it was already there. */
function addPartition(store, product, key, now = new Date()) {
    (0,_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .validatePartitionKey */ .si)(key);
    (0,_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDynamicKey */ .Cy)(key);
    if ((0,_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .isStarterNote */ .Ul)(key))
        return Promise.resolve(false);
    return serialised(store.partitionsFile(product), async () => {
        const registry = await readRegistry(store, product);
        if (registry.partitions.some((p) => p.key === key))
            return false;
        registry.partitions.push({ key, added: now.toISOString() });
        await writeRegistry(store, registry);
        return true;
    });
}
/** Remove a dynamic key; resolves to false when it was not there. Starters cannot be removed. */
function removePartition(store, product, key) {
    if ((0,_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .isStarterNote */ .Ul)(key))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${key} is a starter partition of every product; it cannot be removed`);
    return serialised(store.partitionsFile(product), async () => {
        const registry = await readRegistry(store, product);
        const kept = registry.partitions.filter((p) => p.key !== key);
        if (kept.length === registry.partitions.length)
            return false;
        await writeRegistry(store, { ...registry, partitions: kept });
        return true;
    });
}
/**
 * Materialising a product with a valid key it does not know yet adds the key. Given a product
 * config, only dynamic products register keys (other schemes declare theirs in products.yml).
 */
async function ensurePartition(store, product, key) {
    if (typeof product === "string") {
        await addPartition(store, product, key);
        return;
    }
    if (product.partitions !== undefined && product.partitions !== "dynamic")
        return;
    await addPartition(store, product.id, key);
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

//# sourceMappingURL=9702.index.js.map