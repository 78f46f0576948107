export const id = 2511;
export const ids = [2511];
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

/***/ 62511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  graphCommand: () => (/* binding */ graphCommand)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(26921);
// EXTERNAL MODULE: ./src/partitions/project-products.ts
var project_products = __webpack_require__(93191);
// EXTERNAL MODULE: ./src/engine/deps.ts
var deps = __webpack_require__(41366);
// EXTERNAL MODULE: ./src/graph/graph.ts
var graph_graph = __webpack_require__(1924);
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

// EXTERNAL MODULE: ./src/graph/selection.ts
var selection = __webpack_require__(12882);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/commands/graph.ts







const FlagsSchema = schemas/* object */.Ikc({
    select: schemas/* string */.YjP().min(1).optional(),
    format: schemas/* enum */.k5n(["text", "mermaid", "json"]).default("text"),
});
const graphCommand = {
    name: "graph",
    usage: "[--select S] [--format text|mermaid|json]",
    details: `Options:
  --select S    assets, as for materialize (default: all)
  --format F    text (default: "asset <- what it reads"), mermaid, or json`,
    options: { select: { type: "string" }, format: { type: "string" } },
    async run(context) {
        const flags = (0,command/* parseFlags */.bQ)(FlagsSchema, context.flags);
        (0,command/* expectNoArguments */.Fi)(context, "graph", "; use --select");
        const { project } = await (0,project_products/* loadProjectWithPipelines */.f1)(context.root);
        const graph = (0,graph_graph/* buildAssetGraph */.dZ)((0,deps/* graphSourceOf */.B)(project));
        const assets = flags.select === undefined ? graph.assets : (0,selection/* resolveSelection */.Fb)(graph, flags.select);
        const render = { json: renderJson, mermaid: renderMermaid, text: renderText }[flags.format];
        context.stdout.write(render(assets));
        return 0;
    },
};


/***/ }),

/***/ 41366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ graphSourceOf),
/* harmony export */   Y: () => (/* binding */ recipeDatasets)
/* harmony export */ });
/* harmony import */ var _graph_lineage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93109);

function graphSourceOf(project) {
    return (0,_graph_lineage_js__WEBPACK_IMPORTED_MODULE_0__/* .lineageGraphSource */ .je)(project);
}
/** A recipe's input datasets: id and the version asked for (`undefined` for latest). */
function recipeDatasets(recipe) {
    return (recipe.inputs?.datasets ?? []).map((d) => ({
        id: d.id,
        version: d.version === undefined || d.version === "latest" ? undefined : d.version,
    }));
}


/***/ })

};

//# sourceMappingURL=2511.index.js.map