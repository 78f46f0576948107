export const id = 2117;
export const ids = [2117];
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

/***/ 2117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  storeCommand: () => (/* binding */ storeCommand),
  summaryLine: () => (/* binding */ summaryLine)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(26921);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/store/events.ts
var events = __webpack_require__(18372);
// EXTERNAL MODULE: ./src/store/lock.ts
var store_lock = __webpack_require__(35074);
// EXTERNAL MODULE: ./src/store/store.ts
var store = __webpack_require__(81644);
// EXTERNAL MODULE: ./src/store/units.ts
var units = __webpack_require__(38898);
;// CONCATENATED MODULE: ./src/store/copy.ts






/**
 * Copy a whole store (units, event records, dynamic partitions) from one URL to another (local
 * or s3://, either way). Resumable: a unit the target already has with the same files (path and
 * sha256) is skipped, and so is every record it already holds, so a copy that was killed is
 * simply run again. Every unit copied is read back from the target and hashed. Not copied: what
 * is not a unit (tmp/, writer.lock, caches).
 */
async function copyStore(from, to, options) {
    const source = await (0,store/* openStore */.Ch)(from, { root: options.root, env: options.env });
    try {
        const target = await (0,store/* openStore */.Ch)(to, { root: options.root, env: options.env, only: () => false });
        try {
            const lock = { store: target.layout.root, command: `store copy`, timeoutSeconds: undefined };
            return await (0,store_lock/* withStoreLock */.rX)({ ...lock, runId: (0,events/* newRunId */.F$)(), log: options.log ?? (() => { }), signal: options.signal }, () => copyInto(source, target, options));
        }
        finally {
            await target.close();
        }
    }
    finally {
        await source.close();
    }
}
async function copyInto(source, target, options) {
    const summary = {
        copied: 0,
        skipped: 0,
        files: 0,
        bytes: 0,
        events: { copied: 0, skipped: 0 },
        partitions: 0,
    };
    const runId = `copy-${(0,events/* newRunId */.F$)()}`;
    for (const unit of await (0,units/* listLocalUnits */.Rr)(source.layout.root)) {
        options.signal?.throwIfAborted();
        const files = await (0,units/* listUnitFiles */.et)(external_node_path_default().join(source.layout.root, unit));
        if (sameFiles(files, await target.unitFiles(unit))) {
            summary.skipped++;
            continue;
        }
        await copyUnit(source, target, unit, runId);
        const stored = await target.verifyUnit(unit);
        if (!sameFiles(files, stored))
            throw new Error(`${target.url}: ${unit} read back differs from ${source.url} (${describeDiff(files, stored)})`);
        summary.copied++;
        for (const file of files) {
            if (!("sha256" in file))
                continue;
            summary.files++;
            summary.bytes += file.bytes;
        }
        options.log?.(`copied ${unit} (${files.length} files)`);
    }
    summary.events = await copyEvents(source, target);
    summary.partitions = await copyPartitions(source, target);
    return summary;
}
/** Into the target's working directory (for a local store: the store, replaced all at once), then commit. */
async function copyUnit(source, target, unit, runId) {
    const into = external_node_path_default().join(target.layout.root, unit);
    const staging = external_node_path_default().join(target.layout.tmpDir, `copy-${external_node_path_default().basename(unit)}-${process.pid}-${Date.now()}`);
    await promises_default().mkdir(target.layout.tmpDir, { recursive: true });
    await promises_default().cp(external_node_path_default().join(source.layout.root, unit), staging, {
        recursive: true,
        verbatimSymlinks: true,
    });
    const old = `${staging}.old`;
    await promises_default().mkdir(external_node_path_default().dirname(into), { recursive: true });
    await promises_default().rename(into, old).catch(() => undefined);
    await promises_default().rename(staging, into);
    await promises_default().rm(old, { recursive: true, force: true });
    await target.commit(unit, runId);
}
function sameFiles(a, b) {
    return b !== undefined && key(a) === key(b);
}
function key(files) {
    return files
        .map((f) => ("link" in f ? `${f.path}>${f.link}` : `${f.path}=${f.sha256}`))
        .sort()
        .join("\n");
}
function describeDiff(want, got) {
    const have = new Set(key(got).split("\n"));
    const differs = key(want)
        .split("\n")
        .filter((line) => !have.has(line));
    return `${differs.length} file(s) differ, first ${differs[0] ?? "(extra files)"}`;
}
/** Records the target lacks, in the source's order; the target's index is brought up to date. */
async function copyEvents(source, target) {
    const have = new Set((await target.events.readAll()).map(canonical));
    const records = await source.events.readAll();
    const missing = records.filter((r) => !have.has(canonical(r)));
    for (let i = 0; i < missing.length; i += 1000)
        await target.events.append(missing.slice(i, i + 1000));
    if (missing.length > 0)
        await target.events.current();
    return { copied: missing.length, skipped: records.length - missing.length };
}
/** JSON with every object's keys sorted: one record, one string, however it was serialised. */
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(",")}]`;
    if (value !== null && typeof value === "object") {
        const entries = Object.entries(value).filter(([, v]) => v !== undefined);
        entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
    }
    return JSON.stringify(value);
}
/** The partition registries (one file per product); `close` publishes them on S3. */
async function copyPartitions(source, target) {
    const dir = external_node_path_default().join(source.layout.root, "partitions");
    const files = (await promises_default().readdir(dir).catch(() => [])).filter((f) => f.endsWith(".json"));
    await promises_default().mkdir(external_node_path_default().join(target.layout.root, "partitions"), { recursive: true });
    for (const file of files)
        await promises_default().copyFile(external_node_path_default().join(dir, file), external_node_path_default().join(target.layout.root, "partitions", file));
    return files.length;
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/commands/store.ts





const FlagsSchema = schemas/* object */.Ikc({ quiet: schemas/* boolean */.zMY().default(false) });
const storeCommand = {
    name: "store",
    usage: "copy FROM TO [--quiet]",
    details: `Subcommands:
  copy FROM TO   copy every stage output and dataset version, the event records and the dynamic
                 partitions from store FROM to store TO (each a directory, file:///path or
                 s3://bucket/prefix). A unit TO already has with the same files (path and sha256)
                 is skipped, and so is every record it already holds: run it again after an
                 interruption. Every unit copied is read back from TO and hashed (on S3 every
                 object is downloaded again). Prints one line per unit copied (unless --quiet)
                 and a summary: units copied and skipped, files, bytes, records, partitions.
A relative directory is relative to the project root (--root). Credentials for s3:// come from the environment, as for --store (docs/store.md).
Exit codes: 0 copied, 1 a copy or its verification failed, 2 bad usage or TO in use.`,
    options: { quiet: { type: "boolean" } },
    async run(context) {
        const flags = (0,command/* parseFlags */.bQ)(FlagsSchema, context.flags);
        const [sub, from, to, ...extra] = context.positionals;
        if (sub !== "copy" || from === undefined || to === undefined || extra.length > 0)
            throw new errors/* UsageError */.eb(`usage: lifecycle store copy FROM TO (received ${JSON.stringify(context.positionals)})`);
        const [source, target] = [from, to].map((url) => (0,store/* normalizeStoreUrl */.qJ)(url, context.root));
        if (source === target)
            throw new errors/* UsageError */.eb(`store copy: FROM and TO are the same store (${from})`);
        const summary = await copyStore(source ?? from, target ?? to, {
            root: context.root,
            env: context.env,
            signal: context.signal,
            log: flags.quiet ? () => { } : (line) => context.stderr.write(`${line}\n`),
        });
        context.stdout.write(`${summaryLine(summary)}\n`);
        return 0;
    },
};
function summaryLine(s) {
    const mib = (s.bytes / (1 << 20)).toFixed(1);
    return `copied ${s.copied} unit(s) (${s.files} files, ${mib} MiB), skipped ${s.skipped} already there; records: ${s.events.copied} copied, ${s.events.skipped} skipped; ${s.partitions} partition file(s)`;
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

//# sourceMappingURL=2117.index.js.map