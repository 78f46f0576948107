export const id = 1318;
export const ids = [1318];
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

/***/ 68299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runsCommand: () => (/* binding */ runsCommand)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(26921);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(49567);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _ui_store_events_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23317);
/* harmony import */ var _ui_log_tail_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39563);
/* harmony import */ var _ui_runs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25854);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3567);






const FlagsSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    format: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(["text", "json"]).default("text"),
    limit: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .ai().int().positive().default(20),
});
const runsCommand = {
    name: "runs",
    usage: "[ID] [--limit N] [--format text|json]",
    details: `Options:
  ID                 a run id (or a unique prefix of one): its tasks, failures first with the error
  --limit N          how many runs to list (default 20)
  --format F         text (default) or json: { "runs": [ { runId, start, end, durationMs, counts,
                     outcome, tasks } ] }`,
    options: { format: { type: "string" }, limit: { type: "string" } },
    async run(context) {
        const flags = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFlags */ .bQ)(FlagsSchema, context.flags);
        if (context.positionals.length > 1)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`runs takes at most one run id; got ${context.positionals.join(" ")}`);
        const runs = (0,_ui_runs_js__WEBPACK_IMPORTED_MODULE_3__/* .groupRuns */ .KH)(await (0,_ui_store_events_js__WEBPACK_IMPORTED_MODULE_1__/* .readStoreEvents */ .X)(context.store, context.root, context.env));
        const [id] = context.positionals;
        if (id === undefined) {
            const shown = runs.slice(0, flags.limit);
            context.stdout.write(flags.format === "json"
                ? `${JSON.stringify({ runs: shown }, null, 2)}\n`
                : (0,_ui_runs_js__WEBPACK_IMPORTED_MODULE_3__/* .formatRuns */ .AX)(shown));
            return 0;
        }
        const matches = runs.filter((r) => r.runId === id || r.runId.startsWith(id));
        const run = matches.find((r) => r.runId === id) ?? (matches.length === 1 ? matches[0] : undefined);
        if (!run) {
            const known = runs.slice(0, 5).map((r) => r.runId);
            const why = matches.length > 1 ? `"${id}" matches ${matches.length} runs` : `no run "${id}"`;
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${why} in ${context.store}; recent runs: ${known.join(", ") || "(none)"}`);
        }
        context.stdout.write(flags.format === "json"
            ? `${JSON.stringify(run, null, 2)}\n`
            : (0,_ui_runs_js__WEBPACK_IMPORTED_MODULE_3__/* .formatRun */ .TI)({ ...run, tasks: await (0,_ui_log_tail_js__WEBPACK_IMPORTED_MODULE_2__/* .withLogTails */ .i8)(run.tasks) }));
        return 0;
    },
};


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

/***/ 39563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i8: () => (/* binding */ withLogTails)
/* harmony export */ });
/* unused harmony exports logPathOf, readLogTail */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);

const TAIL_BYTES = 8192;
const TAIL_LINES = 20;
/** The log file a failed command's error names: `(log: /path/to/file.log)`. */
function logPathOf(error) {
    return /\(log: ([^)\n]+)\)/.exec(error ?? "")?.[1];
}
/** The last lines of the log a failure's error names, or [] when it names none or it is gone. */
async function readLogTail(error) {
    const file = logPathOf(error);
    if (file === undefined)
        return [];
    let handle;
    try {
        handle = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().open(file, "r");
        const { size } = await handle.stat();
        const length = Math.min(size, TAIL_BYTES);
        const buffer = Buffer.alloc(length);
        await handle.read(buffer, 0, length, size - length);
        const lines = buffer.toString("utf8").trimEnd().split(/\r?\n/);
        return (size > length ? lines.slice(1) : lines).slice(-TAIL_LINES);
    }
    catch {
        return [];
    }
    finally {
        await handle?.close();
    }
}
/** Each failed record's error with the tail of its log appended, as the summary and site show it. */
async function withLogTails(records) {
    return Promise.all(records.map(async (r) => {
        if (r.status !== "failed" || r.error === undefined || r.error.includes("\n"))
            return r;
        const tail = await readLogTail(r.error);
        return tail.length === 0 ? r : { ...r, error: `${r.error}\n${tail.join("\n")}` };
    }));
}


/***/ }),

/***/ 25854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ formatRuns),
/* harmony export */   KH: () => (/* binding */ groupRuns),
/* harmony export */   TI: () => (/* binding */ formatRun)
/* harmony export */ });
/* unused harmony export taskCount */
/* harmony import */ var _engine_materialize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96402);
/* harmony import */ var _summary_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52890);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48018);



/** Every task of a run, the ones found up to date included. */
function taskCount(run) {
    return run.tasks.length + run.upToDate;
}
/** Every run in the log, newest first, with its records in the order they landed. */
function groupRuns(events) {
    const byRun = new Map();
    for (const event of events) {
        const list = byRun.get(event.runId) ?? [];
        list.push(event);
        byRun.set(event.runId, list);
    }
    return [...byRun].map(([runId, tasks]) => summarise(runId, tasks)).sort(newestFirst);
}
function newestFirst(a, b) {
    return a.start < b.start ? 1 : a.start > b.start ? -1 : a.runId < b.runId ? 1 : -1;
}
function summarise(runId, records) {
    const counts = { success: 0, failed: 0, cancelled: 0, skipped: 0 };
    const tasks = records.filter((r) => r.asset !== _engine_materialize_js__WEBPACK_IMPORTED_MODULE_0__.RUN_ASSET);
    const upToDate = records
        .filter((r) => r.asset === _engine_materialize_js__WEBPACK_IMPORTED_MODULE_0__.RUN_ASSET)
        .reduce((n, r) => n + (typeof r.metadata.skipped === "number" ? r.metadata.skipped : 0), 0);
    for (const task of tasks)
        counts[task.status] += 1;
    counts.skipped += upToDate;
    const start = records.map((t) => t.start).reduce((a, b) => (b < a ? b : a));
    const end = records.map((t) => t.end).reduce((a, b) => (b > a ? b : a));
    return {
        runId,
        start,
        end,
        durationMs: Date.parse(end) - Date.parse(start),
        counts,
        outcome: counts.failed > 0 ? "failed" : counts.cancelled > 0 ? "cancelled" : "success",
        tasks,
        upToDate,
    };
}
/** `lifecycle runs`: one line per run, newest first. */
function formatRuns(runs) {
    if (runs.length === 0)
        return "(no runs recorded in this store)\n";
    const rows = runs.map((r) => [
        r.runId,
        r.outcome,
        r.start,
        (0,_table_js__WEBPACK_IMPORTED_MODULE_2__/* .seconds */ .Y)(r.durationMs),
        String(taskCount(r)),
        String(r.counts.failed),
        String(r.counts.skipped),
    ]);
    return (0,_table_js__WEBPACK_IMPORTED_MODULE_2__/* .textTable */ .e)(["RUN", "OUTCOME", "STARTED", "TOOK", "TASKS", "FAILED", "UP-TO-DATE"], rows);
}
/** `lifecycle runs ID`: failures first with their error and log tail, then every task. */
function formatRun(run) {
    const head = `run ${run.runId}: ${run.outcome}, ${taskCount(run)} tasks in ${(0,_table_js__WEBPACK_IMPORTED_MODULE_2__/* .seconds */ .Y)(run.durationMs)} (started ${run.start})\n`;
    const failures = run.tasks
        .filter((t) => t.status === "failed" || t.status === "cancelled")
        .sort(_summary_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .byStage */ .wq)
        .map((t) => {
        const { line, tail } = (0,_summary_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .splitError */ .Xy)(t.error);
        const log = tail.map((l) => `    | ${l}\n`).join("");
        return `\n${t.status.toUpperCase()} ${t.asset} @ ${t.partition}\n  ${line}\n${log}`;
    });
    const rows = [...run.tasks]
        .sort(_summary_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .byStage */ .wq)
        .map((t) => [t.asset, t.partition, t.status, (0,_table_js__WEBPACK_IMPORTED_MODULE_2__/* .seconds */ .Y)(t.durationMs)]);
    const table = (0,_table_js__WEBPACK_IMPORTED_MODULE_2__/* .textTable */ .e)(["ASSET", "PARTITION", "STATUS", "TOOK"], rows);
    return `${head}${failures.join("")}\n${table}`;
}


/***/ }),

/***/ 23317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ readStoreEvents)
/* harmony export */ });
/* harmony import */ var _store_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81644);

/** Every record of a store, oldest first, through the Store interface (a directory or s3://). */
async function readStoreEvents(url, root, env) {
    const store = await (0,_store_store_js__WEBPACK_IMPORTED_MODULE_0__/* .openStore */ .Ch)(url, { root, env, only: () => false });
    try {
        return await store.events.readAll();
    }
    finally {
        await store.close();
    }
}


/***/ }),

/***/ 52890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xy: () => (/* binding */ splitError),
/* harmony export */   qN: () => (/* binding */ renderRunSummary),
/* harmony export */   wq: () => (/* binding */ byStage)
/* harmony export */ });
/* unused harmony exports formatDuration, blockedTasks */
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5891);

const LOG_TAIL_LINES = 20;
/** Escape text for a markdown table cell. */
function cell(text) {
    return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const seconds = ms / 1000;
    if (seconds < 60)
        return `${seconds.toFixed(1)} s`;
    const minutes = Math.floor(seconds / 60);
    return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}
/** The stage of `product.stage` asset ids; ingest assets sort before every stage. */
function stageRank(asset) {
    const stage = asset.slice(asset.lastIndexOf(".") + 1);
    const index = _store_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .STAGES */ .an.indexOf(stage);
    return asset.startsWith("ingest.") ? -1 : index < 0 ? _store_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .STAGES */ .an.length : index;
}
function productOf(asset) {
    return asset.slice(0, asset.lastIndexOf("."));
}
/** Plan before load before build before package; then by product, then by partition. */
function byStage(a, b) {
    return (stageRank(a.asset) - stageRank(b.asset) ||
        productOf(a.asset).localeCompare(productOf(b.asset)) ||
        a.partition.localeCompare(b.partition));
}
/**
 * The stages after a failed or cancelled one of the same product and partition that have no record
 * of their own: the run never started them.
 */
function blockedTasks(records) {
    const seen = new Set(records.map((r) => `${r.asset}\u0000${r.partition}`));
    const blocked = [];
    for (const record of records) {
        if (record.status !== "failed" && record.status !== "cancelled")
            continue;
        const rank = stageRank(record.asset);
        if (rank < 0 || rank >= _store_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .STAGES */ .an.length)
            continue;
        for (const stage of _store_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .STAGES */ .an.slice(rank + 1)) {
            const asset = `${productOf(record.asset)}.${stage}`;
            if (seen.has(`${asset}\u0000${record.partition}`))
                continue;
            seen.add(`${asset}\u0000${record.partition}`);
            blocked.push({ asset, partition: record.partition, blockedBy: record.asset });
        }
    }
    return blocked.sort(byStage);
}
/** The first line of an error, and its last lines when it carries a log. */
function splitError(error) {
    const lines = (error ?? "failed, with no error recorded").trimEnd().split(/\r?\n/);
    const [line = "", ...rest] = lines;
    return { line, tail: rest.slice(-LOG_TAIL_LINES) };
}
function totalsLine(records, blocked) {
    const count = (status) => records.filter((r) => r.status === status).length;
    const parts = [
        `**${count("failed")} failed**`,
        `${blocked} blocked`,
        `${count("cancelled")} cancelled`,
        `${count("success")} succeeded`,
        `${count("skipped")} up to date`,
    ];
    return `${parts.join(" · ")} (${records.length + blocked} tasks)`;
}
function failureBlock(record, links) {
    const { line, tail } = splitError(record.error);
    const job = links.jobUrl ? ` · [job log](${links.jobUrl})` : "";
    const head = `#### ❌ \`${record.asset}\` @ \`${record.partition}\`${job}\n\n> ${line}\n`;
    if (tail.length === 0)
        return head;
    const fence = tail.some((l) => l.includes("```")) ? "~~~~" : "```";
    return `${head}\n<details open><summary>log tail</summary>\n\n${fence}\n${tail.join("\n")}\n${fence}\n\n</details>\n`;
}
function taskTable(records) {
    if (records.length === 0)
        return "_No stage job reported records in this run._\n";
    const rows = [...records]
        .sort(byStage)
        .map((r) => `| ${cell(r.asset)} | ${cell(r.partition)} | ${r.status} | ${formatDuration(r.durationMs)} |`);
    return `| asset | partition | status | duration |\n| --- | --- | --- | --- |\n${rows.join("\n")}\n`;
}
/** The run summary: totals, then each failure with its error, then blocked tasks, then every task. */
function renderRunSummary(records, links = {}) {
    const blocked = blockedTasks(records);
    const failures = records
        .filter((r) => r.status === "failed" || r.status === "cancelled")
        .sort(byStage);
    const out = [`## lifecycle: run summary\n\n${totalsLine(records, blocked.length)}\n`];
    const linkLine = [
        links.siteUrl ? `[status site](${links.siteUrl})` : "",
        links.jobUrl ? `[workflow run](${links.jobUrl})` : "",
    ].filter(Boolean);
    if (linkLine.length > 0)
        out.push(`${linkLine.join(" · ")}\n`);
    if (failures.length > 0)
        out.push(`### Failures\n\n${failures.map((r) => failureBlock(r, links)).join("\n")}`);
    if (blocked.length > 0) {
        const rows = blocked.map((b) => `| ${cell(b.asset)} | ${cell(b.partition)} | \`${cell(b.blockedBy)}\` did not succeed |`);
        out.push(`### Blocked\n\n| asset | partition | why |\n| --- | --- | --- |\n${rows.join("\n")}\n`);
    }
    out.push(`### Tasks\n\n${taskTable(records)}`);
    return out.join("\n");
}


/***/ }),

/***/ 48018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ seconds),
/* harmony export */   e: () => (/* binding */ textTable)
/* harmony export */ });
/** A plain text table: columns padded to their widest cell, the last one left ragged. */
function textTable(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
    const line = (cells) => cells
        .map((v, i) => (i === cells.length - 1 ? v : v.padEnd(widths[i] ?? 0)))
        .join("  ")
        .trimEnd();
    return `${[header, ...rows].map(line).join("\n")}\n`;
}
function seconds(ms) {
    return ms === undefined ? "-" : `${(ms / 1000).toFixed(1)}s`;
}


/***/ }),

/***/ 49567:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ai: () => (/* binding */ number)
/* harmony export */ });
/* unused harmony exports string, boolean, bigint, date */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43759);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26921);


function string(params) {
    return core._coercedString(schemas.ZodString, params);
}
function number(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._coercedNumber */ .qG(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodNumber */ .rSt, params);
}
function boolean(params) {
    return core._coercedBoolean(schemas.ZodBoolean, params);
}
function bigint(params) {
    return core._coercedBigint(schemas.ZodBigInt, params);
}
function date(params) {
    return core._coercedDate(schemas.ZodDate, params);
}


/***/ })

};

//# sourceMappingURL=1318.index.js.map