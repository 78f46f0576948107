export const id = 3191;
export const ids = [3191];
export const modules = {

/***/ 33926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aj: () => (/* binding */ eachDay),
/* harmony export */   fi: () => (/* binding */ addDays),
/* harmony export */   pR: () => (/* binding */ toDayNumber),
/* harmony export */   qM: () => (/* binding */ splitDateRange),
/* harmony export */   xk: () => (/* binding */ dateInTimeZone)
/* harmony export */ });
/* unused harmony exports fromDayNumber, daysBetweenInclusive, automaticFrequency, mondayOnOrBefore */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89101);


const DAY_MS = 86_400_000;
/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
function toDayNumber(date) {
    if (!(0,_config_js__WEBPACK_IMPORTED_MODULE_1__/* .isIsoDate */ .s6)(date))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${JSON.stringify(date)} is not a date; expected YYYY-MM-DD`);
    return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}
function fromDayNumber(day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
function addDays(date, days) {
    return fromDayNumber(toDayNumber(date) + days);
}
function daysBetweenInclusive(start, end) {
    return toDayNumber(end) - toDayNumber(start) + 1;
}
/** Every date from start to end, inclusive. */
function eachDay(start, end) {
    const out = [];
    for (let day = toDayNumber(start); day <= toDayNumber(end); day += 1)
        out.push(fromDayNumber(day));
    return out;
}
/** The calendar date at `instant` in `timeZone`, as YYYY-MM-DD. */
function dateInTimeZone(instant, timeZone) {
    const parts = new Intl.DateTimeFormat("en-CA", {
        timeZone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
    }).formatToParts(instant);
    const get = (type) => parts.find((p) => p.type === type)?.value ?? "";
    return `${get("year")}-${get("month")}-${get("day")}`;
}
/**
 * The frequency the range's length picks, measured as the market-data team's layer measures it,
 * `end - start` in days (so 2025-01-01..2025-01-08 is 7 days): <=7 one batch, <=60 W, <=180 2W,
 * <=730 M, else A.
 */
function automaticFrequency(start, end) {
    const days = toDayNumber(end) - toDayNumber(start);
    if (days <= 7)
        return "single";
    if (days <= 60)
        return "W";
    if (days <= 180)
        return "2W";
    if (days <= 730)
        return "M";
    return "A";
}
/** Start of the batch period that contains `day` (a day number). */
function nextBoundary(day, frequency, anchorMonday) {
    const date = new Date(day * DAY_MS);
    const year = date.getUTCFullYear();
    switch (frequency) {
        case "W":
            return day + 7 - ((day - anchorMonday) % 7);
        case "2W":
            return day + 14 - ((day - anchorMonday) % 14);
        case "M":
            return Math.round(Date.UTC(year, date.getUTCMonth() + 1, 1) / DAY_MS);
        case "A":
            return Math.round(Date.UTC(year + 1, 0, 1) / DAY_MS);
        case "auto":
            throw new Error("resolve 'auto' before computing boundaries");
    }
}
/** 1970-01-01 was a Thursday; the Monday on or before `day`. */
function mondayOnOrBefore(day) {
    return day - ((day + 3) % 7);
}
/**
 * Split [start, end] into batches: Monday-aligned weeks (W), two weeks counted from the Monday of
 * the start's week (2W), calendar months (M), calendar years (A), or by the range's length (auto).
 * Every batch is clamped to the range.
 */
function splitDateRange(start, end, frequency = "auto") {
    const first = toDayNumber(start);
    const last = toDayNumber(end);
    if (last < first)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`date range ${start}..${end} ends before it starts`);
    const chosen = frequency === "auto" ? automaticFrequency(start, end) : frequency;
    if (chosen === "single")
        return [{ start, end }];
    const anchor = mondayOnOrBefore(first);
    const batches = [];
    for (let day = first; day <= last;) {
        const next = nextBoundary(day, chosen, anchor);
        batches.push({ start: fromDayNumber(day), end: fromDayNumber(Math.min(next - 1, last)) });
        day = next;
    }
    return batches;
}


/***/ }),

/***/ 94077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cu: () => (/* binding */ PIPELINES_DIR),
  NY: () => (/* binding */ discoverPipelines),
  eG: () => (/* binding */ runPipelineModule)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(26921);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/partitions/config.ts
var config = __webpack_require__(89101);
// EXTERNAL MODULE: ./src/partitions/dates.ts
var dates = __webpack_require__(33926);
// EXTERNAL MODULE: ./src/partitions/universe.ts
var universe = __webpack_require__(95764);
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

/***/ 93191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fs: () => (/* binding */ loadScheduledProject),
/* harmony export */   Rn: () => (/* binding */ loadProjectWithPipelinesDiagnostics),
/* harmony export */   _6: () => (/* binding */ loadPartitionedProducts),
/* harmony export */   f1: () => (/* binding */ loadProjectWithPipelines),
/* harmony export */   te: () => (/* binding */ findProduct)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_project_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93879);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _pipelines_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(94077);
/* harmony import */ var _ingest_schedules_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43696);





/** The project's products, then every discovered pipeline whose id no product already has. */
async function loadPartitionedProducts(root) {
    const { project } = await (0,_config_project_js__WEBPACK_IMPORTED_MODULE_1__/* .loadProjectOrThrow */ .xI)(root);
    return withPipelines(project, await (0,_pipelines_js__WEBPACK_IMPORTED_MODULE_3__/* .discoverPipelines */ .NY)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, _pipelines_js__WEBPACK_IMPORTED_MODULE_3__/* .PIPELINES_DIR */ .Cu)));
}
/** The project's products, then every pipeline whose id no product already has. */
function withPipelines(project, pipelines) {
    const ids = new Set(project.products.map((p) => p.id));
    return [...project.products, ...pipelines.filter((p) => !ids.has(p.id)).map((p) => p.product)];
}
/** What the schedules workflow is made of: product schedules, and lifecycle.yml's ingest schedules. */
async function loadScheduledProject(root) {
    const { project } = await loadProjectWithPipelines(root);
    const { jobs } = (0,_ingest_schedules_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveIngestSchedules */ .X)(project, project.settings.ingest_schedules ?? []);
    return { products: project.products, ingest: jobs };
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
    return {
        ...loaded,
        project: { ...loaded.project, products: withPipelines(loaded.project, pipelines) },
    };
}
/**
 * `loadProject` with every discovered pipeline as a product, for `validate`: a pipeline module
 * that cannot be read is an error on its file, a helper module (no `run`) a warning.
 */
async function loadProjectWithPipelinesDiagnostics(root) {
    const loaded = await (0,_config_project_js__WEBPACK_IMPORTED_MODULE_1__/* .loadProject */ .gi)(root);
    const diagnostics = [...loaded.diagnostics];
    const dir = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, _pipelines_js__WEBPACK_IMPORTED_MODULE_3__/* .PIPELINES_DIR */ .Cu);
    const skipped = (file, reason) => diagnostics.push({
        severity: "warning",
        file,
        line: 1,
        column: 1,
        path: "",
        message: `${reason}; skipped`,
    });
    let pipelines = [];
    try {
        pipelines = await (0,_pipelines_js__WEBPACK_IMPORTED_MODULE_3__/* .discoverPipelines */ .NY)(dir, skipped);
    }
    catch (error) {
        if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL))
            throw error;
        diagnostics.push({
            severity: "error",
            file: dir,
            line: 1,
            column: 1,
            path: "",
            message: error.message,
        });
    }
    const products = withPipelines(loaded.project, pipelines);
    return { project: { ...loaded.project, products }, diagnostics: (0,_config_project_js__WEBPACK_IMPORTED_MODULE_1__/* .sortDiagnostics */ .Ds)(diagnostics) };
}


/***/ }),

/***/ 95764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JP: () => (/* binding */ buildUniversePartitions),
/* harmony export */   MI: () => (/* binding */ PartitionRun),
/* harmony export */   OC: () => (/* binding */ buildDatePartitions),
/* harmony export */   XF: () => (/* binding */ buildPartitionRuns),
/* harmony export */   dY: () => (/* binding */ DatePartition)
/* harmony export */ });
/* unused harmony exports UniversePartition, UniverseProduct, parseUniverseSpec */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _dates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33926);


const SPEC_PART = /^[A-Za-z0-9._=-]+$/;
const SPEC_SHAPE = "name or name=value, several joined with + to intersect (e.g. mic=XLON+custom)";
/** One universe of instruments: spec `name=value`, or `name` when there is no value. */
class UniversePartition {
    name;
    value;
    constructor(name, value) {
        this.name = name;
        this.value = value;
        if (!/^[A-Za-z0-9._-]+$/.test(name)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`universe name ${JSON.stringify(name)} is not allowed; expected ${SPEC_SHAPE}`);
        }
        if (value !== undefined && !SPEC_PART.test(value)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`universe value ${JSON.stringify(value)} is not allowed; expected ${SPEC_SHAPE}`);
        }
    }
    get spec() {
        return this.value === undefined ? this.name : `${this.name}=${this.value}`;
    }
    get factors() {
        return [this];
    }
}
/** A product of universes (`mic=XLON+custom`): its members are those common to every factor. */
class UniverseProduct {
    factors;
    constructor(factors) {
        this.factors = factors;
        if (factors.length < 2)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb("a universe product needs at least two factors");
    }
    get spec() {
        return this.factors.map((f) => f.spec).join("+");
    }
}
function parseFactor(spec, whole) {
    if (spec.length === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`universe spec ${JSON.stringify(whole)} has an empty part; expected ${SPEC_SHAPE}`);
    }
    const eq = spec.indexOf("=");
    return eq < 0
        ? new UniversePartition(spec)
        : new UniversePartition(spec.slice(0, eq), spec.slice(eq + 1));
}
/** `name=value` splits once, on the first `=`; `a+b` is a product of universes. */
function parseUniverseSpec(spec) {
    const parts = spec.split("+");
    if (parts.length === 1)
        return parseFactor(spec, spec);
    return new UniverseProduct(parts.map((part) => parseFactor(part, spec)));
}
/** A date range: key `start` when start equals end, else `start_end`. */
class DatePartition {
    start;
    end;
    constructor(start, end = start) {
        this.start = start;
        this.end = end;
        if ((0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .toDayNumber */ .pR)(end) < (0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .toDayNumber */ .pR)(start)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`date partition ${start}_${end} ends before it starts`);
        }
    }
    get key() {
        return this.start === this.end ? this.start : `${this.start}_${this.end}`;
    }
    static parse(key) {
        const [start, end, extra] = key.split("_");
        if (start === undefined || extra !== undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`date partition ${JSON.stringify(key)}: expected YYYY-MM-DD or YYYY-MM-DD_YYYY-MM-DD`);
        }
        return new DatePartition(start, end ?? start);
    }
}
/** Date batches of a range, as DatePartitions (see `splitDateRange`). */
function buildDatePartitions(start, end, batch = "auto") {
    return (0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .splitDateRange */ .qM)(start, end, batch).map((b) => new DatePartition(b.start, b.end));
}
/** One universe over one date range: key `<spec>:<datekey>`. */
class PartitionRun {
    universe;
    dates;
    constructor(universe, dates) {
        this.universe = universe;
        this.dates = dates;
    }
    get key() {
        return `${this.universe.spec}:${this.dates.key}`;
    }
    static parse(key) {
        const colon = key.lastIndexOf(":");
        if (colon <= 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`run key ${JSON.stringify(key)}: expected <universe spec>:<date key>, e.g. mic=XLON:2025-01-03_2025-01-09`);
        }
        return new PartitionRun(parseUniverseSpec(key.slice(0, colon)), DatePartition.parse(key.slice(colon + 1)));
    }
}
/** Every (universe, dates) pair, universe as the outer loop. */
function buildPartitionRuns(universes, dates) {
    const parsed = universes.map((u) => (typeof u === "string" ? parseUniverseSpec(u) : u));
    return parsed.flatMap((universe) => dates.map((d) => new PartitionRun(universe, d)));
}
function simpleSpecs(entry) {
    if (typeof entry === "string")
        return [entry];
    if ("mic" in entry) {
        const allowed = entry.whitelist ? new Set(entry.whitelist) : undefined;
        const denied = new Set(entry.blacklist ?? []);
        return entry.mic
            .filter((m) => (!allowed || allowed.has(m)) && !denied.has(m))
            .map((m) => `mic=${m}`);
    }
    if ("opol" in entry)
        return entry.opol.map((o) => `opol=${o}`);
    if ("index" in entry)
        return entry.index.map((i) => `index=${i}`);
    return entry.values ? entry.values.map((v) => `${entry.custom}=${v}`) : [entry.custom];
}
/**
 * The spec strings of structured universes, in order, without duplicates: a MIC list (filtered by
 * `whitelist` when given, minus `blacklist`), an index list, a custom universe (`name` or one spec
 * per value), and a cartesian product of those (specs joined with `+`).
 */
function buildUniversePartitions(universes) {
    const specs = universes.flatMap((entry) => {
        if (typeof entry === "object" && "product" in entry) {
            return entry.product
                .map(simpleSpecs)
                .reduce((acc, next) => acc.flatMap((a) => next.map((n) => `${a}+${n}`)));
        }
        return simpleSpecs(entry);
    });
    for (const spec of specs)
        parseUniverseSpec(spec);
    return [...new Set(specs)];
}


/***/ })

};

//# sourceMappingURL=3191.index.js.map