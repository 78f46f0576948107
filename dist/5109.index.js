export const id = 5109;
export const ids = [5109];
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

/***/ 35109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   affectedCommand: () => (/* binding */ affectedCommand)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26921);
/* harmony import */ var _partitions_project_products_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93191);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _github_affected_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67267);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3567);





const FlagsSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    base: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1, "a base commit is required"),
    head: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().default("HEAD"),
    format: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(["text", "json"]).default("text"),
});
const affectedCommand = {
    name: "affected",
    usage: "--base REF [--head REF] [--format text|json]",
    details: `--base REF       the commit to compare with, e.g. origin/main
--head REF       the commit with the change (default HEAD)
--format text    one product per line with the reasons (default); json: [{product, reasons}]`,
    options: { base: { type: "string" }, head: { type: "string" }, format: { type: "string" } },
    async run(context) {
        const flags = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .parseFlags */ .bQ)(FlagsSchema, context.flags);
        (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .expectNoArguments */ .Fi)(context, "affected");
        const { project } = await (0,_partitions_project_products_js__WEBPACK_IMPORTED_MODULE_0__/* .loadProjectWithPipelines */ .f1)(context.root);
        let affected;
        try {
            affected = await (0,_github_affected_js__WEBPACK_IMPORTED_MODULE_2__/* .affectedBetween */ .hh)(project, flags.base, flags.head);
        }
        catch (error) {
            const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`cannot compare ${flags.base}...${flags.head} with git: ${message}`);
        }
        if (flags.format === "json")
            context.stdout.write(`${JSON.stringify(affected)}\n`);
        else
            for (const a of affected)
                context.stdout.write(`${a.product}\t${a.reasons.join(", ")}\n`);
        return 0;
    },
};


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


/***/ })

};

//# sourceMappingURL=5109.index.js.map