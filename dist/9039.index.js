export const id = 9039;
export const ids = [9039,1768];
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

/***/ 61768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  materializeCommand: () => (/* binding */ materializeCommand)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(26921);
// EXTERNAL MODULE: ./node_modules/cli-truncate/index.js + 11 modules
var cli_truncate = __webpack_require__(64234);
;// CONCATENATED MODULE: ./src/cli/fit-width.ts

// Apart from terminal.ts: cli-truncate (string-width, its tables) costs ~40 ms to load, and only
// the live progress line needs it.
/** `text` cut to `columns` display columns (wide characters and colour codes counted right). */
function fitToWidth(text, columns) {
    return (0,cli_truncate/* default */.A)(text, Math.max(1, columns), { position: "end" });
}

// EXTERNAL MODULE: ./src/cli/terminal.ts
var terminal = __webpack_require__(71028);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __webpack_require__(27135);
;// CONCATENATED MODULE: ./src/engine/console-reporter.ts



const FAILURE_LOG_LINES = 30;
/**
 * Progress for a terminal. Not a TTY: one plain line per event, command output prefixed with its
 * task. A TTY: finished tasks scroll by, and one status line at the bottom shows what runs now
 * (with bytes downloaded and rows read), cut to the terminal's width so it never wraps; command
 * output is kept and shown only for a task that fails.
 */
class ConsoleReporter {
    out;
    live;
    c;
    verbosity;
    running = new Map();
    logs = new Map();
    total = 0;
    done = 0;
    statusShown = false;
    dryRun = { on: false, wouldRun: 0, upToDate: 0 };
    constructor(out, options = {}) {
        this.out = out;
        this.verbosity = options.verbosity ?? "normal";
        this.live = (options.live ?? out.isTTY === true) && this.verbosity !== "quiet";
        this.c = options.colors ?? (0,terminal/* colors */.Tj)(false);
    }
    report(event) {
        const c = this.c;
        switch (event.type) {
            case "run-planned":
                return this.planned(event);
            case "task-started":
                this.running.set(event.task.id, { task: event.task });
                return this.live ? this.status() : this.info(`start    ${console_reporter_name(event.task)}`);
            case "task-log":
                return this.log(event.task, event.line);
            case "task-progress":
                return this.progress(event.task, event.progress);
            case "task-succeeded":
                return this.finish(event.task, `${c.green("ok")}       ${console_reporter_name(event.task)} ${c.dim(`(${seconds(event.record.durationMs)})`)}`);
            case "task-skipped":
                return this.finish(event.task, c.dim(`skipped  ${console_reporter_name(event.task)} (up to date)`));
            case "task-failed":
                return this.finish(event.task, `${c.red(c.bold("FAILED"))}   ${console_reporter_name(event.task)}: ${event.error}`, "always");
            case "task-cancelled":
                return this.finish(event.task, `${c.yellow("cancelled")} ${console_reporter_name(event.task)}`, "always");
            case "task-blocked":
                return this.finish(event.task, `${c.yellow("blocked")}  ${console_reporter_name(event.task)}: ${event.blockedBy} did not succeed`, "always");
            case "task-dry-run":
                return this.dryRunLine(event);
            case "run-finished":
                return this.finished(event);
        }
    }
    planned(event) {
        this.total = event.tasks.length;
        this.dryRun.on = event.dryRun;
        for (const warning of event.warnings ?? [])
            this.line(this.c.yellow((0,diagnostics/* formatDiagnostics */.oO)([warning], "text")));
        this.info(`${event.dryRun ? "dry run: " : ""}${event.tasks.length} task(s), concurrency ${event.concurrency}, run ${event.runId}`);
    }
    dryRunLine(event) {
        if (event.wouldRun)
            this.dryRun.wouldRun++;
        else
            this.dryRun.upToDate++;
        const label = event.wouldRun ? this.c.cyan("would run") : this.c.dim("up to date");
        this.line(`${label}  ${console_reporter_name(event.task)}${event.wouldRun ? `: ${event.reason}` : ""}`);
    }
    finished(event) {
        if (this.dryRun.on)
            return this.line(`dry run: ${this.dryRun.wouldRun} would run, ${this.dryRun.upToDate} up to date`);
        const s = event.summary;
        const c = this.c;
        const count = (n, text, paint) => n > 0 ? paint(`${n} ${text}`) : `${n} ${text}`;
        const parts = [
            count(s.success, "succeeded", c.green),
            `${s.skipped} skipped`,
            count(s.failed, "failed", (t) => c.red(c.bold(t))),
            count(s.blocked, "blocked", c.yellow),
            count(s.cancelled, "cancelled", c.yellow),
        ];
        this.line(`done in ${seconds(event.durationMs)}: ${parts.join(", ")}`);
    }
    log(task, line) {
        if (!this.live && this.verbosity !== "quiet")
            return this.line(`  ${console_reporter_name(task)} | ${line}`);
        if (this.verbosity === "verbose")
            this.line(this.c.dim(`  ${console_reporter_name(task)} | ${line}`));
        const kept = this.logs.get(task.id) ?? [];
        kept.push(line);
        if (kept.length > FAILURE_LOG_LINES)
            kept.shift();
        this.logs.set(task.id, kept);
    }
    progress(task, progress) {
        const entry = this.running.get(task.id);
        if (!entry)
            return;
        entry.progress = progress;
        if (this.live)
            this.status();
    }
    finish(task, text, show = "normal") {
        this.running.delete(task.id);
        this.done++;
        if (show === "always") {
            this.line(text);
            // Not live, the output was printed as it came; live (or quiet) it was kept for now.
            if (this.live || this.verbosity === "quiet")
                for (const line of this.logs.get(task.id) ?? [])
                    this.line(this.c.dim(`  | ${line}`));
        }
        else {
            this.info(text);
        }
        this.logs.delete(task.id);
        if (this.live)
            this.status();
    }
    /** A line that --quiet leaves out. */
    info(text) {
        if (this.verbosity !== "quiet")
            this.line(text);
    }
    line(text) {
        this.clearStatus();
        this.out.write(`${text}\n`);
    }
    status() {
        this.clearStatus();
        const names = [...this.running.values()].map(({ task, progress }) => `${console_reporter_name(task)}${progress ? ` ${describeProgress(progress)}` : ""}`);
        const shown = names.slice(0, 3).join(", ") + (names.length > 3 ? ` +${names.length - 3}` : "");
        const text = `${this.c.cyan(`[${this.done}/${this.total}]`)} running: ${shown || "-"}`;
        // One column short of the width: writing the last column makes some terminals wrap.
        this.out.write(fitToWidth(text, (0,terminal/* terminalColumns */.UV)(this.out) - 1));
        this.statusShown = true;
    }
    clearStatus() {
        if (this.statusShown)
            this.out.write("\r\x1b[2K");
        this.statusShown = false;
    }
}
function console_reporter_name(task) {
    return `${task.asset} [${task.partition}]`;
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)}s`;
}
function describeProgress(progress) {
    if (progress.what === "rows")
        return `${progress.rows.toLocaleString("en-US")} rows`;
    const total = progress.totalBytes === undefined ? "" : ` of ${bytes(progress.totalBytes)}`;
    return `${bytes(progress.bytes)}${total}`;
}
function bytes(n) {
    if (n < 1024)
        return `${n} B`;
    const units = ["KB", "MB", "GB", "TB"];
    let value = n / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(1)} ${units[unit] ?? "TB"}`;
}

// EXTERNAL MODULE: ./src/engine/materialize.ts + 3 modules
var materialize = __webpack_require__(96402);
// EXTERNAL MODULE: ./src/store/layout.ts
var layout = __webpack_require__(5891);
// EXTERNAL MODULE: ./src/config/recipe-run.ts
var recipe_run = __webpack_require__(93250);
// EXTERNAL MODULE: ./src/config/recipe-from-lock.ts
var recipe_from_lock = __webpack_require__(93263);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/lock-timeout.ts
var lock_timeout = __webpack_require__(91789);
;// CONCATENATED MODULE: ./src/cli/commands/materialize.ts









const FlagsSchema = schemas/* object */.Ikc({
    select: schemas/* string */.YjP().min(1).optional(),
    partition: schemas/* string */.YjP().min(1).optional(),
    concurrency: schemas/* string */.YjP()
        .regex(/^[1-9]\d*$/, { message: "expected a whole number of at least 1" })
        .transform(Number)
        .optional(),
    force: schemas/* boolean */.zMY().default(false),
    create: schemas/* boolean */.zMY().default(false),
    "dry-run": schemas/* boolean */.zMY().default(false),
    stage: schemas/* array */.YOg(schemas/* enum */.k5n(layout/* STAGES */.an)).optional(),
    recipe: schemas/* string */.YjP().min(1).optional(),
    "from-lock": schemas/* string */.YjP().min(1).optional(),
    "lock-timeout": lock_timeout/* lockTimeoutFlag */.r2,
});
/** What --recipe or --from-lock decide: the loader, and the default selection and partition. */
async function chooseRun(flags, root) {
    const { recipe, select, partition } = flags;
    const fromLock = flags["from-lock"];
    if (fromLock !== undefined) {
        if (recipe !== undefined)
            throw new errors/* UsageError */.eb("--from-lock and --recipe cannot be combined");
        const lock = await (0,recipe_from_lock/* readLockFile */.cx)((0,recipe_from_lock/* lockPath */.HZ)(root, fromLock));
        if (partition !== undefined && partition !== lock.partition.key)
            throw new errors/* UsageError */.eb(`--from-lock: the lock is for partition "${lock.partition.key}", not --partition "${partition}" (leave --partition out)`);
        return {
            select: select ?? lock.product,
            partition: lock.partition.key,
            loadProject: (0,recipe_run/* lockLoader */.j)(lock),
        };
    }
    if (recipe === undefined)
        return { select, partition };
    const product = /^products\/([^/]+)\//.exec(recipe)?.[1];
    return { select: select ?? product, partition, loadProject: (0,recipe_run/* recipeLoader */.s)(recipe) };
}
const materializeCommand = {
    name: "materialize",
    usage: "[--select S] [--partition KEY [--create]] [--recipe FILE | --from-lock FILE] [--concurrency N] [--force] [--dry-run] [--stage NAME]... [--lock-timeout S]",
    details: `Options:
  --select S         assets: ids (<product>.<stage>, ingest.<template>), product ids, group:<g>,
                     tag:<t>, +x (x and what it needs), x+ (x and what depends on it), * (all);
                     comma separated. Default: every product; missing input datasets are ingested.
  --partition KEY    partition key or expression for every selected product (default: each
                     product's default, "main" for dynamic products)
  --create           add a dynamic partition key the product does not have yet (without it, an
                     unknown key is an error that lists the known ones; or: lifecycle partitions add)
  --recipe FILE      build its product with this recipe file (products/<id>/recipe*.yml) for
                     this run; the selection defaults to that product
  --from-lock FILE   rebuild a past build from its recipe.lock.yml (path from the project root):
                     its product and partition,
                     every input at its locked version, the product version it had
  --concurrency N    tasks at once (default: the number of cores)
  --force            run stages even when their inputs are unchanged
  --dry-run          print what would run, change nothing
  --stage NAME       run only this stage (plan, load, build, package; repeatable); the stage
                     before it must already be in the store
${(0,lock_timeout/* lockTimeoutHelp */.ep)(21)}
Exit codes: 0 all succeeded or were up to date, 1 a stage failed or the run was cancelled,
2 bad usage or configuration, or the store is in use by another run (nothing ran).`,
    options: {
        select: { type: "string" },
        partition: { type: "string" },
        concurrency: { type: "string" },
        force: { type: "boolean" },
        create: { type: "boolean" },
        "dry-run": { type: "boolean" },
        stage: { type: "string", multiple: true },
        recipe: { type: "string" },
        "from-lock": { type: "string" },
        ...lock_timeout/* lockTimeoutOption */.iU,
    },
    async run(context) {
        const flags = (0,command/* parseFlags */.bQ)(FlagsSchema, context.flags);
        (0,command/* expectNoArguments */.Fi)(context, "materialize", "; use --select");
        const choice = await chooseRun(flags, context.root);
        const result = await (0,materialize.materialize)({
            ...(choice.loadProject !== undefined ? { deps: { loadProject: choice.loadProject } } : {}),
            root: context.root,
            store: context.store,
            env: context.env,
            select: choice.select,
            partition: choice.partition,
            concurrency: flags.concurrency,
            force: flags.force,
            createPartitions: flags.create || flags["from-lock"] !== undefined,
            dryRun: flags["dry-run"],
            stages: flags.stage,
            reporter: new ConsoleReporter(context.stdout, {
                colors: context.colors.out,
                verbosity: context.verbosity,
            }),
            signal: context.signal,
            lock: (0,lock_timeout/* commandLock */.$d)(context, "materialize", flags["lock-timeout"]),
        });
        return result.ok ? 0 : 1;
    },
};


/***/ }),

/***/ 19039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   senseCommand: () => (/* binding */ senseCommand)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26921);
/* harmony import */ var _sense_sensor_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30144);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3567);
/* harmony import */ var _lock_timeout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91789);
/* harmony import */ var _materialize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61768);





const FlagsSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    select: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).default("*"),
    limit: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
        .regex(/^[1-9]\d*$/, { message: "expected a whole number of at least 1" })
        .transform(Number)
        .optional(),
    "dry-run": zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().default(false),
    "no-run": zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().default(false),
    format: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(["text", "json"]).default("text"),
    "lock-timeout": _lock_timeout_js__WEBPACK_IMPORTED_MODULE_2__/* .lockTimeoutFlag */ .r2,
});
const senseCommand = {
    name: "sense",
    usage: "[--select IDS] [--limit N] [--dry-run] [--no-run] [--format text|json] [--lock-timeout S]",
    details: `A product's observe: list names inputs lifecycle watches but does not build (an HTTP
resource or an object-store key per partition, e.g. s3://bucket/trades/{date}/{universe}.csv).
sense finds the partitions whose every observed input exists, leaves out those already packaged
or handed on by an earlier sense (the cursor, <store>/sensors/cursor.json, on S3 replaced only
if nobody moved it since it was read), records the rest in the cursor and materializes them.
Options:
  --select IDS       product ids, comma-separated, or * (default)
  --limit N          hand on at most N partitions in all (the oldest first); the rest wait for
                     the next call
  --dry-run          report what would start; change nothing
  --no-run           record and report them, run nothing (the GitHub sensor dispatches them)
  --format F         text (default) or json: { "due": [ { product, partitions } ] }
${(0,_lock_timeout_js__WEBPACK_IMPORTED_MODULE_2__/* .lockTimeoutHelp */ .ep)(21)}`,
    options: {
        select: { type: "string" },
        limit: { type: "string" },
        "dry-run": { type: "boolean" },
        "no-run": { type: "boolean" },
        format: { type: "string" },
        ..._lock_timeout_js__WEBPACK_IMPORTED_MODULE_2__/* .lockTimeoutOption */ .iU,
    },
    async run(context) {
        const flags = (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFlags */ .bQ)(FlagsSchema, context.flags);
        (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .expectNoArguments */ .Fi)(context, "sense", "; use --select");
        const { due, waiting } = await (0,_sense_sensor_js__WEBPACK_IMPORTED_MODULE_0__/* .senseDue */ .h)({
            root: context.root,
            store: context.store,
            env: context.env,
            signal: context.signal,
            select: flags.select === "*" ? undefined : flags.select.split(",").map((s) => s.trim()),
            limit: flags.limit,
            dryRun: flags["dry-run"],
            lock: (0,_lock_timeout_js__WEBPACK_IMPORTED_MODULE_2__/* .commandLock */ .$d)(context, "sense", flags["lock-timeout"]),
        });
        context.stdout.write(flags.format === "json" ? `${JSON.stringify({ due, waiting }, null, 2)}\n` : describe(due));
        if (waiting > 0 && flags.format === "text")
            context.stdout.write(`${waiting} more partition(s) wait for the next sense (--limit)\n`);
        if (flags["dry-run"] || flags["no-run"])
            return 0;
        let code = 0;
        for (const { product, partitions } of due) {
            const flagsForRun = { select: product, partition: partitions.join(",") };
            code = Math.max(code, await _materialize_js__WEBPACK_IMPORTED_MODULE_3__.materializeCommand.run({ ...context, positionals: [], flags: flagsForRun }));
        }
        return code;
    },
};
function describe(due) {
    if (due.length === 0)
        return "nothing to start: every observed partition is built or started\n";
    return due.map((d) => `${d.product}: ${d.partitions.join(", ")}`).join("\n") + "\n";
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

/***/ 76800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ chooseRecipe)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _recipe_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82538);
/* harmony import */ var _recipe_base_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95806);
/* harmony import */ var _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27135);






/**
 * `--recipe FILE`: build a product with another of its recipe files for this run (dcpy's build
 * dispatch takes the recipe file). The product is the one whose folder holds the file
 * (`products/pluto/recipe-minor.yml` -> pluto); the file is checked like any recipe.
 */
async function chooseRecipe(project, recipe) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.normalize(recipe.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join("/"));
    const match = /^products\/([^/]+)\/recipe[^/]*\.yml$/.exec(file);
    const product = match?.[1];
    if (product === undefined || !project.products.some((p) => p.id === product)) {
        const known = project.products.map((p) => `products/${p.id}/recipe*.yml`).join(", ");
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--recipe: expected a recipe file of a product, products/<product>/recipe*.yml (received "${recipe}"; products: ${known || "none"})`);
    }
    let text;
    try {
        text = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(project.root, file), "utf8");
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--recipe: recipe file not found: ${file}`);
    }
    const { recipe: parsed, yaml, diagnostics } = (0,_recipe_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRecipeFile */ .sJ)(file, text);
    if (!parsed || (0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_5__/* .hasErrors */ .Cs)(diagnostics))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`--recipe: ${file} is not a valid recipe`, diagnostics);
    const entry = { file, recipe: parsed, yaml };
    if (parsed.base_recipe !== undefined) {
        const resolved = (0,_recipe_base_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveBaseRecipes */ .F)(project.root, file, parsed);
        if ("diagnostics" in resolved)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`--recipe: the base recipes of ${file} have errors`, resolved.diagnostics);
        entry.extended = resolved;
    }
    project.recipes.set(product, entry);
    return product;
}


/***/ }),

/***/ 93263:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HZ: () => (/* binding */ lockPath),
/* harmony export */   aY: () => (/* binding */ applyLock),
/* harmony export */   cx: () => (/* binding */ readLockFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _stages_lock_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86072);
/* harmony import */ var _recipe_choice_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76800);
/* harmony import */ var _yaml_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98384);






/** Read and check a `recipe.lock.yml` (a plan's output, or one kept from a past build). */
async function readLockFile(file) {
    let text;
    try {
        text = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readFile(file, "utf8");
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--from-lock: lock file not found: ${file}`);
    }
    const yaml = (0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_5__/* .parseYamlFile */ .BU)(file, text);
    const parsed = yaml.diagnostics.length > 0
        ? { diagnostics: yaml.diagnostics }
        : (0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_5__/* .parseWithSchema */ .fe)(yaml, _stages_lock_js__WEBPACK_IMPORTED_MODULE_3__/* .RecipeLockSchema */ .HS);
    if (parsed.data === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`--from-lock: ${file} is not a recipe.lock.yml`, parsed.diagnostics);
    return parsed.data;
}
/**
 * `--from-lock FILE` (dcpy's "build from a recipe lock"): the product's recipe file named in the
 * lock, with its version and every input's version replaced by the locked ones, so the plan
 * resolves nothing anew (no find_latest, no copy_latest_release, no version strategy). The build
 * commands are the recipe file's as it is now: the lock pins data, not code (check out the commit).
 */
async function applyLock(project, lock) {
    if (!project.products.some((p) => p.id === lock.product)) {
        const known = project.products.map((p) => p.id).join(", ") || "none";
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--from-lock: the lock is for product "${lock.product}", which this project does not have (products: ${known})`);
    }
    if (lock.recipe !== null) {
        const chosen = await (0,_recipe_choice_js__WEBPACK_IMPORTED_MODULE_4__/* .chooseRecipe */ .K)(project, lock.recipe);
        if (chosen !== lock.product)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--from-lock: the lock's recipe ${lock.recipe} belongs to "${chosen}", not "${lock.product}"`);
        const entry = project.recipes.get(lock.product);
        if (entry) {
            pinRecipe(entry.recipe, lock);
            if (entry.extended)
                pinRecipe(entry.extended.recipe, lock);
        }
    }
    return { product: lock.product, partition: lock.partition.key, lock };
}
function pinRecipe(recipe, lock) {
    if (lock.version !== undefined) {
        recipe.version = lock.version.value;
        delete recipe.version_strategy;
    }
    if (recipe.inputs.missing_versions_strategy !== undefined)
        delete recipe.inputs.missing_versions_strategy;
    const locked = new Map(lock.inputs.map((input) => [input.dataset, input]));
    for (const dataset of recipe.inputs.datasets) {
        const input = locked.get(dataset.id);
        if (input === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--from-lock: the recipe reads dataset "${dataset.id}", which the lock does not pin (locked: ${[...locked.keys()].join(", ") || "none"})`);
        dataset.version = input.version;
    }
}
/** A lock path as given on the command line, relative to the project root like --recipe. */
function lockPath(root, file) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, file);
}


/***/ }),

/***/ 93250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ lockLoader),
/* harmony export */   s: () => (/* binding */ recipeLoader)
/* harmony export */ });
/* harmony import */ var _partitions_project_products_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93191);
/* harmony import */ var _recipe_choice_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76800);
/* harmony import */ var _recipe_from_lock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93263);



/*
 * The project loaders of a run with another recipe (`--recipe`, the `recipe` input) or from a
 * past build's lock (`--from-lock`, the `from-lock` input): the CLI and the action pass one to
 * the engine, so every stage of the run sees the same recipe.
 */
/** The project loader, with the product of `recipe` built from that file. */
function recipeLoader(recipe) {
    return async (root) => {
        const loaded = await (0,_partitions_project_products_js__WEBPACK_IMPORTED_MODULE_0__/* .loadProjectWithPipelines */ .f1)(root);
        await (0,_recipe_choice_js__WEBPACK_IMPORTED_MODULE_1__/* .chooseRecipe */ .K)(loaded.project, recipe);
        return loaded;
    };
}
/** The project loader, with the lock's product pinned to the lock's versions. */
function lockLoader(lock) {
    return async (root) => {
        const loaded = await (0,_partitions_project_products_js__WEBPACK_IMPORTED_MODULE_0__/* .loadProjectWithPipelines */ .f1)(root);
        await (0,_recipe_from_lock_js__WEBPACK_IMPORTED_MODULE_2__/* .applyLock */ .aY)(loaded.project, lock);
        return loaded;
    };
}


/***/ }),

/***/ 30144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ senseDue)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/partitions/project-products.ts
var project_products = __webpack_require__(93191);
// EXTERNAL MODULE: ./src/store/events.ts
var events = __webpack_require__(18372);
// EXTERNAL MODULE: ./src/store/lock.ts
var store_lock = __webpack_require__(35074);
// EXTERNAL MODULE: ./src/store/store.ts
var store_store = __webpack_require__(81644);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(26921);
;// CONCATENATED MODULE: ./src/sense/cursor.ts



const CursorSchema = schemas/* strictObject */.rej({ started: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP())) });
/** Where the cursor lives, relative to the store: `<store>/sensors/cursor.json`. */
const CURSOR_PATH = "sensors/cursor.json";
function cursorDocument(store) {
    return isS3Store(store) ? new S3CursorDocument(store) : new LocalCursorDocument(store.url);
}
function isS3Store(store) {
    return store.kind === "s3";
}
function parseCursor(text, where) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new Error(`${where}: the sensor cursor is not JSON`);
    }
    const parsed = CursorSchema.safeParse(value);
    if (!parsed.success)
        throw new Error(`${where}: the sensor cursor is not { "started": { product: [keys] } } (${parsed.error.issues[0]?.message ?? ""})`);
    return parsed.data;
}
const serialise = (cursor) => `${JSON.stringify(cursor, null, 2)}\n`;
class LocalCursorDocument {
    file;
    constructor(root) {
        this.file = external_node_path_default().join(root, CURSOR_PATH);
    }
    async read() {
        const text = await promises_default().readFile(this.file, "utf8").catch((error) => {
            if (error.code === "ENOENT")
                return undefined;
            throw error;
        });
        if (text === undefined)
            return { cursor: { started: {} }, version: undefined };
        return { cursor: parseCursor(text, this.file), version: text };
    }
    /** Written whole (temp file, then rename), so a killed sensor never leaves half a cursor. */
    async write(cursor, version) {
        if ((await this.read()).version !== version)
            return false;
        await promises_default().mkdir(external_node_path_default().dirname(this.file), { recursive: true });
        const temp = `${this.file}.${process.pid}.tmp`;
        await promises_default().writeFile(temp, serialise(cursor));
        await promises_default().rename(temp, this.file);
        return true;
    }
}
class S3CursorDocument {
    store;
    key;
    constructor(store) {
        this.store = store;
        this.key = store.prefix === "" ? CURSOR_PATH : `${store.prefix}/${CURSOR_PATH}`;
    }
    async read() {
        const got = await this.store.s3.get(this.key);
        if (!got)
            return { cursor: { started: {} }, version: undefined };
        const where = `s3://${this.store.s3.bucket}/${this.key}`;
        return { cursor: parseCursor(got.body.toString("utf8"), where), version: got.etag };
    }
    async write(cursor, version) {
        const condition = version === undefined ? { ifNoneMatch: "*" } : { ifMatch: version };
        return (await this.store.s3.put(this.key, serialise(cursor), condition)) !== "conflict";
    }
}

// EXTERNAL MODULE: ./src/store/s3-client.ts
var s3_client = __webpack_require__(19087);
// EXTERNAL MODULE: ./src/store/s3-objects.ts
var s3_objects = __webpack_require__(18314);
;// CONCATENATED MODULE: ./src/sense/objects.ts


/**
 * Lists the keys under a prefix of `s3://bucket`, with the connection the environment gives
 * (AWS_ENDPOINT_URL_S3, AWS_REGION, credentials; none: anonymous, for public buckets) and the
 * `s3:` settings of lifecycle.yml. One client per bucket.
 */
function s3ObjectLister(env, settings = {}) {
    const clients = new Map();
    return {
        async list(bucketUrl, prefix) {
            const bucket = bucketUrl.replace(/^s3:\/\//, "");
            let objects = clients.get(bucket);
            if (!objects) {
                objects = new s3_objects/* S3Objects */.NY(bucket, (0,s3_client/* resolveS3Connection */.Zc)(env, settings, `observe ${bucketUrl}`));
                clients.set(bucket, objects);
            }
            const keys = [];
            for await (const object of objects.list(prefix))
                keys.push(object.key);
            return keys;
        },
    };
}

// EXTERNAL MODULE: ./src/partitions/resolve.ts + 1 modules
var resolve = __webpack_require__(9388);
;// CONCATENATED MODULE: ./src/sense/sense.ts



/** The values a partition gives an observation's template. */
function templateValues(partition) {
    const values = {
        key: partition.key,
        version: partition.version,
        ...partition.dimensions,
    };
    const start = partition.env.LIFECYCLE_START_DATE;
    const end = partition.env.LIFECYCLE_END_DATE;
    if (start)
        values.start = start;
    if (end)
        values.end = end;
    if (partition.env.LIFECYCLE_UNIVERSE)
        values.universe = partition.env.LIFECYCLE_UNIVERSE;
    return values;
}
function fillTemplate(template, values) {
    return template.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, key) => {
        const value = values[key];
        if (value === undefined)
            throw new Error(`${template}: {${key}} is not a dimension of this partition (${Object.keys(values).join(", ")})`);
        return value;
    });
}
/** The partitions of the product whose every observed input exists now. */
async function observedPartitions(product, deps, now = new Date()) {
    const observations = product.observe ?? [];
    if (observations.length === 0)
        return [];
    let candidates = (0,resolve/* resolvePartitions */.W)(product, "*", { now, maxRuns: 100_000 });
    for (const observation of observations) {
        const present = await presentFor(observation, candidates, deps);
        candidates = candidates.filter((p) => present.has(p.key));
    }
    return candidates;
}
async function presentFor(observation, candidates, deps) {
    const present = new Set();
    if ("socrata" in observation)
        return socrataPresent(observation, candidates, deps);
    if ("http" in observation) {
        for (const partition of candidates) {
            const url = fillTemplate(observation.http.url, templateValues(partition));
            const response = await (deps.fetch ?? fetch)(url, {
                method: "HEAD",
                signal: deps.signal,
                redirect: "follow",
            });
            if (response.ok)
                present.add(partition.key);
        }
        return present;
    }
    if (!deps.objects)
        throw new Error(`observation ${observation.name}: no object-store client is configured`);
    const { bucket, keyTemplate } = splitObjectUrl(observation.object_store.url);
    const prefix = keyTemplate.slice(0, keyTemplate.search(/\{|$/));
    const keys = new Set(await deps.objects.list(bucket, prefix));
    for (const partition of candidates) {
        if (keys.has(fillTemplate(keyTemplate, templateValues(partition))))
            present.add(partition.key);
    }
    return present;
}
const SocrataView = schemas/* looseObject */._H3({ rowsUpdatedAt: schemas/* number */.aig().optional() });
async function socrataPresent(observation, candidates, deps) {
    const { url, dataset } = observation.socrata;
    const view = `${url.replace(/\/+$/, "")}/api/views/${dataset}.json`;
    const response = await (deps.fetch ?? fetch)(view, { signal: deps.signal, redirect: "follow" });
    if (!response.ok)
        throw new Error(`observation ${observation.name}: GET ${view} answered HTTP ${response.status}`);
    const parsed = SocrataView.safeParse(await response.json().catch(() => undefined));
    const seconds = parsed.success ? parsed.data.rowsUpdatedAt : undefined;
    if (seconds === undefined)
        throw new Error(`observation ${observation.name}: ${view} has no rowsUpdatedAt`);
    const updated = new Date(seconds * 1000).toISOString().slice(0, 10);
    const present = new Set();
    for (const partition of candidates) {
        const lastDay = partitionLastDay(partition);
        if (lastDay === undefined)
            throw new Error(`observation ${observation.name}: a socrata observation needs time partitions (a date or a date range); ${partition.key} has none`);
        if (lastDay <= updated)
            present.add(partition.key);
    }
    return present;
}
/** The last day a partition covers: the end of its range, its date, or a key that is a date. */
function partitionLastDay(partition) {
    const values = templateValues(partition);
    const day = values.end ?? values.date ?? partition.key;
    const match = /^(\d{4}-\d{2}-\d{2})/.exec(day);
    return match?.[1];
}
function splitObjectUrl(url) {
    const match = /^s3:\/\/([^/]+)\/(.*)$/.exec(url);
    if (!match)
        throw new Error(`${url}: expected s3://bucket/key`);
    return { bucket: `s3://${match[1] ?? ""}`, keyTemplate: match[2] ?? "" };
}
/**
 * The observed partitions a sensor hands on: those with no package in the store and not handed on
 * by an earlier call (the cursor), so nothing runs twice.
 */
async function duePartitions(store, product, observed, cursor) {
    const started = new Set(cursor.started[product] ?? []);
    const due = [];
    for (const partition of observed) {
        if (started.has(partition.key))
            continue;
        const unit = external_node_path_default().relative(store.layout.root, store.layout.stageDir(product, partition.key, "package"));
        if ((await store.unitFiles(unit.split((external_node_path_default()).sep).join("/"))) === undefined)
            due.push(partition.key);
    }
    return due;
}

;// CONCATENATED MODULE: ./src/sense/sensor.ts








const CURSOR_ATTEMPTS = 5;
/**
 * One sensor tick: observe every selected product's inputs, leave out what the store has packaged
 * and what the cursor says was handed on, and advance the cursor by exactly what is handed on.
 * The cursor write is conditional: when another sensor moved it first, this one reads it again.
 */
async function senseDue(options) {
    const observed = await observeAll(options);
    const store = await (0,store_store/* openStore */.Ch)(options.store, {
        root: options.root,
        env: options.env,
        only: () => false,
    });
    try {
        const lock = {
            store: store.layout.root,
            command: "sense",
            runId: (0,events/* newRunId */.F$)(),
            signal: options.signal,
            ...options.lock,
        };
        return await (0,store_lock/* withStoreLock */.rX)(lock, async () => {
            const document = cursorDocument(store);
            for (let attempt = 1; attempt <= CURSOR_ATTEMPTS; attempt++) {
                const { cursor, version } = await document.read();
                const all = [];
                for (const [product, partitions] of observed) {
                    const due = await duePartitions(store, product, partitions, cursor);
                    if (due.length > 0)
                        all.push({ product, partitions: due });
                }
                const result = withinLimit(all, options.limit);
                if (options.dryRun || result.due.length === 0)
                    return result;
                if (await document.write(advance(cursor, result.due), version))
                    return result;
                options.lock.log(`sense: the cursor was moved by another sensor; reading it again`);
            }
            throw new Error(`sense: the cursor in ${options.store} moved ${CURSOR_ATTEMPTS} times while this sensor wrote it; nothing was handed on`);
        });
    }
    finally {
        await store.close();
    }
}
async function observeAll(options) {
    const { project } = await (0,project_products/* loadProjectWithPipelines */.f1)(options.root);
    for (const id of options.select ?? [])
        if (!project.products.some((p) => p.id === id))
            throw new errors/* UsageError */.eb(`select: unknown product ${JSON.stringify(id)} (products: ${project.products.map((p) => p.id).join(", ") || "none"})`);
    const wanted = options.select === undefined ? undefined : new Set(options.select);
    const objects = s3ObjectLister(options.env, project.settings.s3);
    const observed = new Map();
    for (const product of project.products) {
        if ((wanted && !wanted.has(product.id)) || !("observe" in product) || !product.observe?.length)
            continue;
        observed.set(product.id, await observedPartitions(product, { objects, signal: options.signal }));
    }
    return observed;
}
function withinLimit(all, limit) {
    const total = all.reduce((n, d) => n + d.partitions.length, 0);
    if (limit === undefined || total <= limit)
        return { due: [...all], waiting: 0 };
    const due = [];
    let left = limit;
    for (const { product, partitions } of all) {
        if (left === 0)
            break;
        due.push({ product, partitions: partitions.slice(0, left) });
        left -= Math.min(left, partitions.length);
    }
    return { due, waiting: total - limit };
}
function advance(cursor, due) {
    const started = { ...cursor.started };
    for (const { product, partitions } of due)
        started[product] = [...(started[product] ?? []), ...partitions];
    return { started };
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

//# sourceMappingURL=9039.index.js.map