export const id = 767;
export const ids = [767];
export const modules = {

/***/ 8767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   schedulesCheckCommand: () => (/* binding */ schedulesCheckCommand),
/* harmony export */   schedulesResolveCommand: () => (/* binding */ schedulesResolveCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _partitions_project_products_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3191);
/* harmony import */ var _partitions_schedule_workflow_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4982);
/* harmony import */ var _partitions_schedules_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2653);






/** `schedules-check`: the scheduled workflow in the repository is what the configuration generates. */
async function schedulesCheckCommand(context) {
    const project = { products: await (0,_partitions_project_products_js__WEBPACK_IMPORTED_MODULE_3__/* .loadPartitionedProducts */ ._6)(context.root) };
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(context.root, _partitions_schedule_workflow_js__WEBPACK_IMPORTED_MODULE_4__/* .SCHEDULE_WORKFLOW_PATH */ .o8);
    const wanted = (0,_partitions_schedules_js__WEBPACK_IMPORTED_MODULE_5__/* .scheduleJobs */ .cx)(project).length === 0 ? undefined : (0,_partitions_schedule_workflow_js__WEBPACK_IMPORTED_MODULE_4__/* .generateScheduleWorkflow */ .Ay)(project);
    const current = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readFile(file, "utf8").catch((error) => {
        if (error.code === "ENOENT")
            return undefined;
        throw error;
    });
    const shown = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(context.workspace, file);
    if (current === wanted) {
        context.io.info(`${shown}: up to date`);
        return { ok: true };
    }
    const why = wanted === undefined
        ? "exists but no product declares schedules"
        : current === undefined
            ? "is missing"
            : "differs from the configuration";
    context.io.annotate("error", `${shown} ${why}; run "lifecycle schedules generate"`, {
        title: "schedules workflow out of date",
        file: shown,
    });
    return { ok: false, message: `${shown} ${why}` };
}
/** `schedules-resolve`: one output per schedule job, the partition due at this tick (or none). */
async function schedulesResolveCommand(context) {
    const { inputs, io } = context;
    const project = { products: await (0,_partitions_project_products_js__WEBPACK_IMPORTED_MODULE_3__/* .loadPartitionedProducts */ ._6)(context.root) };
    const nowText = inputs.now.trim();
    if (nowText !== "" && Number.isNaN(Date.parse(nowText)))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`input "now": expected an ISO 8601 time (received ${JSON.stringify(nowText)})`);
    const due = (0,_partitions_schedules_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveDueSchedules */ .rw)(project, {
        cron: inputs.cron.trim() || undefined,
        schedule: inputs.schedule.trim() || undefined,
        now: nowText === "" ? new Date() : new Date(nowText),
    });
    for (const d of due) {
        io.setOutput(d.job, d.partition);
        io.info(`${d.product} (${d.schedule}, tick ${d.tick} ${d.timezone}): ${d.partition}`);
    }
    if (due.length === 0)
        io.info("nothing is due at this tick");
    return { ok: true };
}


/***/ }),

/***/ 4077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cu: () => (/* binding */ PIPELINES_DIR),
  NY: () => (/* binding */ discoverPipelines),
  eG: () => (/* binding */ runPipelineModule)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(6921);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/partitions/config.ts
var config = __webpack_require__(9101);
// EXTERNAL MODULE: ./src/partitions/dates.ts
var dates = __webpack_require__(3926);
// EXTERNAL MODULE: ./src/partitions/universe.ts
var universe = __webpack_require__(5764);
;// CONCATENATED MODULE: ./src/partitions/run.ts






const MODULE_NAME = /^[A-Za-z0-9_-]+$/;
/**
 * Where universe members come from: `default` uses the default function given to `resolve`; a
 * custom universe registered by name; else the module `<dir>/<name>.js` (or `.mjs`; `.ts` only
 * where Node can strip types) exporting `getUniverse(date, value)`.
 */
const UNIVERSES_DIR = "universes";
class UniverseRegistry {
    dir;
    custom = new Map();
    modules = new Map();
    constructor(dir) {
        this.dir = dir;
    }
    /** The `universes/` folder of a project. */
    static inProject(root) {
        return new UniverseRegistry(external_node_path_default().join(root, UNIVERSES_DIR));
    }
    /** `membershipChanges`: members differ by day, so a multi-day run resolves them per day. */
    register(name, getUniverse, options = {}) {
        this.custom.set(name, { getUniverse, membershipChanges: options.membershipChanges ?? false });
        return this;
    }
    /** Does any factor of the universe say its membership changes from day to day? */
    async membershipChanges(universe, defaultGetUniverse) {
        for (const factor of universe.factors) {
            if ((await this.lookup(factor.name, defaultGetUniverse)).membershipChanges)
                return true;
        }
        return false;
    }
    /** Members on `date`; a product of universes gives the members common to every factor, in the first factor's order. */
    async resolve(universe, date, defaultGetUniverse) {
        const memberLists = [];
        for (const factor of universe.factors) {
            memberLists.push(await this.resolveOne(factor, date, defaultGetUniverse));
        }
        const [first = [], ...rest] = memberLists;
        const others = rest.map((list) => new Set(list));
        return [...new Set(first)].filter((m) => others.every((set) => set.has(m)));
    }
    async resolveOne(universe, date, defaultGetUniverse) {
        const { getUniverse } = await this.lookup(universe.name, defaultGetUniverse);
        const members = await getUniverse(date, universe.value);
        if (!Array.isArray(members) || members.some((m) => typeof m !== "string")) {
            throw new errors/* ConfigError */.xL(`universe ${universe.spec}: getUniverse must return an array of strings`);
        }
        return members;
    }
    lookup(name, defaultGetUniverse) {
        if (name === "default") {
            if (!defaultGetUniverse)
                throw new errors/* ConfigError */.xL(`universe "default" needs a defaultGetUniverse`);
            return Promise.resolve({ getUniverse: defaultGetUniverse, membershipChanges: false });
        }
        const custom = this.custom.get(name);
        if (custom)
            return Promise.resolve(custom);
        let loading = this.modules.get(name);
        if (!loading) {
            loading = loadUniverseModule(this.dir, name);
            this.modules.set(name, loading);
        }
        return loading;
    }
}
function canImportTypeScript() {
    return Boolean(process.features.typescript);
}
async function exists(file) {
    return promises_default().stat(file).then((s) => s.isFile(), () => false);
}
/**
 * Import `<dir>/<name>.js|.mjs|.ts`: its `getUniverse` export, and `membershipChanges` (a boolean
 * export: true when the members on one day can differ from those on another).
 */
async function loadUniverseModule(dir, name) {
    if (!MODULE_NAME.test(name))
        throw new errors/* ConfigError */.xL(`universe ${JSON.stringify(name)} is not a module name`);
    const candidates = [".js", ".mjs", ".ts"].map((ext) => external_node_path_default().join(dir, `${name}${ext}`));
    for (const file of candidates) {
        if (!(await exists(file)))
            continue;
        if (file.endsWith(".ts") && !canImportTypeScript()) {
            throw new errors/* ConfigError */.xL(`universe module ${file} is TypeScript, which this Node (${process.version}) cannot import; compile it to ${name}.js or use Node >= 22.18`);
        }
        const module = await import(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)(file).href);
        const getUniverse = module.getUniverse;
        if (typeof getUniverse !== "function") {
            throw new errors/* ConfigError */.xL(`universe module ${file} does not export a function getUniverse(date, value)`);
        }
        const membershipChanges = module.membershipChanges === true;
        return {
            getUniverse: (date, value) => Promise.resolve(getUniverse(date, value)),
            membershipChanges,
        };
    }
    throw new errors/* ConfigError */.xL(`unknown universe ${JSON.stringify(name)}: not "default", not registered, and no module ${name}.js, ${name}.mjs or ${name}.ts in ${dir}`);
}
/** A run failed; the message starts with the partition key. */
class PartitionRunError extends Error {
    partition;
    name = "PartitionRunError";
    constructor(partition, cause) {
        super(`partition ${partition}: ${(0,errors/* errorMessage */.gJ)(cause)}`, { cause });
        this.partition = partition;
    }
}
/**
 * Members on START_DATE; or, when the universe says its membership changes, the members of every
 * day of the run (UNIVERSE_MEMBERS is then their union, in first-seen order).
 */
async function membersOf(registry, run, defaultGetUniverse) {
    if (!(await registry.membershipChanges(run.universe, defaultGetUniverse))) {
        return {
            UNIVERSE_MEMBERS: await registry.resolve(run.universe, run.dates.start, defaultGetUniverse),
        };
    }
    const byDate = {};
    for (const day of (0,dates/* eachDay */.aj)(run.dates.start, run.dates.end)) {
        byDate[day] = await registry.resolve(run.universe, day, defaultGetUniverse);
    }
    return {
        UNIVERSE_MEMBERS: [...new Set(Object.values(byDate).flat())],
        UNIVERSE_MEMBERS_BY_DATE: byDate,
    };
}
/**
 * Run a pipeline for one partition: a shallow copy of `baseConfig` with START_DATE, END_DATE, UNIVERSE and the
 * resolved UNIVERSE_MEMBERS (members on START_DATE), run the pipeline, then call `onResult`.
 */
async function runPartition(options) {
    const run = typeof options.partition === "string"
        ? universe/* PartitionRun */.MI.parse(options.partition)
        : options.partition;
    try {
        const registry = options.universes ?? UniverseRegistry.inProject(process.cwd());
        const config = {
            ...options.baseConfig,
            START_DATE: run.dates.start,
            END_DATE: run.dates.end,
            UNIVERSE: run.universe.spec,
            ...(await membersOf(registry, run, options.defaultGetUniverse)),
        };
        const result = await options.pipeline(config);
        await options.onResult?.(run, config, result);
        return result;
    }
    catch (error) {
        if (error instanceof PartitionRunError)
            throw error;
        throw new PartitionRunError(run.key, error);
    }
}

;// CONCATENATED MODULE: ./src/partitions/pipelines.ts







const PIPELINES_DIR = "pipelines";
const PIPELINE_FILE = /^([A-Za-z0-9][A-Za-z0-9_-]*)\.(js|mjs)$/;
/** What a pipeline module may export besides `run`; validated like products.yml. */
const PipelineExportsSchema = schemas/* object */.Ikc({
    run: schemas/* custom */.IeY((v) => typeof v === "function", {
        message: "expected an exported function run(config)",
    }),
    getUniverse: schemas/* custom */.IeY((v) => typeof v === "function", {
        message: "expected a function getUniverse(date, value)",
    })
        .optional(),
    partitions: config/* PartitionsConfigSchema */.Py.optional(),
    schedules: config/* SchedulesConfigSchema */.ai.optional(),
    description: schemas/* string */.YjP().optional(),
    version: schemas/* string */.YjP().optional(),
    tags: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
});
const CLI_ENTRY = "cli/bin.js";
/** The CLI that a pipeline's build command calls: the action bundle sets it to itself. */
function cliPath() {
    const sourceDir = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    return process.env.LIFECYCLE_CLI ?? external_node_path_default().join(sourceDir, "..", CLI_ENTRY);
}
function quote(text) {
    return `'${text.replace(/'/g, `'\\''`)}'`;
}
async function importModule(file) {
    return import(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)(file).href);
}
function hasRunExport(module) {
    return typeof module === "object" && module !== null && "run" in module;
}
async function importPipeline(file, imported) {
    const module = imported ?? (await importModule(file));
    const result = PipelineExportsSchema.safeParse(module);
    if (!result.success) {
        const issue = result.error.issues[0];
        throw new errors/* ConfigError */.xL(`pipeline ${file}: export ${issue?.path.join(".") || "?"}: ${issue?.message ?? "invalid"}`);
    }
    return result.data;
}
function warnOnStderr(file, reason) {
    process.stderr.write(`warning: ${file}: ${reason}; skipped\n`);
}
/**
 * Every `<dir>/<name>.js|.mjs` exporting `run(config)` becomes a product `<name>` whose build
 * command runs the pipeline for the partition in the environment (`lifecycle pipeline run`).
 * Optional exports: `partitions`, `schedules`, `description`, `version`, `tags`, `getUniverse`.
 * A module without a `run` export is a helper module (as in the market-data team's layer): it is
 * skipped with a warning naming it. A module that exports `run` but invalid options is an error.
 */
async function discoverPipelines(dir, warn = warnOnStderr) {
    let names;
    try {
        names = (await promises_default().readdir(dir)).sort();
    }
    catch (error) {
        if (error.code === "ENOENT")
            return [];
        throw error;
    }
    const found = [];
    for (const name of names) {
        const match = PIPELINE_FILE.exec(name);
        if (!match?.[1])
            continue;
        const file = external_node_path_default().resolve(dir, name);
        const module = await importModule(file);
        if (!hasRunExport(module)) {
            warn(file, "exports no run(config), so it is not a pipeline");
            continue;
        }
        const exports = await importPipeline(file, module);
        const id = match[1];
        if (found.some((p) => p.id === id))
            throw new errors/* ConfigError */.xL(`pipeline ${id} is defined twice in ${dir}`);
        const build_command = [process.execPath, cliPath(), "pipeline", "run", file]
            .map(quote)
            .join(" ");
        const product = {
            id,
            description: exports.description,
            version: exports.version,
            tags: ["pipeline", ...(exports.tags ?? [])],
            partitions: exports.partitions,
            schedules: exports.schedules,
            build_command,
        };
        found.push({ id, file, product });
    }
    return found;
}
/**
 * Run a pipeline module for the partition its environment names: universe x date partitions go
 * through `runPartition` (universes from `<root>/universes`, `default` from the module's
 * `getUniverse`); any other partition calls `run` with PARTITION, VERSION and BUILD_NOTE.
 * Every run also gets OUTPUT_DIR and INPUT_DIR.
 */
async function runPipelineModule(file, env, root) {
    const exports = await importPipeline(external_node_path_default().resolve(root, file));
    const baseConfig = {
        PARTITION: env.LIFECYCLE_PARTITION ?? "",
        VERSION: env.LIFECYCLE_VERSION ?? "",
        BUILD_NOTE: env.LIFECYCLE_BUILD_NOTE ?? "",
        OUTPUT_DIR: env.LIFECYCLE_OUTPUT_DIR ?? "",
        INPUT_DIR: env.LIFECYCLE_INPUT_DIR ?? "",
    };
    const universe = env.LIFECYCLE_UNIVERSE;
    if (!universe)
        return exports.run(baseConfig);
    const start = env.LIFECYCLE_START_DATE;
    const end = env.LIFECYCLE_END_DATE;
    if (!start || !end)
        throw new errors/* UsageError */.eb("LIFECYCLE_UNIVERSE is set but LIFECYCLE_START_DATE or LIFECYCLE_END_DATE is not");
    const key = start === end ? `${universe}:${start}` : `${universe}:${start}_${end}`;
    return runPartition({
        baseConfig,
        partition: key,
        defaultGetUniverse: exports.getUniverse,
        universes: UniverseRegistry.inProject(root),
        pipeline: (config) => exports.run(config),
    });
}


/***/ }),

/***/ 3191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _6: () => (/* binding */ loadPartitionedProducts),
/* harmony export */   f1: () => (/* binding */ loadProjectWithPipelines),
/* harmony export */   te: () => (/* binding */ findProduct)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_project_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3879);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _pipelines_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4077);




/** The project's products, then every discovered pipeline whose id no product already has. */
async function loadPartitionedProducts(root) {
    const { project } = await (0,_config_project_js__WEBPACK_IMPORTED_MODULE_1__/* .loadProjectOrThrow */ .xI)(root);
    const pipelines = await (0,_pipelines_js__WEBPACK_IMPORTED_MODULE_3__/* .discoverPipelines */ .NY)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, _pipelines_js__WEBPACK_IMPORTED_MODULE_3__/* .PIPELINES_DIR */ .Cu));
    const ids = new Set(project.products.map((p) => p.id));
    return [...project.products, ...pipelines.filter((p) => !ids.has(p.id)).map((p) => p.product)];
}
function findProduct(products, id) {
    const product = products.find((p) => p.id === id);
    if (product)
        return product;
    const ids = products.map((p) => p.id).join(", ") || "none";
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`unknown product ${JSON.stringify(id)}; products: ${ids}`);
}
/** The project as `loadProjectOrThrow` reads it, with every discovered pipeline as a product. */
async function loadProjectWithPipelines(root) {
    const loaded = await (0,_config_project_js__WEBPACK_IMPORTED_MODULE_1__/* .loadProjectOrThrow */ .xI)(root);
    const pipelines = await (0,_pipelines_js__WEBPACK_IMPORTED_MODULE_3__/* .discoverPipelines */ .NY)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, _pipelines_js__WEBPACK_IMPORTED_MODULE_3__/* .PIPELINES_DIR */ .Cu));
    const ids = new Set(loaded.project.products.map((p) => p.id));
    const discovered = pipelines.filter((p) => !ids.has(p.id)).map((p) => p.product);
    const products = [...loaded.project.products, ...discovered];
    return { ...loaded, project: { ...loaded.project, products } };
}


/***/ }),

/***/ 4982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ generateScheduleWorkflow),
/* harmony export */   o8: () => (/* binding */ SCHEDULE_WORKFLOW_PATH)
/* harmony export */ });
/* unused harmony exports LIFECYCLE_REF, LIFECYCLE_ACTION, REUSABLE_WORKFLOW */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _schedules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2653);



const SCHEDULE_WORKFLOW_PATH = ".github/workflows/schedules.yml";
/** The lifecycle release the generated workflow runs (the release script moves it with the tag). */
const LIFECYCLE_REF = "v0.2.0";
const LIFECYCLE_ACTION = `lifecycle-dev/lifecycle@${LIFECYCLE_REF}`;
const REUSABLE_WORKFLOW = `lifecycle-dev/lifecycle/.github/workflows/lifecycle.yml@${LIFECYCLE_REF}`;
// Pinned by full SHA, as in the other workflows; the tag follows as a comment.
const PINNED_ACTIONS = {
    checkout: { ref: "actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1", version: "v7.0.1" },
};
const HEADER = `Generated by \`lifecycle schedules generate\` from the schedules in products/products.yml.
Do not edit: change the configuration and generate again. \`lifecycle schedules generate --check\`
fails when this file and the configuration disagree.`;
function triggers(project) {
    const jobs = (0,_schedules_js__WEBPACK_IMPORTED_MODULE_2__/* .scheduleJobs */ .cx)(project);
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
    const jobs = (0,_schedules_js__WEBPACK_IMPORTED_MODULE_2__/* .scheduleJobs */ .cx)(project);
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
    if (jobs.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL("no product declares schedules; there is no workflow to generate");
    const permissions = options.callerPermissions ?? { contents: "read", actions: "read" };
    const callers = Object.fromEntries(jobs.map((job) => [
        job.jobId,
        {
            name: `${job.product.id} (${job.schedule.name})`,
            needs: "resolve",
            if: `needs.resolve.outputs.${job.jobId} != ''`,
            permissions,
            uses: REUSABLE_WORKFLOW,
            with: {
                select: job.product.id,
                partition: `\${{ needs.resolve.outputs.${job.jobId} }}`,
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
        jobs: { resolve: resolveJob(project), ...callers },
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

/***/ 2653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cx: () => (/* binding */ scheduleJobs),
/* harmony export */   nx: () => (/* binding */ normaliseCron),
/* harmony export */   rw: () => (/* binding */ resolveDueSchedules)
/* harmony export */ });
/* unused harmony exports resolveScheduledDate, scheduleExpression */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _cron_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5095);
/* harmony import */ var _time_window_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4927);
/* harmony import */ var _dates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3926);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9388);
/* harmony import */ var _schemes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4847);






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
    return jobs;
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
    if (jobs.length === 0) {
        const what = options.cron ? `cron "${options.cron}"` : `name "${options.schedule}"`;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`no schedule has the ${what}`);
    }
    return jobs.map((job) => {
        const { timezone } = job.schedule;
        const tick = options.cron
            ? ((0,_time_window_js__WEBPACK_IMPORTED_MODULE_2__/* .previousTick */ .vN)(job.schedule.cron, options.now, timezone) ?? options.now)
            : options.now;
        const partition = scheduleExpression(job, tick);
        const resolved = (0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .resolvePartitions */ .W)(job.product, partition, { now: tick });
        return {
            job: job.jobId,
            product: job.product.id,
            schedule: job.schedule.name,
            tick: tick.toISOString(),
            timezone,
            partition: partition ?? resolved.map((p) => p.key).join(","),
        };
    });
}


/***/ })

};

//# sourceMappingURL=767.index.js.map