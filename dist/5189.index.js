export const id = 5189;
export const ids = [5189,7807];
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

/***/ 63488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   matrixCommand: () => (/* binding */ matrixCommand)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(26921);
/* harmony import */ var _partitions_project_products_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93191);
/* harmony import */ var _github_discover_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55289);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _engine_materialize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96402);
/* harmony import */ var _github_up_to_date_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47807);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3567);







const FlagsSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .object */ .Ikc({
    select: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().default("*"),
    partition: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    ingest: zod__WEBPACK_IMPORTED_MODULE_6__/* .boolean */ .zMY().default(false),
    templates: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().default("*"),
    version: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    pretty: zod__WEBPACK_IMPORTED_MODULE_6__/* .boolean */ .zMY().default(false),
    "changed-only": zod__WEBPACK_IMPORTED_MODULE_6__/* .boolean */ .zMY().default(false),
});
const matrixCommand = {
    name: "matrix",
    usage: "[--select S] [--partition P] [--pretty] | --ingest [--templates T] --version V",
    details: `--select S       asset selection (default *)
--partition P    partition key or expression for every selected product (default: each product's default)
--ingest         the ingest matrix instead: --templates (default *) at --version
--changed-only   leave out every item whose stages are all up to date in the store (--store), as
                 the discover job does with a store; they are listed under "left_out"
--pretty         indent the JSON
Prints {"matrix": {"include": [...]}, "has_entries": bool}. At most 256 entries: above that, entries batch items.`,
    options: {
        select: { type: "string" },
        partition: { type: "string" },
        ingest: { type: "boolean" },
        templates: { type: "string" },
        version: { type: "string" },
        pretty: { type: "boolean" },
        "changed-only": { type: "boolean" },
    },
    async run(context) {
        const flags = (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .parseFlags */ .bQ)(FlagsSchema, context.flags);
        (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .expectNoArguments */ .Fi)(context, "matrix");
        if (flags.ingest && flags["changed-only"])
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb("--changed-only is for the products' matrix, not with --ingest");
        const { project } = await (0,_partitions_project_products_js__WEBPACK_IMPORTED_MODULE_0__/* .loadProjectWithPipelines */ .f1)(context.root);
        const leaveOut = flags["changed-only"]
            ? await upToDateIn(context, flags.select, flags.partition)
            : undefined;
        const result = flags.ingest
            ? (0,_github_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .discoverIngest */ .Y)(project, flags.templates, flags.version ?? "")
            : (0,_github_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .discoverProducts */ .A)(project, flags.select, flags.partition, undefined, { leaveOut });
        const out = {
            matrix: result.matrix,
            has_entries: result.hasEntries,
            ...(leaveOut ? { left_out: [...leaveOut].sort() } : {}),
        };
        context.stdout.write(`${JSON.stringify(out, null, flags.pretty ? 2 : undefined)}\n`);
        return 0;
    },
};
function upToDateIn(context, select, partition) {
    return (0,_github_up_to_date_js__WEBPACK_IMPORTED_MODULE_4__.upToDateItems)({
        root: context.root,
        store: context.store,
        select,
        partition,
        signal: context.signal,
        env: context.env,
        materialize: _engine_materialize_js__WEBPACK_IMPORTED_MODULE_3__.materialize,
    });
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

/***/ 47807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   upToDateItems: () => (/* binding */ upToDateItems)
/* harmony export */ });
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5891);
/* harmony import */ var _matrix_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66534);


/**
 * The (product, partition) items of a selection whose every stage is up to date in the store, as
 * a dry run of the engine decides it: what discover leaves out of the matrix. Item ids as
 * `itemId` writes them (`product@partition`).
 */
async function upToDateItems(options) {
    const result = await options.materialize({
        root: options.root,
        store: options.store,
        select: options.select,
        partition: options.partition,
        dryRun: true,
        stages: [..._store_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .STAGES */ .an],
        signal: options.signal,
        env: options.env,
        reporter: { report: () => undefined },
    });
    const current = new Map();
    for (const task of result.tasks) {
        const dot = task.asset.lastIndexOf(".");
        const stage = task.asset.slice(dot + 1);
        if (dot < 0 || !_store_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .STAGES */ .an.includes(stage))
            continue;
        const product = task.asset.slice(0, dot);
        const id = (0,_matrix_js__WEBPACK_IMPORTED_MODULE_1__/* .itemId */ .XG)({ kind: "product", product, partition: task.partition });
        current.set(id, (current.get(id) ?? true) && task.outcome === "up-to-date");
    }
    return new Set([...current].filter(([, upToDate]) => upToDate).map(([id]) => id));
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

//# sourceMappingURL=5189.index.js.map