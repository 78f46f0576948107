export const id = 3602;
export const ids = [3602];
export const modules = {

/***/ 43602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishCommand: () => (/* binding */ publishCommand)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(26921);
/* harmony import */ var _config_project_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93879);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _publish_publish_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13456);
/* harmony import */ var _store_events_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18372);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5891);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3567);
/* harmony import */ var _lock_timeout_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(91789);








const FlagsSchema = zod__WEBPACK_IMPORTED_MODULE_7__/* .object */ .Ikc({
    partition: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1).optional(),
    summary: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1).optional(),
    version: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1).optional(),
    "from-draft": zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1).optional(),
    patch: zod__WEBPACK_IMPORTED_MODULE_7__/* .boolean */ .zMY().default(false),
    "no-latest": zod__WEBPACK_IMPORTED_MODULE_7__/* .boolean */ .zMY().default(false),
    "allow-older": zod__WEBPACK_IMPORTED_MODULE_7__/* .boolean */ .zMY().default(false),
    format: zod__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(["text", "json"]).default("text"),
    "lock-timeout": _lock_timeout_js__WEBPACK_IMPORTED_MODULE_6__/* .lockTimeoutFlag */ .r2,
});
const SUBCOMMANDS = ["draft", "release", "latest", "list"];
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
${(0,_lock_timeout_js__WEBPACK_IMPORTED_MODULE_6__/* .lockTimeoutHelp */ .ep)(21)}`,
    options: {
        partition: { type: "string" },
        summary: { type: "string" },
        version: { type: "string" },
        "from-draft": { type: "string" },
        patch: { type: "boolean" },
        "no-latest": { type: "boolean" },
        "allow-older": { type: "boolean" },
        format: { type: "string" },
        ..._lock_timeout_js__WEBPACK_IMPORTED_MODULE_6__/* .lockTimeoutOption */ .iU,
    },
    async run(context) {
        const flags = (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .parseFlags */ .bQ)(FlagsSchema, context.flags);
        const [sub, product, ...rest] = context.positionals;
        if (!SUBCOMMANDS.includes(sub) ||
            product === undefined ||
            rest.length > 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`usage: lifecycle publish ${publishCommand.usage}`);
        const { project } = await (0,_config_project_js__WEBPACK_IMPORTED_MODULE_0__/* .loadProjectOrThrow */ .xI)(context.root);
        if (!project.products.some((p) => p.id === product))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`unknown product ${JSON.stringify(product)}; products: ${project.products.map((p) => p.id).join(", ")}`);
        const layout = new _store_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .StoreLayout */ .Eh(context.store);
        if (sub === "list")
            return list(context, layout, product, flags);
        return (0,_lock_timeout_js__WEBPACK_IMPORTED_MODULE_6__/* .withCommandLock */ .xk)(context, `publish ${sub} ${product}`, flags["lock-timeout"], async (runId) => {
            const started = new Date();
            const outcome = sub === "draft"
                ? await draft(layout, product, flags)
                : sub === "latest"
                    ? await latest(layout, product, flags)
                    : await release(layout, product, flags);
            await (0,_store_events_js__WEBPACK_IMPORTED_MODULE_3__/* .appendEvents */ .Ib)(layout, [record(runId, started, outcome)]);
            context.stdout.write(`${outcome.message}\n`);
            return 0;
        });
    },
};
async function draft(layout, product, flags) {
    if (!flags.partition)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb("publish draft needs --partition P (the package to promote)");
    const made = await (0,_publish_publish_js__WEBPACK_IMPORTED_MODULE_2__/* .promoteToDraft */ .lo)({ layout }, { product, partition: flags.partition, summary: flags.summary });
    return {
        asset: `${product}.draft`,
        partition: made.version,
        message: `${product}: ${flags.partition} is draft ${made.version}/${made.revision}`,
        metadata: { ...made },
    };
}
async function release(layout, product, flags) {
    if (!flags.version)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb("publish release needs --version V (the drafted version)");
    const made = await (0,_publish_publish_js__WEBPACK_IMPORTED_MODULE_2__/* .publishRelease */ .Dl)({ layout }, {
        product,
        version: flags.version,
        fromDraft: flags["from-draft"],
        patch: flags.patch,
        latest: !flags["no-latest"],
    });
    const latest = flags["no-latest"] ? "" : ", now latest";
    return {
        asset: `${product}.release`,
        partition: made.version,
        message: `${product}: published ${made.version} from draft ${made.draft.version}/${made.draft.revision}${latest}`,
        metadata: { ...made, latest: !flags["no-latest"] },
    };
}
async function latest(layout, product, flags) {
    if (!flags.version)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb("publish latest needs --version V (a published version)");
    const made = await (0,_publish_publish_js__WEBPACK_IMPORTED_MODULE_2__/* .moveLatest */ .f0)({ layout }, { product, version: flags.version, allowOlder: flags["allow-older"] });
    return {
        asset: `${product}.release`,
        partition: "latest",
        message: `${product}: latest is ${made.version}`,
        metadata: { product, version: made.version, latest: true },
    };
}
function record(runId, started, outcome) {
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
async function list(context, layout, product, flags) {
    const versions = await (0,_publish_publish_js__WEBPACK_IMPORTED_MODULE_2__/* .publishedVersions */ .y0)(layout, product);
    const latest = (await (0,_publish_publish_js__WEBPACK_IMPORTED_MODULE_2__/* .latestRelease */ .JF)(layout, product))?.version;
    const drafts = {};
    for (const v of await (0,_publish_publish_js__WEBPACK_IMPORTED_MODULE_2__/* .draftedVersions */ .eS)(layout, product))
        drafts[v] = await (0,_publish_publish_js__WEBPACK_IMPORTED_MODULE_2__/* .draftRevisions */ .UE)(layout, product, v);
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
/* harmony export */   r2: () => (/* binding */ lockTimeoutFlag),
/* harmony export */   xk: () => (/* binding */ withCommandLock)
/* harmony export */ });
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
    const runId = (0,_store_events_js__WEBPACK_IMPORTED_MODULE_0__/* .newRunId */ .F$)();
    const settings = commandLock(context, command, timeoutSeconds);
    return (0,_store_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .withStoreLock */ .rX)({ ...settings, store: context.store, runId, signal: context.signal }, () => use(runId));
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

//# sourceMappingURL=3602.index.js.map