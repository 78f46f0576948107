export const id = 383;
export const ids = [383];
export const modules = {

/***/ 81090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   affectedCommand: () => (/* binding */ affectedCommand),
/* harmony export */   ingestMatrixCommand: () => (/* binding */ ingestMatrixCommand),
/* harmony export */   matrixCommand: () => (/* binding */ matrixCommand),
/* harmony export */   repoPath: () => (/* binding */ repoPath),
/* harmony export */   validateCommand: () => (/* binding */ validateCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _partitions_project_products_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93191);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _github_affected_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67267);
/* harmony import */ var _github_discover_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55289);
/* harmony import */ var _github_workflow_io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(41563);






/** `matrix`: the (product, partition) matrix of a selection, and its lineage in the summary. */
async function matrixCommand(context) {
    const { inputs, io } = context;
    const { project } = await (0,_partitions_project_products_js__WEBPACK_IMPORTED_MODULE_1__/* .loadProjectWithPipelines */ .f1)(context.root);
    const partition = inputs.partition.trim() === "" ? undefined : inputs.partition;
    const leaveOut = await upToDate(context, partition);
    const found = (0,_github_discover_js__WEBPACK_IMPORTED_MODULE_4__/* .discoverProducts */ .A)(project, inputs.select, partition, inputs["runs-on"], {
        leaveOut,
    });
    io.setOutput("matrix", found.json);
    io.setOutput("has_entries", String(found.hasEntries));
    io.setOutput("count", String(found.matrix.include.reduce((n, e) => n + e.items.length, 0)));
    io.setOutput("products", found.products.join(","));
    setWaveOutputs(io, found.waveMatrices);
    io.info(`${found.products.length} products x partitions ${found.partitions.join(", ") || "none"}: ${found.matrix.include.length} jobs`);
    await io.appendSummary(`## lifecycle: selection \`${inputs.select}\`\n\n` +
        `${found.products.length} products, partitions ${found.partitions.map((p) => `\`${p}\``).join(", ") || "none"}, ` +
        `${found.matrix.include.length} jobs per stage.\n\n${leftOutMarkdown(leaveOut)}${wavesMarkdown(found.waves)}${found.lineage}\n`);
    return { ok: true };
}
/**
 * With a store that outlives the run, the items whose every stage is up to date there (a dry run
 * of the engine), unless `force`: they get no job. Without one, nothing is known: every item runs.
 */
async function upToDate(context, partition) {
    if (!context.sharedStore || context.inputs.force)
        return new Set();
    const [{ upToDateItems }, { materialize }] = await Promise.all([
        __webpack_require__.e(/* import() */ 807).then(__webpack_require__.bind(__webpack_require__, 47807)),
        Promise.all(/* import() */[__webpack_require__.e(711), __webpack_require__.e(118), __webpack_require__.e(790), __webpack_require__.e(411), __webpack_require__.e(402)]).then(__webpack_require__.bind(__webpack_require__, 96402)),
    ]);
    return upToDateItems({
        root: context.root,
        store: context.store,
        select: context.inputs.select,
        partition,
        signal: context.signal,
        materialize,
    });
}
function leftOutMarkdown(leftOut) {
    if (leftOut.size === 0)
        return "";
    const ids = [...leftOut].sort();
    const shown = ids
        .slice(0, 50)
        .map((id) => `\`${id}\``)
        .join(", ");
    const more = ids.length > 50 ? `, and ${ids.length - 50} more` : "";
    return `Left out, every stage up to date in the store: ${ids.length} item(s): ${shown}${more}.\n\n`;
}
/**
 * `waves`: how many; `wave_<n>` (from 1): that wave's matrix, absent when the selection has fewer
 * waves. The stage pipeline runs wave n's legs once wave n-1's are done.
 */
function setWaveOutputs(io, waves) {
    io.setOutput("waves", String(waves.length));
    waves.forEach((wave, i) => io.setOutput(`wave_${i + 1}`, wave.json));
}
function wavesMarkdown(waves) {
    if (waves.length < 2)
        return "";
    const rows = waves.map((w, i) => `| ${i + 1} | ${w.map((p) => `\`${p}\``).join(", ")} |`);
    return `Products that read other products' output run in later waves:\n\n| wave | products |\n| --- | --- |\n${rows.join("\n")}\n\n`;
}
/** `ingest-matrix`: the (template, version) matrix for the ingest workflow. */
async function ingestMatrixCommand(context) {
    const { inputs, io } = context;
    const { project } = await (0,_partitions_project_products_js__WEBPACK_IMPORTED_MODULE_1__/* .loadProjectWithPipelines */ .f1)(context.root);
    const found = (0,_github_discover_js__WEBPACK_IMPORTED_MODULE_4__/* .discoverIngest */ .Y)(project, inputs.templates, inputs.version, inputs["runs-on"]);
    io.setOutput("matrix", found.json);
    io.setOutput("has_entries", String(found.hasEntries));
    io.setOutput("count", String(found.matrix.include.reduce((n, e) => n + e.items.length, 0)));
    await io.appendSummary(`## lifecycle: ingest version \`${inputs.version}\`\n\n${found.matrix.include.length} jobs: ` +
        `${found.matrix.include.map((e) => `\`${e.name}\``).join(", ") || "nothing selected"}\n`);
    return { ok: true };
}
/** `validate`: every diagnostic as an annotation on its file and line, and a summary. */
async function validateCommand(context) {
    const { io } = context;
    const { diagnostics } = await (0,_partitions_project_products_js__WEBPACK_IMPORTED_MODULE_1__/* .loadProjectWithPipelinesDiagnostics */ .Rn)(context.root);
    for (const d of diagnostics) {
        io.annotate(d.severity, d.message, {
            title: d.path ? `lifecycle: ${d.path}` : "lifecycle",
            file: repoPath(context, d.file),
            startLine: d.line,
            startColumn: d.column,
        });
    }
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    io.setOutput("errors", String(errors));
    io.setOutput("warnings", String(diagnostics.length - errors));
    await io.appendSummary(validationSummary(context, diagnostics, errors));
    return errors > 0 ? { ok: false, message: `configuration has ${errors} error(s)` } : { ok: true };
}
/** A project file's path relative to the repository root, as annotations need it. */
function repoPath(context, file) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(context.workspace, node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(context.root, file))
        .split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep))
        .join("/");
}
function validationSummary(context, diagnostics, errors) {
    const head = `## lifecycle: validate\n\n${errors} errors, ${diagnostics.length - errors} warnings.\n\n`;
    if (diagnostics.length === 0)
        return head;
    const rows = diagnostics
        .slice(0, 100)
        .map((d) => `| ${d.severity} | ${(0,_github_workflow_io_js__WEBPACK_IMPORTED_MODULE_5__/* .cell */ .Hn)(`${repoPath(context, d.file)}:${d.line}:${d.column}`)} | ${(0,_github_workflow_io_js__WEBPACK_IMPORTED_MODULE_5__/* .cell */ .Hn)(d.path)} | ${(0,_github_workflow_io_js__WEBPACK_IMPORTED_MODULE_5__/* .cell */ .Hn)(d.message)} |`);
    return `${head}| | where | field | problem |\n| --- | --- | --- | --- |\n${rows.join("\n")}\n`;
}
/** `affected`: the products a change between `base` and `head` touches. */
async function affectedCommand(context) {
    const { inputs, io } = context;
    if (inputs.base === "")
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('input "base": the affected command needs a base commit (received "")');
    const { project } = await (0,_partitions_project_products_js__WEBPACK_IMPORTED_MODULE_1__/* .loadProjectWithPipelines */ .f1)(context.root);
    const affected = await (0,_github_affected_js__WEBPACK_IMPORTED_MODULE_3__/* .affectedBetween */ .hh)(project, inputs.base, inputs.head);
    const ids = affected.map((a) => a.product);
    io.setOutput("products", ids.join(","));
    io.setOutput("has_affected", String(ids.length > 0));
    io.setOutput("affected", JSON.stringify(affected));
    const rows = affected
        .map((a) => `| ${(0,_github_workflow_io_js__WEBPACK_IMPORTED_MODULE_5__/* .cell */ .Hn)(a.product)} | ${(0,_github_workflow_io_js__WEBPACK_IMPORTED_MODULE_5__/* .cell */ .Hn)(a.reasons.join(", "))} |`)
        .join("\n");
    await io.appendSummary(`## lifecycle: affected products\n\n` +
        (ids.length === 0
            ? "No product is affected.\n"
            : `| product | why |\n| --- | --- |\n${rows}\n`));
    return { ok: true };
}


/***/ }),

/***/ 27383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/github/untrusted-output.ts

/**
 * Lines a build printed are untrusted: the runner would execute any `::command::` among them
 * (`::add-mask::`, `::error::`, `::stop-commands::`...). Fenced between `::stop-commands::<token>`
 * and `::<token>::` they are shown but never executed. The token is fresh and random for every
 * fence, made after the lines were produced, and never one that appears in them, so nothing a
 * build prints can end the fence early.
 */
function fenceUntrusted(lines) {
    if (lines.length === 0)
        return [];
    let token = freshToken();
    while (lines.some((line) => line.includes(token)))
        token = freshToken();
    return [`::stop-commands::${token}`, ...lines, `::${token}::`];
}
function freshToken() {
    return (0,external_node_crypto_.randomBytes)(16).toString("hex");
}

;// CONCATENATED MODULE: ./src/github/core-io.ts


/** WorkflowIo through @actions/core: workflow commands on stdout, `GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`. */
class CoreWorkflowIo {
    info(line) {
        core.info(line);
    }
    group(title, lines) {
        core.startGroup(title);
        // A group's lines are a task's output: shown, never executed as workflow commands.
        for (const line of fenceUntrusted(lines))
            core.info(line);
        core.endGroup();
    }
    annotate(kind, message, props = {}) {
        core[kind](message, props);
    }
    setOutput(name, value) {
        core.setOutput(name, value);
    }
    async appendSummary(markdown) {
        if (!process.env.GITHUB_STEP_SUMMARY) {
            core.info(markdown);
            return;
        }
        await core.summary.addRaw(markdown, true).write();
    }
}

// EXTERNAL MODULE: ./src/action/commands/discover.ts
var discover = __webpack_require__(81090);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/github/transfer.ts
var transfer = __webpack_require__(17328);
// EXTERNAL MODULE: ./src/action/lazy-cache.ts
var lazy_cache = __webpack_require__(16333);
;// CONCATENATED MODULE: ./src/action/context.ts



/**
 * Artifacts always go through a local folder (`artifact-dir`, else `$LIFECYCLE_ARTIFACT_DIR`, else
 * `$RUNNER_TEMP/lifecycle-artifacts`) that the workflow fills with actions/download-artifact and
 * empties with actions/upload-artifact. The cache is the GitHub Actions cache, or a local folder
 * when `$LIFECYCLE_CACHE_DIR` is set.
 */
function createContext(inputs, env, io, signal) {
    const workspace = external_node_path_default().resolve(env.GITHUB_WORKSPACE ?? process.cwd());
    const root = external_node_path_default().resolve(workspace, inputs["working-directory"]);
    const store = resolveStore(root, inputs.store);
    const temp = env.RUNNER_TEMP ?? external_node_path_default().join(workspace, ".lifecycle-tmp");
    const artifactDir = external_node_path_default().resolve(workspace, inputs["artifact-dir"] || env.LIFECYCLE_ARTIFACT_DIR || external_node_path_default().join(temp, "lifecycle-artifacts"));
    const cacheDir = env.LIFECYCLE_CACHE_DIR;
    const cache = cacheDir
        ? new transfer/* LocalCacheStore */.R(external_node_path_default().resolve(workspace, cacheDir))
        : new lazy_cache/* LazyGitHubCacheStore */.X(workspace, (line) => io.info(line));
    const attempt = Number.parseInt(env.GITHUB_RUN_ATTEMPT ?? "1", 10);
    return {
        io,
        inputs,
        workspace,
        root,
        store,
        sharedStore: inputs.store !== "",
        artifacts: new transfer/* LocalArtifactStore */.x(artifactDir, `${artifactDir}-upload`),
        cache,
        cacheStagingRoot: external_node_path_default().join(workspace, ".lifecycle-cache"),
        attempt: Number.isFinite(attempt) && attempt > 0 ? attempt : 1,
        runId: env.GITHUB_RUN_ID
            ? `gh-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? "1"}`
            : undefined,
        signal,
    };
}
/** A URL (`s3://bucket/prefix`) as given; a folder relative to the project root; empty: `.lifecycle`. */
function resolveStore(root, store) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(store))
        return store;
    return external_node_path_default().resolve(root, store === "" ? ".lifecycle" : store);
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(26921);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core_core = __webpack_require__(88532);
// EXTERNAL MODULE: ./src/github/matrix.ts
var matrix = __webpack_require__(66534);
// EXTERNAL MODULE: ./src/store/layout.ts
var layout = __webpack_require__(5891);
;// CONCATENATED MODULE: ./src/action/inputs.ts




const COMMANDS = [
    "matrix",
    "ingest-matrix",
    "stage",
    "ingest",
    "validate",
    "affected",
    "summary",
    "site",
    "schedules-check",
    "schedules-resolve",
    "publish-draft",
    "publish-release",
];
const booleanInput = schemas/* enum */.k5n(["true", "false", "True", "False", "TRUE", "FALSE", ""])
    .transform((v) => v.toLowerCase() === "true");
const itemSchema = schemas/* union */.KCZ([
    schemas/* strictObject */.rej({
        kind: schemas/* literal */.euz("product"),
        product: schemas/* string */.YjP().min(1),
        partition: schemas/* string */.YjP().min(1),
    }),
    schemas/* strictObject */.rej({
        kind: schemas/* literal */.euz("ingest"),
        template: schemas/* string */.YjP().min(1),
        version: schemas/* string */.YjP().min(1),
    }),
]);
const pair = schemas/* tuple */.PVZ([schemas/* string */.YjP().min(1), schemas/* string */.YjP().min(1)]);
/**
 * A matrix entry as the workflow passes it back (`toJSON(matrix)`): the compact form the matrix
 * command writes (`kind` and `[a, b]` pairs), or items spelled out as objects.
 */
const EntrySchema = schemas/* looseObject */._H3({
    key: schemas/* string */.YjP().regex(/^[A-Za-z0-9_.]+$/, "expected a key made by the matrix command"),
    kind: schemas/* enum */.k5n(["product", "ingest"]).optional(),
    items: schemas/* union */.KCZ([schemas/* array */.YOg(itemSchema).min(1), schemas/* array */.YOg(pair).min(1)]),
    upstream: schemas/* array */.YOg(schemas/* string */.YjP().regex(/^([A-Za-z0-9_.]+|\*)$/, "expected keys made by the matrix command"))
        .optional(),
})
    .transform((entry, ctx) => {
    const { key, kind, items } = entry;
    if (!isPairs(items))
        return { ...entry, key, items };
    if (!kind) {
        ctx.addIssue({ code: "custom", message: "kind: required with [a, b] items" });
        return core_core/* NEVER */.tm;
    }
    return { ...entry, key, items: (0,matrix/* entryItems */.rD)({ kind, items }) };
});
function isPairs(items) {
    return Array.isArray(items[0]);
}
const entryInput = schemas/* string */.YjP().transform((text, ctx) => {
    if (text.trim() === "")
        return undefined;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        ctx.addIssue({ code: "custom", message: "is not JSON; pass ${{ toJSON(matrix) }}" });
        return core_core/* NEVER */.tm;
    }
    const parsed = EntrySchema.safeParse(value);
    if (parsed.success)
        return parsed.data;
    ctx.addIssue({
        code: "custom",
        message: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
    });
    return core_core/* NEVER */.tm;
});
/** A runner label, or a JSON list of labels (`["self-hosted", "linux"]`). */
const runsOnInput = schemas/* string */.YjP().transform((text, ctx) => {
    if (!text.trim().startsWith("["))
        return text.trim();
    const parsed = schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1).safeParse(parseJson(text));
    if (parsed.success)
        return parsed.data;
    ctx.addIssue({ code: "custom", message: "expected a label or a JSON list of labels" });
    return core_core/* NEVER */.tm;
});
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/**
 * Every input of action.yml, with its default. This schema is the only place defaults are written;
 * action.yml's descriptions name them and a test checks that the two agree.
 */
const InputsSchema = schemas/* object */.Ikc({
    command: schemas/* enum */.k5n(COMMANDS),
    "working-directory": schemas/* string */.YjP().default("."),
    store: schemas/* string */.YjP().default(""),
    select: schemas/* string */.YjP().default("*"),
    partition: schemas/* string */.YjP().default(""),
    templates: schemas/* string */.YjP().default("*"),
    version: schemas/* string */.YjP().default(""),
    entry: entryInput.optional(),
    stage: schemas/* enum */.k5n(layout/* STAGES */.an).optional(),
    force: booleanInput.default(false),
    "dry-run": booleanInput.default(false),
    base: schemas/* string */.YjP().default(""),
    head: schemas/* string */.YjP().default("HEAD"),
    "artifact-dir": schemas/* string */.YjP().default(""),
    "site-dir": schemas/* string */.YjP().default("_site"),
    "runs-on": runsOnInput.default("ubuntu-latest"),
    cron: schemas/* string */.YjP().default(""),
    schedule: schemas/* string */.YjP().default(""),
    now: schemas/* string */.YjP().default(""),
    product: schemas/* string */.YjP().default(""),
    revision: schemas/* string */.YjP().default(""),
    "github-release": booleanInput.default(false),
});
/** The names of every input, as action.yml must declare them. */
const INPUT_NAMES = Object.keys(InputsSchema.shape);
/**
 * Read inputs the way the runner passes them (`INPUT_<NAME>` with spaces as `_`, upper case),
 * treating empty as absent so the schema's default applies.
 */
function readInputs(env) {
    const raw = {};
    for (const name of INPUT_NAMES) {
        const value = env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`]?.trim();
        if (value !== undefined && value !== "")
            raw[name] = value;
    }
    const parsed = InputsSchema.safeParse(raw);
    if (parsed.success)
        return parsed.data;
    const messages = parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? "");
        const allowed = allowedValues(name);
        return `input "${name}": ${issue.message} (received ${JSON.stringify(raw[name] ?? "")}${allowed ? `; allowed: ${allowed}` : ""})`;
    });
    throw new errors/* UsageError */.eb(messages.join("\n"));
}
function allowedValues(name) {
    if (name === "command")
        return COMMANDS.join(", ");
    if (name === "stage")
        return layout/* STAGES */.an.join(", ");
    if (name === "force" || name === "dry-run" || name === "github-release")
        return "true, false";
    return undefined;
}

;// CONCATENATED MODULE: ./src/action/main.ts






// Each command's module is imported when the command runs: the bundle splits them into chunks, so
// `matrix` never parses the stage and ingest code (start-up is what every job pays first).
const main_discover = () => Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 81090));
const runs = () => Promise.all(/* import() */[__webpack_require__.e(711), __webpack_require__.e(118), __webpack_require__.e(790), __webpack_require__.e(411), __webpack_require__.e(402), __webpack_require__.e(554)]).then(__webpack_require__.bind(__webpack_require__, 63554));
const schedules = () => __webpack_require__.e(/* import() */ 767).then(__webpack_require__.bind(__webpack_require__, 38767));
const publish = () => Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(411), __webpack_require__.e(378), __webpack_require__.e(78)]).then(__webpack_require__.bind(__webpack_require__, 67078));
const handlers = {
    matrix: async (c) => (await main_discover()).matrixCommand(c),
    "ingest-matrix": async (c) => (await main_discover()).ingestMatrixCommand(c),
    validate: async (c) => (await main_discover()).validateCommand(c),
    affected: async (c) => (await main_discover()).affectedCommand(c),
    stage: async (c) => (await runs()).stageCommand(c),
    ingest: async (c) => (await runs()).ingestCommand(c),
    summary: async (c) => (await runs()).summaryCommand(c),
    site: async (c) => (await Promise.all(/* import() */[__webpack_require__.e(711), __webpack_require__.e(118), __webpack_require__.e(790), __webpack_require__.e(440), __webpack_require__.e(411), __webpack_require__.e(402), __webpack_require__.e(723), __webpack_require__.e(30)]).then(__webpack_require__.bind(__webpack_require__, 96030))).siteCommand(c),
    "schedules-check": async (c) => (await schedules()).schedulesCheckCommand(c),
    "schedules-resolve": async (c) => (await schedules()).schedulesResolveCommand(c),
    "publish-draft": async (c) => (await publish()).publishDraftCommand(c),
    "publish-release": async (c) => (await publish()).publishReleaseCommand(c),
};
/** The action's entry: read inputs, run one command, fail the step when it fails. */
async function run(env = process.env) {
    const io = new CoreWorkflowIo();
    const controller = new AbortController();
    const stop = () => controller.abort(new Error("the job was cancelled"));
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
    let context;
    try {
        const inputs = readInputs(env);
        context = createContext(inputs, env, io, controller.signal);
        const outcome = await handlers[inputs.command](context);
        if (!outcome.ok)
            core.setFailed(outcome.message ?? `${inputs.command} failed`);
    }
    catch (error) {
        annotateConfigError(error, io, context);
        if (env.LIFECYCLE_DEBUG && error instanceof Error && error.stack)
            core.debug(error.stack);
        core.setFailed((0,errors/* errorMessage */.gJ)(error));
    }
    finally {
        process.removeListener("SIGTERM", stop);
        process.removeListener("SIGINT", stop);
    }
}
/** Configuration errors as annotations on their files (paths relative to the repository). */
function annotateConfigError(error, io, context) {
    if (!(error instanceof errors/* ConfigError */.xL))
        return;
    for (const d of error.diagnostics) {
        io.annotate(d.severity, d.message, {
            title: d.path || "lifecycle",
            file: context ? (0,discover.repoPath)(context, d.file) : d.file,
            startLine: d.line,
            startColumn: d.column,
        });
    }
}


/***/ }),

/***/ 41563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
/* unused harmony export RecordingWorkflowIo */
/** Keeps everything said, for tests and for callers that render it later. */
class RecordingWorkflowIo {
    lines = [];
    annotations = [];
    outputs = new Map();
    summary = "";
    info(line) {
        this.lines.push(line);
    }
    group(title, lines) {
        this.lines.push(`::group::${title}`, ...lines, "::endgroup::");
    }
    annotate(kind, message, props = {}) {
        this.annotations.push({ kind, message, props });
    }
    setOutput(name, value) {
        this.outputs.set(name, value);
    }
    async appendSummary(markdown) {
        this.summary += markdown;
    }
}
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


/***/ })

};

//# sourceMappingURL=383.index.js.map