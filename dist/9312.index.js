export const id = 9312;
export const ids = [9312];
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

/***/ 92345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkCommand: () => (/* binding */ checkCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(26921);
/* harmony import */ var _checks_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21416);
/* harmony import */ var _partitions_project_products_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93191);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _process_node_runner_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49817);
/* harmony import */ var _stages_build_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(60583);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5891);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3567);










const FlagsSchema = zod__WEBPACK_IMPORTED_MODULE_9__/* .object */ .Ikc({
    select: zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().min(1).default("*"),
    partition: zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().min(1).optional(),
    format: zod__WEBPACK_IMPORTED_MODULE_9__/* ["enum"] */ .k5n(["text", "json"]).default("text"),
});
const checkCommand = {
    name: "check",
    usage: "[--select IDS] [--partition KEY] [--format text|json]",
    details: `Options:
  --select IDS       product ids, comma-separated, or * (default): those that declare checks
  --partition KEY    one partition (default: every partition with a build output in the store)
  --format F         text (default) or json: { "checks": [ { product, partition, results } ] }
Exit 1 when a check of severity error fails (it would block package); warnings are reported.`,
    options: {
        select: { type: "string" },
        partition: { type: "string" },
        format: { type: "string" },
    },
    async run(context) {
        const flags = (0,_command_js__WEBPACK_IMPORTED_MODULE_8__/* .parseFlags */ .bQ)(FlagsSchema, context.flags);
        const { project } = await (0,_partitions_project_products_js__WEBPACK_IMPORTED_MODULE_3__/* .loadProjectWithPipelines */ .f1)(context.root);
        const wanted = flags.select === "*" ? undefined : new Set(flags.select.split(",").map((s) => s.trim()));
        for (const id of wanted ?? []) {
            if (!project.products.some((p) => p.id === id))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--select: unknown product ${JSON.stringify(id)}`);
        }
        const layout = new _store_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .StoreLayout */ .Eh(context.store);
        const runner = new _process_node_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .NodeProcessRunner */ .u();
        const found = [];
        for (const product of project.products) {
            if ((wanted && !wanted.has(product.id)) || !product.checks?.length)
                continue;
            for (const partition of await builtPartitions(layout, product.id, flags.partition)) {
                const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(layout.stageDir(product.id, partition, "build"), _stages_build_js__WEBPACK_IMPORTED_MODULE_6__/* .OUTPUT_DIR */ .iK);
                const results = await (0,_checks_run_js__WEBPACK_IMPORTED_MODULE_2__/* .runChecks */ .JT)({
                    checks: product.checks,
                    dir,
                    runner,
                    env: { ...context.env, LIFECYCLE_PRODUCT: product.id, LIFECYCLE_PARTITION: partition },
                    signal: context.signal,
                    s3: project.settings.s3,
                });
                found.push({ product: product.id, partition, results });
            }
        }
        context.stdout.write(flags.format === "json"
            ? `${JSON.stringify({ checks: found }, null, 2)}\n`
            : formatChecks(found));
        return found.some((f) => (0,_checks_run_js__WEBPACK_IMPORTED_MODULE_2__/* .blockingFailures */ .P5)(f.results).length > 0) ? 1 : 0;
    },
};
/** Partition keys with a build output for the product (the store names their folders). */
async function builtPartitions(layout, product, only) {
    const productDir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(layout.partitionDir(product, "x"));
    const names = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readdir(productDir).catch(() => []);
    const keys = [];
    for (const name of names.sort()) {
        const key = decodeURIComponent(name);
        if (only !== undefined && key !== only)
            continue;
        const built = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().stat(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(layout.stageDir(product, key, "build"), _stages_build_js__WEBPACK_IMPORTED_MODULE_6__/* .OUTPUT_DIR */ .iK))
            .catch(() => undefined);
        if (built?.isDirectory())
            keys.push(key);
    }
    return keys;
}
function formatChecks(found) {
    if (found.length === 0)
        return "(no built partition of a product with checks)\n";
    const lines = [];
    for (const { product, partition, results } of found) {
        lines.push(`${product} [${partition}]`);
        for (const r of results) {
            const state = r.passed ? "pass" : r.severity === "warn" ? "WARN" : "FAIL";
            lines.push(`  ${state.padEnd(4)}  ${r.name}: ${r.message}`);
        }
    }
    const failed = found.flatMap((f) => (0,_checks_run_js__WEBPACK_IMPORTED_MODULE_2__/* .blockingFailures */ .P5)(f.results)).length;
    lines.push(failed === 0 ? "no blocking failure" : `${failed} blocking failure${failed === 1 ? "" : "s"}`);
    return `${lines.join("\n")}\n`;
}


/***/ }),

/***/ 49817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ NodeProcessRunner)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
;// CONCATENATED MODULE: ./src/process/tree.ts



/**
 * Set in the environment of every command lifecycle runs, with a value fresh for each run: a
 * descendant that left the process group (`setsid`, a daemon) still carries it, so it can be found
 * in /proc/<pid>/environ and ended with the rest of the command's processes.
 */
const PROCESS_MARKER_ENV = "_LIFECYCLE_PROCESS_MARKER";
/** Once the command has exited, how long its descendants may keep its output pipes open. */
const LINGER_MS = 1_000;
/** Between SIGTERM and SIGKILL. */
const KILL_GRACE_MS = 5_000;
/** A command's processes: its process group, every process carrying its marker or holding its output. */
class ProcessTree {
    marker = (0,external_node_crypto_.randomUUID)();
    pid;
    stopping;
    pipes = new Set();
    /**
     * The command's process, the leader of its own process group. Its stdout and stderr (pipes, or
     * the socket pairs Node uses for them) are noted now, while they are surely its fds 1 and 2: a
     * descendant that cleared its environment is still found by holding them.
     */
    attach(pid) {
        this.pid = pid;
        if (pid === undefined)
            return;
        for (const fd of [1, 2]) {
            try {
                const link = (0,external_node_fs_.readlinkSync)(`/proc/${pid}/fd/${fd}`);
                if (/^(pipe|socket):/.test(link))
                    this.pipes.add(link);
            }
            catch {
                // No /proc, or it has exited already.
            }
        }
    }
    env(base) {
        return { ...base, [PROCESS_MARKER_ENV]: this.marker };
    }
    /** SIGTERM to everything, SIGKILL to what is left after the grace period. Resolves when both are sent. */
    stop(graceMs = KILL_GRACE_MS) {
        this.stopping ??= (async () => {
            await this.signal("SIGTERM");
            const until = Date.now() + graceMs;
            while (Date.now() < until && (await this.anyAlive()))
                await sleep(100);
            await this.signal("SIGKILL");
        })();
        return this.stopping;
    }
    async anyAlive() {
        if (this.pid !== undefined && trySignal(-this.pid, 0))
            return true;
        return (await this.members()).length > 0;
    }
    async signal(signal) {
        if (this.pid !== undefined)
            trySignal(-this.pid, signal);
        for (const pid of await this.members())
            trySignal(pid, signal);
    }
    /** Live processes carrying this tree's marker or holding its pipes (none where there is no /proc). */
    async members() {
        const marked = await processesWithEnv(`${PROCESS_MARKER_ENV}=${this.marker}`);
        const holding = this.pipes.size === 0 ? [] : await processesHolding(this.pipes);
        return [...new Set([...marked, ...holding])];
    }
}
async function processesHolding(pipes) {
    const found = [];
    for (const pid of await otherPids()) {
        try {
            for (const fd of await promises_default().readdir(`/proc/${pid}/fd`)) {
                const link = await promises_default().readlink(`/proc/${pid}/fd/${fd}`).catch(() => "");
                if (pipes.has(link)) {
                    found.push(pid);
                    break;
                }
            }
        }
        catch {
            // Gone already, or not ours to read.
        }
    }
    return found;
}
async function otherPids() {
    try {
        const names = await promises_default().readdir("/proc");
        return names.filter((n) => /^\d+$/.test(n) && Number(n) !== process.pid).map(Number);
    }
    catch {
        return [];
    }
}
async function processesWithEnv(entry) {
    const needle = `\0${entry}\0`;
    const found = [];
    for (const pid of await otherPids()) {
        try {
            const environ = await promises_default().readFile(`/proc/${pid}/environ`, "latin1");
            if (`\0${environ}`.includes(needle))
                found.push(pid);
        }
        catch {
            // Gone already, or not ours to read.
        }
    }
    return found;
}
/** Whether the signal was delivered (0 only asks whether the process or group exists). */
function trySignal(pid, signal) {
    try {
        process.kill(pid, signal);
        return true;
    }
    catch {
        return false; // Already exited.
    }
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

;// CONCATENATED MODULE: ./src/process/node-runner.ts


/**
 * Runs commands with `sh -c` in their own process group. A stop (timeout or abort) ends the group
 * and every descendant that left it (found by a per-run environment marker), SIGKILL after a grace
 * period; the command's pipes are then released, so a descendant that escaped even that cannot keep
 * the run waiting. Descendants still holding the pipes once the command has exited are ended too.
 */
class NodeProcessRunner {
    run(command, options) {
        const started = performance.now();
        const tree = new ProcessTree();
        const child = (0,external_node_child_process_.spawn)("sh", ["-c", command], {
            cwd: options.cwd,
            env: tree.env(options.env),
            detached: true,
            stdio: ["ignore", "pipe", "pipe"],
        });
        tree.attach(child.pid);
        let timedOut = false;
        let cancelled = false;
        const stop = () => void tree.stop().then(() => releasePipes(child));
        const onAbort = () => {
            cancelled = true;
            stop();
        };
        options.signal?.addEventListener("abort", onAbort, { once: true });
        if (options.signal?.aborted)
            onAbort();
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                stop();
            }, options.timeoutMs);
        let linger;
        child.once("exit", () => (linger = setTimeout(stop, LINGER_MS)));
        child.stdout?.setEncoding("utf8").on("data", (c) => options.onOutput?.(c, "stdout"));
        child.stderr?.setEncoding("utf8").on("data", (c) => options.onOutput?.(c, "stderr"));
        return new Promise((resolve, reject) => {
            const done = () => {
                clearTimeout(timer);
                clearTimeout(linger);
                options.signal?.removeEventListener("abort", onAbort);
            };
            child.once("error", (error) => {
                done();
                reject(error);
            });
            child.once("close", (exitCode, signal) => {
                done();
                const durationMs = Math.round(performance.now() - started);
                resolve({ exitCode, signal, durationMs, timedOut, cancelled });
            });
        });
    }
}
function releasePipes(child) {
    child.stdout?.destroy();
    child.stderr?.destroy();
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


/***/ })

};

//# sourceMappingURL=9312.index.js.map