export const id = 7383;
export const ids = [7383];
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
/* harmony import */ var _github_partition_input_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(99676);
/* harmony import */ var _recipe_inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(81322);
/* harmony import */ var _github_workflow_io_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(41563);








/** `matrix`: the (product, partition) matrix of a selection, and its lineage in the summary. */
async function matrixCommand(context) {
    const { inputs, io } = context;
    const { project } = await (0,_partitions_project_products_js__WEBPACK_IMPORTED_MODULE_1__/* .loadProjectWithPipelines */ .f1)(context.root);
    const choice = await (0,_recipe_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .recipeChoice */ .a)(context);
    await choice.apply(project);
    const select = choice.select;
    const partition = (0,_github_partition_input_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePartitionInput */ .Wh)(choice.partition);
    const leaveOut = await upToDate(context, select, partition, choice);
    const found = (0,_github_discover_js__WEBPACK_IMPORTED_MODULE_4__/* .discoverProducts */ .A)(project, select, partition, inputs["runs-on"], {
        leaveOut,
    });
    io.setOutput("matrix", found.json);
    io.setOutput("has_entries", String(found.hasEntries));
    io.setOutput("count", String(found.matrix.include.reduce((n, e) => n + e.items.length, 0)));
    io.setOutput("products", found.products.join(","));
    setWaveOutputs(io, found.waveMatrices);
    io.info(`${found.products.length} products x partitions ${found.partitions.join(", ") || "none"}: ${found.matrix.include.length} jobs`);
    await io.appendSummary(`## lifecycle: selection \`${select}\`\n\n` +
        `${found.products.length} products, partitions ${found.partitions.map((p) => `\`${p}\``).join(", ") || "none"}, ` +
        `${found.matrix.include.length} jobs per stage.\n\n${leftOutMarkdown(leaveOut)}${wavesMarkdown(found.waves)}${found.lineage}\n`);
    return { ok: true };
}
/**
 * With a store that outlives the run, the items whose every stage is up to date there (a dry run
 * of the engine), unless `force`: they get no job. Without one, nothing is known: every item runs.
 */
async function upToDate(context, select, partition, choice) {
    if (!context.sharedStore || context.inputs.force)
        return new Set();
    const [{ upToDateItems }, engine] = await Promise.all([
        __webpack_require__.e(/* import() */ 7807).then(__webpack_require__.bind(__webpack_require__, 47807)),
        Promise.all(/* import() */[__webpack_require__.e(3711), __webpack_require__.e(1644), __webpack_require__.e(3467), __webpack_require__.e(2171), __webpack_require__.e(8919), __webpack_require__.e(6402)]).then(__webpack_require__.bind(__webpack_require__, 96402)),
    ]);
    const check = (select, expr) => upToDateItems({
        root: context.root,
        store: context.store,
        select,
        partition: expr,
        signal: context.signal,
        materialize: choice.wrap(engine.materialize),
    });
    if (partition === undefined || typeof partition === "string")
        return check(select, partition);
    const current = new Set();
    for (const [product, keys] of partition)
        for (const id of await check(product, keys.join(",")))
            current.add(id);
    return current;
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
        .map((d) => `| ${d.severity} | ${(0,_github_workflow_io_js__WEBPACK_IMPORTED_MODULE_7__/* .cell */ .Hn)(`${repoPath(context, d.file)}:${d.line}:${d.column}`)} | ${(0,_github_workflow_io_js__WEBPACK_IMPORTED_MODULE_7__/* .cell */ .Hn)(d.path)} | ${(0,_github_workflow_io_js__WEBPACK_IMPORTED_MODULE_7__/* .cell */ .Hn)(d.message)} |`);
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
        .map((a) => `| ${(0,_github_workflow_io_js__WEBPACK_IMPORTED_MODULE_7__/* .cell */ .Hn)(a.product)} | ${(0,_github_workflow_io_js__WEBPACK_IMPORTED_MODULE_7__/* .cell */ .Hn)(a.reasons.join(", "))} |`)
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
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/coerce.js
var coerce = __webpack_require__(49567);
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
    "sense",
    "failure-issue",
    "publish-draft",
    "publish-release",
    "distribute",
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
/** A path relative to the project root that stays inside it as written (no `..`, not absolute). */
const repositoryPath = schemas/* string */.YjP()
    .refine((text) => text === "" ||
    (!external_node_path_default().isAbsolute(text) &&
        !text.includes("\\") &&
        !text.includes("\0") &&
        !external_node_path_default().posix.normalize(text).startsWith("../") &&
        external_node_path_default().posix.normalize(text) !== ".."), { message: "expected a relative path inside working-directory, without .." });
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
    recipe: repositoryPath.default(""),
    "from-lock": repositoryPath.default(""),
    limit: coerce/* number */.ai()
        .int()
        .min(1)
        .max(1000, "at most 1000 partitions per tick (GitHub's output and matrix limits)")
        .default(256),
    ok: booleanInput.optional(),
    "github-token": schemas/* string */.YjP().default(""),
    "issue-title": schemas/* string */.YjP().default(""),
    "issue-label": schemas/* string */.YjP()
        .regex(/^[^,]{1,50}$/, "a label of 1-50 characters, no comma")
        .default("lifecycle-failure"),
    product: schemas/* string */.YjP().default(""),
    revision: schemas/* string */.YjP().default(""),
    "github-release": booleanInput.default(false),
    destinations: schemas/* string */.YjP()
        .regex(/^([A-Za-z0-9_.-]+(,[A-Za-z0-9_.-]+)*)?$/, "destination ids, comma-separated")
        .default(""),
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
    if (["force", "dry-run", "ok", "github-release"].includes(name))
        return "true, false";
    return undefined;
}

;// CONCATENATED MODULE: ./src/action/main.ts






// Each command's module is imported when the command runs: the bundle splits them into chunks, so
// `matrix` never parses the stage and ingest code (start-up is what every job pays first).
const main_discover = () => Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 81090));
const runs = () => Promise.all(/* import() */[__webpack_require__.e(3711), __webpack_require__.e(1644), __webpack_require__.e(3467), __webpack_require__.e(2171), __webpack_require__.e(8919), __webpack_require__.e(6402), __webpack_require__.e(3554)]).then(__webpack_require__.bind(__webpack_require__, 63554));
const schedules = () => __webpack_require__.e(/* import() */ 8767).then(__webpack_require__.bind(__webpack_require__, 38767));
const publish = () => Promise.all(/* import() */[__webpack_require__.e(3711), __webpack_require__.e(1644), __webpack_require__.e(3467), __webpack_require__.e(2171), __webpack_require__.e(6350), __webpack_require__.e(7078)]).then(__webpack_require__.bind(__webpack_require__, 67078));
const handlers = {
    matrix: async (c) => (await main_discover()).matrixCommand(c),
    "ingest-matrix": async (c) => (await main_discover()).ingestMatrixCommand(c),
    validate: async (c) => (await main_discover()).validateCommand(c),
    affected: async (c) => (await main_discover()).affectedCommand(c),
    stage: async (c) => (await runs()).stageCommand(c),
    ingest: async (c) => (await runs()).ingestCommand(c),
    summary: async (c) => (await runs()).summaryCommand(c),
    site: async (c) => (await Promise.all(/* import() */[__webpack_require__.e(3711), __webpack_require__.e(2440), __webpack_require__.e(1644), __webpack_require__.e(3467), __webpack_require__.e(2171), __webpack_require__.e(8919), __webpack_require__.e(6402), __webpack_require__.e(8723), __webpack_require__.e(6030)]).then(__webpack_require__.bind(__webpack_require__, 96030))).siteCommand(c),
    "schedules-check": async (c) => (await schedules()).schedulesCheckCommand(c),
    "schedules-resolve": async (c) => (await schedules()).schedulesResolveCommand(c),
    sense: async (c) => (await Promise.all(/* import() */[__webpack_require__.e(3711), __webpack_require__.e(1644), __webpack_require__.e(4619)]).then(__webpack_require__.bind(__webpack_require__, 84619))).senseCommand(c),
    "failure-issue": async (c) => (await __webpack_require__.e(/* import() */ 201).then(__webpack_require__.bind(__webpack_require__, 30201))).failureIssueCommand(c),
    "publish-draft": async (c) => (await publish()).publishDraftCommand(c),
    "publish-release": async (c) => (await publish()).publishReleaseCommand(c),
    distribute: async (c) => (await Promise.all(/* import() */[__webpack_require__.e(3711), __webpack_require__.e(1644), __webpack_require__.e(3467), __webpack_require__.e(2171), __webpack_require__.e(6350), __webpack_require__.e(9150)]).then(__webpack_require__.bind(__webpack_require__, 89150))).distributeCommand(c),
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

/***/ 81322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ recipeChoice)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_recipe_choice_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76800);
/* harmony import */ var _config_recipe_from_lock_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93263);
/* harmony import */ var _config_recipe_run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(93250);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);






/**
 * The `recipe` and `from-lock` inputs, paths relative to the project root like the CLI's flags.
 * Each must name a file inside the repository (the workspace), symbolic links resolved: a path
 * from a dispatch form never reads outside the checkout.
 */
async function recipeChoice(context) {
    const { inputs } = context;
    const recipe = inputs.recipe;
    const fromLock = inputs["from-lock"];
    const unchanged = {
        select: inputs.select,
        partition: inputs.partition,
        apply: async () => undefined,
        wrap: (materialize) => materialize,
    };
    if (recipe === "" && fromLock === "")
        return unchanged;
    if (recipe !== "" && fromLock !== "")
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('inputs "recipe" and "from-lock" cannot be combined: give one');
    if (recipe !== "") {
        await insideRepository(context, "recipe", recipe);
        const product = /^products\/([^/]+)\//.exec(node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.normalize(recipe))?.[1];
        return {
            ...unchanged,
            select: inputs.select.trim() === "*" && product ? product : inputs.select,
            apply: async (project) => void (await (0,_config_recipe_choice_js__WEBPACK_IMPORTED_MODULE_2__/* .chooseRecipe */ .K)(project, recipe)),
            wrap: (materialize) => (o) => materialize({ ...o, deps: { ...o.deps, loadProject: (0,_config_recipe_run_js__WEBPACK_IMPORTED_MODULE_4__/* .recipeLoader */ .s)(recipe) } }),
        };
    }
    const lock = await (0,_config_recipe_from_lock_js__WEBPACK_IMPORTED_MODULE_3__/* .readLockFile */ .cx)(await insideRepository(context, "from-lock", fromLock));
    const { product, partition } = { product: lock.product, partition: lock.partition.key };
    if (inputs.select.trim() !== "*" && inputs.select.trim() !== product)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`input "from-lock": the lock is for product "${product}", not the selection "${inputs.select}" (leave select at *)`);
    if (inputs.partition.trim() !== "" && inputs.partition.trim() !== partition)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`input "from-lock": the lock is for partition "${partition}", not "${inputs.partition}" (leave partition empty)`);
    return {
        select: product,
        partition,
        apply: async (project) => void (await (0,_config_recipe_from_lock_js__WEBPACK_IMPORTED_MODULE_3__/* .applyLock */ .aY)(project, lock)),
        wrap: (materialize) => (o) => materialize({
            ...o,
            deps: { ...o.deps, loadProject: (0,_config_recipe_run_js__WEBPACK_IMPORTED_MODULE_4__/* .lockLoader */ .j)(lock) },
            createPartitions: true,
        }),
    };
}
/** The file's absolute path; a usage error naming the input when it is outside the repository. */
async function insideRepository(context, input, value) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(context.root, value);
    const outside = (target, base) => {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(base, target);
        return rel === "" || rel.startsWith("..") || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel);
    };
    if (outside(file, context.workspace))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`input "${input}": ${JSON.stringify(value)} is outside the repository; give a path inside it, relative to working-directory`);
    const real = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().realpath(file).catch(() => {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`input "${input}": file not found: ${value}`);
    });
    if (outside(real, await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().realpath(context.workspace)))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`input "${input}": ${JSON.stringify(value)} leads outside the repository (through a symbolic link)`);
    return file;
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

/***/ 27135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ hasErrors),
/* harmony export */   bp: () => (/* binding */ describeValue),
/* harmony export */   n6: () => (/* binding */ describeIssue),
/* harmony export */   oO: () => (/* binding */ formatDiagnostics)
/* harmony export */ });
function formatDiagnostics(diagnostics, format) {
    if (format === "json")
        return formatJson(diagnostics);
    const lines = diagnostics.map((d) => (format === "github" ? githubLine(d) : textLine(d)));
    return lines.join("\n");
}
function formatJson(diagnostics) {
    const strip = ({ severity: _severity, ...rest }) => rest;
    return JSON.stringify({
        errors: diagnostics.filter((d) => d.severity === "error").map(strip),
        warnings: diagnostics.filter((d) => d.severity === "warning").map(strip),
    }, null, 2);
}
function textLine(d) {
    const where = d.path ? ` ${d.path}:` : "";
    return `${d.file}:${d.line}:${d.column}: ${d.severity}:${where} ${d.message}`;
}
function githubLine(d) {
    const kind = d.severity === "error" ? "error" : "warning";
    const props = `file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${escapeProperty(d.path || "lifecycle")}`;
    return `::${kind} ${props}::${escapeData(d.message)}`;
}
// Workflow-command escaping as @actions/core does it.
function escapeData(s) {
    return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function hasErrors(diagnostics) {
    return diagnostics.some((d) => d.severity === "error");
}
/** Render a value the user wrote, short enough for one line. */
function describeValue(value) {
    if (value === undefined)
        return "nothing";
    const text = typeof value === "string" ? JSON.stringify(value) : safeStringify(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
function safeStringify(value) {
    try {
        return JSON.stringify(value) ?? String(value);
    }
    catch {
        return String(value);
    }
}
/**
 * A schema issue in lifecycle's words. A message the schema set itself (not one of zod's
 * defaults, which start "Invalid" or "Too") is kept as written.
 */
function describeIssue(issue) {
    if (!/^(Invalid|Too (small|big)|Unrecognized)/.test(issue.message))
        return issue.message;
    switch (issue.code) {
        case "invalid_value":
            return `expected one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(", ")}`;
        case "invalid_type":
            return issue.input === undefined ? "is required" : `expected ${String(issue.expected)}`;
        case "too_small":
            return issue.origin === "string" && issue.minimum === 1
                ? "must not be empty"
                : `must be at least ${String(issue.minimum)}${lengthUnit(issue.origin)}`;
        case "too_big":
            return `must be at most ${String(issue.maximum)}${lengthUnit(issue.origin)}`;
        case "unrecognized_keys":
            return `unknown field${(issue.keys ?? []).length === 1 ? "" : "s"} ${(issue.keys ?? []).join(", ")}`;
        case "invalid_format":
            return "is not in the expected format";
        default:
            return "is not valid here";
    }
}
function lengthUnit(origin) {
    if (origin === "string")
        return " characters";
    if (origin === "array" || origin === "set")
        return " items";
    return "";
}


/***/ }),

/***/ 67267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hh: () => (/* binding */ affectedBetween)
/* harmony export */ });
/* unused harmony exports PRODUCTS_FILE, changedFiles, fileAtCommit, affectedProducts */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38815);
/* harmony import */ var _graph_graph_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1924);
/* harmony import */ var _graph_lineage_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(93109);
/* harmony import */ var _project_view_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(84666);








const run = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_1__.execFile);
const PRODUCTS_FILE = "products/products.yml";
/** Paths changed between two commits, relative to the repository root, with `/` separators. */
async function changedFiles(root, base, head) {
    const { stdout } = await run("git", ["diff", "--name-only", "--no-renames", `${base}...${head}`], {
        cwd: root,
        maxBuffer: 64 * 1024 * 1024,
    });
    return stdout.split("\n").filter((line) => line.length > 0);
}
/** A file as it was at `commit`; undefined when it did not exist there. */
async function fileAtCommit(root, commit, file) {
    try {
        const { stdout } = await run("git", ["show", `${commit}:${file}`], {
            cwd: root,
            maxBuffer: 64 * 1024 * 1024,
        });
        return stdout;
    }
    catch {
        return undefined;
    }
}
/**
 * The products that a change touches: their products.yml entry differs from `baseProductsYaml`,
 * or their recipe, anything under `products/<id>/`, or an ingest template their recipe reads.
 */
function affectedProducts(project, changed, productsYaml) {
    const changedSet = new Set(changed);
    const entryChanged = changedSet.has(PRODUCTS_FILE)
        ? changedEntries(project, productsYaml.base, productsYaml.head)
        : new Set();
    const stale = staleDatasets(project, changedSet);
    const direct = new Map();
    for (const product of project.products) {
        const reasons = reasonsFor(project, product.id, changed, stale);
        if (entryChanged.has(product.id))
            reasons.unshift("products.yml entry");
        if (reasons.length > 0)
            direct.set(product.id, reasons);
    }
    return withDependants(project, direct);
}
/**
 * The products that read an affected product's output, transitively, each with the reason
 * `reads <upstream>`; in products.yml order.
 */
function withDependants(project, direct) {
    const { productInputs } = (0,_graph_lineage_js__WEBPACK_IMPORTED_MODULE_6__/* .lineageGraphSource */ .je)(project);
    const readers = new Map();
    for (const [reader, upstreams] of productInputs ?? []) {
        for (const upstream of upstreams)
            readers.set(upstream, [...(readers.get(upstream) ?? []), reader]);
    }
    const reached = (0,_graph_graph_js__WEBPACK_IMPORTED_MODULE_5__/* .closure */ .Cx)(direct.keys(), (id) => readers.get(id) ?? []);
    return project.products.flatMap(({ id }) => {
        if (!reached.has(id))
            return [];
        const via = (productInputs?.get(id) ?? []).filter((u) => reached.has(u));
        const reasons = [...(direct.get(id) ?? []), ...via.map((u) => `reads ${u}`)];
        return [{ product: id, reasons: [...new Set(reasons)] }];
    });
}
/**
 * Dataset id -> the reason it is stale: its template file changed (`template t`), or a dataset it is
 * made from did (`template t (via d)`).
 */
function staleDatasets(project, changed) {
    const datasets = (0,_graph_lineage_js__WEBPACK_IMPORTED_MODULE_6__/* .lineageDatasets */ .dp)(project);
    const fileOf = (id) => project.datasets?.get(id)?.file ??
        project.templates.get(id)?.file ??
        `ingest_templates/${id}.yml`;
    const direct = datasets.filter((d) => changed.has(relative(project.root, fileOf(d.id))));
    const dependants = new Map();
    for (const d of datasets) {
        for (const upstream of d.dependsOn ?? [])
            dependants.set(upstream, [...(dependants.get(upstream) ?? []), d.id]);
    }
    const stale = new Map();
    for (const d of direct) {
        for (const id of (0,_graph_graph_js__WEBPACK_IMPORTED_MODULE_5__/* .closure */ .Cx)([d.id], (x) => dependants.get(x) ?? [])) {
            if (!stale.has(id))
                stale.set(id, id === d.id ? `template ${d.template}` : `template ${d.template} (via ${id})`);
        }
    }
    return stale;
}
function reasonsFor(project, id, changed, stale) {
    const changedSet = new Set(changed);
    const reasons = [];
    const recipe = project.recipes.get(id);
    const baseFiles = recipe?.extended?.files.map((f) => f.file) ?? [];
    const recipeFiles = recipe ? [recipe.file, ...baseFiles] : [];
    if (recipeFiles.some((file) => changedSet.has(relative(project.root, file))))
        reasons.push("recipe");
    const dir = `products/${id}/`;
    const inDir = changed.filter((f) => f.startsWith(dir));
    if (inDir.length > 0)
        reasons.push(...inDir.slice(0, 5));
    reasons.push(...pipelineReasons(project, id, changed));
    for (const dataset of (0,_project_view_js__WEBPACK_IMPORTED_MODULE_7__/* .templatesUsedBy */ .IB)(project, id)) {
        const reason = stale.get(dataset);
        if (reason !== undefined)
            reasons.push(reason);
    }
    return [...new Set(reasons)];
}
/**
 * A discovered pipeline (pipelines/<id>.js) is affected by its own module, and by any helper module
 * in pipelines/ or universe module in universes/ (it may import either).
 */
function pipelineReasons(project, id, changed) {
    const product = project.products.find((p) => p.id === id);
    if (!product?.tags?.includes("pipeline") || !isPipelineModule(project.root, id))
        return [];
    const own = changed.filter((f) => f === `pipelines/${id}.js` || f === `pipelines/${id}.mjs`);
    const shared = changed.filter((f) => !own.includes(f) && /^(pipelines|universes)\/[^/]+\.(js|mjs|ts)$/.test(f));
    return [...own, ...shared.slice(0, 5).map((f) => `${f} (shared module)`)];
}
function isPipelineModule(root, id) {
    return [".js", ".mjs"].some((ext) => node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, "pipelines", `${id}${ext}`)));
}
function relative(root, file) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(file) ? node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, file) : file;
    return rel.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join("/");
}
/** Ids whose entry is new or differs; every id when the base file cannot be read. */
function changedEntries(project, baseYaml, headYaml) {
    const all = new Set(project.products.map((p) => p.id));
    const base = entriesById(baseYaml);
    const head = entriesById(headYaml);
    if (!base || !head)
        return all;
    const changed = new Set();
    for (const id of all) {
        if (base.get(id) === undefined || base.get(id) !== head.get(id))
            changed.add(id);
    }
    return changed;
}
function entriesById(text) {
    if (text === undefined)
        return undefined;
    try {
        const value = (0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .parse */ .qg)(text);
        if (typeof value !== "object" || value === null || !("products" in value))
            return undefined;
        const products = value.products;
        if (!Array.isArray(products))
            return undefined;
        const entries = new Map();
        for (const entry of products) {
            if (typeof entry === "object" && entry !== null && "id" in entry) {
                entries.set(String(entry.id), JSON.stringify(entry));
            }
        }
        return entries;
    }
    catch {
        return undefined;
    }
}
/** Affected products between two commits of the repository at `project.root`. */
async function affectedBetween(project, base, head) {
    const changed = await changedFiles(project.root, base, head);
    const [baseYaml, headYaml] = await Promise.all([
        fileAtCommit(project.root, base, PRODUCTS_FILE),
        fileAtCommit(project.root, head, PRODUCTS_FILE),
    ]);
    return affectedProducts(project, changed, { base: baseYaml, head: headYaml });
}


/***/ }),

/***/ 55289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ discoverIngest),
  A: () => (/* binding */ discoverProducts)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/partitions/keys.ts
var keys = __webpack_require__(63399);
// EXTERNAL MODULE: ./src/github/matrix.ts
var github_matrix = __webpack_require__(66534);
// EXTERNAL MODULE: ./src/github/project-view.ts
var project_view = __webpack_require__(84666);
// EXTERNAL MODULE: ./src/partitions/resolve.ts + 1 modules
var resolve = __webpack_require__(9388);
// EXTERNAL MODULE: ./src/graph/graph.ts
var graph = __webpack_require__(1924);
// EXTERNAL MODULE: ./src/graph/selection.ts
var selection = __webpack_require__(12882);
// EXTERNAL MODULE: ./src/graph/lineage.ts
var lineage = __webpack_require__(93109);
// EXTERNAL MODULE: ./src/graph/waves.ts
var graph_waves = __webpack_require__(97910);
;// CONCATENATED MODULE: ./src/graph/index.ts






;// CONCATENATED MODULE: ./src/github/selection.ts


function projectGraph(project) {
    return (0,graph/* buildAssetGraph */.dZ)((0,lineage/* lineageGraphSource */.je)(project));
}
/** The products that own at least one selected stage asset, in dependency order. */
function selectProducts(graph, select) {
    const assets = (0,selection/* resolveSelection */.Fb)(graph, select);
    const products = [];
    for (const asset of assets) {
        if (asset.kind === "stage" && !products.includes(asset.product))
            products.push(asset.product);
    }
    return { assets, products };
}
const MAX_LINEAGE_NODES = 400;
/** A mermaid flowchart of the selected assets and the edges between them. */
function lineageMermaid(graph, assets) {
    if (assets.length > MAX_LINEAGE_NODES) {
        return `_${assets.length} assets selected: too many to draw (limit ${MAX_LINEAGE_NODES})._\n`;
    }
    const ids = new Map(assets.map((a, i) => [a.id, `n${i}`]));
    const lines = ["```mermaid", "flowchart LR"];
    for (const asset of assets) {
        lines.push(`  ${ids.get(asset.id)}["${asset.id.replace(/"/g, "#quot;")}"]`);
    }
    for (const asset of assets) {
        for (const dep of graph.byId.get(asset.id)?.deps ?? []) {
            const from = ids.get(dep);
            if (from)
                lines.push(`  ${from} --> ${ids.get(asset.id)}`);
        }
    }
    lines.push("```");
    return `${lines.join("\n")}\n`;
}

;// CONCATENATED MODULE: ./src/github/wave-matrix.ts

/**
 * One matrix per wave (wave n's legs run after wave n-1's), each within GitHub's limits as the
 * matrix output is. Every unit lands in the wave of its product.
 */
function waveMatrices(units, waves, productInputs, options = {}) {
    const legsOf = new Map();
    const inWave = (wave) => units.filter((u) => u.item.kind === "product" && wave.includes(u.item.product));
    // A wave left with nothing to run (its items up to date) is dropped: GitHub refuses an empty matrix.
    return waves
        .filter((wave) => inWave(wave).length > 0)
        .map((wave, index) => {
        const result = (0,github_matrix/* buildMatrix */.Kn)(inWave(wave), options);
        const include = result.matrix.include.map((entry) => withUpstream(entry, productInputs, legsOf));
        for (const entry of include)
            for (const [product] of entry.items)
                legsOf.set(product, [...(legsOf.get(product) ?? []), entry.key]);
        const matrix = { include };
        const json = JSON.stringify(matrix);
        const max = options.maxBytes ?? github_matrix/* MAX_OUTPUT_BYTES */.$q;
        if ((0,github_matrix/* outputBytes */.RF)(json) > max)
            throw new Error(`the matrix of wave ${index + 1} is ${(0,github_matrix/* outputBytes */.RF)(json)} bytes as GitHub counts job outputs (UTF-16); GitHub allows ${max} bytes per job output: select fewer products or partitions`);
        return { matrix, hasEntries: include.length > 0, json };
    });
}
function withUpstream(entry, productInputs, legsOf) {
    const products = new Set(entry.items.map(([product]) => product));
    const keys = new Set();
    for (const product of products)
        for (const upstream of productInputs.get(product) ?? [])
            for (const key of legsOf.get(upstream) ?? [])
                keys.add(key);
    if (keys.size === 0)
        return entry;
    // Past a few legs, every earlier leg's: a pattern per key would outgrow the output limit.
    const upstream = keys.size > MAX_UPSTREAM_KEYS ? [ANY_UPSTREAM] : [...keys].sort();
    return { ...entry, upstream, upstream_artifacts: upstreamPattern(upstream) };
}
/** Upstream legs named one by one, at most; beyond, `["*"]`: every leg of the earlier waves. */
const MAX_UPSTREAM_KEYS = 16;
const ANY_UPSTREAM = "*";
/** `lc-{build,package}-{k1,k2}-a*` (minimatch, as download-artifact matches `pattern`). */
function upstreamPattern(keys) {
    const alternatives = keys.length === 1 ? (keys[0] ?? "") : `{${keys.join(",")}}`;
    return `lc-{build,package}-${alternatives}-a*`;
}

// EXTERNAL MODULE: ./src/github/partition-input.ts
var partition_input = __webpack_require__(99676);
;// CONCATENATED MODULE: ./src/github/discover.ts










/**
 * The matrix of (product, partition) items for a selection and a partition expression applied to
 * every selected product (undefined: each product's default partitions), or exact keys per product.
 */
function discoverProducts(project, select, partitionExpr, defaultRunsOn, options = {}) {
    const graph = projectGraph(project);
    const selected = selectProducts(graph, select);
    const byId = new Map(project.products.map((p) => [p.id, p]));
    (0,partition_input/* checkAllSelected */.xF)(partitionExpr, selected.products);
    const perProduct = selected.products.map((product) => {
        const config = byId.get(product);
        const expr = (0,partition_input/* expressionFor */.UY)(partitionExpr, product);
        const keys = config ? (0,resolve/* resolvePartitions */.W)(config, expr).map((p) => p.key) : [];
        return { product, partitions: keys };
    });
    const leaveOut = options.leaveOut ?? new Set();
    const units = (0,project_view/* productUnits */.Dk)(project, perProduct, defaultRunsOn).filter((u) => !leaveOut.has((0,github_matrix/* itemId */.XG)(u.item)));
    const productInputs = (0,lineage/* lineageGraphSource */.je)(project).productInputs ?? new Map();
    const waves = (0,graph_waves/* productWaves */.GH)(productInputs, project.products.map((p) => p.id), selected.products);
    return {
        ...(0,github_matrix/* buildMatrix */.Kn)(units),
        products: selected.products,
        partitions: [...new Set(perProduct.flatMap((p) => p.partitions))],
        lineage: lineageMermaid(graph, selected.assets),
        waves,
        waveMatrices: waveMatrices(units, waves, productInputs),
    };
}
/** The matrix of (template, version) items: `templatesText` is `*` or a comma-separated list of ids. */
function discoverIngest(project, templatesText, version, runsOn) {
    if (version.trim() === "")
        throw new errors/* UsageError */.eb(`version: an ingest needs a dataset version (received "")`);
    (0,keys/* validateIngestVersion */.fD)(version);
    const known = [...project.templates.keys()].sort();
    const wanted = templatesText.trim() === "*"
        ? known
        : [
            ...new Set(templatesText
                .split(",")
                .map((t) => t.trim())
                .filter((t) => t !== "")),
        ];
    // A dataset of a data-source template stands for its template: one leg, one download.
    const named = wanted.map((t) => project.templates.has(t) ? t : (project.datasets?.get(t)?.template ?? t));
    const unknown = named.filter((t) => !project.templates.has(t));
    if (unknown.length > 0) {
        throw new errors/* UsageError */.eb(`templates: unknown template ${unknown.map((t) => JSON.stringify(t)).join(", ")}; known: ${known.join(", ") || "none"}`);
    }
    return (0,github_matrix/* buildMatrix */.Kn)((0,project_view/* ingestUnits */.wb)([...new Set(named)], version, runsOn));
}


/***/ }),

/***/ 66534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $q: () => (/* binding */ MAX_OUTPUT_BYTES),
/* harmony export */   Kn: () => (/* binding */ buildMatrix),
/* harmony export */   RF: () => (/* binding */ outputBytes),
/* harmony export */   XG: () => (/* binding */ itemId),
/* harmony export */   rD: () => (/* binding */ entryItems)
/* harmony export */ });
/* unused harmony exports MAX_MATRIX_JOBS, MAX_JOB_MINUTES, JOB_SETUP_MINUTES, BUCKETS, bucketOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * GitHub's limits, as GitHub measures them: 256 jobs per matrix; job outputs are Unicode strings of
 * at most 1 MB each, counted in UTF-16 (two bytes per code unit), so a matrix of 556 KB of UTF-8
 * is 1.11 MB to GitHub.
 */
const MAX_MATRIX_JOBS = 256;
const MAX_OUTPUT_BYTES = 1024 * 1024;
/** Longest job GitHub-hosted runners allow. A leg needing more is refused, never capped. */
const MAX_JOB_MINUTES = 360;
/** Minutes added to every job for checkout, providing DuckDB and artifact transfer. */
const JOB_SETUP_MINUTES = 10;
/**
 * Items are spread over this many buckets by a hash of the item alone, so an item lands in the
 * same bucket (and the same concurrency group) whatever else a run selects.
 */
const BUCKETS = 256;
/** Bytes a job output takes as GitHub counts them: UTF-16 code units, two bytes each. */
function outputBytes(text) {
    return text.length * 2;
}
/**
 * One leg per (bucket, runner): bucket = sha256(item id) mod 256. Every item is in exactly one
 * leg; a leg runs its items one after another, so its time budget is their sum plus setup, and a
 * leg over 360 minutes is refused (splitting it would put two legs of one run in one concurrency
 * group, where GitHub cancels a pending job when a third arrives).
 */
function buildMatrix(units, options = {}) {
    const maxJobs = options.maxJobs ?? MAX_MATRIX_JOBS;
    const maxBytes = options.maxBytes ?? MAX_OUTPUT_BYTES;
    assertUnique(units);
    const legs = groupIntoLegs(units);
    if (legs.length > maxJobs) {
        throw new Error(`the selection needs ${legs.length} matrix jobs (${BUCKETS} buckets x ${countRunners(units)} runs_on values); GitHub allows ${maxJobs} per matrix: select fewer products or use fewer runs_on values`);
    }
    const include = legs.map(toEntry);
    const matrix = { include };
    const json = JSON.stringify(matrix);
    const bytes = outputBytes(json);
    if (bytes > maxBytes) {
        throw new Error(`the matrix of ${units.length} items is ${bytes} bytes as GitHub counts job outputs (UTF-16); GitHub allows ${maxBytes} bytes per job output: select fewer products or partitions`);
    }
    return { matrix, hasEntries: include.length > 0, json };
}
function itemId(item) {
    return item.kind === "product"
        ? `${item.product}@${item.partition}`
        : `ingest.${item.template}@${item.version}`;
}
/** The item's bucket: a function of the item alone. */
function bucketOf(item) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(itemId(item)).digest().readUInt32BE(0) % BUCKETS;
}
/** The pairs of an entry back as items. */
function entryItems(entry) {
    return entry.items.map(([a, b]) => entry.kind === "product"
        ? { kind: "product", product: a, partition: b }
        : { kind: "ingest", template: a, version: b });
}
function assertUnique(units) {
    const seen = new Set();
    for (const unit of units) {
        const id = itemId(unit.item);
        if (seen.has(id))
            throw new Error(`${id} is listed twice`);
        seen.add(id);
    }
}
function countRunners(units) {
    return new Set(units.map((u) => JSON.stringify(u.runsOn))).size;
}
function groupIntoLegs(units) {
    const legs = new Map();
    for (const unit of units) {
        const bucket = bucketOf(unit.item);
        const id = `${bucket}\u0000${JSON.stringify(unit.runsOn)}`;
        const leg = legs.get(id) ?? { bucket, runsOn: unit.runsOn, units: [] };
        leg.units.push(unit);
        legs.set(id, leg);
    }
    return [...legs.values()].sort((a, b) => a.bucket - b.bucket || compareRunner(a, b));
}
function compareRunner(a, b) {
    return JSON.stringify(a.runsOn).localeCompare(JSON.stringify(b.runsOn));
}
function toEntry(leg) {
    const items = leg.units.map((u) => u.item);
    const first = items[0];
    if (!first)
        throw new Error("empty matrix leg");
    const minutes = leg.units.reduce((sum, u) => sum + u.timeoutMinutes, 0) + JOB_SETUP_MINUTES;
    const group = groupName(leg);
    if (minutes > MAX_JOB_MINUTES) {
        const shown = items.slice(0, 5).map(itemId).join(", ");
        throw new Error(`matrix leg ${group} (${items.length} items: ${shown}${items.length > 5 ? ", ..." : ""}) needs ${minutes} minutes (their timeout_minutes plus ${JOB_SETUP_MINUTES} of setup); a GitHub job may run ${MAX_JOB_MINUTES}: lower timeout_minutes or select fewer products or partitions`);
    }
    return {
        key: entryKey(group, items),
        name: entryName(items),
        kind: first.kind,
        items: items.map(pairOf),
        runs_on: leg.runsOn,
        timeout_minutes: minutes,
        group,
    };
}
function pairOf(item) {
    return item.kind === "product" ? [item.product, item.partition] : [item.template, item.version];
}
/** `b<bucket>_<runner hash>`: the same for an item in every run that gives it the same runner. */
function groupName(leg) {
    const runner = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(JSON.stringify(leg.runsOn)).digest("hex").slice(0, 4);
    return `b${String(leg.bucket).padStart(3, "0")}_${runner}`;
}
/**
 * `<group>_<slug>_<hash>`: the group makes it unique within the matrix, the slug readable, the
 * hash distinct across matrices with other contents. Only `[A-Za-z0-9_.]`: never a `-`, so that
 * artifact name globs like `lc-*-<key>-a*` cannot match another entry's key.
 */
function entryKey(group, items) {
    const first = items[0];
    const label = items.length === 1 && first ? itemId(first) : `${items.length}items`;
    const slug = label
        .replace(/[^A-Za-z0-9_.]+/g, "_")
        .replace(/^_+|_+$/g, "")
        .slice(0, 40);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(JSON.stringify(items)).digest("hex").slice(0, 6);
    return `${group}_${slug}_${hash}`;
}
function entryName(items) {
    const first = items[0];
    if (items.length === 1 && first)
        return itemId(first);
    const shown = items.slice(0, 2).map(itemId).join(", ");
    return `${items.length} items: ${shown}${items.length > 2 ? ", ..." : ""}`;
}


/***/ }),

/***/ 99676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UY: () => (/* binding */ expressionFor),
/* harmony export */   Wh: () => (/* binding */ parsePartitionInput),
/* harmony export */   xF: () => (/* binding */ checkAllSelected)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26921);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);


const ExactSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, "expected a product id"), zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).max(200)).min(1));
function parsePartitionInput(text) {
    const trimmed = text.trim();
    if (trimmed === "")
        return undefined;
    if (!trimmed.startsWith("{"))
        return text;
    let value;
    try {
        value = JSON.parse(trimmed);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`input "partition": starts with "{" but is not JSON; expected an expression, or {"<product>": ["<key>", ...]} as the sense command writes it`);
    }
    const parsed = ExactSchema.safeParse(value);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`input "partition": ${issue?.path.join(".") || "the object"}: ${issue?.message ?? "invalid"}; expected {"<product>": ["<key>", ...]}`);
    }
    return new Map(Object.entries(parsed.data));
}
/** The expression for one product: its exact keys (comma-separated), or the shared expression. */
function expressionFor(input, product) {
    if (input === undefined || typeof input === "string")
        return input;
    const keys = input.get(product);
    if (keys === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`input "partition": names no keys for the selected product "${product}" (it names: ${[...input.keys()].join(", ")}); select only the products it names`);
    return keys.join(",");
}
/** Every product the exact form names must be selected: otherwise its keys would be dropped. */
function checkAllSelected(input, selected) {
    if (input === undefined || typeof input === "string")
        return;
    const missing = [...input.keys()].filter((p) => !selected.includes(p));
    if (missing.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`input "partition": names ${missing.map((p) => `"${p}"`).join(", ")}, which the selection does not include (selected: ${selected.join(", ") || "none"})`);
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


/***/ }),

/***/ 1924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cx: () => (/* binding */ closure),
/* harmony export */   YK: () => (/* binding */ ingestAssetId),
/* harmony export */   dZ: () => (/* binding */ buildAssetGraph)
/* harmony export */ });
/* unused harmony exports INGEST_GROUP, stageAssetId, UPSTREAM_STAGE, indexGraph */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5891);


const INGEST_GROUP = "ingest";
function stageAssetId(product, stage) {
    return `${product}.${stage}`;
}
function ingestAssetId(dataset) {
    return `${INGEST_GROUP}.${dataset}`;
}
/** The stage of an upstream product that a dependant's plan waits for: its packaged release. */
const UPSTREAM_STAGE = "package";
/**
 * Build the asset graph: one asset per dataset (`ingest.<dataset>`, after the datasets it depends
 * on), four chained stage assets per product; a product's plan reads its input datasets and the
 * packaged output of the products it reads. A cycle is a ConfigError naming it.
 */
function buildAssetGraph(source) {
    const datasets = datasetsOf(source);
    const assets = datasets.map((dataset) => ({
        kind: "ingest",
        id: ingestAssetId(dataset.id),
        group: INGEST_GROUP,
        tags: [],
        deps: [...new Set(dataset.dependsOn ?? [])]
            .filter((d) => datasets.some((other) => other.id === d))
            .sort()
            .map(ingestAssetId),
        template: dataset.template,
        dataset: dataset.id,
    }));
    const known = new Set(datasets.map((d) => d.id));
    const productIds = new Set(source.products.map((p) => p.id));
    for (const product of source.products) {
        const inputs = [...new Set(source.recipeInputs.get(product.id) ?? [])]
            .filter((t) => known.has(t))
            .sort()
            .map(ingestAssetId);
        const upstream = [...new Set(source.productInputs?.get(product.id) ?? [])]
            .filter((p) => p !== product.id && productIds.has(p))
            .sort()
            .map((p) => stageAssetId(p, UPSTREAM_STAGE));
        let previous;
        for (const stage of _store_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .STAGES */ .an) {
            const deps = previous === undefined ? [...upstream, ...inputs] : [previous];
            const id = stageAssetId(product.id, stage);
            assets.push({
                kind: "stage",
                id,
                group: product.id,
                tags: product.tags ?? [],
                deps,
                product: product.id,
                stage,
            });
            previous = id;
        }
    }
    return indexGraph(assets);
}
function datasetsOf(source) {
    const byId = new Map();
    for (const template of source.templates ?? [])
        byId.set(template, { id: template, template });
    for (const dataset of source.datasets ?? [])
        byId.set(dataset.id, dataset);
    return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
/** Index assets by id, check ids are unique and that there is no cycle; orders them topologically. */
function indexGraph(assets) {
    const byId = new Map();
    for (const asset of assets) {
        if (byId.has(asset.id))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`two assets are named "${asset.id}"`);
        byId.set(asset.id, asset);
    }
    const dependents = new Map(assets.map((a) => [a.id, []]));
    for (const asset of assets) {
        for (const dep of asset.deps) {
            const list = dependents.get(dep);
            if (list === undefined)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`asset "${asset.id}" depends on unknown asset "${dep}"`);
            list.push(asset.id);
        }
    }
    return { assets: topologicalOrder(assets, byId), byId, dependents };
}
function topologicalOrder(assets, byId) {
    const state = new Map();
    const ordered = [];
    const visit = (asset, trail) => {
        const seen = state.get(asset.id);
        if (seen === "done")
            return;
        if (seen === "visiting") {
            const cycle = [...trail.slice(trail.indexOf(asset.id)), asset.id];
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`the asset graph has a cycle: ${cycle.join(" -> ")}`);
        }
        state.set(asset.id, "visiting");
        for (const dep of asset.deps) {
            const upstream = byId.get(dep);
            if (upstream)
                visit(upstream, [...trail, asset.id]);
        }
        state.set(asset.id, "done");
        ordered.push(asset);
    };
    for (const asset of assets)
        visit(asset, []);
    return ordered;
}
/** The ids of `start` and everything reachable from it through `next`, transitively. */
function closure(start, next) {
    const found = new Set();
    const stack = [...start];
    while (stack.length > 0) {
        const id = stack.pop();
        if (id === undefined || found.has(id))
            continue;
        found.add(id);
        stack.push(...next(id));
    }
    return found;
}


/***/ }),

/***/ 12882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fb: () => (/* binding */ resolveSelection),
/* harmony export */   KA: () => (/* binding */ closeMatches)
/* harmony export */ });
/* unused harmony export SELECTION_SYNTAX */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _graph_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1924);


const SELECTION_SYNTAX = "comma-separated terms: an asset id (`<product>.<stage>`, `ingest.<dataset>`), `ingest.<template>` (every dataset it writes), a product id (its four stages), " +
    "`group:<group>`, `tag:<tag>`, `*` (everything); `+x` adds what x needs, `x+` what depends on x";
/**
 * Resolve a Dagster-like selection to assets, in dependency order. Every term is checked before
 * anything is returned; an unknown name is a UsageError listing close matches.
 */
function resolveSelection(graph, select) {
    const terms = select.split(",").map((t) => t.trim());
    if (terms.some((t) => t === "")) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--select: empty selection term in ${JSON.stringify(select)}; expected ${SELECTION_SYNTAX}`);
    }
    const chosen = new Set();
    for (const term of terms) {
        for (const id of resolveTerm(graph, term))
            chosen.add(id);
    }
    return graph.assets.filter((a) => chosen.has(a.id));
}
function resolveTerm(graph, term) {
    const upstream = term.startsWith("+");
    const downstream = term.endsWith("+") && term.length > 1;
    const core = term.slice(upstream ? 1 : 0, downstream ? -1 : undefined);
    const base = matchCore(graph, core, term);
    let result = new Set(base);
    if (upstream)
        result = union(result, (0,_graph_js__WEBPACK_IMPORTED_MODULE_1__/* .closure */ .Cx)(base, (id) => graph.byId.get(id)?.deps ?? []));
    if (downstream)
        result = union(result, (0,_graph_js__WEBPACK_IMPORTED_MODULE_1__/* .closure */ .Cx)(base, (id) => graph.dependents.get(id) ?? []));
    return result;
}
function matchCore(graph, core, term) {
    if (core === "*")
        return graph.assets.map((a) => a.id);
    const [kind, value] = splitPrefix(core);
    if (kind === "group" || kind === "tag") {
        const matches = graph.assets.filter((a) => kind === "group" ? a.group === value : a.tags.includes(value));
        if (matches.length === 0) {
            const known = kind === "group"
                ? graph.assets.map((a) => a.group)
                : graph.assets.flatMap((a) => [...a.tags]);
            throw unknown(term, `${kind} "${value}"`, [...new Set(known)].map((k) => `${kind}:${k}`), `${kind}:${value}`);
        }
        return matches.map((a) => a.id);
    }
    if (graph.byId.has(core))
        return [core];
    const template = templateAssets(graph, core);
    if (template.length > 0)
        return template;
    const group = graph.assets.filter((a) => a.kind === "stage" && a.group === core);
    if (group.length > 0)
        return group.map((a) => a.id);
    const names = [
        ...graph.byId.keys(),
        ...new Set(graph.assets.filter((a) => a.kind === "stage").map((a) => a.group)),
    ];
    throw unknown(term, `asset or product "${core}"`, names, core);
}
/** `ingest.<template>`: every dataset the template (by file name) writes. */
function templateAssets(graph, core) {
    const prefix = "ingest.";
    if (!core.startsWith(prefix))
        return [];
    const name = core.slice(prefix.length);
    return graph.assets.filter((a) => a.kind === "ingest" && a.template === name).map((a) => a.id);
}
function splitPrefix(core) {
    const match = /^(group|tag):(.*)$/.exec(core);
    if (!match)
        return [undefined, core];
    return [match[1], match[2] ?? ""];
}
function unknown(term, what, candidates, wanted) {
    const close = closeMatches(wanted, candidates);
    const hint = close.length > 0 ? `; did you mean ${close.map((c) => `"${c}"`).join(", ")}?` : "";
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--select: unknown ${what} in term "${term}"${hint} (selection syntax: ${SELECTION_SYNTAX})`);
}
/** Up to five candidates close to `wanted`: small edit distance, or one containing the other. */
function closeMatches(wanted, candidates) {
    const lower = wanted.toLowerCase();
    const scored = [...new Set(candidates)]
        .map((c) => ({ c, d: editDistance(lower, c.toLowerCase()) }))
        .filter(({ c, d }) => d <= Math.max(2, Math.floor(wanted.length / 3)) ||
        (lower.length >= 3 && c.toLowerCase().includes(lower)))
        .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c));
    return scored.slice(0, 5).map((s) => s.c);
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}
function union(a, b) {
    return new Set([...a, ...b]);
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

//# sourceMappingURL=7383.index.js.map