export const id = 411;
export const ids = [411];
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

/***/ 72221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JS: () => (/* binding */ PACKAGE_MANIFEST),
  PQ: () => (/* binding */ packageStage)
});

// UNUSED EXPORTS: archiveName

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/store/layout.ts
var layout = __webpack_require__(5891);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
// EXTERNAL MODULE: ./src/stages/files.ts
var stages_files = __webpack_require__(47232);
;// CONCATENATED MODULE: ./src/stages/archive.ts









/** Fixed metadata, so the same files give the same archive whatever their mtimes and owners. */
const ARCHIVE_MTIME = new Date(0);
const FIXED_OWNER = { uid: 0, gid: 0, uname: "", gname: "" };
/**
 * Write a reproducible `.tar.gz` of `dir` in-process (tar-stream + Node's zlib): entries sorted by
 * name, directories before their contents, mtime 0, owner 0:0, modes 0644/0755 (executables and
 * directories 0755), and a gzip header without a timestamp. Entries are plain relative paths
 * (`manifest.json`, `output/`, `output/x.csv`); paths too long for ustar get a pax header.
 */
async function createArchive(options) {
    const entries = await archiveEntries(options.dir, options.exclude);
    const tar = (0,tar_stream.pack)();
    const hash = (0,external_node_crypto_.createHash)("sha256");
    let bytes = 0;
    const measure = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            hash.update(chunk);
            bytes += chunk.length;
            done(null, chunk);
        },
    });
    const written = (0,external_node_stream_promises_.pipeline)(tar, (0,external_node_zlib_.createGzip)(), measure, (0,external_node_fs_.createWriteStream)(options.archive), {
        signal: options.signal,
    });
    const packed = packEntries(tar, entries).then(() => tar.finalize(), (error) => tar.destroy(error instanceof Error ? error : new Error(String(error))));
    await Promise.all([written, packed]);
    return { bytes, sha256: hash.digest("hex") };
}
async function packEntries(tar, entries) {
    for (const entry of entries) {
        const header = {
            name: entry.name,
            type: entry.type,
            mode: entry.mode,
            size: entry.size,
            mtime: ARCHIVE_MTIME,
            ...FIXED_OWNER,
        };
        if (entry.type === "directory") {
            await new Promise((resolve, reject) => tar.entry(header, (error) => (error ? reject(error) : resolve())));
            continue;
        }
        await new Promise((resolve, reject) => {
            const sink = tar.entry(header, (error) => (error ? reject(error) : resolve()));
            const source = (0,external_node_fs_.createReadStream)(entry.absolute);
            source.on("error", (error) => {
                sink.destroy(error);
                reject(error);
            });
            source.pipe(sink);
        });
    }
}
/** Every entry under `dir`, depth first, names compared byte-wise; symbolic links are refused. */
async function archiveEntries(dir, exclude) {
    const found = [];
    async function walk(relative) {
        const absoluteDir = relative === "" ? dir : external_node_path_default().join(dir, relative);
        const names = (await promises_default().readdir(absoluteDir)).sort(compareBytes);
        for (const name of names) {
            if (relative === "" && exclude.includes(name))
                continue;
            const child = relative === "" ? name : `${relative}/${name}`;
            const absolute = external_node_path_default().join(absoluteDir, name);
            const stat = await promises_default().lstat(absolute);
            if (stat.isSymbolicLink())
                throw new Error(`symbolic link not allowed: ${absolute}`);
            (0,stages_files/* refuseSpecialFile */.Iy)(absolute, stat);
            if (stat.isDirectory()) {
                found.push({ name: `${child}/`, absolute, type: "directory", mode: 0o755, size: 0 });
                await walk(child);
            }
            else if (stat.isFile()) {
                const mode = (stat.mode & 0o111) !== 0 ? 0o755 : 0o644;
                found.push({ name: child, absolute, type: "file", mode, size: stat.size });
            }
        }
    }
    await walk("");
    return found;
}
function compareBytes(a, b) {
    return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

// EXTERNAL MODULE: ./src/stages/build.ts
var build = __webpack_require__(60583);
// EXTERNAL MODULE: ./src/stages/commands.ts
var commands = __webpack_require__(99725);
// EXTERNAL MODULE: ./src/checks/run.ts
var run = __webpack_require__(21416);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/stages/env.ts
var stages_env = __webpack_require__(80048);
;// CONCATENATED MODULE: ./src/stages/checks.ts





/**
 * Run the product's checks over its build output (`dir` holds output/). A failed check of
 * severity `error` stops the package stage with every failure named; warnings are logged and
 * returned with the passes, for the record and the manifest.
 */
async function runProductChecks(ctx, lock, dir) {
    const checks = ctx.product.checks ?? [];
    if (checks.length === 0)
        return [];
    const output = external_node_path_default().join(dir, build/* OUTPUT_DIR */.iK);
    const plan = await (0,build/* buildPlan */.Gg)(ctx);
    const env = (0,stages_env/* commandEnv */.z)({ ctx, lock, stageEnv: plan.stageEnv, outputDir: output });
    const minutes = ctx.product.timeout_minutes;
    const results = await (0,run/* runChecks */.JT)({
        checks,
        dir: output,
        runner: ctx.runner,
        env,
        signal: ctx.signal,
        timeoutMs: minutes === undefined ? undefined : minutes * 60_000,
    });
    for (const result of results)
        ctx.log(`check ${result.name}: ${result.passed ? "passed" : result.severity === "warn" ? "WARN" : "FAILED"} (${result.message})`);
    if ((0,run/* blockingFailures */.P5)(results).length > 0) {
        throw new errors/* StageFailure */.BG(`checks failed, so ${ctx.product.id} is not packaged:\n${(0,run/* describeFailures */.ng)(results)}`, `${ctx.product.id}.package`, ctx.partition.key);
    }
    return results;
}

// EXTERNAL MODULE: ./src/stages/lock.ts
var stages_lock = __webpack_require__(86072);
// EXTERNAL MODULE: ./src/stages/timings.ts
var stages_timings = __webpack_require__(14024);
;// CONCATENATED MODULE: ./src/stages/package.ts











const PACKAGE_MANIFEST = "manifest.json";
function archiveName(product, partition) {
    return `${(0,layout/* safeSegment */.LX)(product)}-${(0,layout/* safeSegment */.LX)(partition)}.tar.gz`;
}
const packageStage = {
    name: "package",
    async fingerprintInputs(ctx) {
        const command = ctx.product.package_command;
        const checks = ctx.product.checks ?? null;
        if (command === undefined)
            return checks === null ? { packageCommand: null } : { packageCommand: null, checks };
        const { cwd } = await (0,build/* buildPlan */.Gg)(ctx);
        return {
            packageCommand: command,
            timeoutMinutes: ctx.product.timeout_minutes ?? null,
            // The script a package_command runs usually lives in the product directory.
            productDir: cwd === ctx.project.root ? null : await (0,stages_files/* treeDigest */.fZ)(cwd, build/* ignoredInProductDir */.i_),
            ...(checks === null ? {} : { checks }),
        };
    },
    async run(ctx, outDir) {
        const started = new Date();
        const buildDir = ctx.layout.stageDir(ctx.product.id, ctx.partition.key, "build");
        const lock = await (0,stages_lock/* readLock */.mF)(buildDir, asset(ctx), ctx.partition.key);
        const buildOutput = external_node_path_default().join(buildDir, build/* OUTPUT_DIR */.iK);
        if (await (0,stages_files/* exists */.t2)(buildOutput))
            await (0,stages_files/* copyTree */.EL)(buildOutput, external_node_path_default().join(outDir, build/* OUTPUT_DIR */.iK));
        else
            await promises_default().mkdir(external_node_path_default().join(outDir, build/* OUTPUT_DIR */.iK));
        const checks = await runProductChecks(ctx, lock, outDir);
        const packageCommand = await runPackageCommand(ctx, lock, outDir);
        const archive = archiveName(ctx.product.id, ctx.partition.key);
        const timings = [...(await (0,stages_timings/* readTimings */.kF)(buildDir)), (0,stages_timings/* timing */.N9)("package", ctx.runId, started)];
        const manifest = await packageManifest({
            ctx,
            lock,
            outDir,
            archive,
            timings,
            packageCommand,
            checks,
        });
        await promises_default().writeFile(external_node_path_default().join(outDir, PACKAGE_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
        const archivePath = external_node_path_default().join(outDir, archive);
        const written = await createArchive({
            dir: outDir,
            exclude: [archive, stages_timings/* STAGE_RECORD */.rS],
            archive: archivePath,
            signal: ctx.signal,
        });
        await (0,stages_timings/* writeStageRecord */.nW)(outDir, [
            ...timings.slice(0, -1),
            (0,stages_timings/* timing */.N9)("package", ctx.runId, started),
        ]);
        ctx.log(`packaged ${manifest.files.length} files into ${archive} (${written.bytes} bytes)`);
        return {
            metadata: {
                archive,
                bytes: written.bytes,
                sha256: written.sha256,
                files: manifest.files.length,
                ...(checks.length > 0 ? { checks } : {}),
            },
        };
    },
};
function asset(ctx) {
    return `${ctx.product.id}.package`;
}
/** The optional `package_command`, run with the build's environment plus `LIFECYCLE_PACKAGE_DIR`. */
async function runPackageCommand(ctx, lock, outDir) {
    const run = ctx.product.package_command;
    if (run === undefined || run.trim() === "")
        return undefined;
    const plan = await (0,build/* buildPlan */.Gg)(ctx);
    const env = (0,stages_env/* commandEnv */.z)({
        ctx,
        lock,
        stageEnv: plan.stageEnv,
        outputDir: external_node_path_default().join(outDir, build/* OUTPUT_DIR */.iK),
        extra: { LIFECYCLE_PACKAGE_DIR: outDir },
    });
    const minutes = ctx.product.timeout_minutes;
    const records = [];
    const logDir = external_node_path_default().join(outDir, build/* LOGS_DIR */.c6);
    const failed = await (0,commands/* runCommandList */.B1)({
        ctx,
        commands: [{ name: "package_command", run }],
        cwd: plan.cwd,
        env,
        logDir,
        deadline: minutes === undefined ? undefined : Date.now() + minutes * 60_000,
        attempt: 1,
        records,
    });
    if (failed) {
        const kept = await (0,commands/* keepFailedLogs */.wE)(ctx, "package", logDir);
        throw (0,commands/* commandFailure */._I)(failed, asset(ctx), ctx.partition.key, kept);
    }
    return records[0];
}
async function packageManifest(options) {
    const { ctx, lock } = options;
    const skipped = new Set([PACKAGE_MANIFEST, options.archive, stages_timings/* STAGE_RECORD */.rS]);
    const files = await (0,stages_files/* describeFiles */.LG)(options.outDir, { skip: (relative) => skipped.has(relative) });
    const commit = await gitCommit(ctx);
    return {
        product: ctx.product.id,
        partition: ctx.partition.key,
        // The version the plan chose (a starter partition's comes from the recipe's version_strategy).
        version: lock.version?.value ?? ctx.partition.version,
        ...(lock.version ? { version_strategy: lock.version.strategy } : {}),
        note: ctx.partition.note,
        ...(ctx.partition.dimensions ? { dimensions: ctx.partition.dimensions } : {}),
        recipe: lock.recipe,
        // The locked input versions: what copy_latest_release reads back from the latest release.
        inputs: lock.inputs.map(({ dataset, version, import_as }) => ({ dataset, version, import_as })),
        ...(commit ? { git: { commit } } : {}),
        files,
        timings: options.timings,
        ...(options.packageCommand
            ? {
                package_command: {
                    exitCode: options.packageCommand.exitCode,
                    durationMs: options.packageCommand.durationMs,
                },
            }
            : {}),
        ...(options.checks.length > 0 ? { checks: options.checks } : {}),
        runId: ctx.runId,
    };
}
let cachedCommit;
/** The project's git commit, read once per run (one `git rev-parse HEAD` for every product). */
function gitCommit(ctx) {
    const key = `${ctx.project.root}\0${ctx.runId}`;
    if (cachedCommit?.key !== key)
        cachedCommit = { key, commit: readGitCommit(ctx) };
    return cachedCommit.commit;
}
/** `git rev-parse HEAD` in the project root; undefined when it is not a git checkout. */
async function readGitCommit(ctx) {
    let output = "";
    try {
        const result = await ctx.runner.run("git rev-parse HEAD 2>/dev/null", {
            cwd: ctx.project.root,
            env: process.env,
            onOutput: (chunk, stream) => {
                if (stream === "stdout")
                    output += chunk;
            },
        });
        const commit = output.trim();
        return result.exitCode === 0 && /^[0-9a-f]{40,64}$/.test(commit) ? commit : undefined;
    }
    catch {
        return undefined; // git is not installed
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


/***/ }),

/***/ 82892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ax: () => (/* binding */ removeAbandonedStaging),
/* harmony export */   lo: () => (/* binding */ writeFileAtomically),
/* harmony export */   s3: () => (/* binding */ writeDirAtomically),
/* harmony export */   zv: () => (/* binding */ recoverInterruptedPromotions)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(26921);
/* harmony import */ var _process_identity_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46031);






/**
 * Write a directory atomically: `write` fills a fresh staging directory inside `tmpDir` (same
 * filesystem as the target), which then replaces `target` by rename. If `write` throws or the
 * process dies, `target` keeps its previous content. What a killed writer leaves in `tmpDir` is
 * repaired by the next writer that takes the store lock (`src/store/lock.ts`), never here: another
 * process's promotion may be in flight.
 */
async function writeDirAtomically(target, tmpDir, write) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().mkdir(tmpDir, { recursive: true });
    const staging = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmpDir, `${STAGING_PREFIX}${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`);
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().mkdir(staging, { recursive: true });
    try {
        const result = await write(staging);
        await promote(staging, target, tmpDir);
        return result;
    }
    catch (error) {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(staging, { recursive: true, force: true });
        throw error;
    }
}
const STAGING_PREFIX = "stage-";
async function promote(staging, target, tmpDir) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().mkdir(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(target), { recursive: true });
    const retired = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmpDir, `old-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`);
    const journal = `${retired}.json`;
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().writeFile(journal, JSON.stringify({ target, ...(0,_process_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .thisProcess */ .WF)() }));
    const hadPrevious = await rename(target, retired);
    try {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rename(staging, target);
    }
    catch (error) {
        if (hadPrevious)
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rename(retired, target);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(journal, { force: true });
        throw error;
    }
    if (hadPrevious)
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(retired, { recursive: true, force: true });
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(journal, { force: true });
}
/**
 * A process killed between the two renames of a promotion leaves its previous output aside in
 * `tmpDir` with nothing at the target. Put such outputs back; drop the ones already replaced.
 * Call it only while holding the store lock (`acquireStoreLock` does): a journal whose process
 * is alive on this host is still left alone, as it may be a promotion in flight.
 */
async function recoverInterruptedPromotions(tmpDir) {
    const entries = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().readdir(tmpDir).catch(() => []);
    for (const entry of entries.filter((e) => e.startsWith("old-") && e.endsWith(".json"))) {
        const journal = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmpDir, entry);
        const retired = journal.slice(0, -".json".length);
        const record = await readJournal(journal);
        if (!record || isInFlight(record))
            continue;
        if (!(await exists(record.target)) && (await exists(retired))) {
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().mkdir(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(record.target), { recursive: true });
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rename(retired, record.target);
        }
        else {
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(retired, { recursive: true, force: true });
        }
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(journal, { force: true });
    }
}
/**
 * Delete the staging directories of writers that were killed before promoting (they are never
 * read). Only while holding the store lock: a live writer's staging directory looks the same.
 */
async function removeAbandonedStaging(tmpDir) {
    const entries = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().readdir(tmpDir).catch(() => []);
    for (const entry of entries.filter((e) => e.startsWith(STAGING_PREFIX)))
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmpDir, entry), { recursive: true, force: true });
}
const JournalSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    target: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    pid: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
    hostname: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    processStart: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    bootId: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
});
async function readJournal(file) {
    try {
        const parsed = JournalSchema.safeParse(JSON.parse(await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().readFile(file, "utf8")));
        return parsed.success ? parsed.data : undefined;
    }
    catch {
        // A journal torn by a kill: its promotion never started moving anything.
        return undefined;
    }
}
/**
 * Whether the journal's process (maybe this one) may still be promoting. A pid is only meaningful
 * on its own host; under the lock, another host's writer is finished. Journals written before
 * the store lock carry only a pid.
 */
function isInFlight(record) {
    if (record.hostname !== undefined && record.hostname !== node_os__WEBPACK_IMPORTED_MODULE_2___default().hostname())
        return false;
    return (0,_process_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .isStillRunning */ .QT)(record);
}
async function exists(file) {
    return node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().access(file).then(() => true, () => false);
}
async function rename(from, to) {
    try {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rename(from, to);
        return true;
    }
    catch (error) {
        if (error.code === "ENOENT")
            return false;
        throw error;
    }
}
/** Write a file atomically (temp file in the same directory, then rename). */
async function writeFileAtomically(file, data) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().mkdir(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file), { recursive: true });
    const temp = `${file}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}.tmp`;
    try {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().writeFile(temp, data);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rename(temp, file);
    }
    catch (error) {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(temp, { force: true });
        throw error;
    }
}


/***/ }),

/***/ 96573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ hashFile),
/* harmony export */   k: () => (/* binding */ BlobCache)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_5__);






/**
 * The local read cache of an object store: files by sha256 (`<dir>/<aa>/<sha256>`), so a rerun,
 * or another store holding the same bytes, downloads nothing it already has. Entries are
 * immutable: written to a temp file, verified, renamed into place.
 */
class BlobCache {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    static forEnv(env) {
        const explicit = env.LIFECYCLE_STORE_CACHE?.trim();
        const general = env.LIFECYCLE_CACHE_DIR?.trim();
        const base = explicit ||
            (general && general !== "off"
                ? node_path__WEBPACK_IMPORTED_MODULE_4___default().join(general, "store-blobs")
                : node_path__WEBPACK_IMPORTED_MODULE_4___default().join(env.XDG_CACHE_HOME?.trim() || node_path__WEBPACK_IMPORTED_MODULE_4___default().join(node_os__WEBPACK_IMPORTED_MODULE_3___default().homedir(), ".cache"), "lifecycle", "store-blobs"));
        return new BlobCache(base);
    }
    file(sha256) {
        return node_path__WEBPACK_IMPORTED_MODULE_4___default().join(this.dir, sha256.slice(0, 2), sha256);
    }
    async has(sha256) {
        return node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().access(this.file(sha256)).then(() => true, () => false);
    }
    /**
     * Fill the entry for `sha256` with `fetch(tempFile)`; the bytes must hash to `sha256`, or the
     * entry is not written and this throws, naming `what`.
     */
    async fill(sha256, what, fetch) {
        if (await this.has(sha256))
            return;
        const target = this.file(sha256);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().mkdir(node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(target), { recursive: true });
        const temp = `${target}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}.tmp`;
        try {
            await fetch(temp);
            const got = await hashFile(temp);
            if (got !== sha256)
                throw new Error(`${what}: its content hashes to ${got}, the manifest says ${sha256}`);
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().rename(temp, target);
        }
        finally {
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().rm(temp, { force: true });
        }
    }
    /** Put the entry at `file`: a hard link when the filesystem allows, else a copy. */
    async materialize(sha256, file) {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().mkdir(node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(file), { recursive: true });
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().rm(file, { force: true });
        try {
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().link(this.file(sha256), file);
        }
        catch {
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().copyFile(this.file(sha256), file);
        }
    }
    /** Add a local file (just uploaded) so that the next pull need not download it. */
    async add(sha256, file) {
        await this.fill(sha256, file, (temp) => node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().copyFile(file, temp));
    }
}
async function hashFile(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256");
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file), hash);
    return hash.digest("hex");
}


/***/ }),

/***/ 33389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ LocalEventStore),
  W: () => (/* binding */ S3EventStore)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/store/atomic.ts
var atomic = __webpack_require__(82892);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(26921);
// EXTERNAL MODULE: ./src/store/events.ts
var events = __webpack_require__(18372);
;// CONCATENATED MODULE: ./src/store/event-index.ts


/*
 * The current-state index kept beside the event log: per (asset, partition) the last record and
 * the last success, and how far into the log it has folded (`cursor`). It is a cache, never the
 * truth: any index is a fold of a prefix of the log, so a lost or older index only means more of
 * the log's tail to read; a missing one is rebuilt from the log.
 */
const EntrySchema = schemas/* object */.Ikc({
    last: events/* EventRecordSchema */.pw,
    lastSuccess: events/* EventRecordSchema */.pw.optional(),
});
const EventIndexSchema = schemas/* object */.Ikc({
    format: schemas/* literal */.euz(1),
    /** Local: a byte offset into events.jsonl. S3: every log key <= this is folded. */
    cursor: schemas/* union */.KCZ([schemas/* number */.aig().int().min(0), schemas/* string */.YjP()]),
    /** S3: keys above the cursor that are folded already. */
    tail: schemas/* array */.YOg(schemas/* string */.YjP()).default([]),
    entries: schemas/* record */.g1P(schemas/* string */.YjP(), EntrySchema),
});
function emptyIndex(cursor) {
    return { format: 1, cursor, tail: [], entries: {} };
}
function parseIndex(text) {
    try {
        const parsed = EventIndexSchema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : undefined;
    }
    catch {
        return undefined;
    }
}
/** Fold records (in log order) into the index. */
function foldRecords(index, records) {
    for (const record of records) {
        const key = (0,events/* eventKey */.Mk)(record.asset, record.partition);
        const entry = index.entries[key];
        // A record that lands late (a slow writer) never replaces a newer one.
        if (entry && record.end < entry.last.end) {
            if (record.status === "success" && !(record.end < (entry.lastSuccess?.end ?? "")))
                entry.lastSuccess = record;
            continue;
        }
        const lastSuccess = record.status === "success" ? record : entry?.lastSuccess;
        index.entries[key] = { last: record, ...(lastSuccess ? { lastSuccess } : {}) };
    }
}
function currentState(index) {
    const last = new Map();
    const lastSuccess = new Map();
    const partitions = new Map();
    for (const [key, entry] of Object.entries(index.entries)) {
        last.set(key, entry.last);
        if (entry.lastSuccess)
            lastSuccess.set(key, entry.lastSuccess);
        const list = partitions.get(entry.last.asset) ?? [];
        list.push(entry.last.partition);
        partitions.set(entry.last.asset, list);
    }
    return { last, lastSuccess, partitions };
}
/** JSON lines to records; a line that is not a whole, valid record (a torn write) is skipped. */
function parseLines(text) {
    const records = [];
    for (const line of text.split("\n")) {
        if (line.trim() === "")
            continue;
        try {
            const parsed = events/* EventRecordSchema */.pw.safeParse(JSON.parse(line));
            if (parsed.success)
                records.push(parsed.data);
        }
        catch {
            // Torn.
        }
    }
    return records;
}

// EXTERNAL MODULE: ./src/store/limit.ts
var limit = __webpack_require__(96974);
;// CONCATENATED MODULE: ./src/store/event-store.ts







/** `events.jsonl` with `events-index.json` beside it. */
class LocalEventStore {
    layout;
    constructor(layout) {
        this.layout = layout;
    }
    get indexFile() {
        return external_node_path_default().join(this.layout.root, "events-index.json");
    }
    append(records) {
        return (0,events/* appendEvents */.Ib)(this.layout, records);
    }
    readAll() {
        return (0,events/* readEvents */.wj)(this.layout);
    }
    async current() {
        const saved = parseIndex(await promises_default().readFile(this.indexFile, "utf8").catch(() => ""));
        let index = saved && typeof saved.cursor === "number" ? saved : emptyIndex(0);
        const tail = await readFrom(this.layout.eventsFile, index.cursor);
        if (tail === undefined)
            index = emptyIndex(0);
        else if (tail.bytes > 0) {
            foldRecords(index, parseLines(tail.text));
            index.cursor = index.cursor + tail.bytes;
            await (0,atomic/* writeFileAtomically */.lo)(this.indexFile, JSON.stringify(index)).catch(() => undefined);
        }
        return currentState(index);
    }
}
/** The log from byte `offset` up to its last newline; undefined when the log is shorter (replaced). */
async function readFrom(file, offset) {
    let handle;
    try {
        handle = await promises_default().open(file, "r");
        const { size } = await handle.stat();
        if (size < offset)
            return undefined;
        const buffer = Buffer.alloc(size - offset);
        await handle.read(buffer, 0, buffer.length, offset);
        const end = buffer.lastIndexOf(0x0a) + 1;
        return { text: buffer.subarray(0, end).toString("utf8"), bytes: end };
    }
    catch (error) {
        if (error.code === "ENOENT")
            return offset === 0 ? { text: "", bytes: 0 } : undefined;
        throw error;
    }
    finally {
        await handle?.close();
    }
}
/** How long a record's key may lag behind the newest (a slow PUT, clock skew) and still be folded. */
const SETTLE_MS = 15 * 60_000;
/**
 * One object per batch, `events/log/<ISO time>-<uuid>.jsonl`, and `events/index.json`. The index
 * folds every key up to its cursor plus the keys above it listed in `tail`; a reader lists only
 * the keys after the cursor. The index is rewritten with If-Match, so an older fold never
 * replaces a newer one.
 */
class S3EventStore {
    s3;
    prefix;
    constructor(s3, prefix) {
        this.s3 = s3;
        this.prefix = prefix;
    }
    key(relative) {
        return this.prefix === "" ? relative : `${this.prefix}/${relative}`;
    }
    get logPrefix() {
        return this.key("events/log/");
    }
    async append(records) {
        if (records.length === 0)
            return;
        const stamp = new Date().toISOString().replace(/[:.]/g, "-");
        const key = `${this.logPrefix}${stamp}-${(0,external_node_crypto_.randomUUID)()}.jsonl`;
        await this.s3.put(key, records.map((r) => `${JSON.stringify(r)}\n`).join(""), {
            ifNoneMatch: "*",
        });
    }
    async readAll() {
        const keys = [];
        for await (const object of this.s3.list(this.logPrefix))
            keys.push(object.key);
        const batches = await (0,limit/* mapLimit */.s)(keys, 16, (key) => this.readBatch(key));
        return batches.flat();
    }
    async readBatch(key) {
        const got = await this.s3.get(key);
        return got ? parseLines(got.body.toString("utf8")) : [];
    }
    async current() {
        const indexKey = this.key("events/index.json");
        const saved = await this.s3.get(indexKey);
        const parsed = saved ? parseIndex(saved.body.toString("utf8")) : undefined;
        const index = parsed && typeof parsed.cursor === "string" ? parsed : emptyIndex("");
        const folded = new Set(index.tail);
        const fresh = [];
        const start = index.cursor === "" ? undefined : index.cursor;
        for await (const object of this.s3.list(this.logPrefix, start))
            if (!folded.has(object.key))
                fresh.push(object.key);
        if (fresh.length === 0)
            return currentState(index);
        const batches = await (0,limit/* mapLimit */.s)(fresh, 16, (key) => this.readBatch(key));
        foldRecords(index, batches.flat());
        this.advance(index, [...folded, ...fresh]);
        const body = JSON.stringify(index);
        await this.s3.put(indexKey, body, saved ? { ifMatch: saved.etag } : { ifNoneMatch: "*" });
        return currentState(index);
    }
    /** Move the cursor to SETTLE_MS before now; keep in `tail` the folded keys above it. */
    advance(index, folded) {
        const settled = new Date(Date.now() - SETTLE_MS).toISOString().replace(/[:.]/g, "-");
        const cursor = `${this.logPrefix}${settled}`;
        if (typeof index.cursor !== "string" || cursor > index.cursor)
            index.cursor = cursor;
        index.tail = folded.filter((key) => key > index.cursor).sort();
    }
}


/***/ }),

/***/ 18372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F$: () => (/* binding */ newRunId),
/* harmony export */   Ib: () => (/* binding */ appendEvents),
/* harmony export */   Mk: () => (/* binding */ eventKey),
/* harmony export */   pw: () => (/* binding */ EventRecordSchema),
/* harmony export */   vu: () => (/* binding */ EventLog),
/* harmony export */   wj: () => (/* binding */ readEvents)
/* harmony export */ });
/* unused harmony exports EVENT_STATUSES, latestEvents */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26921);




const EVENT_STATUSES = ["success", "failed", "cancelled", "skipped"];
/** One materialisation record, one JSON object per line of `events.jsonl`. */
const EventRecordSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    asset: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    partition: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    status: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(EVENT_STATUSES),
    /** ISO timestamps. */
    start: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    end: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
    runId: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    fingerprint: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    metadata: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J()).default({}),
    error: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
});
/** A run's id: when it started, and a random suffix (`2026-11-22T05-30-50-123Z-1a2b3c4d`). */
function newRunId(now = new Date()) {
    return `${now.toISOString().replace(/[:.]/g, "-")}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)().slice(0, 8)}`;
}
/**
 * Append records to the event log. One `appendFile` call per batch: O_APPEND writes of one line
 * each are not interleaved with other writers on a local filesystem.
 */
async function appendEvents(layout, records) {
    if (records.length === 0)
        return;
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().mkdir(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(layout.eventsFile), { recursive: true });
    const prefix = (await endsWithPartialLine(layout.eventsFile)) ? "\n" : "";
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().appendFile(layout.eventsFile, prefix + records.map(toLine).join(""));
}
/**
 * The event log of one run: records appended in order, batched while a write is in flight. The
 * torn-tail check runs once, before the first write.
 */
class EventLog {
    layout;
    sink;
    pending = [];
    writing = Promise.resolve();
    first = true;
    failure;
    /** Records go to `sink` (a store's EventStore), or to the local log of `layout`. */
    constructor(layout, sink) {
        this.layout = layout;
        this.sink = sink;
    }
    append(record) {
        this.pending.push(record);
        if (this.pending.length === 1)
            this.writing = this.writing.then(() => this.flush());
    }
    /** Resolves once every appended record is written; rejects if a write failed. */
    async settled() {
        await this.writing;
        if (this.failure !== undefined)
            throw this.failure;
    }
    async flush() {
        const batch = this.pending;
        this.pending = [];
        try {
            if (this.sink)
                await this.sink.append(batch);
            else if (this.first)
                await appendEvents(this.layout, batch);
            else
                await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().appendFile(this.layout.eventsFile, batch.map(toLine).join(""));
            this.first = false;
        }
        catch (error) {
            this.failure ??= error;
        }
    }
}
function toLine(record) {
    return `${JSON.stringify(record)}\n`;
}
/** A process killed mid-write leaves a torn last line; start on a fresh line so the next record is whole. */
async function endsWithPartialLine(file) {
    let handle;
    try {
        handle = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().open(file, "r");
        const { size } = await handle.stat();
        if (size === 0)
            return false;
        const last = Buffer.alloc(1);
        await handle.read(last, 0, 1, size - 1);
        return last[0] !== 0x0a;
    }
    catch (error) {
        if (error.code === "ENOENT")
            return false;
        throw error;
    }
    finally {
        await handle?.close();
    }
}
/** Every readable record, oldest first. Lines that are not a whole, valid record (a torn write) are skipped. */
async function readEvents(layout) {
    let text;
    try {
        text = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().readFile(layout.eventsFile, "utf8");
    }
    catch (error) {
        if (error.code === "ENOENT")
            return [];
        throw error;
    }
    const records = [];
    for (const line of text.split("\n")) {
        if (line.trim() === "")
            continue;
        const record = parseLine(line);
        if (record)
            records.push(record);
    }
    return records;
}
function parseLine(line) {
    try {
        const parsed = EventRecordSchema.safeParse(JSON.parse(line));
        return parsed.success ? parsed.data : undefined;
    }
    catch {
        return undefined;
    }
}
function eventKey(asset, partition) {
    return `${asset}\u0000${partition}`;
}
/** The latest record per (asset, partition), and the latest success per (asset, partition). */
function latestEvents(records) {
    const last = new Map();
    const lastSuccess = new Map();
    for (const record of records) {
        const key = eventKey(record.asset, record.partition);
        last.set(key, record);
        if (record.status === "success")
            lastSuccess.set(key, record);
    }
    return { last, lastSuccess };
}


/***/ }),

/***/ 96974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** Run `task` over `items`, at most `limit` at once; rejects with the first failure. */
async function mapLimit(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    async function worker() {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index]);
        }
    }
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}


/***/ }),

/***/ 46031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QT: () => (/* binding */ isStillRunning),
/* harmony export */   WF: () => (/* binding */ thisProcess)
/* harmony export */ });
/* unused harmony exports isProcessAlive, processStart, currentBootId */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);


/** This process, as recorded in a lock or journal. */
function thisProcess() {
    const processStarted = processStart(process.pid);
    const bootId = currentBootId();
    return {
        pid: process.pid,
        hostname: node_os__WEBPACK_IMPORTED_MODULE_1___default().hostname(),
        ...(processStarted !== undefined ? { processStart: processStarted } : {}),
        ...(bootId !== undefined ? { bootId } : {}),
    };
}
/**
 * Whether the process `identity` names still runs. Only meaningful on its own host (the caller
 * checks `hostname`). False when the pid is gone, the machine rebooted since, or the pid now
 * names a process that started at another time (pid reuse).
 */
function isStillRunning(identity) {
    const bootId = currentBootId();
    if (identity.bootId !== undefined && bootId !== undefined && identity.bootId !== bootId)
        return false;
    if (!isProcessAlive(identity.pid))
        return false;
    const started = processStart(identity.pid);
    return (identity.processStart === undefined ||
        started === undefined ||
        started === identity.processStart);
}
/** Whether a pid exists on this host (EPERM: it does, owned by another user). */
function isProcessAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === "EPERM";
    }
}
/** Linux: the process's start time in clock ticks after boot (field 22 of /proc/<pid>/stat). */
function processStart(pid) {
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`/proc/${pid}/stat`, "utf8");
        return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
    }
    catch {
        return undefined;
    }
}
/** Linux: changes at every boot, so pids recorded before a reboot mean nothing. */
function currentBootId() {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)("/proc/sys/kernel/random/boot_id", "utf8").trim() || undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 81644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   At: () => (/* binding */ isS3Url),
/* harmony export */   Ch: () => (/* binding */ openStore),
/* harmony export */   qJ: () => (/* binding */ normalizeStoreUrl),
/* harmony export */   r1: () => (/* binding */ resolveStoreUrl),
/* harmony export */   xB: () => (/* binding */ newWorkingDir)
/* harmony export */ });
/* unused harmony export LocalStore */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _config_settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54661);
/* harmony import */ var _event_store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(33389);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5891);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(38898);








function isS3Url(url) {
    return url.startsWith("s3://");
}
/** A local store URL as a directory path; an S3 URL unchanged. */
function normalizeStoreUrl(url, base) {
    if (isS3Url(url))
        return url;
    if (url.startsWith("file://"))
        return (0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(url);
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url))
        throw new Error(`store ${JSON.stringify(url)}: expected s3://bucket/prefix, file:///path or a directory`);
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(base, url);
}
/** The store to use: `--store`, else LIFECYCLE_STORE, else `store.url` of lifecycle.yml, else `<root>/.lifecycle`. */
async function resolveStoreUrl(flag, root, cwd, env) {
    if (flag !== undefined)
        return normalizeStoreUrl(flag, cwd);
    const fromEnv = env.LIFECYCLE_STORE?.trim();
    if (fromEnv)
        return normalizeStoreUrl(fromEnv, cwd);
    const { settings } = await (0,_config_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .loadSettings */ .M5)(root).catch(() => ({ settings: {} }));
    const configured = settings.store?.url;
    return configured ? normalizeStoreUrl(configured, root) : node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, ".lifecycle");
}
async function openStore(url, options) {
    if (!isS3Url(url))
        return new LocalStore(normalizeStoreUrl(url, options.root));
    const settings = options.settings ?? (await (0,_config_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .loadSettings */ .M5)(options.root)).settings.store ?? {};
    const { openS3Store } = await Promise.all(/* import() */[__webpack_require__.e(711), __webpack_require__.e(75)]).then(__webpack_require__.bind(__webpack_require__, 52075));
    return openS3Store(url, { ...options, settings });
}
/** The embedded default: the directory is the store; commits are the engine's atomic renames. */
class LocalStore {
    url;
    kind = "local";
    layout;
    events;
    constructor(url) {
        this.url = url;
        this.layout = new _layout_js__WEBPACK_IMPORTED_MODULE_6__/* .StoreLayout */ .Eh(url);
        this.events = new _event_store_js__WEBPACK_IMPORTED_MODULE_5__/* .LocalEventStore */ .R(this.layout);
    }
    async commit() { }
    async commitAlias() { }
    async listUnits(prefix) {
        const top = prefix.split("/")[0] || undefined;
        const units = await (0,_units_js__WEBPACK_IMPORTED_MODULE_7__/* .listLocalUnits */ .Rr)(this.layout.root, prefix.includes("/") ? top : undefined);
        return units.filter((u) => u.startsWith(prefix));
    }
    async commitDatasets() { }
    async unitFiles(unit) {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.layout.root, unit);
        return (await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().stat(dir).catch(() => undefined)) ? (0,_units_js__WEBPACK_IMPORTED_MODULE_7__/* .listUnitFiles */ .et)(dir) : undefined;
    }
    verifyUnit(unit) {
        return (0,_units_js__WEBPACK_IMPORTED_MODULE_7__/* .listUnitFiles */ .et)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.layout.root, unit));
    }
    async close() { }
}
/** A fresh, private working directory for an S3 store. */
async function newWorkingDir() {
    return node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().mkdtemp(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(), "lifecycle-store-"));
}


/***/ }),

/***/ 38898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ checkManifestPath),
/* harmony export */   Rr: () => (/* binding */ listLocalUnits),
/* harmony export */   et: () => (/* binding */ listUnitFiles),
/* harmony export */   pL: () => (/* binding */ ManifestSchema),
/* harmony export */   zj: () => (/* binding */ PointerSchema)
/* harmony export */ });
/* unused harmony export ManifestFileSchema */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26921);
/* harmony import */ var _blob_cache_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96573);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5891);





/*
 * A unit is what an object store makes current all at once: one stage output
 * (`products/<p>/<partition>/<stage>`) or one dataset version (`ingest/datasets/<id>/<version>`),
 * named by its path relative to the store root, the same in a local store and in a bucket; and
 * what publishing makes: a draft revision (`drafts/<p>/<version>/<revision>`) and a published
 * version (`published/<p>/<version>`, and `published/<p>/latest`).
 */
const ManifestFileSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({ path: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), sha256: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/), bytes: zod__WEBPACK_IMPORTED_MODULE_4__/* .int */ .Whr() }),
    zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({ path: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), link: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP() }),
]);
/** Every file of one committed unit; uploaded last, after every file it lists. */
const ManifestSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    format: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(1),
    unit: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    runId: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    committedAt: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    files: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(ManifestFileSchema),
});
/** What makes a unit current: the one small object written last (conditionally). */
const PointerSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    format: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(1),
    manifest: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    sha256: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/),
    runId: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    committedAt: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
});
/** Every file under `dir` (regular files hashed, symlinks by target), sorted by path. */
async function listUnitFiles(dir) {
    const out = [];
    async function walk(relative) {
        const entries = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, relative), { withFileTypes: true });
        for (const entry of entries) {
            const rel = relative === "" ? entry.name : `${relative}/${entry.name}`;
            const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, rel);
            if (entry.isDirectory())
                await walk(rel);
            else if (entry.isSymbolicLink())
                out.push({ path: rel, link: await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readlink(full) });
            else if (entry.isFile())
                out.push({ path: rel, sha256: await (0,_blob_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .hashFile */ .D)(full), bytes: (await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().stat(full)).size });
        }
    }
    await walk("");
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/** A manifest path must stay inside its unit. */
function checkManifestPath(file, where) {
    const parts = file.split("/");
    if (file.startsWith("/") || parts.some((p) => p === "" || p === "." || p === ".."))
        throw new Error(`${where}: file path ${JSON.stringify(file)} leaves its unit`);
}
/**
 * Every unit present in a local store directory: stage outputs, dataset versions with
 * config.json, drafts with draft.json, published versions with release.json. With `top`, only
 * those under that top folder (`products`, `ingest`, `drafts`, `published`).
 */
async function listLocalUnits(root, top) {
    const wanted = (name) => top === undefined || top === name;
    return [
        ...(wanted("products") ? await stageUnits(root) : []),
        ...(wanted("ingest") ? await datasetUnits(root) : []),
        ...(wanted("drafts") ? await draftUnits(root) : []),
        ...(wanted("published") ? await publishedUnits(root) : []),
    ];
}
async function stageUnits(root) {
    const units = [];
    for (const product of await dirs(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, "products")))
        for (const partition of await dirs(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, "products", product)))
            for (const stage of _layout_js__WEBPACK_IMPORTED_MODULE_3__/* .STAGES */ .an) {
                const unit = `products/${product}/${partition}/${stage}`;
                if (await exists(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, unit)))
                    units.push(unit);
            }
    return units;
}
async function datasetUnits(root) {
    const units = [];
    for (const id of await dirs(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, "ingest", "datasets")))
        for (const version of await dirs(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, "ingest", "datasets", id))) {
            const unit = `ingest/datasets/${id}/${version}`;
            if (await exists(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, unit, "config.json")))
                units.push(unit);
        }
    return units;
}
async function draftUnits(root) {
    const units = [];
    for (const product of await dirs(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, "drafts")))
        for (const version of await dirs(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, "drafts", product)))
            for (const revision of await dirs(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, "drafts", product, version))) {
                const unit = `drafts/${product}/${version}/${revision}`;
                if (await exists(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, unit, _layout_js__WEBPACK_IMPORTED_MODULE_3__/* .DRAFT_RECORD */ .iO)))
                    units.push(unit);
            }
    return units;
}
async function publishedUnits(root) {
    const units = [];
    for (const product of await dirs(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, "published")))
        for (const version of await dirs(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, "published", product))) {
            const unit = `published/${product}/${version}`;
            if (await exists(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, unit, _layout_js__WEBPACK_IMPORTED_MODULE_3__/* .RELEASE_RECORD */ .oS)))
                units.push(unit);
        }
    return units;
}
async function dirs(dir) {
    const entries = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readdir(dir, { withFileTypes: true }).catch(() => []);
    return entries
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort();
}
async function exists(file) {
    return node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().access(file).then(() => true, () => false);
}


/***/ })

};

//# sourceMappingURL=411.index.js.map