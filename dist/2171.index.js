export const id = 2171;
export const ids = [2171];
export const modules = {

/***/ 21416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JT: () => (/* binding */ runChecks),
/* harmony export */   P5: () => (/* binding */ blockingFailures),
/* harmony export */   ng: () => (/* binding */ describeFailures)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _ingest_engine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9036);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76006);





const TABLE_FILE = /\.(parquet|csv)$/i;
const NO_SQL = new Set(["command", "exists"]);
/** Every Parquet and CSV file under `dir`, named by its path without extension (`/` as `__`). */
async function tablesIn(dir) {
    const entries = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
    return entries
        .filter((e) => e.isFile() && TABLE_FILE.test(e.name))
        .map((e) => {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(e.parentPath, e.name);
        const name = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(dir, file).replace(TABLE_FILE, "").split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join("__");
        return { name, file };
    })
        .sort((a, b) => a.name.localeCompare(b.name));
}
function reader(table) {
    const file = (0,_ingest_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .quoteString */ .Ov)(table.file);
    return /\.parquet$/i.test(table.file) ? `read_parquet(${file})` : `read_csv(${file})`;
}
/** Run every check; a check that cannot run (no such table, bad SQL) fails with the reason. */
async function runChecks(options) {
    if (options.checks.length === 0)
        return [];
    const tables = await tablesIn(options.dir);
    const needsSql = options.checks.some((c) => !NO_SQL.has((0,_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .kindOf */ .I)(c)));
    const engine = needsSql ? await _ingest_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .Engine */ .N$.open() : undefined;
    try {
        for (const table of tables)
            await engine?.run(`CREATE VIEW ${(0,_ingest_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .quoteIdent */ .v4)(table.name)} AS SELECT * FROM ${reader(table)}`);
        const results = [];
        for (const check of options.checks)
            results.push(await runOne(check, { ...options, tables, engine }));
        return results;
    }
    finally {
        engine?.close();
    }
}
async function runOne(check, ctx) {
    const kind = (0,_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .kindOf */ .I)(check);
    const name = check.name ?? defaultName(check);
    try {
        const finding = await evaluate(check, ctx);
        return { name, kind, severity: check.severity, ...finding };
    }
    catch (error) {
        const message = `could not run: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`;
        return {
            name,
            kind,
            severity: check.severity,
            passed: false,
            observed: null,
            expected: null,
            message,
        };
    }
}
function defaultName(check) {
    if ("row_count" in check)
        return `row_count ${check.row_count.table ?? ""}`.trim();
    if ("columns" in check)
        return `columns ${check.columns.table ?? ""}`.trim();
    if ("not_null" in check)
        return `not_null ${check.not_null.columns.join(",")}`;
    if ("unique" in check)
        return `unique ${check.unique.columns.join(",")}`;
    if ("sql" in check)
        return "sql";
    if ("exists" in check)
        return `exists ${check.exists.url}`;
    return "command";
}
function tableFor(ctx, wanted) {
    if (wanted !== undefined) {
        if (!ctx.tables.some((t) => t.name === wanted)) {
            const known = ctx.tables.map((t) => t.name).join(", ") || "none";
            throw new Error(`no output table ${JSON.stringify(wanted)}; tables: ${known}`);
        }
        return (0,_ingest_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .quoteIdent */ .v4)(wanted);
    }
    const [only, ...others] = ctx.tables;
    if (!only)
        throw new Error("the build output has no Parquet or CSV file to check");
    if (others.length > 0)
        throw new Error(`the output has ${ctx.tables.length} tables; name one with table: (${ctx.tables.map((t) => t.name).join(", ")})`);
    return (0,_ingest_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .quoteIdent */ .v4)(only.name);
}
function sql(ctx) {
    if (!ctx.engine)
        throw new Error("no SQL engine");
    return ctx.engine;
}
async function evaluate(check, ctx) {
    if ("row_count" in check)
        return rowCount(check.row_count, ctx);
    if ("columns" in check)
        return columns(check.columns, ctx);
    if ("not_null" in check)
        return notNull(check.not_null, ctx);
    if ("unique" in check)
        return unique(check.unique, ctx);
    if ("sql" in check)
        return sqlCheck(check.sql, ctx);
    if ("exists" in check) {
        // Loaded here: the S3 SDK is for the checks that name an object store.
        const { checkObjectsExist } = await __webpack_require__.e(/* import() */ 1701).then(__webpack_require__.bind(__webpack_require__, 71701));
        return checkObjectsExist(check.exists, ctx.env, ctx.s3);
    }
    return commandCheck(check.command, ctx);
}
async function rowCount(c, ctx) {
    const rows = Number(await sql(ctx).scalar(`SELECT count(*) FROM ${tableFor(ctx, c.table)}`));
    const passed = (c.min === undefined || rows >= c.min) && (c.max === undefined || rows <= c.max);
    const expected = { min: c.min ?? null, max: c.max ?? null };
    const bounds = [
        c.min !== undefined ? `>= ${c.min}` : "",
        c.max !== undefined ? `<= ${c.max}` : "",
    ]
        .filter(Boolean)
        .join(" and ");
    return { passed, observed: rows, expected, message: `${rows} rows; expected ${bounds}` };
}
async function columns(c, ctx) {
    const actual = await sql(ctx).describe(`SELECT * FROM ${tableFor(ctx, c.table)}`);
    const types = new Map(actual.map((col) => [col.name, col.type]));
    const required = Array.isArray(c.required)
        ? Object.fromEntries(c.required.map((n) => [n, undefined]))
        : c.required;
    const problems = [];
    for (const [column, type] of Object.entries(required)) {
        const found = types.get(column);
        if (found === undefined)
            problems.push(`${column} is missing`);
        else if (type !== undefined && found.toUpperCase() !== type.toUpperCase())
            problems.push(`${column} is ${found}, not ${type}`);
    }
    const observed = Object.fromEntries(types);
    const message = problems.length === 0 ? "every required column is there" : problems.join("; ");
    return { passed: problems.length === 0, observed, expected: c.required, message };
}
async function notNull(c, ctx) {
    const table = tableFor(ctx, c.table);
    const counts = c.columns.map((col) => `count(*) FILTER (WHERE ${(0,_ingest_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .quoteIdent */ .v4)(col)} IS NULL) AS ${(0,_ingest_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .quoteIdent */ .v4)(col)}`);
    const [row = {}] = await sql(ctx).rows(`SELECT ${counts.join(", ")} FROM ${table}`);
    const nulls = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]));
    const bad = Object.entries(nulls).filter(([, n]) => n > 0);
    const message = bad.length === 0 ? "no nulls" : bad.map(([k, n]) => `${k} has ${n} nulls`).join("; ");
    return { passed: bad.length === 0, observed: nulls, expected: 0, message };
}
async function unique(c, ctx) {
    const cols = c.columns.map(_ingest_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .quoteIdent */ .v4).join(", ");
    const duplicates = Number(await sql(ctx).scalar(`SELECT count(*) FROM (SELECT ${cols} FROM ${tableFor(ctx, c.table)} GROUP BY ${cols} HAVING count(*) > 1)`));
    const message = duplicates === 0
        ? `${c.columns.join(", ")} unique`
        : `${duplicates} values of ${c.columns.join(", ")} repeat`;
    return { passed: duplicates === 0, observed: duplicates, expected: 0, message };
}
async function sqlCheck(query, ctx) {
    const rows = await sql(ctx).rows(query);
    const first = rows[0] === undefined ? undefined : JSON.stringify(rows[0], bigints);
    const message = rows.length === 0
        ? "the query returned no rows"
        : `${rows.length} failing rows, first: ${first}`;
    return { passed: rows.length === 0, observed: rows.length, expected: 0, message };
}
function bigints(_key, value) {
    return typeof value === "bigint" ? Number(value) : value;
}
async function commandCheck(command, ctx) {
    let tail = "";
    const result = await ctx.runner.run(command, {
        cwd: ctx.dir,
        env: ctx.env,
        signal: ctx.signal,
        timeoutMs: ctx.timeoutMs,
        onOutput: (chunk) => {
            tail = (tail + chunk).slice(-2000);
        },
    });
    const passed = result.exitCode === 0;
    const last = tail.trim().split("\n").at(-1) ?? "";
    const end = result.timedOut ? "timed out" : `exited ${result.exitCode ?? result.signal}`;
    return {
        passed,
        observed: result.exitCode,
        expected: 0,
        message: passed ? "exited 0" : `${end}${last ? `: ${last}` : ""}`,
    };
}
/** The failed checks of severity error: what blocks package and publish. */
function blockingFailures(results) {
    return results.filter((r) => !r.passed && r.severity === "error");
}
/** One line per failed check, for errors and summaries. */
function describeFailures(results) {
    return results
        .filter((r) => !r.passed)
        .map((r) => `${r.severity} check ${r.name}: ${r.message}`)
        .join("\n");
}


/***/ }),

/***/ 60583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gg: () => (/* binding */ buildPlan),
/* harmony export */   Zh: () => (/* binding */ buildStage),
/* harmony export */   c6: () => (/* binding */ LOGS_DIR),
/* harmony export */   iK: () => (/* binding */ OUTPUT_DIR),
/* harmony export */   i_: () => (/* binding */ ignoredInProductDir)
/* harmony export */ });
/* unused harmony export COMMANDS_FILE */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99725);
/* harmony import */ var _env_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80048);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47232);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86072);
/* harmony import */ var _recipe_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(97685);
/* harmony import */ var _timings_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(14024);








const OUTPUT_DIR = "output";
const LOGS_DIR = "logs";
const COMMANDS_FILE = "commands.json";
const NOT_BUILD_INPUTS = new Set(["node_modules", "__pycache__"]);
/** Parts of a product directory that are not build inputs: dependencies, caches, dot-files. */
function ignoredInProductDir(relative) {
    return relative.split("/").some((part) => NOT_BUILD_INPUTS.has(part) || part.startsWith("."));
}
const buildStage = {
    name: "build",
    async fingerprintInputs(ctx) {
        const plan = await buildPlan(ctx);
        return {
            commands: plan.commands,
            stageEnv: plan.stageEnv,
            cwd: node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(ctx.project.root, plan.cwd),
            timeoutMinutes: ctx.product.timeout_minutes ?? null,
            retries: ctx.product.retries ?? 0,
            productDir: plan.cwd === ctx.project.root ? null : await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .treeDigest */ .fZ)(plan.cwd, ignoredInProductDir),
        };
    },
    async run(ctx, outDir) {
        const started = new Date();
        const loadDir = ctx.layout.stageDir(ctx.product.id, ctx.partition.key, "load");
        const lock = await (0,_lock_js__WEBPACK_IMPORTED_MODULE_5__/* .readLock */ .mF)(loadDir, asset(ctx), ctx.partition.key);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().copyFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(loadDir, _lock_js__WEBPACK_IMPORTED_MODULE_5__/* .LOCK_FILE */ .FI), node_path__WEBPACK_IMPORTED_MODULE_1___default().join(outDir, _lock_js__WEBPACK_IMPORTED_MODULE_5__/* .LOCK_FILE */ .FI));
        const plan = await buildPlan(ctx);
        const outputDir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(outDir, OUTPUT_DIR);
        const secrets = (0,_recipe_js__WEBPACK_IMPORTED_MODULE_6__/* .secretEnv */ .Ut)(ctx);
        const env = (0,_env_js__WEBPACK_IMPORTED_MODULE_3__/* .commandEnv */ .z)({ ctx, lock, stageEnv: plan.stageEnv, outputDir, secrets });
        const records = await runWithRetries(ctx, { ...plan, env, outDir, outputDir });
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().writeFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(outDir, COMMANDS_FILE), `${JSON.stringify(records, null, 2)}\n`);
        await (0,_timings_js__WEBPACK_IMPORTED_MODULE_7__/* .writeStageRecord */ .nW)(outDir, [
            ...(await (0,_timings_js__WEBPACK_IMPORTED_MODULE_7__/* .readTimings */ .kF)(loadDir)),
            (0,_timings_js__WEBPACK_IMPORTED_MODULE_7__/* .timing */ .N9)("build", ctx.runId, started),
        ]);
        const attempts = Math.max(1, ...records.map((r) => r.attempt));
        return { metadata: { commands: plan.commands.length, attempts } };
    },
};
function asset(ctx) {
    return `${ctx.product.id}.build`;
}
/** The recipe's `builds.build` commands when there are any, otherwise the product's `build_command`. */
async function buildPlan(ctx) {
    const fromRecipe = (0,_recipe_js__WEBPACK_IMPORTED_MODULE_6__/* .buildCommandLines */ .dL)(ctx, asset(ctx));
    const commands = fromRecipe.length > 0
        ? fromRecipe
        : ctx.product.build_command
            ? [{ name: "build_command", run: ctx.product.build_command }]
            : [];
    const stageEnv = (0,_recipe_js__WEBPACK_IMPORTED_MODULE_6__/* .buildStageEnv */ .AY)(ctx);
    return { commands, stageEnv, cwd: await (0,_env_js__WEBPACK_IMPORTED_MODULE_3__/* .commandCwd */ .g)(ctx) };
}
/**
 * A failed command (non-zero exit) is retried `retries` times, each time rerunning the whole
 * command list from the first command into an emptied output directory, so no attempt sees what a
 * failed one left. Timeouts (`timeout_minutes` bounds the whole stage) and cancellation are not retried.
 */
async function runWithRetries(ctx, run) {
    const minutes = ctx.product.timeout_minutes;
    const deadline = minutes === undefined ? undefined : Date.now() + minutes * 60_000;
    const logDir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(run.outDir, LOGS_DIR);
    const records = [];
    const attempts = 1 + (ctx.product.retries ?? 0);
    for (let attempt = 1;; attempt++) {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().rm(run.outputDir, { recursive: true, force: true });
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().mkdir(run.outputDir, { recursive: true });
        const failed = await (0,_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .runCommandList */ .B1)({
            ctx,
            ...run,
            logDir,
            deadline,
            attempt,
            records,
        });
        if (failed === undefined)
            return records;
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().writeFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(run.outDir, COMMANDS_FILE), `${JSON.stringify(records, null, 2)}\n`);
        const final = failed.timedOut || failed.cancelled || ctx.signal.aborted || attempt >= attempts;
        if (final)
            throw (0,_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .commandFailure */ ._I)(failed, asset(ctx), ctx.partition.key, await (0,_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .keepFailedLogs */ .wE)(ctx, "build", logDir));
        ctx.log(`[${failed.name}] failed (attempt ${attempt} of ${attempts}); retrying the build from the first command`);
    }
}


/***/ }),

/***/ 99725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ runCommandList),
/* harmony export */   _I: () => (/* binding */ commandFailure),
/* harmony export */   wE: () => (/* binding */ keepFailedLogs)
/* harmony export */ });
/* unused harmony export describeEnd */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5891);






/**
 * Run commands in order, stopping at the first failure. Output is streamed to `ctx.log` line by
 * line and appended to the command's log file. Every run is pushed onto `records`. Resolves to the
 * failed record, or undefined when all succeeded.
 */
async function runCommandList(options) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().mkdir(options.logDir, { recursive: true });
    for (const [i, command] of options.commands.entries()) {
        const record = await runOne(options, command, i + 1);
        options.records.push(record);
        if (record.exitCode !== 0)
            return record;
    }
    return undefined;
}
async function runOne(options, command, index) {
    const { ctx } = options;
    const logName = `${index}-${(0,_store_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .safeSegment */ .LX)(command.name)}.log`;
    const logFile = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(options.logDir, logName);
    const log = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(logFile, { flags: "a" });
    // A failed write (a full disk) fails the command's stage once the command is done, naming the
    // error; without a listener it would be an uncaught exception.
    let logError;
    log.on("error", (error) => {
        logError ??= error;
    });
    const streams = { stdout: new LineSplitter(ctx.log), stderr: new LineSplitter(ctx.log) };
    let done;
    try {
        const header = `$ ${command.run}${options.attempt > 1 ? `   (attempt ${options.attempt})` : ""}`;
        ctx.log(`[${command.name}] ${header}`);
        log.write(`${header}\n`);
        const timeoutMs = options.deadline === undefined ? undefined : Math.max(1, options.deadline - Date.now());
        const result = await ctx.runner.run(command.run, {
            cwd: options.cwd,
            env: options.env,
            signal: ctx.signal,
            ...(timeoutMs === undefined ? {} : { timeoutMs }),
            onOutput: (chunk, stream) => {
                log.write(chunk);
                streams[stream].push(chunk);
            },
        });
        streams.stdout.flush();
        streams.stderr.flush();
        const record = {
            attempt: options.attempt,
            index,
            name: command.name,
            run: command.run,
            log: logName,
            exitCode: result.exitCode,
            signal: result.signal,
            durationMs: result.durationMs,
            timedOut: result.timedOut,
            cancelled: result.cancelled,
        };
        log.write(`# ${describeEnd(record)}\n`);
        done = record;
    }
    finally {
        log.end();
        if (!log.closed)
            await (0,node_events__WEBPACK_IMPORTED_MODULE_2__.once)(log, "close").catch(() => undefined);
    }
    if (logError)
        throw logError;
    return done;
}
function describeEnd(record) {
    const took = `after ${(record.durationMs / 1000).toFixed(1)}s`;
    if (record.cancelled)
        return `cancelled ${took}`;
    if (record.timedOut)
        return `timed out ${took}`;
    if (record.exitCode === null)
        return `killed by ${record.signal ?? "a signal"} ${took}`;
    return `exit code ${record.exitCode} ${took}`;
}
function commandFailure(record, asset, partition, logDir) {
    const where = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(logDir, record.log);
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .StageFailure */ .BG(`command "${record.name}" ${describeEnd(record)} (log: ${where})`, asset, partition);
}
/** Turns output chunks into whole lines. */
class LineSplitter {
    emit;
    pending = "";
    constructor(emit) {
        this.emit = emit;
    }
    push(chunk) {
        const lines = (this.pending + chunk).split(/\r?\n/);
        this.pending = lines.pop() ?? "";
        for (const line of lines)
            this.emit(line);
    }
    flush() {
        if (this.pending !== "")
            this.emit(this.pending);
        this.pending = "";
    }
}
/**
 * The staging directory of a failed stage is deleted, so its logs are copied beside the stage
 * outputs, to `<partition-dir>/<stage>.failed-logs/` (replaced by every failure). Resolves to where
 * the logs can be read.
 */
async function keepFailedLogs(ctx, stage, logDir) {
    const kept = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(ctx.layout.partitionDir(ctx.product.id, ctx.partition.key), `${stage}.failed-logs`);
    try {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(kept, { recursive: true, force: true });
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().cp(logDir, kept, { recursive: true });
        return kept;
    }
    catch {
        return logDir;
    }
}


/***/ }),

/***/ 80048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ commandCwd),
/* harmony export */   z: () => (/* binding */ commandEnv)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5891);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47232);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36397);




/**
 * The environment of build (and package) commands, later entries winning: the process env, the
 * partition's env, the lock's env (recipe env, then product env), the recipe's `builds.build` env,
 * each input's `version_env_var`, and last the `LIFECYCLE_*` variables, which cannot be overridden.
 */
function commandEnv(options) {
    const { ctx, lock } = options;
    const versions = Object.fromEntries(lock.inputs
        .filter((i) => i.version_env_var !== undefined)
        .map((i) => [i.version_env_var, i.version]));
    return {
        ...process.env,
        ...(ctx.partition.env ?? {}),
        ...lock.env,
        ...options.stageEnv,
        ...versions,
        ...(options.secrets ?? {}),
        LIFECYCLE_PRODUCT: ctx.product.id,
        LIFECYCLE_PARTITION: ctx.partition.key,
        LIFECYCLE_VERSION: lock.version?.value ?? ctx.partition.version,
        LIFECYCLE_BUILD_NOTE: ctx.partition.note,
        LIFECYCLE_INPUT_DIR: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(ctx.layout.stageDir(ctx.product.id, ctx.partition.key, "load"), _load_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUTS_DIR */ .yU),
        LIFECYCLE_OUTPUT_DIR: options.outputDir,
        ...(options.extra ?? {}),
    };
}
/**
 * Commands run in the directory of the product's recipe (a product may use another product's
 * recipe directory, e.g. `recipe: products/pluto/recipe-minor.yml`), else in `products/<id>/` when
 * that directory exists, else in the project root.
 */
async function commandCwd(ctx) {
    const recipeFile = ctx.project.recipes.get(ctx.product.id)?.file;
    const recipeDir = recipeFile ? node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(ctx.project.root, recipeFile)) : undefined;
    if (recipeDir !== undefined && recipeDir !== ctx.project.root && (await (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .exists */ .t2)(recipeDir)))
        return recipeDir;
    const productDir = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(ctx.project.root, "products", (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .safeSegment */ .LX)(ctx.product.id));
    return (await (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .exists */ .t2)(productDir)) ? productDir : ctx.project.root;
}


/***/ }),

/***/ 36397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yU: () => (/* binding */ INPUTS_DIR),
  xk: () => (/* binding */ loadStage)
});

// UNUSED EXPORTS: LOAD_MANIFEST

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/store/layout.ts
var layout = __webpack_require__(5891);
// EXTERNAL MODULE: ./src/stages/files.ts
var stages_files = __webpack_require__(47232);
// EXTERNAL MODULE: ./src/stages/lock.ts
var stages_lock = __webpack_require__(86072);
// EXTERNAL MODULE: ./src/stages/timings.ts
var timings = __webpack_require__(14024);
// EXTERNAL MODULE: ./src/stages/build.ts
var build = __webpack_require__(60583);
// EXTERNAL MODULE: ./src/stages/versions.ts
var versions = __webpack_require__(54226);
// EXTERNAL MODULE: ./src/sources/index.ts + 2 modules
var sources = __webpack_require__(88837);
// EXTERNAL MODULE: ./src/stages/plan-stores.ts
var plan_stores = __webpack_require__(51407);
;// CONCATENATED MODULE: ./src/stages/load-stores.ts






/** Is this locked input read from one of the team's other stores? */
function isStoreInput(input) {
    return input.store !== undefined && input.files !== undefined;
}
/**
 * Download the files the plan locked for a store-backed input into `target`, each at its path
 * under the locked folder; the store must be the one locked and each file the size locked.
 */
async function loadStoreInput(ctx, input, target, asset) {
    const fail = (message) => new errors/* StageFailure */.BG(message, asset, ctx.partition.key);
    const what = `dataset "${input.dataset}" version "${input.version}" (${input.source ?? "?"})`;
    if (!(0,sources/* isStoreSource */.zG)(input.source))
        throw fail(`${what}: not a store source; plan again`);
    let reader;
    try {
        reader = (0,plan_stores/* storeSourcesOf */.hs)(ctx).reader(input.source);
    }
    catch (error) {
        if (error instanceof sources/* StoreInputError */.Mj)
            throw fail(`${what}: ${error.message}`);
        throw error;
    }
    if (reader.url !== input.store)
        throw fail(`${what} was locked from ${input.store ?? "?"}, but lifecycle.yml now names ${reader.url}; plan again`);
    await promises_default().mkdir(target, { recursive: true });
    const folder = input.folder ?? "";
    for (const file of input.files ?? []) {
        const relative = file.key.startsWith(`${folder}/`)
            ? file.key.slice(folder.length + 1)
            : file.key;
        const local = external_node_path_default().join(target, ...relative.split("/").map(localSegment));
        await promises_default().mkdir(external_node_path_default().dirname(local), { recursive: true });
        const got = await reader.download(file.key, local);
        if (!got)
            throw fail(`${what} is locked but ${reader.url}/${file.key} is no longer in the store; plan again`);
        if (got.bytes !== file.bytes)
            throw fail(`${what}: ${reader.url}/${file.key} is ${got.bytes} bytes, the plan locked ${file.bytes} (it changed since); plan again`);
    }
    ctx.log(`downloaded ${input.dataset} ${input.version} from ${reader.url}/${folder}/`);
}
/** A key's segment as a file name: kept as the store names it (dcpy's files have spaces), unless it could escape. */
function localSegment(segment) {
    const unsafe = segment === "" || segment === "." || segment === ".." || /[\\\0]/.test(segment);
    return unsafe ? (0,layout/* safeSegment */.LX)(segment || "_") : segment;
}

;// CONCATENATED MODULE: ./src/stages/load.ts










const LOAD_MANIFEST = "manifest.json";
const INPUTS_DIR = "inputs";
const loadStage = {
    name: "load",
    async fingerprintInputs(ctx) {
        // The lock is the upstream output; what it points at in the ingest store is an input of its own.
        const planDir = ctx.layout.stageDir(ctx.product.id, ctx.partition.key, "plan");
        if (!(await (0,stages_files/* exists */.t2)(external_node_path_default().join(planDir, stages_lock/* LOCK_FILE */.FI))))
            return { ingest: null };
        const lock = await (0,stages_lock/* readLock */.mF)(planDir, asset(ctx), ctx.partition.key);
        const ingest = {};
        for (const input of lock.inputs) {
            if (isStoreInput(input)) {
                // The lock names every file with its ETag: the upstream output covers it.
                ingest[`${input.dataset}@${input.version}`] = input.store ?? null;
                continue;
            }
            // An upstream product's output: its package manifest changes whenever it is rebuilt.
            const config = input.product !== undefined && input.partition !== undefined
                ? external_node_path_default().join(ctx.layout.stageDir(input.product, input.partition, "package"), "manifest.json")
                : external_node_path_default().join(ctx.layout.datasetVersionDir(input.dataset, input.version), "config.json");
            ingest[`${input.dataset}@${input.version}`] = (await (0,stages_files/* exists */.t2)(config))
                ? input.product === undefined
                    ? await (0,versions/* ingestContentDigest */.a1)(config)
                    : await (0,stages_files/* sha256File */.Q3)(config)
                : null;
        }
        return { ingest };
    },
    async run(ctx, outDir) {
        const started = new Date();
        const planDir = ctx.layout.stageDir(ctx.product.id, ctx.partition.key, "plan");
        const lock = await (0,stages_lock/* readLock */.mF)(planDir, asset(ctx), ctx.partition.key);
        await promises_default().copyFile(external_node_path_default().join(planDir, stages_lock/* LOCK_FILE */.FI), external_node_path_default().join(outDir, stages_lock/* LOCK_FILE */.FI));
        await promises_default().mkdir(external_node_path_default().join(outDir, INPUTS_DIR)); // present even without inputs: it is LIFECYCLE_INPUT_DIR
        const datasets = [];
        const seen = new Set();
        for (const input of lock.inputs) {
            if (seen.has(input.import_as)) {
                throw new errors/* StageFailure */.BG(`two inputs are imported as "${input.import_as}"; give one an import_as`, asset(ctx), ctx.partition.key);
            }
            seen.add(input.import_as);
            datasets.push(await loadDataset(ctx, input, outDir));
        }
        const manifest = { product: ctx.product.id, partition: ctx.partition.key, datasets };
        await promises_default().writeFile(external_node_path_default().join(outDir, LOAD_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
        await (0,timings/* writeStageRecord */.nW)(outDir, [
            ...(await (0,timings/* readTimings */.kF)(planDir)),
            (0,timings/* timing */.N9)("load", ctx.runId, started),
        ]);
        const bytes = datasets.reduce((sum, d) => sum + d.bytes, 0);
        return {
            metadata: {
                datasets: datasets.length,
                files: datasets.reduce((n, d) => n + d.files.length, 0),
                bytes,
            },
        };
    },
};
function asset(ctx) {
    return `${ctx.product.id}.load`;
}
/** Where a locked input is read: the ingest store, or another product's build output (lineage). */
function inputSource(ctx, input) {
    if (input.product !== undefined && input.partition !== undefined)
        return external_node_path_default().join(ctx.layout.stageDir(input.product, input.partition, "build"), build/* OUTPUT_DIR */.iK);
    return ctx.layout.datasetVersionDir(input.dataset, input.version);
}
async function loadDataset(ctx, input, outDir) {
    const target = external_node_path_default().join(outDir, INPUTS_DIR, (0,layout/* safeSegment */.LX)(input.import_as));
    if (isStoreInput(input))
        await loadStoreInput(ctx, input, target, asset(ctx));
    else
        await copyInput(ctx, input, target);
    const files = await (0,stages_files/* describeFiles */.LG)(target);
    ctx.log(`loaded ${input.dataset} ${input.version}: ${files.length} files`);
    return {
        dataset: input.dataset,
        version: input.version,
        import_as: input.import_as,
        files,
        bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    };
}
async function copyInput(ctx, input, target) {
    const source = inputSource(ctx, input);
    if (!(await (0,stages_files/* exists */.t2)(source))) {
        const where = input.product
            ? `the build output of product "${input.product}"`
            : "the ingest store";
        throw new errors/* StageFailure */.BG(`dataset "${input.dataset}" version "${input.version}" is locked but no longer in ${where} (${source}); plan again`, asset(ctx), ctx.partition.key);
    }
    await (0,stages_files/* copyTree */.EL)(source, target);
}


/***/ }),

/***/ 51407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ storeInputDigest),
/* harmony export */   Ls: () => (/* binding */ pinStoreInput),
/* harmony export */   Uo: () => (/* binding */ storeSourceOf),
/* harmony export */   hs: () => (/* binding */ storeSourcesOf)
/* harmony export */ });
/* harmony import */ var _sources_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88837);

/*
 * Recipe inputs read from the team's other stores (`source: edm.recipes.datasets` for a dataset no
 * template here writes, `edm.recipes.raw_datasets`, `edm.publishing.*` for a product that is not
 * another product of this repo, `edm.private`): the plan resolves the version and the files in the
 * store that lifecycle.yml's `stores:` names, and locks them; the load stage downloads those.
 */
const sources = new WeakMap();
/** One StoreSources per stage context, so that the fingerprint and the run share resolutions. */
function storeSourcesOf(ctx) {
    let found = sources.get(ctx);
    if (!found) {
        found = new _sources_index_js__WEBPACK_IMPORTED_MODULE_0__/* .StoreSources */ .iu(ctx.project.settings ?? {}, ctx.project.root, ctx.env ?? process.env);
        sources.set(ctx, found);
    }
    return found;
}
/** The store source an input reads, or undefined (this repo's ingest store, or a product). */
function storeSourceOf(ctx, dataset, recipe) {
    const source = dataset.source ?? recipe.inputs.dataset_defaults?.source;
    const known = ctx.project.datasets ?? ctx.project.templates;
    return (0,_sources_index_js__WEBPACK_IMPORTED_MODULE_0__/* .storeSourceFor */ .Ew)(source, known?.has(dataset.id) ?? false, ctx.project.settings?.stores);
}
function storeRequest(dataset, recipe, source, version) {
    return {
        source,
        key: dataset.id,
        version,
        fileType: dataset.file_type ?? recipe.inputs.dataset_defaults?.file_type,
        custom: dataset.custom,
    };
}
/** The locked input, or the problem (naming the dataset, store, key and version). */
async function pinStoreInput(ctx, recipe, ask, lockedInput) {
    const { dataset, source } = ask;
    const what = `dataset "${dataset.id}"${dataset.import_as ? ` (as ${dataset.import_as})` : ""}`;
    let version = ask.version;
    let requested = ask.requested ?? "latest";
    if (ask.copyFrom !== undefined && version === undefined) {
        version = ask.copyFrom.inputs.get(dataset.id);
        requested = "copy_latest_release";
        if (version === undefined)
            return {
                problem: `${what}: no version given and the latest release (${ask.copyFrom.partition}) did not use it; pin a version or use version: latest`,
            };
    }
    else if (version === undefined && ask.strategy !== "find_latest") {
        return {
            problem: `${what} (${source}): no version given; pin a version, use version: latest, or set inputs.missing_versions_strategy: find_latest`,
        };
    }
    try {
        const store = storeSourcesOf(ctx);
        const resolved = await store.resolve(storeRequest(dataset, recipe, source, version));
        const locked = lockedInput(resolved.version, requested);
        return {
            ...locked,
            ...(resolved.fileType ? { file_type: resolved.fileType } : {}),
            ...(ask.copyFrom && requested === "copy_latest_release"
                ? { copied_from: ask.copyFrom.partition }
                : {}),
            source,
            store: store.reader(source).url,
            folder: resolved.folder,
            files: resolved.files,
        };
    }
    catch (error) {
        if (error instanceof _sources_index_js__WEBPACK_IMPORTED_MODULE_0__/* .StoreInputError */ .Mj)
            return { problem: `${what}: ${error.message}` };
        throw error;
    }
}
/** What the plan's fingerprint reads of a store-backed input: the version and files it resolves to. */
async function storeInputDigest(ctx, recipe, dataset, source) {
    const version = dataset.version;
    try {
        const resolved = await storeSourcesOf(ctx).resolve(storeRequest(dataset, recipe, source, version));
        return [resolved.version, resolved.files.map((f) => [f.key, f.etag])];
    }
    catch (error) {
        if (error instanceof _sources_index_js__WEBPACK_IMPORTED_MODULE_0__/* .StoreInputError */ .Mj)
            return error.message;
        throw error;
    }
}


/***/ }),

/***/ 97685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AY: () => (/* binding */ buildStageEnv),
/* harmony export */   IY: () => (/* binding */ productRecipe),
/* harmony export */   Ut: () => (/* binding */ secretEnv),
/* harmony export */   dL: () => (/* binding */ buildCommandLines)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26921);
/* harmony import */ var _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27135);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _config_recipe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82538);
/* harmony import */ var _config_recipe_base_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95806);






/** The fields of a loaded recipe that the narrow `StageRecipeEntry` type does not show. */
const VersionFieldsSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    base_recipe: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    version: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    version_type: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(["major", "minor", "patch"]).optional(),
    version_strategy: _config_recipe_js__WEBPACK_IMPORTED_MODULE_1__/* .VersionStrategySchema */ .DZ.optional(),
    vars: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()).optional(),
});
/**
 * The product's recipe as the project loaded it, with its `base_recipe` chain merged in (read
 * again from disk only for a project loaded without it); undefined when the product has no
 * recipe. Throws a StageFailure for `asset` when a base is missing, invalid, outside the recipe's
 * directory, or makes a cycle.
 */
function productRecipe(ctx, asset = `${ctx.product.id}.plan`) {
    const entry = ctx.project.recipes.get(ctx.product.id);
    if (!entry)
        return undefined;
    const fields = VersionFieldsSchema.safeParse(entry.recipe);
    const own = { ...entry.recipe, ...(fields.success ? fields.data : {}) };
    const file = entry.file;
    if (own.base_recipe === undefined || file === undefined)
        return { file, files: [], recipe: own };
    if (entry.extended)
        return { file, ...entry.extended };
    const resolved = (0,_config_recipe_base_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveBaseRecipes */ .F)(ctx.project.root, file, own);
    if ("diagnostics" in resolved) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StageFailure */ .BG(`recipe of product "${ctx.product.id}": \n${(0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDiagnostics */ .oO)(resolved.diagnostics, "text")}`, asset, ctx.partition.key);
    }
    return { file, ...resolved };
}
/** The recipe's `builds.build` commands as shell command lines (empty without a recipe). */
function buildCommandLines(ctx, asset) {
    const recipe = productRecipe(ctx, asset)?.recipe;
    if (!recipe)
        return [];
    const commands = recipe.stage_config?.[_config_recipe_js__WEBPACK_IMPORTED_MODULE_1__/* .BUILD_STAGE */ .AQ]?.commands ?? [];
    return commands.map((command) => ({ name: command.name, run: shellLine(command, ctx, asset) }));
}
/** The recipe's `builds.build` env (empty without a recipe). */
function buildStageEnv(ctx) {
    return (productRecipe(ctx, `${ctx.product.id}.build`)?.recipe.stage_config?.[_config_recipe_js__WEBPACK_IMPORTED_MODULE_1__/* .BUILD_STAGE */ .AQ]?.env ?? {});
}
/**
 * The recipe's `env_from_secrets`, read from lifecycle's own environment now (never from the lock):
 * a name that is not set fails the build, naming it.
 */
function secretEnv(ctx, env = process.env) {
    const names = productRecipe(ctx, `${ctx.product.id}.build`)?.recipe.env_from_secrets ?? [];
    const missing = names.filter((name) => env[name] === undefined);
    if (missing.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StageFailure */ .BG(`env_from_secrets names ${missing.join(", ")}, not set in lifecycle's environment: set ${missing.length === 1 ? "it" : "them"} (on GitHub Actions, from a secret in the job's env:)`, `${ctx.product.id}.build`, ctx.partition.key);
    return Object.fromEntries(names.map((name) => [name, env[name] ?? ""]));
}
const MODULE = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/;
const FUNCTION = /^[A-Za-z_]\w*$/;
/** `command_type: python` names `module` or `module:function`, run with python3 as dcpy did. */
function shellLine(command, ctx, asset) {
    if (command.command_type === "shell")
        return command.run;
    const [module = "", fn, ...rest] = command.run.split(":");
    if (!MODULE.test(module) || (fn !== undefined && !FUNCTION.test(fn)) || rest.length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StageFailure */ .BG(`recipe command "${command.name}": a python command must be "module" or "module:function" (received ${JSON.stringify(command.run)})`, asset, ctx.partition.key);
    }
    const code = fn === undefined
        ? `import runpy; runpy.run_module('${module}', run_name='__main__')`
        : `from ${module} import ${fn}; ${fn}()`;
    return `python3 -c "${code}"`;
}


/***/ })

};

//# sourceMappingURL=2171.index.js.map