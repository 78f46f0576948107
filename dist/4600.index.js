export const id = 4600;
export const ids = [4600];
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

/***/ 82913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uiCommand: () => (/* binding */ uiCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(26921);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/coerce.js
var coerce = __webpack_require__(49567);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
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

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/commands/ui.ts






const FlagsSchema = schemas/* object */.Ikc({
    out: schemas/* string */.YjP().min(1).optional(),
    serve: schemas/* boolean */.zMY().default(false),
    port: coerce/* number */.ai().int().min(0).max(65535).default(0),
});
const uiCommand = {
    name: "ui",
    usage: "--out DIR | --serve [--port N]",
    details: `Options:
  --out DIR          write the site into DIR: index.html, app.js, data.js, data.json; open
                     DIR/index.html from disk (no server, no network request)
  --serve            serve the site on http://127.0.0.1 and refresh it as runs progress; stops on
                     Ctrl-C
  --port N           the port for --serve (default: any free port, printed)`,
    options: { out: { type: "string" }, serve: { type: "boolean" }, port: { type: "string" } },
    async run(context) {
        const flags = (0,command/* parseFlags */.bQ)(FlagsSchema, context.flags);
        (0,command/* expectNoArguments */.Fi)(context, "ui");
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

//# sourceMappingURL=4600.index.js.map