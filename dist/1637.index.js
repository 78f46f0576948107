export const id = 1637;
export const ids = [1637];
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

/***/ 78256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  statusCommand: () => (/* binding */ statusCommand)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(26921);
// EXTERNAL MODULE: ./src/engine/status.ts
var engine_status = __webpack_require__(28678);
// EXTERNAL MODULE: ./src/ui/rollup.ts
var rollup = __webpack_require__(41606);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/json-stream.ts
const FLUSH_CHARS = 1 << 16;
/**
 * Write `{ "<key>": [ ...rows ] }` as `JSON.stringify(value, null, 2)` would, byte for byte, but a
 * row at a time, waiting for the reader whenever the output's buffer is full: the document may be
 * larger than one string can hold (1.2M status rows are ~400 MB), and memory stays at a chunk.
 */
async function writeJsonRows(out, key, rows) {
    let chunk = `{\n  ${JSON.stringify(key)}: [`;
    let first = true;
    for await (const row of rows) {
        chunk += `${first ? "\n" : ",\n"}    ${JSON.stringify(row, null, 2).replaceAll("\n", "\n    ")}`;
        first = false;
        if (chunk.length >= FLUSH_CHARS) {
            out.write(chunk);
            chunk = "";
            await out.drain?.();
        }
    }
    out.write(`${chunk}${first ? "]" : "\n  ]"}\n}\n`);
    await out.drain?.();
}

;// CONCATENATED MODULE: ./src/cli/commands/status.ts





const FlagsSchema = schemas/* object */.Ikc({
    select: schemas/* string */.YjP().min(1).optional(),
    format: schemas/* enum */.k5n(["text", "json"]).default("text"),
    partitions: schemas/* boolean */.zMY().default(false),
});
const statusCommand = {
    name: "status",
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
        const flags = (0,command/* parseFlags */.bQ)(FlagsSchema, context.flags);
        (0,command/* expectNoArguments */.Fi)(context, "status", "; use --select");
        const options = {
            root: context.root,
            store: context.store,
            env: context.env,
            select: flags.select,
        };
        if (flags.format === "json")
            await writeJsonRows(context.stdout, "assets", (0,engine_status/* streamAssetStatus */.v)(options));
        else {
            const rows = await (0,engine_status/* assetStatus */.F)(options);
            context.stdout.write(flags.partitions ? formatTable(rows) : (0,rollup/* formatRollup */.yG)((0,rollup/* rollUp */.F3)(rows)));
        }
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


/***/ }),

/***/ 28678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ assetStatus),
/* harmony export */   v: () => (/* binding */ streamAssetStatus)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _graph_graph_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1924);
/* harmony import */ var _graph_selection_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12882);
/* harmony import */ var _process_node_runner_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49817);
/* harmony import */ var _stages_versions_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(54226);
/* harmony import */ var _store_events_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(18372);
/* harmony import */ var _store_store_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(81644);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(13117);
/* harmony import */ var _deps_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(41366);
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(30178);
/* harmony import */ var _materialize_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(96402);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(30955);
/* harmony import */ var _run_task_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(90327);















/** Per selected asset and partition: the last status, when, how long, and whether it is stale. */
async function assetStatus(options) {
    const rows = [];
    for await (const row of streamAssetStatus(options))
        rows.push(row);
    return rows;
}
/** The rows of assetStatus one at a time, in the same order (1.2M rows need not be held). */
async function* streamAssetStatus(options) {
    const deps = { ...(0,_defaults_js__WEBPACK_IMPORTED_MODULE_9__/* .defaultDeps */ .m)(), ...options.deps };
    const { project } = await deps.loadProject(options.root);
    const graph = (0,_graph_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .buildAssetGraph */ .dZ)((0,_deps_js__WEBPACK_IMPORTED_MODULE_10__/* .graphSourceOf */ .B)(project));
    const assets = options.select === undefined ? graph.assets : (0,_graph_selection_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveSelection */ .Fb)(graph, options.select);
    const store = await (0,_store_store_js__WEBPACK_IMPORTED_MODULE_8__/* .openStore */ .Ch)(options.store, {
        root: options.root,
        env: options.env ?? process.env,
        only: _materialize_js__WEBPACK_IMPORTED_MODULE_12__.readByStages,
    });
    try {
        yield* statusRows(assets, project, store, deps);
    }
    finally {
        await store.close();
    }
}
async function* statusRows(assets, project, store, deps) {
    const layout = store.layout;
    // The current-state index: O(assets x partitions), not O(history).
    const { entries, partitions: recorded } = await store.events.current();
    const outputs = new PartitionsWithOutput(layout);
    for (const asset of assets) {
        for (const item of await partitionsOf(asset, project, layout, recorded.get(asset.id) ?? [], deps, layout.root)) {
            const entry = entries.get((0,_store_events_js__WEBPACK_IMPORTED_MODULE_7__/* .eventKey */ .Mk)(asset.id, item.key));
            const row = baseRow(asset, item.key, entry?.last, entry?.lastSuccess);
            const stale = asset.kind !== "stage"
                ? undefined
                : !item.resolved || (await outputs.has(asset.product, item.key))
                    ? await staleness(asset, item, project, layout, deps)
                    : "no output in the store";
            yield {
                ...row,
                stale: stale !== undefined,
                ...(stale !== undefined ? { staleReason: stale } : {}),
            };
        }
    }
}
/** Which partitions of a product have a directory in the store: one readdir per product. */
class PartitionsWithOutput {
    layout;
    dirs = new Map();
    constructor(layout) {
        this.layout = layout;
    }
    async has(product, partition) {
        const productDir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(this.layout.partitionDir(product, "any"));
        let names = this.dirs.get(product);
        if (!names) {
            names = node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readdir(productDir).then((found) => new Set(found), () => new Set());
            this.dirs.set(product, names);
        }
        return (await names).has(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(this.layout.partitionDir(product, partition)));
    }
}
function baseRow(asset, partition, record, success) {
    return {
        asset: asset.id,
        group: asset.group,
        partition,
        ...(record
            ? {
                status: record.status,
                when: record.end,
                durationMs: record.durationMs,
                runId: record.runId,
            }
            : {}),
        ...(success ? { lastSuccess: success.end } : {}),
    };
}
/** Partitions to show: the product's default ones, those with records, those with outputs in the store. */
async function partitionsOf(asset, project, layout, recorded, deps, store) {
    if (asset.kind === "ingest") {
        const versions = await (0,_stages_versions_js__WEBPACK_IMPORTED_MODULE_6__/* .availableVersions */ .hK)(layout.datasetDir(asset.dataset ?? asset.template));
        // A failed ingest that never learnt its version is recorded as "auto": run history, not a version.
        const real = recorded.filter((key) => key !== _plan_js__WEBPACK_IMPORTED_MODULE_13__/* .AUTO_VERSION */ .jP);
        return [...new Set([...versions, ...real])].map((key) => ({ key }));
    }
    const product = project.products.find((p) => p.id === asset.product);
    if (!product)
        return [];
    const known = await deps.partitions.known(store, product);
    const defaults = deps.partitions.resolve(product, undefined, known);
    const keys = [
        ...new Set([
            ...defaults.map((p) => p.key),
            ...recorded,
            ...(await storedPartitions(layout, product.id)),
        ]),
    ];
    const byKey = new Map(defaults.map((p) => [p.key, p]));
    return keys.map((key) => {
        const resolved = byKey.get(key);
        if (resolved)
            return { key, resolved };
        try {
            const [one] = deps.partitions.resolve(product, key, known);
            return one && one.key === key
                ? { key, resolved: one }
                : { key, error: "no longer a partition of this product" };
        }
        catch (error) {
            return { key, error: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error) };
        }
    });
}
async function storedPartitions(layout, product) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(layout.partitionDir(product, "any"));
    let names;
    try {
        names = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readdir(dir);
    }
    catch {
        return [];
    }
    return names.flatMap((name) => {
        try {
            return [decodeURIComponent(name)];
        }
        catch {
            return [];
        }
    });
}
/** Why the stage's output is stale, or undefined when it is current. */
async function staleness(asset, item, project, layout, deps) {
    if (!item.resolved)
        return `cannot tell: ${item.error ?? "unknown partition"}`;
    const marker = await (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_11__/* .readStageMarker */ .HQ)(layout.stageDir(asset.product, item.key, asset.stage));
    if (!marker)
        return "no output in the store";
    const product = project.products.find((p) => p.id === asset.product);
    if (!product)
        return "unknown product";
    const task = {
        kind: "stage",
        id: "",
        asset,
        product,
        partition: item.resolved,
        after: [],
    };
    const ctx = {
        project,
        product,
        partition: item.resolved,
        layout,
        runner: new _process_node_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .NodeProcessRunner */ .u(),
        signal: new AbortController().signal,
        log: () => { },
        runId: "status",
    };
    try {
        const fingerprint = await (0,_run_task_js__WEBPACK_IMPORTED_MODULE_14__/* .stageFingerprint */ .LE)(task, deps.stages[asset.stage], ctx, { layout });
        return fingerprint === marker.fingerprint
            ? undefined
            : "inputs or upstream output changed since it was made";
    }
    catch (error) {
        return `cannot compute its inputs: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`;
    }
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

/***/ 41606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F3: () => (/* binding */ rollUp),
/* harmony export */   k2: () => (/* binding */ partitionState),
/* harmony export */   yG: () => (/* binding */ formatRollup)
/* harmony export */ });
/* unused harmony export PARTITION_STATES */
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48018);

/** The states a partition can be in, as the status site and `status` show them. */
const PARTITION_STATES = (/* unused pure expression or super */ null && ([
    "success",
    "failed",
    "stale",
    "missing",
    "running",
    "cancelled",
]));
/** One partition's state: its last record's outcome, stale when a success is out of date. */
function partitionState(row) {
    if (row.status === undefined)
        return "missing";
    if (row.status === "failed")
        return "failed";
    if (row.status === "cancelled")
        return "cancelled";
    return row.stale ? "stale" : "success";
}
function emptyCounts() {
    return { success: 0, failed: 0, stale: 0, missing: 0, running: 0, cancelled: 0 };
}
/** Per asset, in the order given: counts by state, the last run, how many are stale. */
function rollUp(rows) {
    const byAsset = new Map();
    for (const row of rows) {
        let rollup = byAsset.get(row.asset);
        if (!rollup) {
            rollup = { asset: row.asset, group: row.group, partitions: 0, counts: emptyCounts() };
            byAsset.set(row.asset, rollup);
        }
        rollup.partitions += 1;
        rollup.counts[partitionState(row)] += 1;
        if (row.when !== undefined && (rollup.lastWhen === undefined || row.when > rollup.lastWhen)) {
            rollup.lastWhen = row.when;
            rollup.lastRunId = row.runId;
            rollup.lastDurationMs = row.durationMs;
        }
    }
    return [...byAsset.values()];
}
/** `status` without `--partitions`: one line per asset. */
function formatRollup(rollups) {
    if (rollups.length === 0)
        return "(no partitions or versions for the selected assets)\n";
    const rows = rollups.map((r) => [
        r.asset,
        String(r.partitions),
        String(r.counts.success),
        String(r.counts.failed + r.counts.cancelled),
        String(r.counts.stale),
        String(r.counts.missing),
        r.lastWhen ?? "never",
        (0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .seconds */ .Y)(r.lastDurationMs),
        r.lastRunId ?? "-",
    ]);
    const header = ["ASSET", "PARTITIONS", "OK", "FAILED", "STALE", "MISSING", "LAST", "TOOK", "RUN"];
    return (0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .textTable */ .e)(header, rows);
}


/***/ }),

/***/ 48018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ seconds),
/* harmony export */   e: () => (/* binding */ textTable)
/* harmony export */ });
/** A plain text table: columns padded to their widest cell, the last one left ragged. */
function textTable(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
    const line = (cells) => cells
        .map((v, i) => (i === cells.length - 1 ? v : v.padEnd(widths[i] ?? 0)))
        .join("  ")
        .trimEnd();
    return `${[header, ...rows].map(line).join("\n")}\n`;
}
function seconds(ms) {
    return ms === undefined ? "-" : `${(ms / 1000).toFixed(1)}s`;
}


/***/ })

};

//# sourceMappingURL=1637.index.js.map