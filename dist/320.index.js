export const id = 320;
export const ids = [320];
export const modules = {

/***/ 67320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: commandHelp

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/store/store.ts
var store_store = __webpack_require__(81644);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var core_diagnostics = __webpack_require__(27135);
// EXTERNAL MODULE: ./src/core/release.ts + 1 modules
var release = __webpack_require__(93992);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/graph/selection.ts
var selection = __webpack_require__(12882);
;// CONCATENATED MODULE: ./src/cli/args.ts



/** Where the command name is in argv: the first argument that is neither an option nor its value. */
function splitCommand(argv, globals) {
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i] ?? "";
        if (arg === "--")
            break;
        if (!arg.startsWith("-") || arg === "-") {
            return { name: arg, before: argv.slice(0, i), after: argv.slice(i + 1) };
        }
        const spec = optionFor(arg, globals);
        if (spec?.type === "string" && !arg.includes("="))
            i++;
    }
    return { name: undefined, before: [...argv], after: [] };
}
function optionFor(arg, options) {
    if (arg.startsWith("--"))
        return options[arg.slice(2).split("=")[0] ?? ""];
    return Object.values(options).find((o) => o.short === arg.slice(1, 2));
}
/**
 * Parse argv against `options` with errors in lifecycle's words: an unknown option suggests the
 * close ones, a missing value names the option and what it takes.
 */
function parseOptions(argv, options, where) {
    const { tokens } = (0,external_node_util_.parseArgs)({
        args: argv,
        options,
        allowPositionals: true,
        strict: false,
        tokens: true,
    });
    for (const token of tokens)
        if (token.kind === "option")
            checkOption(token, options, where);
    try {
        const { values, positionals } = (0,external_node_util_.parseArgs)({
            args: argv,
            options,
            allowPositionals: true,
            strict: true,
        });
        const flat = {};
        for (const [k, v] of Object.entries(values))
            flat[k] = Array.isArray(v) ? v.map(String) : v;
        return { values: flat, positionals };
    }
    catch (error) {
        // Every case parseArgs rejects is caught above; keep its meaning, not its wording.
        const code = error.code;
        throw new errors/* UsageError */.eb(`${where}: could not read the arguments (${String(code)})`);
    }
}
function checkOption(token, options, where) {
    const spec = options[token.name];
    if (spec === undefined)
        throw unknownOption(token.rawName, options, where);
    const flag = `--${token.name}`;
    if (spec.type === "boolean" && token.inlineValue === true)
        throw new errors/* UsageError */.eb(`${where}: ${flag} is a switch and takes no value (received "${token.rawName}=${token.value ?? ""}")`);
    if (spec.type === "string" && token.value === undefined)
        throw new errors/* UsageError */.eb(`${where}: ${flag} needs a value, e.g. ${flag} VALUE`);
    if (spec.type === "string" && token.inlineValue !== true && token.value?.startsWith("-"))
        throw new errors/* UsageError */.eb(`${where}: ${flag} needs a value, and "${token.value}" looks like an option; to pass it as the value write ${flag}=${token.value}`);
}
function unknownOption(raw, options, where) {
    const names = Object.keys(options).map((n) => `--${n}`);
    const close = (0,selection/* closeMatches */.KA)(raw.startsWith("--") ? raw : `--${raw.replace(/^-+/, "")}`, names);
    const hint = close.length > 0 ? `; did you mean ${close.join(" or ")}?` : "";
    return new errors/* UsageError */.eb(`${where}: unknown option ${raw}${hint} (see ${where === "lifecycle" ? where : `lifecycle ${where}`} --help)`);
}
/** An unknown command, with the close ones. */
function unknownCommand(name, known) {
    const close = (0,selection/* closeMatches */.KA)(name, known);
    const hint = close.length > 0
        ? `; did you mean ${close.map((c) => `"${c}"`).join(" or ")}?`
        : ` (commands: ${known.join(", ")})`;
    return new errors/* UsageError */.eb(`unknown command "${name}"${hint}; see lifecycle --help`);
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(26921);
// EXTERNAL MODULE: ./src/config/project.ts + 2 modules
var config_project = __webpack_require__(93879);
// EXTERNAL MODULE: ./src/config/settings.ts
var settings = __webpack_require__(54661);
// EXTERNAL MODULE: ./src/engine/fingerprint.ts
var fingerprint = __webpack_require__(30178);
// EXTERNAL MODULE: ./src/engine/plan.ts
var plan = __webpack_require__(30955);
// EXTERNAL MODULE: ./src/graph/graph.ts
var graph_graph = __webpack_require__(1924);
// EXTERNAL MODULE: ./src/ingest/index.ts + 36 modules
var ingest = __webpack_require__(30434);
;// CONCATENATED MODULE: ./src/cli/command.ts



/** Validate a command's flags with a zod schema; failures become usage errors naming the flag. */
function parseFlags(schema, flags) {
    const result = schema.safeParse(flags);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    const flag = issue?.path[0];
    const received = typeof flag === "string" ? flags[flag] : undefined;
    throw new errors/* UsageError */.eb(`--${String(flag)}: ${issue ? (0,core_diagnostics/* describeIssue */.n6)(issue) : "is not valid"} (received ${JSON.stringify(received)})`);
}
const formatFlag = schemas/* enum */.k5n(["text", "json", "github"]).default("text");
/** For commands that take flags only: a stray argument is a usage error, with a hint. */
function expectNoArguments(context, command, hint = "") {
    if (context.positionals.length === 0)
        return;
    const received = JSON.stringify(context.positionals.join(" "));
    throw new errors/* UsageError */.eb(`${command} takes no arguments (received ${received})${hint}`);
}

// EXTERNAL MODULE: ./src/store/events.ts
var events = __webpack_require__(18372);
// EXTERNAL MODULE: ./src/store/lock.ts
var store_lock = __webpack_require__(35074);
;// CONCATENATED MODULE: ./src/cli/lock-timeout.ts



/** `--lock-timeout SECONDS` of the commands that write the store (zod, for a command's flag schema). */
const lockTimeoutFlag = schemas/* string */.YjP()
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

;// CONCATENATED MODULE: ./src/cli/open-store.ts




/**
 * Open the command's store (`--store`: a directory or s3://), run `use`, then close it: for S3
 * that publishes partition changes and drops the private working directory. Only the units
 * `only` accepts are downloaded; the pointers of all of them are read, so a commit of any unit is
 * conditional on the state the command started from.
 */
async function withOpenStore(context, options, use) {
    const store = await (0,store_store/* openStore */.Ch)(context.store, {
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
    const runId = (0,events/* newRunId */.F$)();
    const settings = commandLock(context, command, timeoutSeconds);
    return (0,store_lock/* withStoreLock */.rX)({ ...settings, store: store.layout.root, runId, signal: context.signal }, () => use(runId));
}

;// CONCATENATED MODULE: ./src/cli/commands/ingest.ts













const FlagsSchema = schemas/* object */.Ikc({
    version: schemas/* string */.YjP().min(1).optional(),
    mode: schemas/* string */.YjP().min(1).optional(),
    csv: schemas/* boolean */.zMY().default(false),
    quiet: schemas/* boolean */.zMY().default(false),
    geometry: settings/* GeometryFormatSchema */.Lb.optional(),
    "lock-timeout": lockTimeoutFlag,
});
const ingestCommand = {
    name: "ingest",
    summary: "Ingest one dataset version of an ingest template into the store",
    usage: "<template> [--version V] [--mode M] [--csv] [--geometry geojson|wkt] [--quiet] [--lock-timeout S]",
    details: `Arguments:
  <template>     an ingest template (ingest_templates/<template>.yml), or one dataset of a
                 data-source template (its datasets: id)
Options:
  --version V    dataset version (default: the source's last update date for Socrata and ArcGIS,
                 else today's date as YYYYMMDD, UTC)
  --mode M       also run the processing steps marked "mode: M"
  --csv          also write <id>.csv beside <id>.parquet
  --geometry F   write built geometry as geojson or wkt text (default: geometry_format in
                 lifecycle.yml, else geojson)
  --quiet        print only the result line
${lockTimeoutHelp(17)}
Writes <store>/ingest/datasets/<id>/<version>/: <id>.parquet, raw/<file>, config.json, and
appends the run's record (asset ingest.<id>, partition = version) to the store's events
(--store: a directory or s3://bucket/prefix; an S3 store gets the version all at once).
Templates lifecycle cannot run go to ingest_command from lifecycle.yml (see docs/ingest.md).
Exit codes: 0 ingested, 1 the ingest failed (download, data, steps, columns), 2 bad usage or configuration,
or the store is in use by another run.`,
    options: {
        version: { type: "string" },
        mode: { type: "string" },
        csv: { type: "boolean" },
        geometry: { type: "string" },
        quiet: { type: "boolean" },
        ...lockTimeoutOption,
    },
    async run(context) {
        const flags = parseFlags(FlagsSchema, context.flags);
        const [templateId, ...extra] = context.positionals;
        if (templateId === undefined || extra.length > 0) {
            throw new errors/* UsageError */.eb(`ingest takes exactly one template id (received ${JSON.stringify(context.positionals)})`);
        }
        const { project, warnings } = await (0,config_project/* loadProjectOrThrow */.xI)(context.root);
        if (warnings.length > 0 && !flags.quiet)
            context.stderr.write(`${(0,core_diagnostics/* formatDiagnostics */.oO)(warnings, "text")}\n`);
        const lockTimeout = flags["lock-timeout"];
        // S3: only the pointers are read (a re-ingested version is committed conditionally on them).
        const ingestIn = (store) => withStoreWriteLock(context, store, `ingest ${templateId}`, lockTimeout, (runId) => ingestRecorded(store, runId, {
            project,
            layout: store.layout,
            templateId,
            ...(flags.version ? { version: flags.version } : {}),
            ...(flags.mode ? { mode: flags.mode } : {}),
            csv: flags.csv,
            ...(flags.geometry ? { geometryFormat: flags.geometry } : {}),
            signal: context.signal,
            env: context.env,
            log: flags.quiet ? () => { } : (line) => context.stderr.write(`${line}\n`),
        }));
        const { result, where } = await withOpenStore(context, {}, async (store) => ({
            result: await ingestIn(store),
            where: (dir) => storeLocation(store, dir),
        }));
        for (const dataset of result.datasets) {
            const rows = typeof dataset.metadata.rows === "number" ? `${dataset.metadata.rows} rows, ` : "";
            context.stdout.write(`ingested ${dataset.id} ${result.version}: ${rows}${where(dataset.dir)}\n`);
        }
        return 0;
    },
};
/**
 * Ingest and append the record `lifecycle materialize` writes for an `ingest.<id>` asset: the
 * version as partition, config.json as metadata; a failure (not bad usage) with its error.
 */
async function ingestRecorded(store, runId, options) {
    const start = new Date();
    const base = { asset: (0,graph_graph/* ingestAssetId */.YK)(options.templateId), runId };
    const times = () => {
        const end = new Date();
        return { start: start.toISOString(), end: end.toISOString(), durationMs: +end - +start };
    };
    let result;
    try {
        result = await (0,ingest/* ingestDataset */.nw)(options);
    }
    catch (error) {
        if (error instanceof errors/* UsageError */.eb)
            throw error;
        const aborted = options.signal?.aborted === true;
        const record = {
            ...base,
            partition: options.version ?? plan/* AUTO_VERSION */.jP,
            status: aborted ? "cancelled" : "failed",
            ...times(),
            fingerprint: "",
            metadata: {},
            error: aborted ? `cancelled: ${(0,errors/* errorMessage */.gJ)(options.signal?.reason)}` : (0,errors/* errorMessage */.gJ)(error),
        };
        // The ingest's own error is the one to report, even when the record cannot be written.
        await store.events
            .append([record])
            .catch((recordError) => options.log?.(`could not record the failure in ${store.url}: ${(0,errors/* errorMessage */.gJ)(recordError)}`));
        throw error;
    }
    // One record per dataset written (a data-source template writes several from one download).
    const written = times();
    const records = result.datasets.map((dataset) => ({
        asset: (0,graph_graph/* ingestAssetId */.YK)(dataset.id),
        runId,
        partition: result.version,
        status: "success",
        ...written,
        fingerprint: (0,fingerprint/* ingestFingerprint */.dX)(dataset.id, result.version, dataset.metadata),
        metadata: dataset.metadata,
    }));
    await store.commitDatasets(runId);
    await store.events.append(records);
    return result;
}
/** Where a written dataset lives: its directory in a local store, its s3:// unit otherwise. */
function storeLocation(store, dir) {
    if (store.kind === "local")
        return dir;
    const unit = external_node_path_default().relative(store.layout.root, dir).split((external_node_path_default()).sep).join("/");
    return `${store.url.replace(/\/+$/, "")}/${unit}`;
}

// EXTERNAL MODULE: ./node_modules/cli-truncate/index.js + 11 modules
var cli_truncate = __webpack_require__(64234);
// EXTERNAL MODULE: ./node_modules/picocolors/picocolors.js
var picocolors = __webpack_require__(57336);
var picocolors_default = /*#__PURE__*/__webpack_require__.n(picocolors);
;// CONCATENATED MODULE: ./src/cli/terminal.ts


/**
 * Whether to colour `out`: `--color`/`--no-color` first, then FORCE_COLOR (any value but "0"
 * and "false" forces it), then NO_COLOR (any non-empty value turns it off, see no-color.org),
 * else only on a terminal that is not TERM=dumb.
 */
function colorEnabled(out, env, flag) {
    if (flag !== undefined)
        return flag;
    const force = env.FORCE_COLOR;
    if (force !== undefined && force !== "")
        return force !== "0" && force !== "false";
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== "")
        return false;
    return out.isTTY === true && env.TERM !== "dumb";
}
function colors(enabled) {
    return picocolors_default().createColors(enabled);
}
/** `text` cut to `columns` display columns (wide characters and colour codes counted right). */
function fitToWidth(text, columns) {
    return (0,cli_truncate/* default */.A)(text, Math.max(1, columns), { position: "end" });
}
/** The terminal's width; 80 when it is not a terminal or does not say. */
function terminalColumns(out) {
    const columns = out.columns;
    return typeof columns === "number" && columns > 0 ? columns : 80;
}

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
        this.c = options.colors ?? colors(false);
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
            this.line(this.c.yellow((0,core_diagnostics/* formatDiagnostics */.oO)([warning], "text")));
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
        this.out.write(fitToWidth(text, terminalColumns(this.out) - 1));
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
var store_layout = __webpack_require__(5891);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: ./src/config/recipe.ts
var config_recipe = __webpack_require__(82538);
// EXTERNAL MODULE: ./src/config/recipe-base.ts
var recipe_base = __webpack_require__(95806);
;// CONCATENATED MODULE: ./src/config/recipe-choice.ts






/**
 * `--recipe FILE`: build a product with another of its recipe files for this run (dcpy's build
 * dispatch takes the recipe file). The product is the one whose folder holds the file
 * (`products/pluto/recipe-minor.yml` -> pluto); the file is checked like any recipe.
 */
async function chooseRecipe(project, recipe) {
    const file = external_node_path_default().posix.normalize(recipe.split((external_node_path_default()).sep).join("/"));
    const match = /^products\/([^/]+)\/recipe[^/]*\.yml$/.exec(file);
    const product = match?.[1];
    if (product === undefined || !project.products.some((p) => p.id === product)) {
        const known = project.products.map((p) => `products/${p.id}/recipe*.yml`).join(", ");
        throw new errors/* UsageError */.eb(`--recipe: expected a recipe file of a product, products/<product>/recipe*.yml (received "${recipe}"; products: ${known || "none"})`);
    }
    let text;
    try {
        text = await promises_default().readFile(external_node_path_default().join(project.root, file), "utf8");
    }
    catch {
        throw new errors/* UsageError */.eb(`--recipe: recipe file not found: ${file}`);
    }
    const { recipe: parsed, yaml, diagnostics } = (0,config_recipe/* parseRecipeFile */.sJ)(file, text);
    if (!parsed || (0,core_diagnostics/* hasErrors */.Cs)(diagnostics))
        throw new errors/* ConfigError */.xL(`--recipe: ${file} is not a valid recipe`, diagnostics);
    const entry = { file, recipe: parsed, yaml };
    if (parsed.base_recipe !== undefined) {
        const resolved = (0,recipe_base/* resolveBaseRecipes */.F)(project.root, file, parsed);
        if ("diagnostics" in resolved)
            throw new errors/* ConfigError */.xL(`--recipe: the base recipes of ${file} have errors`, resolved.diagnostics);
        entry.extended = resolved;
    }
    project.recipes.set(product, entry);
    return product;
}

// EXTERNAL MODULE: ./src/stages/lock.ts
var lock = __webpack_require__(86072);
// EXTERNAL MODULE: ./src/config/yaml-file.ts + 2 modules
var yaml_file = __webpack_require__(98384);
;// CONCATENATED MODULE: ./src/config/recipe-from-lock.ts






/** Read and check a `recipe.lock.yml` (a plan's output, or one kept from a past build). */
async function readLockFile(file) {
    let text;
    try {
        text = await promises_default().readFile(file, "utf8");
    }
    catch {
        throw new errors/* UsageError */.eb(`--from-lock: lock file not found: ${file}`);
    }
    const yaml = (0,yaml_file/* parseYamlFile */.BU)(file, text);
    const parsed = yaml.diagnostics.length > 0
        ? { diagnostics: yaml.diagnostics }
        : (0,yaml_file/* parseWithSchema */.fe)(yaml, lock/* RecipeLockSchema */.HS);
    if (parsed.data === undefined)
        throw new errors/* ConfigError */.xL(`--from-lock: ${file} is not a recipe.lock.yml`, parsed.diagnostics);
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
        throw new errors/* UsageError */.eb(`--from-lock: the lock is for product "${lock.product}", which this project does not have (products: ${known})`);
    }
    if (lock.recipe !== null) {
        const chosen = await chooseRecipe(project, lock.recipe);
        if (chosen !== lock.product)
            throw new errors/* UsageError */.eb(`--from-lock: the lock's recipe ${lock.recipe} belongs to "${chosen}", not "${lock.product}"`);
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
            throw new errors/* UsageError */.eb(`--from-lock: the recipe reads dataset "${dataset.id}", which the lock does not pin (locked: ${[...locked.keys()].join(", ") || "none"})`);
        dataset.version = input.version;
    }
}
/** A lock path as given on the command line, relative to the project root like --recipe. */
function lockPath(root, file) {
    return external_node_path_default().resolve(root, file);
}

// EXTERNAL MODULE: ./src/partitions/project-products.ts
var project_products = __webpack_require__(93191);
;// CONCATENATED MODULE: ./src/cli/commands/materialize.ts










const materialize_FlagsSchema = schemas/* object */.Ikc({
    select: schemas/* string */.YjP().min(1).optional(),
    partition: schemas/* string */.YjP().min(1).optional(),
    concurrency: schemas/* string */.YjP()
        .regex(/^[1-9]\d*$/, { message: "expected a whole number of at least 1" })
        .transform(Number)
        .optional(),
    force: schemas/* boolean */.zMY().default(false),
    create: schemas/* boolean */.zMY().default(false),
    "dry-run": schemas/* boolean */.zMY().default(false),
    stage: schemas/* array */.YOg(schemas/* enum */.k5n(store_layout/* STAGES */.an)).optional(),
    recipe: schemas/* string */.YjP().min(1).optional(),
    "from-lock": schemas/* string */.YjP().min(1).optional(),
    "lock-timeout": lockTimeoutFlag,
});
/** The project loader, with the product of `recipe` built from that file. */
function withRecipe(recipe) {
    return async (root) => {
        const loaded = await (0,project_products/* loadProjectWithPipelines */.f1)(root);
        await chooseRecipe(loaded.project, recipe);
        return loaded;
    };
}
/** The project loader, with the lock's product pinned to the lock's versions. */
function withLock(lock) {
    return async (root) => {
        const loaded = await (0,project_products/* loadProjectWithPipelines */.f1)(root);
        await applyLock(loaded.project, lock);
        return loaded;
    };
}
/** What --recipe or --from-lock decide: the loader, and the default selection and partition. */
async function chooseRun(flags, root) {
    const { recipe, select, partition } = flags;
    const fromLock = flags["from-lock"];
    if (fromLock !== undefined) {
        if (recipe !== undefined)
            throw new errors/* UsageError */.eb("--from-lock and --recipe cannot be combined");
        const lock = await readLockFile(lockPath(root, fromLock));
        if (partition !== undefined && partition !== lock.partition.key)
            throw new errors/* UsageError */.eb(`--from-lock: the lock is for partition "${lock.partition.key}", not --partition "${partition}" (leave --partition out)`);
        return {
            select: select ?? lock.product,
            partition: lock.partition.key,
            loadProject: withLock(lock),
        };
    }
    if (recipe === undefined)
        return { select, partition };
    const product = /^products\/([^/]+)\//.exec(recipe)?.[1];
    return { select: select ?? product, partition, loadProject: withRecipe(recipe) };
}
const materializeCommand = {
    name: "materialize",
    summary: "Run the selected assets in dependency order, skipping what is up to date",
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
${lockTimeoutHelp(21)}
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
        ...lockTimeoutOption,
    },
    async run(context) {
        const flags = parseFlags(materialize_FlagsSchema, context.flags);
        expectNoArguments(context, "materialize", "; use --select");
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
            lock: commandLock(context, "materialize", flags["lock-timeout"]),
        });
        return result.ok ? 0 : 1;
    },
};

// EXTERNAL MODULE: ./src/engine/status.ts
var engine_status = __webpack_require__(28678);
// EXTERNAL MODULE: ./src/ui/rollup.ts
var rollup = __webpack_require__(41606);
;// CONCATENATED MODULE: ./src/cli/commands/status.ts




const status_FlagsSchema = schemas/* object */.Ikc({
    select: schemas/* string */.YjP().min(1).optional(),
    format: schemas/* enum */.k5n(["text", "json"]).default("text"),
    partitions: schemas/* boolean */.zMY().default(false),
});
const statusCommand = {
    name: "status",
    summary: "Show each asset's partitions by state (--partitions: one row per partition)",
    usage: "[--select S] [--partitions] [--format text|json]",
    details: `Options:
  --select S         assets, as for materialize (default: all, ingest assets included)
  --partitions       one row per asset and partition instead of one per asset
  --format F         text (default) or json (always per partition): { "assets": [ { asset, group, partition, status,
                     when, durationMs, runId, lastSuccess, stale, staleReason } ] }
Stale: the stage has no output, or its current inputs (configuration, recipe, commands, the
upstream stage's output) differ from those of the output in the store.`,
    options: {
        select: { type: "string" },
        format: { type: "string" },
        partitions: { type: "boolean" },
    },
    async run(context) {
        const flags = parseFlags(status_FlagsSchema, context.flags);
        expectNoArguments(context, "status", "; use --select");
        const rows = await (0,engine_status/* assetStatus */.F)({
            root: context.root,
            store: context.store,
            env: context.env,
            select: flags.select,
        });
        context.stdout.write(flags.format === "json"
            ? `${JSON.stringify({ assets: rows }, null, 2)}\n`
            : flags.partitions
                ? formatTable(rows)
                : (0,rollup/* formatRollup */.yG)((0,rollup/* rollUp */.F3)(rows)));
        return 0;
    },
};
function formatTable(rows) {
    const header = ["ASSET", "PARTITION", "STATUS", "WHEN", "DURATION", "STALE"];
    const cells = rows.map((r) => [
        r.asset,
        r.partition,
        r.status ?? "never",
        r.when ?? "-",
        r.durationMs === undefined ? "-" : `${(r.durationMs / 1000).toFixed(1)}s`,
        r.stale ? `yes: ${r.staleReason ?? ""}` : "no",
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? "").length)));
    const line = (c) => c.map((v, i) => (i === c.length - 1 ? v : v.padEnd(widths[i] ?? 0))).join("  ");
    const body = cells.length === 0 ? "(no partitions or versions for the selected assets)\n" : "";
    return [line(header), ...cells.map(line)].join("\n") + "\n" + body;
}

// EXTERNAL MODULE: ./src/engine/deps.ts
var deps = __webpack_require__(41366);
;// CONCATENATED MODULE: ./src/graph/render.ts
/** A Mermaid flowchart of the assets, one subgraph per group; edges only between shown assets. */
function renderMermaid(assets) {
    const shown = new Set(assets.map((a) => a.id));
    const nodeId = (id) => id.replace(/[^A-Za-z0-9_]/g, "_");
    const lines = ["flowchart LR"];
    for (const group of new Set(assets.map((a) => a.group))) {
        lines.push(`  subgraph ${nodeId(`group_${group}`)}["${group}"]`);
        for (const asset of assets.filter((a) => a.group === group)) {
            lines.push(`    ${nodeId(asset.id)}["${asset.id}"]`);
        }
        lines.push("  end");
    }
    for (const asset of assets) {
        const edges = asset.deps.filter((dep) => shown.has(dep));
        for (const dep of edges)
            lines.push(`  ${nodeId(dep)} --> ${nodeId(asset.id)}`);
    }
    return `${lines.join("\n")}\n`;
}
/** One line per asset: `id <- deps`. */
function renderText(assets) {
    const lines = assets.map((a) => (a.deps.length === 0 ? a.id : `${a.id} <- ${a.deps.join(", ")}`));
    return `${lines.join("\n")}\n`;
}
function renderJson(assets) {
    return `${JSON.stringify({ assets }, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/cli/commands/graph.ts







const graph_FlagsSchema = schemas/* object */.Ikc({
    select: schemas/* string */.YjP().min(1).optional(),
    format: schemas/* enum */.k5n(["text", "mermaid", "json"]).default("text"),
});
const graphCommand = {
    name: "graph",
    summary: "Print the asset graph (lineage) of the selection",
    usage: "[--select S] [--format text|mermaid|json]",
    details: `Options:
  --select S    assets, as for materialize (default: all)
  --format F    text (default: "asset <- what it reads"), mermaid, or json`,
    options: { select: { type: "string" }, format: { type: "string" } },
    async run(context) {
        const flags = parseFlags(graph_FlagsSchema, context.flags);
        expectNoArguments(context, "graph", "; use --select");
        const { project } = await (0,project_products/* loadProjectWithPipelines */.f1)(context.root);
        const graph = (0,graph_graph/* buildAssetGraph */.dZ)((0,deps/* graphSourceOf */.B)(project));
        const assets = flags.select === undefined ? graph.assets : (0,selection/* resolveSelection */.Fb)(graph, flags.select);
        const render = { json: renderJson, mermaid: renderMermaid, text: renderText }[flags.format];
        context.stdout.write(render(assets));
        return 0;
    },
};

// EXTERNAL MODULE: ./node_modules/zod/v4/core/json-schema-processors.js
var json_schema_processors = __webpack_require__(98439);
// EXTERNAL MODULE: ./src/config/products.ts + 1 modules
var products = __webpack_require__(67997);
// EXTERNAL MODULE: ./src/config/template/index.ts + 6 modules
var template = __webpack_require__(34074);
;// CONCATENATED MODULE: ./src/cli/commands/schema.ts






const SCHEMAS = {
    products: { schema: products/* ProductsFileSchema */.MT, title: "lifecycle products/products.yml" },
    recipe: { schema: config_recipe/* RecipeSchema */.Mh, title: "lifecycle products/<id>/recipe.yml" },
    template: { schema: template/* IngestTemplateSchema */.CG, title: "lifecycle ingest_templates/<id>.yml" },
    settings: { schema: settings/* SettingsSchema */.ht, title: "lifecycle lifecycle.yml" },
};
const SchemaName = schemas/* enum */.k5n(["products", "recipe", "template", "settings"]);
/** The JSON Schema (draft 2020-12) of one configuration file, as the user writes it. */
function jsonSchemaFor(name) {
    const { schema, title } = SCHEMAS[name];
    const json = json_schema_processors/* toJSONSchema */.bl(schema, { io: "input", unrepresentable: "any" });
    return { ...json, title };
}
const schemaCommand = {
    name: "schema",
    summary: "Print the JSON Schema of a configuration file, for editors",
    usage: "products|recipe|template|settings",
    details: `Save the output and point the YAML language server at it with a first-line comment,
e.g. in products/products.yml after "lifecycle schema products > .schemas/products.json":
  # yaml-language-server: $schema=../.schemas/products.json
See docs/config.md.`,
    options: {},
    async run(context) {
        const [name, ...extra] = context.positionals;
        const parsed = SchemaName.safeParse(name);
        if (!parsed.success || extra.length > 0) {
            const received = context.positionals.length > 0 ? `"${context.positionals.join(" ")}"` : "nothing";
            throw new errors/* UsageError */.eb(`schema needs one of: ${SchemaName.options.join(", ")} (received ${received})`);
        }
        context.stdout.write(`${JSON.stringify(jsonSchemaFor(parsed.data), null, 2)}\n`);
        return 0;
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/validate.ts




const validate_FlagsSchema = schemas/* object */.Ikc({ format: formatFlag });
const validateCommand = {
    name: "validate",
    summary: "Check products.yml, recipes, ingest templates and lifecycle.yml; report every problem",
    usage: "[--format text|json|github]",
    details: `--format text     file:line:column: severity: field: message, then a count line (default)
--format json     { "errors": [...], "warnings": [...] }, each with file, line, column, path, message
--format github   ::error / ::warning workflow annotations, then a count line
Exit code: 1 when there is any error, 0 when there are only warnings or none.`,
    options: { format: { type: "string" } },
    async run(context) {
        const { format } = parseFlags(validate_FlagsSchema, context.flags);
        expectNoArguments(context, "validate");
        const { project, diagnostics } = await (0,project_products/* loadProjectWithPipelinesDiagnostics */.Rn)(context.root);
        const errors = diagnostics.filter((d) => d.severity === "error").length;
        if (format === "json") {
            context.stdout.write(`${(0,core_diagnostics/* formatDiagnostics */.oO)(diagnostics, "json")}\n`);
        }
        else {
            const lines = diagnostics.length > 0 ? `${(0,core_diagnostics/* formatDiagnostics */.oO)(diagnostics, format)}\n` : "";
            context.stdout.write(`${lines}${summaryLine(project, diagnostics)}\n`);
        }
        return errors > 0 ? 1 : 0;
    },
};
function summaryLine(project, diagnostics) {
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    const warnings = diagnostics.length - errors;
    const checked = `${plural(project.products.length, "product")}, ${plural(project.recipes.size, "recipe")}, ` +
        `${plural(project.templates.size, "ingest template")}`;
    return `${plural(errors, "error")}, ${plural(warnings, "warning")} (checked ${checked})`;
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

// EXTERNAL MODULE: ./src/partitions/keys.ts
var keys = __webpack_require__(63399);
// EXTERNAL MODULE: ./src/partitions/pipelines.ts + 1 modules
var pipelines = __webpack_require__(94077);
// EXTERNAL MODULE: ./src/partitions/registry.ts
var registry = __webpack_require__(26976);
// EXTERNAL MODULE: ./src/partitions/resolve.ts + 1 modules
var resolve = __webpack_require__(9388);
// EXTERNAL MODULE: ./src/partitions/schemes.ts
var schemes = __webpack_require__(14847);
;// CONCATENATED MODULE: ./src/cli/commands/partitions.ts











const partitions_FlagsSchema = schemas/* object */.Ikc({
    format: schemas/* enum */.k5n(["text", "json"]).default("text"),
    now: schemas/* string */.YjP()
        .refine((v) => !Number.isNaN(Date.parse(v)), { message: "expected an ISO 8601 time" })
        .transform((v) => new Date(v))
        .optional(),
    "lock-timeout": lockTimeoutFlag,
});
const SUBCOMMANDS = ["list", "add", "remove", "expand"];
function args(context) {
    const [sub, product, ...rest] = context.positionals;
    const allowed = SUBCOMMANDS;
    if (sub === undefined || !allowed.includes(sub)) {
        throw new errors/* UsageError */.eb(`expected a subcommand: ${SUBCOMMANDS.join(", ")} (received ${JSON.stringify(sub ?? "")})`);
    }
    if (product === undefined)
        throw new errors/* UsageError */.eb(`partitions ${sub}: give a product id`);
    return { sub: SUBCOMMANDS.find((s) => s === sub) ?? "list", product, rest };
}
function oneKey(sub, rest) {
    if (rest.length !== 1 || rest[0] === undefined)
        throw new errors/* UsageError */.eb(`partitions ${sub}: give exactly one key`);
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
    const product = (0,project_products/* findProduct */.te)(await (0,project_products/* loadPartitionedProducts */._6)(context.root), productId);
    const scheme = (0,schemes/* schemeOf */.dz)(product.partitions, flags.now);
    const added = scheme.kind === "dynamic"
        ? await withOpenStore(context, {}, (store) => (0,registry/* listPartitions */.AU)(store.layout, product.id))
        : [];
    const partitions = (0,resolve/* resolvePartitions */.W)(product, "*", {
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
    const starters = keys/* STARTER_NOTES */.mv;
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
    const product = (0,project_products/* findProduct */.te)(await (0,project_products/* loadPartitionedProducts */._6)(context.root), productId);
    const kind = (0,schemes/* schemeKindOf */.VG)(product.partitions);
    if (kind !== "dynamic") {
        throw new errors/* UsageError */.eb(`product ${product.id} has ${kind} partitions, declared in products.yml; only dynamic partitions are added or removed`);
    }
    // S3: close publishes the one object of this key (concurrent changes of other keys stay).
    const changed = await withOpenStore(context, {}, (store) => withStoreWriteLock(context, store, `partitions ${sub} ${product.id} ${key}`, flags["lock-timeout"], () => sub === "add"
        ? (0,registry/* addPartition */.YM)(store.layout, product.id, key)
        : (0,registry/* removePartition */.vD)(store.layout, product.id, key)));
    const verb = sub === "add" ? (changed ? "added" : "already present") : changed ? "removed" : "not present";
    context.stdout.write(`${product.id}: ${key} ${verb}\n`);
    return 0;
}
async function expand(context, flags, productId, rest) {
    const expression = oneKey("expand", rest);
    const product = (0,project_products/* findProduct */.te)(await (0,project_products/* loadPartitionedProducts */._6)(context.root), productId);
    const known = (await withOpenStore(context, {}, (store) => (0,registry/* listPartitions */.AU)(store.layout, product.id))).map((p) => p.key);
    const partitions = (0,resolve/* resolvePartitions */.W)(product, expression, { known, now: flags.now });
    context.stdout.write(flags.format === "json"
        ? `${JSON.stringify({ product: product.id, expression, count: partitions.length, partitions }, null, 2)}\n`
        : formatRuns(partitions));
    return 0;
}
const partitionsCommand = {
    name: "partitions",
    summary: "List, add and remove a product's partitions; expand a partition expression",
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
${lockTimeoutHelp(27)}
See docs/partitions.md for the schemes and the expression grammar.`,
    options: { format: { type: "string" }, now: { type: "string" }, ...lockTimeoutOption },
    async run(context) {
        const flags = parseFlags(partitions_FlagsSchema, context.flags);
        const { sub, product, rest } = args(context);
        if (sub === "list") {
            if (rest.length > 0)
                throw new errors/* UsageError */.eb("partitions list takes only a product id");
            return list(context, flags, product);
        }
        if (sub === "expand")
            return expand(context, flags, product, rest);
        return change(context, flags, sub, product, oneKey(sub, rest));
    },
};
const pipelineCommand = {
    name: "pipeline",
    summary: "Run a discovered pipeline module for the partition in the environment",
    usage: "run <module-file>",
    details: `The build command of every product discovered in pipelines/ (docs/partitions.md).
Reads LIFECYCLE_PARTITION, LIFECYCLE_UNIVERSE, LIFECYCLE_START_DATE, LIFECYCLE_END_DATE,
LIFECYCLE_OUTPUT_DIR and LIFECYCLE_INPUT_DIR.`,
    options: {},
    async run(context) {
        const [sub, file, ...extra] = context.positionals;
        if (sub !== "run" || file === undefined || extra.length > 0) {
            throw new errors/* UsageError */.eb("usage: lifecycle pipeline run <module-file>");
        }
        await (0,pipelines/* runPipelineModule */.eG)(file, context.env, context.root);
        return 0;
    },
};

// EXTERNAL MODULE: ./src/partitions/schedule-workflow.ts
var schedule_workflow = __webpack_require__(64982);
// EXTERNAL MODULE: ./src/partitions/schedules.ts
var schedules = __webpack_require__(62653);
// EXTERNAL MODULE: ./src/store/atomic.ts
var atomic = __webpack_require__(82892);
;// CONCATENATED MODULE: ./src/cli/commands/schedules.ts









const emptyIsAbsent = schemas/* string */.YjP()
    .optional()
    .transform((v) => (v === undefined || v.trim() === "" ? undefined : v));
const schedules_FlagsSchema = schemas/* object */.Ikc({
    check: schemas/* boolean */.zMY().default(false),
    output: schemas/* string */.YjP().min(1).optional(),
    cron: emptyIsAbsent,
    schedule: emptyIsAbsent,
    now: emptyIsAbsent.refine((v) => v === undefined || !Number.isNaN(Date.parse(v)), {
        message: "expected an ISO 8601 time",
    }),
    "github-output": schemas/* boolean */.zMY().default(false),
    format: schemas/* enum */.k5n(["text", "json"]).default("text"),
});
async function readIfExists(file) {
    try {
        return await promises_default().readFile(file, "utf8");
    }
    catch (error) {
        if (error.code === "ENOENT")
            return undefined;
        throw error;
    }
}
async function generate(context, flags) {
    const project = await (0,project_products/* loadScheduledProject */.Fs)(context.root);
    const file = external_node_path_default().resolve(context.root, flags.output ?? schedule_workflow/* SCHEDULE_WORKFLOW_PATH */.o8);
    const wanted = !(0,schedules/* hasSchedules */.ze)(project) ? undefined : (0,schedule_workflow/* generateScheduleWorkflow */.Ay)(project);
    const current = await readIfExists(file);
    const shown = external_node_path_default().relative(context.root, file);
    if (flags.check) {
        if (current === wanted) {
            context.stdout.write(`${shown}: up to date\n`);
            return 0;
        }
        const why = wanted === undefined
            ? "exists but nothing declares schedules"
            : current === undefined
                ? "is missing"
                : "differs from the configuration";
        context.stderr.write(`${shown} ${why}; run "lifecycle schedules generate"\n`);
        return 1;
    }
    if (wanted === undefined) {
        if (current !== undefined)
            await promises_default().rm(file);
        context.stdout.write(`nothing declares schedules; ${current === undefined ? "nothing to write" : `removed ${shown}`}\n`);
        return 0;
    }
    if (current !== wanted)
        await (0,atomic/* writeFileAtomically */.lo)(file, wanted);
    context.stdout.write(`${shown}: ${current === wanted ? "up to date" : "written"}\n`);
    return 0;
}
async function schedules_resolve(context, flags) {
    const project = await (0,project_products/* loadScheduledProject */.Fs)(context.root);
    const now = flags.now === undefined ? new Date() : new Date(flags.now);
    const due = (0,schedules/* resolveDueSchedules */.rw)(project, { cron: flags.cron, schedule: flags.schedule, now });
    if (flags["github-output"]) {
        const target = context.env.GITHUB_OUTPUT;
        if (!target)
            throw new errors/* UsageError */.eb("--github-output: GITHUB_OUTPUT is not set");
        await promises_default().appendFile(target, due.map((d) => `${d.job}=${d.partition}\n`).join(""));
    }
    context.stdout.write(flags.format === "json"
        ? `${JSON.stringify({ due }, null, 2)}\n`
        : due
            .map((d) => `${d.kind === "ingest" ? `ingest ${d.product}` : d.product} (${d.schedule}, tick ${d.tick} ${d.timezone}): ${d.partition}\n`)
            .join(""));
    return 0;
}
const schedulesCommand = {
    name: "schedules",
    summary: "Generate the scheduled workflow from products.yml, or resolve the partitions due at a tick",
    usage: "generate [--check] [--output FILE] | resolve (--cron C | --schedule NAME) [--now TIME] [--github-output]",
    details: `Subcommands:
  generate            write ${schedule_workflow/* SCHEDULE_WORKFLOW_PATH */.o8} from every product's schedules and
                      lifecycle.yml's ingest_schedules
    --check           write nothing; exit 1 when the file and the configuration disagree
    --output FILE     another path (relative to the root)
  resolve             print the partitions due (used by the generated workflow)
    --cron C          the cron string of the tick (github.event.schedule)
    --schedule NAME   or a schedule by name (a manual run)
    --now TIME        ISO 8601 time to resolve against (default: now)
    --github-output   also append <job>=<partition expression> lines to $GITHUB_OUTPUT
    --format F        text (default) or json
yesterday / today are the tick's date in the schedule's time zone, minus one day / as is.`,
    options: {
        check: { type: "boolean" },
        output: { type: "string" },
        cron: { type: "string" },
        schedule: { type: "string" },
        now: { type: "string" },
        "github-output": { type: "boolean" },
        format: { type: "string" },
    },
    async run(context) {
        const flags = parseFlags(schedules_FlagsSchema, context.flags);
        const [sub, ...extra] = context.positionals;
        if (extra.length > 0)
            throw new errors/* UsageError */.eb(`schedules ${sub ?? ""}: unexpected ${JSON.stringify(extra)}`);
        if (sub === "generate")
            return generate(context, flags);
        if (sub === "resolve")
            return schedules_resolve(context, flags);
        throw new errors/* UsageError */.eb(`expected a subcommand: generate, resolve (received ${JSON.stringify(sub ?? "")})`);
    },
};

// EXTERNAL MODULE: ./src/github/discover.ts + 3 modules
var discover = __webpack_require__(55289);
;// CONCATENATED MODULE: ./src/cli/commands/matrix.ts




const matrix_FlagsSchema = schemas/* object */.Ikc({
    select: schemas/* string */.YjP().default("*"),
    partition: schemas/* string */.YjP().optional(),
    ingest: schemas/* boolean */.zMY().default(false),
    templates: schemas/* string */.YjP().default("*"),
    version: schemas/* string */.YjP().optional(),
    pretty: schemas/* boolean */.zMY().default(false),
});
const matrixCommand = {
    name: "matrix",
    summary: "Print the GitHub Actions job matrix for a selection and partition (what the action's discover job computes)",
    usage: "[--select S] [--partition P] [--pretty] | --ingest [--templates T] --version V",
    details: `--select S       asset selection (default *)
--partition P    partition key or expression for every selected product (default: each product's default)
--ingest         the ingest matrix instead: --templates (default *) at --version
--pretty         indent the JSON
Prints {"matrix": {"include": [...]}, "has_entries": bool}. At most 256 entries: above that, entries batch items.`,
    options: {
        select: { type: "string" },
        partition: { type: "string" },
        ingest: { type: "boolean" },
        templates: { type: "string" },
        version: { type: "string" },
        pretty: { type: "boolean" },
    },
    async run(context) {
        const flags = parseFlags(matrix_FlagsSchema, context.flags);
        expectNoArguments(context, "matrix");
        const { project } = await (0,project_products/* loadProjectWithPipelines */.f1)(context.root);
        const result = flags.ingest
            ? (0,discover/* discoverIngest */.Y)(project, flags.templates, flags.version ?? "")
            : (0,discover/* discoverProducts */.A)(project, flags.select, flags.partition);
        const out = { matrix: result.matrix, has_entries: result.hasEntries };
        context.stdout.write(`${JSON.stringify(out, null, flags.pretty ? 2 : undefined)}\n`);
        return 0;
    },
};

// EXTERNAL MODULE: ./src/github/affected.ts
var github_affected = __webpack_require__(67267);
;// CONCATENATED MODULE: ./src/cli/commands/affected.ts





const affected_FlagsSchema = schemas/* object */.Ikc({
    base: schemas/* string */.YjP().min(1, "a base commit is required"),
    head: schemas/* string */.YjP().default("HEAD"),
    format: schemas/* enum */.k5n(["text", "json"]).default("text"),
});
const affectedCommand = {
    name: "affected",
    summary: "List the products that changed between two commits (entry, recipe, product directory, templates read)",
    usage: "--base REF [--head REF] [--format text|json]",
    details: `--base REF       the commit to compare with, e.g. origin/main
--head REF       the commit with the change (default HEAD)
--format text    one product per line with the reasons (default); json: [{product, reasons}]`,
    options: { base: { type: "string" }, head: { type: "string" }, format: { type: "string" } },
    async run(context) {
        const flags = parseFlags(affected_FlagsSchema, context.flags);
        expectNoArguments(context, "affected");
        const { project } = await (0,project_products/* loadProjectWithPipelines */.f1)(context.root);
        let affected;
        try {
            affected = await (0,github_affected/* affectedBetween */.hh)(project, flags.base, flags.head);
        }
        catch (error) {
            const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
            throw new errors/* UsageError */.eb(`cannot compare ${flags.base}...${flags.head} with git: ${message}`);
        }
        if (flags.format === "json")
            context.stdout.write(`${JSON.stringify(affected)}\n`);
        else
            for (const a of affected)
                context.stdout.write(`${a.product}\t${a.reasons.join(", ")}\n`);
        return 0;
    },
};

// EXTERNAL MODULE: ./src/checks/run.ts
var run = __webpack_require__(21416);
// EXTERNAL MODULE: ./src/process/node-runner.ts + 1 modules
var node_runner = __webpack_require__(49817);
// EXTERNAL MODULE: ./src/stages/build.ts
var build = __webpack_require__(60583);
;// CONCATENATED MODULE: ./src/cli/commands/check.ts










const check_FlagsSchema = schemas/* object */.Ikc({
    select: schemas/* string */.YjP().min(1).default("*"),
    partition: schemas/* string */.YjP().min(1).optional(),
    format: schemas/* enum */.k5n(["text", "json"]).default("text"),
});
const checkCommand = {
    name: "check",
    summary: "Run the products' checks over their current build outputs",
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
        const flags = parseFlags(check_FlagsSchema, context.flags);
        const { project } = await (0,project_products/* loadProjectWithPipelines */.f1)(context.root);
        const wanted = flags.select === "*" ? undefined : new Set(flags.select.split(",").map((s) => s.trim()));
        for (const id of wanted ?? []) {
            if (!project.products.some((p) => p.id === id))
                throw new errors/* UsageError */.eb(`--select: unknown product ${JSON.stringify(id)}`);
        }
        const layout = new store_layout/* StoreLayout */.Eh(context.store);
        const runner = new node_runner/* NodeProcessRunner */.u();
        const found = [];
        for (const product of project.products) {
            if ((wanted && !wanted.has(product.id)) || !product.checks?.length)
                continue;
            for (const partition of await builtPartitions(layout, product.id, flags.partition)) {
                const dir = external_node_path_default().join(layout.stageDir(product.id, partition, "build"), build/* OUTPUT_DIR */.iK);
                const results = await (0,run/* runChecks */.JT)({
                    checks: product.checks,
                    dir,
                    runner,
                    env: context.env,
                    signal: context.signal,
                });
                found.push({ product: product.id, partition, results });
            }
        }
        context.stdout.write(flags.format === "json"
            ? `${JSON.stringify({ checks: found }, null, 2)}\n`
            : formatChecks(found));
        return found.some((f) => (0,run/* blockingFailures */.P5)(f.results).length > 0) ? 1 : 0;
    },
};
/** Partition keys with a build output for the product (the store names their folders). */
async function builtPartitions(layout, product, only) {
    const productDir = external_node_path_default().dirname(layout.partitionDir(product, "x"));
    const names = await promises_default().readdir(productDir).catch(() => []);
    const keys = [];
    for (const name of names.sort()) {
        const key = decodeURIComponent(name);
        if (only !== undefined && key !== only)
            continue;
        const built = await promises_default().stat(external_node_path_default().join(layout.stageDir(product, key, "build"), build/* OUTPUT_DIR */.iK))
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
    const failed = found.flatMap((f) => (0,run/* blockingFailures */.P5)(f.results)).length;
    lines.push(failed === 0 ? "no blocking failure" : `${failed} blocking failure${failed === 1 ? "" : "s"}`);
    return `${lines.join("\n")}\n`;
}

// EXTERNAL MODULE: ./src/publish/publish.ts + 2 modules
var publish = __webpack_require__(86350);
// EXTERNAL MODULE: ./src/publish/session.ts
var session = __webpack_require__(85535);
;// CONCATENATED MODULE: ./src/cli/commands/publish.ts








const publish_FlagsSchema = schemas/* object */.Ikc({
    partition: schemas/* string */.YjP().min(1).optional(),
    summary: schemas/* string */.YjP().min(1).optional(),
    version: schemas/* string */.YjP().min(1).optional(),
    "from-draft": schemas/* string */.YjP().min(1).optional(),
    patch: schemas/* boolean */.zMY().default(false),
    "no-latest": schemas/* boolean */.zMY().default(false),
    "allow-older": schemas/* boolean */.zMY().default(false),
    format: schemas/* enum */.k5n(["text", "json"]).default("text"),
    "lock-timeout": lockTimeoutFlag,
});
const publish_SUBCOMMANDS = ["draft", "release", "latest", "list"];
const isSubcommand = (sub) => publish_SUBCOMMANDS.includes(sub);
const publishCommand = {
    name: "publish",
    summary: "Promote a package to a draft, publish a draft as a version and as latest",
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
${lockTimeoutHelp(21)}`,
    options: {
        partition: { type: "string" },
        summary: { type: "string" },
        version: { type: "string" },
        "from-draft": { type: "string" },
        patch: { type: "boolean" },
        "no-latest": { type: "boolean" },
        "allow-older": { type: "boolean" },
        format: { type: "string" },
        ...lockTimeoutOption,
    },
    async run(context) {
        const flags = parseFlags(publish_FlagsSchema, context.flags);
        const [sub, product, ...rest] = context.positionals;
        if (!isSubcommand(sub) || product === undefined || rest.length > 0)
            throw new errors/* UsageError */.eb(`usage: lifecycle publish ${publishCommand.usage}`);
        const { project } = await (0,config_project/* loadProjectOrThrow */.xI)(context.root);
        if (!project.products.some((p) => p.id === product))
            throw new errors/* UsageError */.eb(`unknown product ${JSON.stringify(product)}; products: ${project.products.map((p) => p.id).join(", ")}`);
        if (sub === "list")
            return withOpenStore(context, { only: (u) => u === (0,publish/* latestUnit */.ym)(product) }, (store) => publish_list(context, store, product, flags));
        const request = publishRequest(sub, product, flags);
        const outcome = await withOpenStore(context, { only: (0,session/* unitsRead */.y)(request) }, (store) => withStoreWriteLock(context, store, `publish ${sub} ${product}`, flags["lock-timeout"], (runId) => (0,session/* runPublish */.j)(store, runId, request)));
        context.stdout.write(`${outcome.message}\n`);
        return 0;
    },
};
function publishRequest(sub, product, flags) {
    if (sub === "draft") {
        if (!flags.partition)
            throw new errors/* UsageError */.eb("publish draft needs --partition P (the package to promote)");
        return { kind: "draft", product, partition: flags.partition, summary: flags.summary };
    }
    if (!flags.version)
        throw new errors/* UsageError */.eb(sub === "release"
            ? "publish release needs --version V (the drafted version)"
            : "publish latest needs --version V (a published version)");
    if (sub === "latest")
        return { kind: "latest", product, version: flags.version, allowOlder: flags["allow-older"] };
    return {
        kind: "release",
        product,
        version: flags.version,
        fromDraft: flags["from-draft"],
        patch: flags.patch,
        latest: !flags["no-latest"],
    };
}
async function publish_list(context, store, product, flags) {
    const versions = await (0,publish/* publishedVersions */.y0)(store, product);
    const latest = (await (0,publish/* latestRelease */.JF)(store.layout, product))?.version;
    const drafts = {};
    for (const v of await (0,publish/* draftedVersions */.eS)(store, product))
        drafts[v] = await (0,publish/* draftRevisions */.UE)(store, product, v);
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

// EXTERNAL MODULE: ./src/distribute/distribute.ts
var distribute = __webpack_require__(96304);
;// CONCATENATED MODULE: ./src/cli/commands/distribute.ts










const distribute_FlagsSchema = schemas/* object */.Ikc({
    version: schemas/* string */.YjP().min(1).optional(),
    destination: schemas/* string */.YjP().min(1).optional(),
});
const distributeCommand = {
    name: "distribute",
    summary: "Send a published version to the product's destinations",
    usage: "<product> [--version V] [--destination ID,...]",
    details: `  --version V        a published version (default: latest)
  --destination IDS  destination ids, comma-separated (default: the recipe's
                     distribution.destination_ids, else every destination of the product)
Destinations are declared on the product in products.yml (destinations:): socrata (the
publishing API; SOCRATA_USERNAME, SOCRATA_PASSWORD, SOCRATA_APP_TOKEN), object_store
(s3://bucket/prefix), github_release (GITHUB_TOKEN) or command. Never from a pull request.
Exit 1 when any destination failed (the others are still tried).`,
    options: { version: { type: "string" }, destination: { type: "string" } },
    async run(context) {
        const flags = parseFlags(distribute_FlagsSchema, context.flags);
        const [product, ...rest] = context.positionals;
        if (product === undefined || rest.length > 0)
            throw new errors/* UsageError */.eb(`usage: lifecycle distribute ${distributeCommand.usage}`);
        (0,distribute/* refuseFromPullRequest */.R)(context.env);
        const { project } = await (0,config_project/* loadProjectOrThrow */.xI)(context.root);
        const config = project.products.find((p) => p.id === product);
        if (!config)
            throw new errors/* UsageError */.eb(`unknown product ${JSON.stringify(product)}`);
        // The version asked for, else `latest` (a whole copy of the latest version).
        const unit = flags.version ? (0,publish/* publishedUnit */.Vx)(product, flags.version) : (0,publish/* latestUnit */.ym)(product);
        const failed = await withOpenStore(context, { only: (u) => u === unit }, async (store) => {
            const version = flags.version ?? (await (0,publish/* latestRelease */.JF)(store.layout, product))?.version;
            const published = await (0,publish/* publishedVersions */.y0)(store, product);
            if (version === undefined || !published.includes(version))
                throw new errors/* UsageError */.eb(`${product} ${version ?? "latest"} is not published; published: ${published.join(", ") || "none"}`);
            const recipeIds = project.recipes.get(product)?.recipe.distribution?.destination_ids;
            const destinations = chooseDestinations(config.destinations ?? [], flags.destination, recipeIds);
            const started = new Date();
            const results = await (0,distribute/* distribute */.m)(destinations, {
                product,
                version,
                dir: external_node_path_default().join(store.layout.root, unit),
                env: context.env,
                runner: new node_runner/* NodeProcessRunner */.u(),
                signal: context.signal,
                log: (line) => context.stdout.write(`${line}\n`),
            });
            const fails = results.filter((r) => !r.ok);
            await store.events.append([distributionRecord(product, version, started, results)]);
            return fails;
        });
        return failed.length === 0 ? 0 : 1;
    },
};
function chooseDestinations(declared, asked, fromRecipe) {
    const ids = asked?.split(",").map((s) => s.trim()) ?? (fromRecipe?.length ? fromRecipe : undefined);
    if (ids === undefined) {
        if (declared.length === 0)
            throw new errors/* UsageError */.eb("the product declares no destinations in products.yml");
        return [...declared];
    }
    return ids.map((id) => {
        const found = declared.find((d) => d.id === id);
        if (!found)
            throw new errors/* UsageError */.eb(`unknown destination ${JSON.stringify(id)}; declared: ${declared.map((d) => d.id).join(", ") || "none"}`);
        return found;
    });
}
function distributionRecord(product, version, started, results) {
    const end = new Date();
    const failed = results.filter((r) => !r.ok);
    return {
        asset: `${product}.distribute`,
        partition: version,
        status: failed.length === 0 ? "success" : "failed",
        start: started.toISOString(),
        end: end.toISOString(),
        durationMs: end.getTime() - started.getTime(),
        runId: (0,events/* newRunId */.F$)(started),
        fingerprint: "",
        metadata: { destinations: results },
        ...(failed.length > 0 ? { error: failed.map((f) => `${f.id}: ${f.detail}`).join("\n") } : {}),
    };
}

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
function splitObjectUrl(url) {
    const match = /^s3:\/\/([^/]+)\/(.*)$/.exec(url);
    if (!match)
        throw new Error(`${url}: expected s3://bucket/key`);
    return { bucket: `s3://${match[1] ?? ""}`, keyTemplate: match[2] ?? "" };
}
const CursorSchema = schemas/* object */.Ikc({ started: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP())) });
/** Which partitions a sensor started already, per product: `<store>/sensors/cursor.json`. */
function cursorFile(layout) {
    return external_node_path_default().join(layout.root, "sensors", "cursor.json");
}
async function readCursor(layout) {
    try {
        return CursorSchema.parse(JSON.parse(await promises_default().readFile(cursorFile(layout), "utf8")));
    }
    catch (error) {
        if (error.code === "ENOENT")
            return { started: {} };
        throw error;
    }
}
/** Written whole (temp file, then rename), so a killed sensor never leaves half a cursor. */
async function writeCursor(layout, cursor) {
    const file = cursorFile(layout);
    await promises_default().mkdir(external_node_path_default().dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    await promises_default().writeFile(temp, `${JSON.stringify(cursor, null, 2)}\n`);
    await promises_default().rename(temp, file);
}
/**
 * What a sensor starts: observed partitions that neither have a package in the store nor were
 * started by an earlier call (the cursor), so nothing runs twice.
 */
async function duePartitions(layout, product, observed, cursor) {
    const started = new Set(cursor.started[product.id] ?? []);
    const due = [];
    for (const partition of observed) {
        if (started.has(partition.key))
            continue;
        const manifest = external_node_path_default().join(layout.stageDir(product.id, partition.key, "package"), "manifest.json");
        const packaged = await promises_default().stat(manifest).then(() => true, () => false);
        if (!packaged)
            due.push(partition.key);
    }
    return due;
}

;// CONCATENATED MODULE: ./src/cli/commands/sense.ts







const sense_FlagsSchema = schemas/* object */.Ikc({
    select: schemas/* string */.YjP().min(1).default("*"),
    "dry-run": schemas/* boolean */.zMY().default(false),
    "no-run": schemas/* boolean */.zMY().default(false),
    format: schemas/* enum */.k5n(["text", "json"]).default("text"),
});
const senseCommand = {
    name: "sense",
    summary: "Start the partitions whose observed inputs exist but that the store has not built",
    usage: "[--select IDS] [--dry-run] [--no-run] [--format text|json]",
    details: `A product's observe: list names inputs lifecycle watches but does not build (an HTTP
resource or an object-store key per partition, e.g. s3://bucket/trades/{date}/{universe}.csv).
sense finds the partitions whose every observed input exists, leaves out those already packaged
or started by an earlier sense (the cursor, <store>/sensors/cursor.json), records the rest in the
cursor and materializes them. Options:
  --select IDS       product ids, comma-separated, or * (default)
  --dry-run          report what would start; change nothing
  --no-run           record and report them, run nothing (the GitHub sensor dispatches them)
  --format F         text (default) or json: { "due": [ { product, partitions } ] }`,
    options: {
        select: { type: "string" },
        "dry-run": { type: "boolean" },
        "no-run": { type: "boolean" },
        format: { type: "string" },
    },
    async run(context) {
        const flags = parseFlags(sense_FlagsSchema, context.flags);
        const { project } = await (0,project_products/* loadProjectWithPipelines */.f1)(context.root);
        const wanted = flags.select === "*" ? undefined : new Set(flags.select.split(",").map((s) => s.trim()));
        for (const id of wanted ?? [])
            if (!project.products.some((p) => p.id === id))
                throw new errors/* UsageError */.eb(`--select: unknown product ${JSON.stringify(id)}`);
        const layout = new store_layout/* StoreLayout */.Eh(context.store);
        const cursor = await readCursor(layout);
        const due = [];
        for (const product of project.products) {
            if ((wanted && !wanted.has(product.id)) ||
                !("observe" in product) ||
                !product.observe?.length)
                continue;
            const observed = await observedPartitions(product, { signal: context.signal });
            const partitions = await duePartitions(layout, product, observed, cursor);
            if (partitions.length > 0)
                due.push({ product: product.id, partitions });
        }
        context.stdout.write(flags.format === "json" ? `${JSON.stringify({ due }, null, 2)}\n` : describe(due));
        if (flags["dry-run"] || due.length === 0)
            return 0;
        for (const { product, partitions } of due)
            cursor.started[product] = [...(cursor.started[product] ?? []), ...partitions];
        await writeCursor(layout, cursor);
        if (flags["no-run"])
            return 0;
        let code = 0;
        for (const { product, partitions } of due) {
            const flagsForRun = { select: product, partition: partitions.join(",") };
            code = Math.max(code, await materializeCommand.run({ ...context, positionals: [], flags: flagsForRun }));
        }
        return code;
    },
};
function describe(due) {
    if (due.length === 0)
        return "nothing to start: every observed partition is built or started\n";
    return due.map((d) => `${d.product}: ${d.partitions.join(", ")}`).join("\n") + "\n";
}

;// CONCATENATED MODULE: ./src/cli/commands/init.ts



const initCommand = {
    name: "init",
    summary: "Scaffold a data repository that uses lifecycle (products, ingest, workflows)",
    usage: "[DIR]",
    details: `Writes into DIR (default: the project root, --root or the current directory):
  products/products.yml, one recipe and its build script, one ingest template with a small CSV,
  lifecycle.yml, .gitignore, and .github/workflows/ calling lifecycle's reusable workflows at
  ${release/* LIFECYCLE_TAG */.aq}. Refuses (exit 2, nothing written) when any of those files exists.
Then: cd DIR && lifecycle materialize. See docs/adopting.md.`,
    options: {},
    async run(context) {
        const [dir, ...extra] = context.positionals;
        if (extra.length > 0)
            throw new errors/* UsageError */.eb(`init takes one folder (received ${JSON.stringify(context.positionals.join(" "))})`);
        const target = external_node_path_default().resolve(context.root, dir ?? ".");
        const { initProject } = await __webpack_require__.e(/* import() */ 490).then(__webpack_require__.bind(__webpack_require__, 25490));
        const written = await initProject(target);
        context.stdout.write(`lifecycle init: wrote ${written.length} files in ${target}\n` +
            written.map((name) => `  ${name}\n`).join("") +
            `Next: ${dir ? `cd ${dir} && ` : ""}lifecycle materialize\n`);
        return 0;
    },
};

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/coerce.js
var coerce = __webpack_require__(49567);
// EXTERNAL MODULE: ./src/ui/store-events.ts
var store_events = __webpack_require__(23317);
// EXTERNAL MODULE: ./src/ui/log-tail.ts
var log_tail = __webpack_require__(39563);
// EXTERNAL MODULE: ./src/ui/runs.ts
var ui_runs = __webpack_require__(25854);
;// CONCATENATED MODULE: ./src/cli/commands/runs.ts






const runs_FlagsSchema = schemas/* object */.Ikc({
    format: schemas/* enum */.k5n(["text", "json"]).default("text"),
    limit: coerce/* number */.ai().int().positive().default(20),
});
const runsCommand = {
    name: "runs",
    summary: "List the runs recorded in the store, newest first, or show one run's tasks",
    usage: "[ID] [--limit N] [--format text|json]",
    details: `Options:
  ID                 a run id (or a unique prefix of one): its tasks, failures first with the error
  --limit N          how many runs to list (default 20)
  --format F         text (default) or json: { "runs": [ { runId, start, end, durationMs, counts,
                     outcome, tasks } ] }`,
    options: { format: { type: "string" }, limit: { type: "string" } },
    async run(context) {
        const flags = parseFlags(runs_FlagsSchema, context.flags);
        if (context.positionals.length > 1)
            throw new errors/* UsageError */.eb(`runs takes at most one run id; got ${context.positionals.join(" ")}`);
        const runs = (0,ui_runs/* groupRuns */.KH)(await (0,store_events/* readStoreEvents */.X)(context.store, context.root, context.env));
        const [id] = context.positionals;
        if (id === undefined) {
            const shown = runs.slice(0, flags.limit);
            context.stdout.write(flags.format === "json"
                ? `${JSON.stringify({ runs: shown }, null, 2)}\n`
                : (0,ui_runs/* formatRuns */.AX)(shown));
            return 0;
        }
        const matches = runs.filter((r) => r.runId === id || r.runId.startsWith(id));
        const run = matches.find((r) => r.runId === id) ?? (matches.length === 1 ? matches[0] : undefined);
        if (!run) {
            const known = runs.slice(0, 5).map((r) => r.runId);
            const why = matches.length > 1 ? `"${id}" matches ${matches.length} runs` : `no run "${id}"`;
            throw new errors/* UsageError */.eb(`${why} in ${context.store}; recent runs: ${known.join(", ") || "(none)"}`);
        }
        context.stdout.write(flags.format === "json"
            ? `${JSON.stringify(run, null, 2)}\n`
            : (0,ui_runs/* formatRun */.TI)({ ...run, tasks: await (0,log_tail/* withLogTails */.i8)(run.tasks) }));
        return 0;
    },
};

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: ./src/ui/model.ts + 3 modules
var model = __webpack_require__(91286);
// EXTERNAL MODULE: ./src/ui/page.ts
var page = __webpack_require__(59819);
// EXTERNAL MODULE: ./src/ui/site.ts
var ui_site = __webpack_require__(88723);
;// CONCATENATED MODULE: ./src/ui/serve.ts




const FRESH_MS = 750;
const TYPES = {
    "/": "text/html; charset=utf-8",
    "/index.html": "text/html; charset=utf-8",
    "/app.js": "text/javascript; charset=utf-8",
    "/data.js": "text/javascript; charset=utf-8",
    "/data.json": "application/json",
};
/** Rebuilds the data at most every FRESH_MS, one rebuild at a time. */
function freshData(options) {
    let cached;
    return () => {
        if (!cached || Date.now() - cached.at > FRESH_MS) {
            const data = (0,model/* buildSiteData */.q)({ ...options, now: new Date() });
            cached = { at: Date.now(), data };
            data.catch(() => (cached = undefined));
        }
        return cached.data;
    };
}
/** The site on 127.0.0.1, its data rebuilt from the store as requests come (the page polls data.json). */
async function serveSite(options) {
    const app = await (0,ui_site/* readAppScript */.Rx)();
    const data = freshData(options);
    const server = external_node_http_default().createServer((request, response) => {
        const url = new URL(request.url ?? "/", "http://127.0.0.1");
        const type = TYPES[url.pathname] ?? (url.pathname.startsWith("/data/") ? TYPES["/data.js"] : undefined);
        if (request.method !== "GET" || type === undefined) {
            response.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
            return;
        }
        body(url.pathname, app, data).then((text) => text === undefined
            ? response.writeHead(404, { "content-type": "text/plain" }).end("not found\n")
            : response
                .writeHead(200, { "content-type": type, "cache-control": "no-store" })
                .end(text), (error) => {
            options.log(`ui: could not read the store: ${String(error)}`);
            response.writeHead(500, { "content-type": "text/plain" }).end(`${String(error)}\n`);
        });
    });
    await new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(options.port, "127.0.0.1", resolve);
    });
    const closed = new Promise((resolve) => {
        const close = () => void server.close(() => resolve());
        if (options.signal.aborted)
            close();
        else
            options.signal.addEventListener("abort", close, { once: true });
    });
    const { port } = server.address();
    return { url: `http://127.0.0.1:${port}/`, closed };
}
async function body(pathname, app, build) {
    if (pathname === "/app.js")
        return app;
    if (pathname === "/data.js")
        return (0,ui_site/* dataScript */.kw)((await build()).data);
    if (pathname === "/data.json")
        return JSON.stringify((await build()).data);
    if (pathname.startsWith("/data/"))
        return (await build()).files.get(pathname.slice(1));
    return page/* INDEX_HTML */.B;
}

;// CONCATENATED MODULE: ./src/cli/commands/ui.ts






const ui_FlagsSchema = schemas/* object */.Ikc({
    out: schemas/* string */.YjP().min(1).optional(),
    serve: schemas/* boolean */.zMY().default(false),
    port: coerce/* number */.ai().int().min(0).max(65535).default(0),
});
const uiCommand = {
    name: "ui",
    summary: "Write the status site (asset graph, partitions, runs, metadata) or serve it live",
    usage: "--out DIR | --serve [--port N]",
    details: `Options:
  --out DIR          write the site into DIR: index.html, app.js, data.js, data.json; open
                     DIR/index.html from disk (no server, no network request)
  --serve            serve the site on http://127.0.0.1 and refresh it as runs progress; stops on
                     Ctrl-C
  --port N           the port for --serve (default: any free port, printed)`,
    options: { out: { type: "string" }, serve: { type: "boolean" }, port: { type: "string" } },
    async run(context) {
        const flags = parseFlags(ui_FlagsSchema, context.flags);
        expectNoArguments(context, "ui");
        const site = { root: context.root, store: context.store, env: context.env };
        if (flags.serve) {
            const log = (line) => context.stderr.write(`${line}\n`);
            const served = await serveSite({ ...site, port: flags.port, signal: context.signal, log });
            context.stdout.write(`lifecycle ui: serving ${served.url} (Ctrl-C to stop)\n`);
            await served.closed;
            return 0;
        }
        if (flags.out === undefined)
            throw new errors/* UsageError */.eb("ui needs --out DIR or --serve");
        const out = external_node_path_default().resolve(context.root, flags.out);
        const written = await (0,ui_site/* writeSite */.bo)(out, site);
        const kib = (written.bytes / 1024).toFixed(0);
        context.stdout.write(`wrote ${external_node_path_default().join(out, "index.html")} (${written.data.assets.length} assets, ${written.data.runs.length} runs, ${kib} KiB)\n`);
        return 0;
    },
};

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
    const source = await (0,store_store/* openStore */.Ch)(from, { root: options.root, env: options.env });
    try {
        const target = await (0,store_store/* openStore */.Ch)(to, { root: options.root, env: options.env, only: () => false });
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

;// CONCATENATED MODULE: ./src/cli/commands/store.ts





const store_FlagsSchema = schemas/* object */.Ikc({ quiet: schemas/* boolean */.zMY().default(false) });
const storeCommand = {
    name: "store",
    summary: "Copy a whole store, local to S3 and back (resumable, verified by sha256)",
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
        const flags = parseFlags(store_FlagsSchema, context.flags);
        const [sub, from, to, ...extra] = context.positionals;
        if (sub !== "copy" || from === undefined || to === undefined || extra.length > 0)
            throw new errors/* UsageError */.eb(`usage: lifecycle store copy FROM TO (received ${JSON.stringify(context.positionals)})`);
        const [source, target] = [from, to].map((url) => (0,store_store/* normalizeStoreUrl */.qJ)(url, context.root));
        if (source === target)
            throw new errors/* UsageError */.eb(`store copy: FROM and TO are the same store (${from})`);
        const summary = await copyStore(source ?? from, target ?? to, {
            root: context.root,
            env: context.env,
            signal: context.signal,
            log: flags.quiet ? () => { } : (line) => context.stderr.write(`${line}\n`),
        });
        context.stdout.write(`${store_summaryLine(summary)}\n`);
        return 0;
    },
};
function store_summaryLine(s) {
    const mib = (s.bytes / (1 << 20)).toFixed(1);
    return `copied ${s.copied} unit(s) (${s.files} files, ${mib} MiB), skipped ${s.skipped} already there; records: ${s.events.copied} copied, ${s.events.skipped} skipped; ${s.partitions} partition file(s)`;
}

;// CONCATENATED MODULE: ./src/cli/commands/index.ts


















/** Every CLI command. Each lives in its own file beside this one; add it here. */
const commands = [
    validateCommand,
    schemaCommand,
    materializeCommand,
    statusCommand,
    runsCommand,
    uiCommand,
    graphCommand,
    ingestCommand,
    partitionsCommand,
    storeCommand,
    schedulesCommand,
    pipelineCommand,
    matrixCommand,
    affectedCommand,
    checkCommand,
    publishCommand,
    distributeCommand,
    senseCommand,
    initCommand,
];

;// CONCATENATED MODULE: ./src/cli/global-options.ts
const GLOBAL_OPTIONS = [
    {
        name: "root",
        spec: { type: "string" },
        usage: "--root DIR",
        help: "project root (default: the current directory)",
    },
    {
        name: "store",
        spec: { type: "string" },
        usage: "--store URL",
        help: "the store: a directory, file:///path or s3://bucket/prefix (default: LIFECYCLE_STORE, else store.url of lifecycle.yml, else <root>/.lifecycle)",
    },
    {
        name: "quiet",
        spec: { type: "boolean", short: "q" },
        usage: "-q, --quiet",
        help: "print only errors and results",
    },
    {
        name: "verbose",
        spec: { type: "boolean", short: "v" },
        usage: "-v, --verbose",
        help: "print every task's output as it runs, and stack traces",
    },
    {
        name: "color",
        spec: { type: "boolean" },
        usage: "--color, --no-color",
        help: "colour on or off (default: on a terminal, unless NO_COLOR is set; FORCE_COLOR=1 forces it)",
    },
    {
        name: "no-color",
        spec: { type: "boolean" },
        usage: "",
        help: "",
    },
    {
        name: "help",
        spec: { type: "boolean", short: "h" },
        usage: "-h, --help",
        help: "help for a command: lifecycle <command> --help",
    },
];
/** Only before a command (a command may have its own `--version`, e.g. `ingest`). */
const VERSION_OPTION = {
    name: "version",
    spec: { type: "boolean" },
    usage: "--version",
    help: "print lifecycle's version",
};
function globalOptionSpec() {
    return Object.fromEntries(GLOBAL_OPTIONS.map((o) => [o.name, o.spec]));
}
function globalOptionsHelp() {
    const shown = [...GLOBAL_OPTIONS, VERSION_OPTION].filter((o) => o.usage !== "");
    const width = Math.max(...shown.map((o) => o.usage.length));
    return shown.map((o) => `  ${o.usage.padEnd(width)}  ${o.help}`).join("\n");
}

;// CONCATENATED MODULE: ./src/cli/main.ts









/** Run the CLI; resolves to the exit code. Never calls process.exit. */
async function main(argv, io) {
    const leading = { ...globalOptionSpec(), [VERSION_OPTION.name]: VERSION_OPTION.spec };
    const { name, before, after } = splitCommand(argv, leading);
    let values = {};
    try {
        values = parseOptions(before, leading, "lifecycle").values;
        if (values.version === true) {
            io.stdout.write(`lifecycle ${release/* LIFECYCLE_VERSION */.YB}\n`);
            return 0;
        }
        if (name === undefined || name === "help")
            return help(name, after, values, io);
        const command = commands.find((c) => c.name === name);
        if (!command)
            throw unknownCommand(name, commandNames());
        const options = { ...globalOptionSpec(), ...leading, ...command.options };
        const parsed = parseOptions(after, options, name);
        values = { ...values, ...parsed.values };
        if (values.version === true && command.options.version === undefined) {
            io.stdout.write(`lifecycle ${release/* LIFECYCLE_VERSION */.YB}\n`);
            return 0;
        }
        if (values.help === true) {
            io.stdout.write(commandHelp(command));
            return 0;
        }
        return await command.run(await commandContext(parsed.positionals, values, io));
    }
    catch (error) {
        reportError(error, io, values);
        return (0,errors/* exitCodeFor */.Rr)(error);
    }
}
function commandNames() {
    return [...commands.map((c) => c.name), "help"];
}
/** `lifecycle`, `lifecycle --help`, `lifecycle help [command]`. */
function help(name, after, values, io) {
    const topic = after.find((a) => !a.startsWith("-"));
    if (name === "help" && topic !== undefined) {
        const command = commands.find((c) => c.name === topic);
        if (!command)
            throw unknownCommand(topic, commandNames());
        io.stdout.write(commandHelp(command));
        return 0;
    }
    io.stdout.write(generalHelp());
    return name === undefined && values.help !== true ? 2 : 0;
}
async function commandContext(positionals, values, io) {
    const root = external_node_path_default().resolve(io.cwd, stringFlag(values.root) ?? ".");
    const store = await (0,store_store/* resolveStoreUrl */.r1)(stringFlag(values.store), root, io.cwd, io.env);
    const colorFlag = values["no-color"] === true ? false : values.color === true ? true : undefined;
    return {
        root,
        store,
        positionals,
        flags: values,
        stdout: io.stdout,
        stderr: io.stderr,
        env: io.env,
        signal: io.signal ?? new AbortController().signal,
        verbosity: verbosityOf(values),
        colors: {
            out: colors(colorEnabled(io.stdout, io.env, colorFlag)),
            err: colors(colorEnabled(io.stderr, io.env, colorFlag)),
        },
    };
}
function verbosityOf(values) {
    if (values.quiet === true && values.verbose === true)
        throw new errors/* UsageError */.eb("--quiet and --verbose cannot be used together");
    if (values.quiet === true)
        return "quiet";
    return values.verbose === true ? "verbose" : "normal";
}
function stringFlag(value) {
    return typeof value === "string" ? value : undefined;
}
function reportError(error, io, values) {
    const flag = values["no-color"] === true ? false : values.color === true ? true : undefined;
    const c = colors(colorEnabled(io.stderr, io.env, flag));
    if (error instanceof errors/* ConfigError */.xL && error.diagnostics.length > 0) {
        io.stderr.write(`${(0,core_diagnostics/* formatDiagnostics */.oO)(error.diagnostics, "text")}\n`);
    }
    const expected = error instanceof errors/* UsageError */.eb || error instanceof errors/* ConfigError */.xL;
    const debug = Boolean(io.env.LIFECYCLE_DEBUG) || (values.verbose === true && !expected);
    const stack = debug && error instanceof Error ? `\n${c.dim(error.stack ?? "")}` : "";
    io.stderr.write(`${c.red(c.bold("lifecycle:"))} ${(0,errors/* errorMessage */.gJ)(error)}${stack}\n`);
}
function generalHelp() {
    const width = Math.max(...commands.map((c) => c.name.length));
    const list = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n");
    return `Usage: lifecycle [global options] <command> [options]

Commands:
${list}

Global options (before or after the command):
${globalOptionsHelp()}
`;
}
function commandHelp(command) {
    const details = command.details ? `\n${command.details.trimEnd()}\n` : "";
    return `Usage: lifecycle ${command.name} ${command.usage}

${command.summary}
${details}
Global options: ${globalUsages()} (lifecycle --help for more)
`;
}
function globalUsages() {
    return GLOBAL_OPTIONS.filter((o) => o.usage !== "")
        .map((o) => o.usage.split(", ").at(-1) ?? "")
        .join(", ");
}


/***/ }),

/***/ 64982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ generateScheduleWorkflow),
/* harmony export */   o8: () => (/* binding */ SCHEDULE_WORKFLOW_PATH)
/* harmony export */ });
/* unused harmony exports LIFECYCLE_REF, LIFECYCLE_ACTION, REUSABLE_WORKFLOW, INGEST_WORKFLOW */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _schedules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62653);



const SCHEDULE_WORKFLOW_PATH = ".github/workflows/schedules.yml";
/** The lifecycle release the generated workflow runs (the release script moves it with the tag). */
const LIFECYCLE_REF = "v0.2.0";
const LIFECYCLE_ACTION = `lifecycle-dev/lifecycle@${LIFECYCLE_REF}`;
const REUSABLE_WORKFLOW = `lifecycle-dev/lifecycle/.github/workflows/lifecycle.yml@${LIFECYCLE_REF}`;
const INGEST_WORKFLOW = `lifecycle-dev/lifecycle/.github/workflows/ingest.yml@${LIFECYCLE_REF}`;
// Pinned by full SHA, as in the other workflows; the tag follows as a comment.
const PINNED_ACTIONS = {
    checkout: { ref: "actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1", version: "v7.0.1" },
};
const HEADER = `Generated by \`lifecycle schedules generate\` from the schedules in products/products.yml
and the ingest_schedules in lifecycle.yml.
Do not edit: change the configuration and generate again. \`lifecycle schedules generate --check\`
fails when this file and the configuration disagree.`;
/** Every schedule, product and ingest, as its trigger sees it. */
function allSchedules(project) {
    const products = (0,_schedules_js__WEBPACK_IMPORTED_MODULE_2__/* .scheduleJobs */ .cx)(project).map((j) => ({ jobId: j.jobId, schedule: j.schedule }));
    const ingest = (project.ingest ?? []).map((j) => ({ jobId: j.jobId, schedule: j.schedule }));
    return [...products, ...ingest];
}
function triggers(project) {
    const jobs = allSchedules(project);
    const seen = new Set();
    const schedule = jobs.flatMap(({ schedule: s }) => {
        const cron = (0,_schedules_js__WEBPACK_IMPORTED_MODULE_2__/* .normaliseCron */ .nx)(s.cron);
        if (seen.has(cron))
            return [];
        seen.add(cron);
        const quoted = Object.assign(new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5(cron), { type: yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_DOUBLE });
        return [s.timezone === "UTC" ? { cron: quoted } : { cron: quoted, timezone: s.timezone }];
    });
    const names = [...new Set(jobs.map((j) => j.schedule.name))];
    const workflow_dispatch = {
        inputs: {
            schedule: {
                description: "Schedule to run now",
                type: "choice",
                options: names,
                required: true,
            },
            now: {
                description: "Resolve dates as if it ticked at this ISO 8601 time (default: now)",
                type: "string",
                required: false,
                default: "",
            },
        },
    };
    return { schedule, workflow_dispatch };
}
function resolveJob(project) {
    const jobs = allSchedules(project);
    return {
        name: "Resolve the partitions that are due",
        "runs-on": "ubuntu-latest",
        "timeout-minutes": 10,
        permissions: { contents: "read" },
        outputs: Object.fromEntries(jobs.map((j) => [j.jobId, `\${{ steps.due.outputs.${j.jobId} }}`])),
        steps: [
            { uses: PINNED_ACTIONS.checkout?.ref, with: { "persist-credentials": false } },
            {
                id: "due",
                uses: LIFECYCLE_ACTION,
                with: {
                    command: "schedules-resolve",
                    cron: "${{ github.event.schedule }}",
                    schedule: "${{ inputs.schedule }}",
                    now: "${{ inputs.now }}",
                },
            },
        ],
    };
}
/**
 * The content of `.github/workflows/schedules.yml`: one trigger per cron (with its time zone),
 * a job that resolves the partitions due at the tick (`yesterday` needs the tick's date, so it is
 * computed at run time), and per product schedule a call of the reusable lifecycle workflow.
 */
function generateScheduleWorkflow(project, options = {}) {
    const jobs = (0,_schedules_js__WEBPACK_IMPORTED_MODULE_2__/* .scheduleJobs */ .cx)(project);
    if (jobs.length === 0 && (project.ingest ?? []).length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL("no product declares schedules and lifecycle.yml has no ingest_schedules; there is no workflow to generate");
    const permissions = options.callerPermissions ?? { contents: "read", actions: "read" };
    const callers = Object.fromEntries(jobs.map((job) => [
        job.jobId,
        {
            name: `${job.product.id} (${job.schedule.name})`,
            needs: "resolve",
            if: `needs.resolve.outputs.${job.jobId} != ''`,
            permissions: { ...permissions },
            uses: REUSABLE_WORKFLOW,
            with: {
                select: job.product.id,
                partition: `\${{ needs.resolve.outputs.${job.jobId} }}`,
                force: false,
            },
        },
    ]));
    const ingestCallers = Object.fromEntries((project.ingest ?? []).map((job) => [
        job.jobId,
        {
            name: `ingest (${job.schedule.name})`,
            needs: "resolve",
            if: `needs.resolve.outputs.${job.jobId} != ''`,
            permissions: { ...permissions },
            uses: INGEST_WORKFLOW,
            with: {
                templates: job.templates.join(","),
                version: `\${{ needs.resolve.outputs.${job.jobId} }}`,
                force: false,
            },
        },
    ]));
    const workflow = {
        name: "schedules",
        on: triggers(project),
        permissions: {},
        concurrency: {
            group: "schedules-${{ github.event.schedule || inputs.schedule }}",
            "cancel-in-progress": false,
        },
        jobs: { resolve: resolveJob(project), ...callers, ...ingestCallers },
    };
    const doc = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Document */ .yo(workflow);
    doc.commentBefore = HEADER.split("\n")
        .map((line) => ` ${line}`)
        .join("\n");
    let text = doc.toString({ lineWidth: 0 });
    for (const { ref, version } of Object.values(PINNED_ACTIONS)) {
        text = text.replaceAll(`uses: ${ref}\n`, `uses: ${ref} # ${version}\n`);
    }
    return text;
}


/***/ }),

/***/ 62653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cx: () => (/* binding */ scheduleJobs),
/* harmony export */   nx: () => (/* binding */ normaliseCron),
/* harmony export */   rw: () => (/* binding */ resolveDueSchedules),
/* harmony export */   ze: () => (/* binding */ hasSchedules)
/* harmony export */ });
/* unused harmony exports resolveScheduledDate, scheduleExpression */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _cron_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25095);
/* harmony import */ var _time_window_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54927);
/* harmony import */ var _dates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33926);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9388);
/* harmony import */ var _schemes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(14847);






/** `yesterday` / `today` at the tick's time in `timeZone`, or a fixed date. */
function resolveScheduledDate(spec, tick, timeZone) {
    if (spec === "today")
        return (0,_dates_js__WEBPACK_IMPORTED_MODULE_3__/* .dateInTimeZone */ .xk)(tick, timeZone);
    if (spec === "yesterday")
        return (0,_dates_js__WEBPACK_IMPORTED_MODULE_3__/* .addDays */ .fi)((0,_dates_js__WEBPACK_IMPORTED_MODULE_3__/* .dateInTimeZone */ .xk)(tick, timeZone), -1);
    return spec;
}
function jobIdPart(text) {
    return text.replace(/[^A-Za-z0-9_]/g, "_");
}
/** Every product's schedules, checked: unique job ids, one time zone per cron string. */
function scheduleJobs(project) {
    const jobs = [];
    const ids = new Map();
    const zones = new Map();
    for (const product of project.products) {
        for (const schedule of product.schedules ?? []) {
            const jobId = `schedule_${jobIdPart(product.id)}__${jobIdPart(schedule.name)}`;
            const where = `product ${product.id}, schedule ${schedule.name}`;
            const clash = ids.get(jobId);
            if (clash)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where}: its job id ${jobId} is also ${clash}'s; rename one`);
            ids.set(jobId, where);
            const cron = normaliseCron(schedule.cron);
            const zone = zones.get(cron);
            if (zone !== undefined && zone !== schedule.timezone) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where}: cron "${cron}" is also used with time zone ${zone}; GitHub reports only the cron string of a tick, so give it a different minute or the same time zone`);
            }
            zones.set(cron, schedule.timezone);
            checkSchedulePartitions(product, schedule, where);
            jobs.push({ jobId, product, schedule });
        }
    }
    checkIngestSchedules(project.ingest ?? [], ids, zones);
    return jobs;
}
/** Ingest schedules share the triggers: the same rule of one time zone per cron string. */
function checkIngestSchedules(ingest, ids, zones) {
    for (const { jobId, schedule } of ingest) {
        const where = `lifecycle.yml, ingest schedule ${schedule.name}`;
        if (ids.has(jobId))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where}: its name is used twice; rename one`);
        ids.set(jobId, where);
        const cron = normaliseCron(schedule.cron);
        const zone = zones.get(cron);
        if (zone !== undefined && zone !== schedule.timezone)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where}: cron "${cron}" is also used with time zone ${zone}; GitHub reports only the cron string of a tick, so give it a different minute or the same time zone`);
        zones.set(cron, schedule.timezone);
    }
}
/** Whether there is anything to schedule: a product schedule or an ingest schedule. */
function hasSchedules(project) {
    return scheduleJobs(project).length > 0 || (project.ingest ?? []).length > 0;
}
/** The cron as GitHub's `schedule:` takes it: macros expanded, fields single-spaced. */
function normaliseCron(cron) {
    return (0,_cron_js__WEBPACK_IMPORTED_MODULE_1__/* .expandCronMacro */ .XC)(cron);
}
function checkSchedulePartitions(product, schedule, where) {
    const kind = (0,_schemes_js__WEBPACK_IMPORTED_MODULE_5__/* .schemeKindOf */ .VG)(product.partitions);
    for (const entry of schedule.partitions ?? []) {
        if (entry.key !== undefined && (entry.date !== undefined || entry.universe !== undefined)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where}: a scheduled partition gives either key or date/universe, not both`);
        }
        if (entry.universe !== undefined && kind !== "universe-date") {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where}: universe is only for universe x date partitions (this product is ${kind})`);
        }
        if (entry.key === undefined && kind !== "universe-date" && kind !== "time") {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where}: ${kind} partitions are scheduled by key, e.g. { key: nightly_qa }`);
        }
        checkEntryResolves(product, entry, where);
    }
}
/** A start date the product declares, to try relative dates (yesterday, today) against. */
function declaredStart(product) {
    const config = product.partitions;
    if (typeof config !== "object" || Array.isArray(config))
        return undefined;
    if ("daily" in config)
        return config.daily.start.slice(0, 10);
    if ("date" in config)
        return config.date.start;
    return undefined;
}
/** Keys, fixed dates and universes must resolve now; relative dates are tried on the start date. */
function checkEntryResolves(product, entry, where) {
    const start = declaredStart(product);
    const relative = entry.date === undefined || entry.date === "yesterday" || entry.date === "today";
    const probe = relative && start !== undefined ? { ...entry, date: start } : entry;
    const now = start === undefined ? new Date() : new Date(`${start}T12:00:00Z`);
    const expression = entryExpression(probe, product, now, "UTC");
    try {
        (0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .resolvePartitions */ .W)(product, expression, relative ? { now: new Date() } : {});
    }
    catch (error) {
        if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb))
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where}: partitions ${JSON.stringify(expression)}: ${error.message}`);
    }
}
function entryExpression(entry, product, tick, zone) {
    if (entry.key !== undefined)
        return entry.key;
    const date = `date=${resolveScheduledDate(entry.date ?? "yesterday", tick, zone)}`;
    if (entry.universe === undefined)
        return date;
    const universes = Array.isArray(entry.universe) ? entry.universe : [entry.universe];
    return (0,_schemes_js__WEBPACK_IMPORTED_MODULE_5__/* .schemeKindOf */ .VG)(product.partitions) === "universe-date"
        ? `universe=${universes.join(",")};${date}`
        : date;
}
/**
 * A scheduled time window without `partitions:` runs its latest complete period at the tick (as
 * the market-data team's layer runs yesterday), whether or not the window declares an end.
 */
function latestCompletePeriod(product, tick, zone) {
    const scheme = (0,_schemes_js__WEBPACK_IMPORTED_MODULE_5__/* .schemeOf */ .dz)(product.partitions, tick);
    if (scheme.kind === "time") {
        const last = scheme.dimension.keys.at(-1);
        return last === undefined ? undefined : `date=${last}`;
    }
    if (scheme.kind !== "universe-date")
        return undefined;
    const yesterday = resolveScheduledDate("yesterday", tick, zone);
    return `date=${yesterday < scheme.window.end ? yesterday : scheme.window.end}`;
}
/** The partition expression a schedule stands for at `tick` (no partitions = the product's default). */
function scheduleExpression(job, tick) {
    const entries = job.schedule.partitions;
    if (entries === undefined)
        return latestCompletePeriod(job.product, tick, job.schedule.timezone);
    return entries.map((e) => entryExpression(e, job.product, tick, job.schedule.timezone)).join("|");
}
/**
 * The schedules due: those whose cron string is `cron` (a scheduled tick), or named `schedule`
 * (a manual run). Dates resolve against the tick: the latest time at or before `now` when the cron
 * fires in the schedule's time zone (GitHub may start a run late), or `now` for a manual run.
 */
function resolveDueSchedules(project, options) {
    if (!options.cron && !options.schedule)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb("give the tick's cron string or a schedule name");
    const jobs = scheduleJobs(project).filter((job) => options.cron
        ? normaliseCron(job.schedule.cron) === normaliseCron(options.cron)
        : job.schedule.name === options.schedule);
    const ingest = dueIngest(project.ingest ?? [], options);
    if (jobs.length === 0 && ingest.length === 0) {
        const what = options.cron ? `cron "${options.cron}"` : `name "${options.schedule}"`;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`no schedule has the ${what}`);
    }
    const products = jobs.map((job) => {
        const { timezone } = job.schedule;
        const tick = options.cron
            ? ((0,_time_window_js__WEBPACK_IMPORTED_MODULE_2__/* .previousTick */ .vN)(job.schedule.cron, options.now, timezone) ?? options.now)
            : options.now;
        const partition = scheduleExpression(job, tick);
        const resolved = (0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .resolvePartitions */ .W)(job.product, partition, { now: tick });
        return {
            job: job.jobId,
            kind: "product",
            product: job.product.id,
            schedule: job.schedule.name,
            tick: tick.toISOString(),
            timezone,
            partition: partition ?? resolved.map((p) => p.key).join(","),
        };
    });
    return [...products, ...ingest];
}
/** The ingest schedules due, each with the version it ingests at the tick. */
function dueIngest(ingest, options) {
    const due = ingest.filter(({ schedule }) => options.cron
        ? normaliseCron(schedule.cron) === normaliseCron(options.cron)
        : schedule.name === options.schedule);
    return due.map(({ jobId, schedule, templates }) => {
        const tick = options.cron
            ? ((0,_time_window_js__WEBPACK_IMPORTED_MODULE_2__/* .previousTick */ .vN)(schedule.cron, options.now, schedule.timezone) ?? options.now)
            : options.now;
        const version = schedule.version === "today" || schedule.version === "yesterday"
            ? resolveScheduledDate(schedule.version, tick, schedule.timezone)
            : schedule.version;
        return {
            job: jobId,
            kind: "ingest",
            product: templates.join(","),
            schedule: schedule.name,
            tick: tick.toISOString(),
            timezone: schedule.timezone,
            partition: version,
        };
    });
}


/***/ })

};

//# sourceMappingURL=320.index.js.map