export const id = 6402;
export const ids = [6402];
export const modules = {

/***/ 96402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RUN_ASSET: () => (/* binding */ RUN_ASSET),
  materialize: () => (/* binding */ materialize)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/process/node-runner.ts + 1 modules
var node_runner = __webpack_require__(49817);
// EXTERNAL MODULE: ./src/store/events.ts
var events = __webpack_require__(18372);
// EXTERNAL MODULE: ./src/store/lock.ts
var store_lock = __webpack_require__(35074);
// EXTERNAL MODULE: ./src/store/store.ts
var store_store = __webpack_require__(81644);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/engine/defaults.ts + 6 modules
var defaults = __webpack_require__(13117);
// EXTERNAL MODULE: ./src/engine/fingerprint.ts
var fingerprint = __webpack_require__(30178);
// EXTERNAL MODULE: ./src/engine/run-task.ts + 1 modules
var run_task = __webpack_require__(90327);
;// CONCATENATED MODULE: ./src/engine/dry-run.ts



/** Decide, without running or writing anything, which tasks would run and why. */
async function dryRunTasks(tasks, env, reporter) {
    const wouldRun = new Set();
    const reports = [];
    for (const task of tasks) {
        const reason = await whyRun(task, env, wouldRun);
        if (reason !== undefined)
            wouldRun.add(task.id);
        const ref = (0,run_task/* taskRef */.rd)(task);
        reports.push({
            ...ref,
            outcome: reason === undefined ? "up-to-date" : "would-run",
            reason: reason ?? "inputs unchanged since its last success",
        });
        reporter.report({
            type: "task-dry-run",
            task: ref,
            wouldRun: reason !== undefined,
            reason: reason ?? "up to date",
        });
    }
    return reports;
}
async function whyRun(task, env, wouldRun) {
    if (task.kind === "ingest")
        return task.reason === "needed" ? "a product reads a version not in the store" : "selected";
    const upstream = task.after.find((id) => wouldRun.has(id));
    if (upstream !== undefined)
        return `${upstream.split("@")[0] ?? upstream} would run first`;
    if (env.force)
        return "--force";
    const stageDir = env.layout.stageDir(task.product.id, task.partition.key, task.asset.stage);
    const marker = await (0,fingerprint/* readStageMarker */.HQ)(stageDir);
    if (!marker)
        return "no output in the store yet";
    const stage = env.deps.stages[task.asset.stage];
    const ctx = (0,run_task/* stageContext */.U1)(task, { ...env, log: () => undefined });
    try {
        const fingerprint = await (0,run_task/* stageFingerprint */.LE)(task, stage, ctx, env);
        return fingerprint === marker.fingerprint ? undefined : "inputs changed since its last success";
    }
    catch (error) {
        return `its inputs cannot be read yet (${(0,errors/* errorMessage */.gJ)(error)})`;
    }
}

;// CONCATENATED MODULE: ./src/engine/executor.ts
/**
 * Run tasks in dependency order, at most `concurrency` at once. Ready tasks start in the order
 * given, so a product's later stages go before other products' first ones. Resolves with each
 * task's outcome once nothing is running.
 */
function executeTasks(tasks, options) {
    const index = new Map(tasks.map((t, i) => [t.id, i]));
    const waiting = new Map(tasks.map((t) => [t.id, t.after.filter((id) => index.has(id)).length]));
    const dependents = new Map(tasks.map((t) => [t.id, []]));
    for (const task of tasks)
        for (const id of task.after)
            dependents.get(id)?.push(task);
    const outcomes = new Map();
    const ready = new IndexHeap();
    tasks.forEach((t, i) => {
        if (waiting.get(t.id) === 0)
            ready.push(t, i);
    });
    let running = 0;
    return new Promise((resolve) => {
        const settle = (task, outcome, cause = task.id) => {
            outcomes.set(task.id, outcome);
            for (const next of dependents.get(task.id) ?? []) {
                if (outcomes.has(next.id))
                    continue;
                if (outcome === "success" || outcome === "skipped") {
                    const left = (waiting.get(next.id) ?? 1) - 1;
                    waiting.set(next.id, left);
                    if (left === 0)
                        ready.push(next, index.get(next.id) ?? 0);
                }
                else if (outcome === "cancelled" && cause === task.id && options.signal.aborted) {
                    continue;
                }
                else {
                    options.onBlocked(next, cause);
                    settle(next, "blocked", cause);
                }
            }
        };
        const pump = () => {
            while (running < options.concurrency && ready.size > 0 && !options.signal.aborted) {
                const task = ready.pop();
                if (task === undefined)
                    break;
                running++;
                void options.run(task).then((outcome) => finish(task, outcome), () => finish(task, "failed"));
            }
            if (running === 0 && (ready.size === 0 || options.signal.aborted)) {
                for (const task of tasks) {
                    if (outcomes.has(task.id))
                        continue;
                    options.onNotStarted(task);
                    outcomes.set(task.id, "cancelled");
                }
                resolve(outcomes);
            }
        };
        const finish = (task, outcome) => {
            running--;
            settle(task, outcome);
            pump();
        };
        pump();
    });
}
/** Ready tasks, smallest position in the task list first: O(log n) per push and pop. */
class IndexHeap {
    items = [];
    get size() {
        return this.items.length;
    }
    push(task, position) {
        const items = this.items;
        items.push({ task, position });
        let i = items.length - 1;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if ((items[parent]?.position ?? 0) <= position)
                break;
            this.swap(i, parent);
            i = parent;
        }
    }
    pop() {
        const items = this.items;
        const top = items[0];
        const last = items.pop();
        if (top === undefined || last === undefined || items.length === 0)
            return top?.task;
        items[0] = last;
        let i = 0;
        for (;;) {
            const left = 2 * i + 1;
            const right = left + 1;
            let smallest = i;
            if (left < items.length && this.at(left) < this.at(smallest))
                smallest = left;
            if (right < items.length && this.at(right) < this.at(smallest))
                smallest = right;
            if (smallest === i)
                return top.task;
            this.swap(i, smallest);
            i = smallest;
        }
    }
    at(i) {
        return this.items[i]?.position ?? 0;
    }
    swap(a, b) {
        const items = this.items;
        const itemA = items[a];
        const itemB = items[b];
        if (itemA === undefined || itemB === undefined)
            return;
        items[a] = itemB;
        items[b] = itemA;
    }
}

// EXTERNAL MODULE: ./src/engine/plan.ts
var engine_plan = __webpack_require__(30955);
;// CONCATENATED MODULE: ./src/engine/reporter.ts
/** A reporter that keeps every event (tests, and callers who want the whole story afterwards). */
class RecordingReporter {
    events = [];
    report(event) {
        this.events.push(event);
    }
}
function emptySummary() {
    return { success: 0, skipped: 0, failed: 0, cancelled: 0, blocked: 0 };
}

;// CONCATENATED MODULE: ./src/engine/materialize.ts












/**
 * Analyse the selection, then run its tasks in dependency order, holding the store lock (a dry run
 * does not take it). Bad usage or config, or a store held by another run, throws before anything runs.
 */
async function materialize(options) {
    const started = performance.now();
    const runId = options.runId ?? (0,events/* newRunId */.F$)();
    const concurrency = checkConcurrency(options.concurrency);
    const deps = { ...(0,defaults/* defaultDeps */.m)(), ...options.deps };
    const dryRun = options.dryRun ?? false;
    const store = await (0,store_store/* openStore */.Ch)(options.store, {
        root: options.root,
        env: options.env ?? process.env,
    });
    try {
        return await lockAndRun(options, store, { started, runId, concurrency, deps, dryRun });
    }
    finally {
        await store.close();
    }
}
/**
 * The lock is the working directory's: for a local store the store itself; for S3 a private
 * directory, so runs on other machines are kept apart by the conditional pointer writes instead.
 */
async function lockAndRun(options, store, settings) {
    const { runId, dryRun } = settings;
    if (dryRun)
        return planAndRun(options, store, settings);
    const lock = {
        store: store.layout.root,
        command: options.lock?.command ?? "materialize",
        runId,
        timeoutSeconds: options.lock?.timeoutSeconds,
        signal: options.signal,
        log: options.lock?.log,
    };
    return (0,store_lock/* withStoreLock */.rX)(lock, () => planAndRun(options, store, settings));
}
async function planAndRun(options, store, settings) {
    const { started, runId, concurrency, deps, dryRun } = settings;
    const layout = store.layout;
    const plan = await (0,engine_plan/* planRun */.nY)({ ...options, store: layout.root, layout }, deps);
    options.reporter.report({
        type: "run-planned",
        runId,
        warnings: plan.warnings,
        tasks: plan.tasks.map(plannedTask),
        dryRun,
        concurrency,
    });
    const env = {
        project: plan.project,
        layout,
        deps,
        runner: options.runner ?? new node_runner/* NodeProcessRunner */.u(),
        signal: options.signal,
        runId,
        force: options.force ?? false,
        env: options.env,
        outputHashes: new Map(),
        log: (task, line) => options.reporter.report({ type: "task-log", task, line }),
        progress: (task, progress) => options.reporter.report({ type: "task-progress", task, progress }),
        started: (task) => options.reporter.report({ type: "task-started", task }),
        ...(store.kind === "local"
            ? {}
            : {
                commit: (unit) => store.commit(unit, runId),
                commitDatasets: () => store.commitDatasets(runId),
            }),
    };
    const tasks = dryRun
        ? await dryRunTasks(plan.tasks, env, options.reporter)
        : await executeRun(plan.tasks, plan.newPartitions, env, { ...options, store: layout.root }, store);
    const summary = emptySummary();
    for (const task of tasks)
        if (isTaskOutcome(task.outcome))
            summary[task.outcome]++;
    const durationMs = Math.round(performance.now() - started);
    options.reporter.report({ type: "run-finished", runId, summary, durationMs });
    const ok = summary.failed + summary.blocked + summary.cancelled === 0;
    return { runId, ok, dryRun, tasks, summary, durationMs };
}
function isTaskOutcome(outcome) {
    return outcome !== "would-run" && outcome !== "up-to-date";
}
function checkConcurrency(value) {
    if (value === undefined)
        return Math.max(1, external_node_os_default().availableParallelism());
    if (!Number.isInteger(value) || value < 1)
        throw new errors/* UsageError */.eb(`concurrency must be a whole number of at least 1 (received ${value})`);
    return value;
}
function plannedTask(task) {
    return {
        ...(0,run_task/* taskRef */.rd)(task),
        after: task.after,
        ...(task.kind === "ingest" ? { reason: task.reason } : {}),
    };
}
async function executeRun(tasks, newPartitions, env, options, store) {
    const concurrency = options.concurrency ?? 1;
    for (const { product, key } of newPartitions)
        await env.deps.partitions.ensure(options.store, product, key);
    const reports = new Map();
    const log = new events/* EventLog */.vu(env.layout, store.events);
    let skipped = 0;
    const byId = new Map(tasks.map((t) => [t.id, t]));
    await executeTasks(tasks, {
        concurrency,
        signal: options.signal,
        run: async (task) => {
            const result = task.kind === "stage" ? await (0,run_task/* runStageTask */.V_)(task, env) : await (0,run_task/* runIngestTask */.R1)(task, env);
            // A task found up to date adds no record: one run record counts them (below).
            if (result.outcome === "skipped")
                skipped++;
            else if (result.record)
                log.append(result.record);
            reports.set(task.id, {
                ...(0,run_task/* taskRef */.rd)(task, result.record?.partition),
                outcome: result.outcome,
                ...(result.record ? { record: result.record } : {}),
                ...(result.error ? { error: result.error } : {}),
            });
            reportResult(options.reporter, task, result);
            return result.outcome;
        },
        onBlocked: (task, blockedBy) => {
            const blocker = byId.get(blockedBy);
            const label = blocker ? `${blocker.asset.id} (${(0,run_task/* taskRef */.rd)(blocker).partition})` : blockedBy;
            reports.set(task.id, {
                ...(0,run_task/* taskRef */.rd)(task),
                outcome: "blocked",
                error: `not run: ${label} did not succeed`,
            });
            options.reporter.report({ type: "task-blocked", task: (0,run_task/* taskRef */.rd)(task), blockedBy: label });
        },
        onNotStarted: (task) => {
            reports.set(task.id, {
                ...(0,run_task/* taskRef */.rd)(task),
                outcome: "cancelled",
                error: "not started: the run was cancelled",
            });
            options.reporter.report({ type: "task-cancelled", task: (0,run_task/* taskRef */.rd)(task) });
        },
    });
    if (skipped > 0)
        log.append(runRecord(env.runId, skipped));
    await log.settled();
    await store.events.current();
    return tasks.flatMap((t) => reports.get(t.id) ?? []);
}
function reportResult(reporter, task, result) {
    const ref = (0,run_task/* taskRef */.rd)(task, result.record?.partition);
    const record = result.record;
    if (result.outcome === "cancelled")
        reporter.report({ type: "task-cancelled", task: ref, ...(record ? { record } : {}) });
    else if (!record)
        return;
    else if (result.outcome === "success")
        reporter.report({ type: "task-succeeded", task: ref, record });
    else if (result.outcome === "skipped")
        reporter.report({ type: "task-skipped", task: ref, record });
    else
        reporter.report({ type: "task-failed", task: ref, record, error: result.error ?? "failed" });
}
/** The asset of the one record a run adds for the tasks it found up to date. */
const RUN_ASSET = "@run";
function runRecord(runId, skipped) {
    const now = new Date().toISOString();
    return {
        asset: RUN_ASSET,
        partition: RUN_ASSET,
        status: "skipped",
        start: now,
        end: now,
        durationMs: 0,
        runId,
        fingerprint: "",
        metadata: { skipped },
    };
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

//# sourceMappingURL=6402.index.js.map