export const id = 113;
export const ids = [113];
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
    const needsSql = options.checks.some((c) => (0,_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .kindOf */ .I)(c) !== "command");
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
    const streams = { stdout: new LineSplitter(ctx.log), stderr: new LineSplitter(ctx.log) };
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
        return record;
    }
    finally {
        log.end();
        await (0,node_events__WEBPACK_IMPORTED_MODULE_2__.once)(log, "close");
    }
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
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99711);




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

/***/ 99711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   xk: () => (/* binding */ loadStage),
/* harmony export */   yU: () => (/* binding */ INPUTS_DIR)
/* harmony export */ });
/* unused harmony export LOAD_MANIFEST */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5891);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47232);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86072);
/* harmony import */ var _timings_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14024);
/* harmony import */ var _build_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(60583);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(54226);









const LOAD_MANIFEST = "manifest.json";
const INPUTS_DIR = "inputs";
const loadStage = {
    name: "load",
    async fingerprintInputs(ctx) {
        // The lock is the upstream output; what it points at in the ingest store is an input of its own.
        const planDir = ctx.layout.stageDir(ctx.product.id, ctx.partition.key, "plan");
        if (!(await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .exists */ .t2)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(planDir, _lock_js__WEBPACK_IMPORTED_MODULE_5__/* .LOCK_FILE */ .FI))))
            return { ingest: null };
        const lock = await (0,_lock_js__WEBPACK_IMPORTED_MODULE_5__/* .readLock */ .mF)(planDir, asset(ctx), ctx.partition.key);
        const ingest = {};
        for (const input of lock.inputs) {
            // An upstream product's output: its package manifest changes whenever it is rebuilt.
            const config = input.product !== undefined && input.partition !== undefined
                ? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(ctx.layout.stageDir(input.product, input.partition, "package"), "manifest.json")
                : node_path__WEBPACK_IMPORTED_MODULE_1___default().join(ctx.layout.datasetVersionDir(input.dataset, input.version), "config.json");
            ingest[`${input.dataset}@${input.version}`] = (await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .exists */ .t2)(config))
                ? input.product === undefined
                    ? await (0,_versions_js__WEBPACK_IMPORTED_MODULE_8__/* .ingestContentDigest */ .a1)(config)
                    : await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256File */ .Q3)(config)
                : null;
        }
        return { ingest };
    },
    async run(ctx, outDir) {
        const started = new Date();
        const planDir = ctx.layout.stageDir(ctx.product.id, ctx.partition.key, "plan");
        const lock = await (0,_lock_js__WEBPACK_IMPORTED_MODULE_5__/* .readLock */ .mF)(planDir, asset(ctx), ctx.partition.key);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().copyFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(planDir, _lock_js__WEBPACK_IMPORTED_MODULE_5__/* .LOCK_FILE */ .FI), node_path__WEBPACK_IMPORTED_MODULE_1___default().join(outDir, _lock_js__WEBPACK_IMPORTED_MODULE_5__/* .LOCK_FILE */ .FI));
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().mkdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(outDir, INPUTS_DIR)); // present even without inputs: it is LIFECYCLE_INPUT_DIR
        const datasets = [];
        const seen = new Set();
        for (const input of lock.inputs) {
            if (seen.has(input.import_as)) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .StageFailure */ .BG(`two inputs are imported as "${input.import_as}"; give one an import_as`, asset(ctx), ctx.partition.key);
            }
            seen.add(input.import_as);
            datasets.push(await loadDataset(ctx, input, outDir));
        }
        const manifest = { product: ctx.product.id, partition: ctx.partition.key, datasets };
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().writeFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(outDir, LOAD_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
        await (0,_timings_js__WEBPACK_IMPORTED_MODULE_6__/* .writeStageRecord */ .nW)(outDir, [
            ...(await (0,_timings_js__WEBPACK_IMPORTED_MODULE_6__/* .readTimings */ .kF)(planDir)),
            (0,_timings_js__WEBPACK_IMPORTED_MODULE_6__/* .timing */ .N9)("load", ctx.runId, started),
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
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(ctx.layout.stageDir(input.product, input.partition, "build"), _build_js__WEBPACK_IMPORTED_MODULE_7__/* .OUTPUT_DIR */ .iK);
    return ctx.layout.datasetVersionDir(input.dataset, input.version);
}
async function loadDataset(ctx, input, outDir) {
    const source = inputSource(ctx, input);
    if (!(await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .exists */ .t2)(source))) {
        const where = input.product
            ? `the build output of product "${input.product}"`
            : "the ingest store";
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .StageFailure */ .BG(`dataset "${input.dataset}" version "${input.version}" is locked but no longer in ${where} (${source}); plan again`, asset(ctx), ctx.partition.key);
    }
    const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(outDir, INPUTS_DIR, (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .safeSegment */ .LX)(input.import_as));
    await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .copyTree */ .EL)(source, target);
    const files = await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .describeFiles */ .LG)(target);
    ctx.log(`loaded ${input.dataset} ${input.version}: ${files.length} files`);
    return {
        dataset: input.dataset,
        version: input.version,
        import_as: input.import_as,
        files,
        bytes: files.reduce((sum, f) => sum + f.bytes, 0),
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


/***/ })

};

//# sourceMappingURL=113.index.js.map