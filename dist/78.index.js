export const id = 78;
export const ids = [78];
export const modules = {

/***/ 67078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   draftSummary: () => (/* binding */ draftSummary),
/* harmony export */   publishDraftCommand: () => (/* binding */ publishDraftCommand),
/* harmony export */   publishReleaseCommand: () => (/* binding */ publishReleaseCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_project_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93879);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _distribute_distribute_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96304);
/* harmony import */ var _process_node_runner_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49817);
/* harmony import */ var _publish_session_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(85535);
/* harmony import */ var _store_events_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(18372);
/* harmony import */ var _store_store_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(81644);









/*
 * `publish-draft` and `publish-release`: the two jobs of publish.yml. The draft job promotes a
 * partition's package to a draft and writes its check results and manifest to the job summary;
 * the release job (in a GitHub environment, so required reviewers approve it) publishes exactly
 * that draft revision, moves latest, and optionally makes a GitHub Release of it.
 */
/** `publish-draft`: promote `product` [`partition`] to the next draft revision of its version. */
async function publishDraftCommand(context) {
    const product = await checkedProduct(context);
    const partition = required(context.inputs.partition, "partition", "the partition whose package to promote");
    const request = { kind: "draft", product, partition };
    await withPublishStore(context, request, async (store, outcome) => {
        const manifest = await readManifest(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(store.layout.root, outcome.unit));
        await context.io.appendSummary(draftSummary(product, outcome, partition, manifest));
    });
    return { ok: true };
}
/** `publish-release`: publish draft `revision` of `version` as that version and as latest. */
async function publishReleaseCommand(context) {
    const product = await checkedProduct(context);
    const version = required(context.inputs.version, "version", "the drafted version to publish");
    const revision = context.inputs.revision || undefined;
    const request = {
        kind: "release",
        product,
        version,
        fromDraft: revision,
        patch: false,
        latest: true,
    };
    let failure;
    await withPublishStore(context, request, async (store, outcome) => {
        const lines = [`## Published ${product} ${outcome.version}`, "", `${outcome.message}.`];
        if (context.inputs["github-release"]) {
            const made = await gitHubRelease(context, product, outcome.version, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(store.layout.root, outcome.unit));
            lines.push("", made.ok ? `GitHub Release: ${made.detail}` : `GitHub Release failed: ${made.detail}`);
            if (!made.ok)
                failure = `${product} ${outcome.version} is published, but its GitHub Release failed: ${made.detail}`;
        }
        await context.io.appendSummary(`${lines.join("\n")}\n`);
    });
    return failure ? { ok: false, message: failure } : { ok: true };
}
async function checkedProduct(context) {
    (0,_distribute_distribute_js__WEBPACK_IMPORTED_MODULE_4__/* .refuseFromPullRequest */ .R)(process.env, "publishing");
    if (!context.sharedStore)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('input "store": publishing needs a store that outlives the job (s3://bucket/prefix, or a folder that persists between jobs)');
    const product = required(context.inputs.product, "product", "the product id");
    const { project } = await (0,_config_project_js__WEBPACK_IMPORTED_MODULE_2__/* .loadProjectOrThrow */ .xI)(context.root);
    const ids = project.products.map((p) => p.id);
    if (!ids.includes(product))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`input "product": unknown product ${JSON.stringify(product)}; products: ${ids.join(", ")}`);
    return product;
}
function required(value, name, what) {
    if (value === "")
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`input "${name}": required (${what})`);
    return value;
}
/** Open the store with only what the request reads, run it, hand the result to `use`, close. */
async function withPublishStore(context, request, use) {
    const store = await (0,_store_store_js__WEBPACK_IMPORTED_MODULE_8__/* .openStore */ .Ch)(context.store, {
        root: context.root,
        env: process.env,
        only: (0,_publish_session_js__WEBPACK_IMPORTED_MODULE_6__/* .unitsRead */ .y)(request),
    });
    try {
        const outcome = await (0,_publish_session_js__WEBPACK_IMPORTED_MODULE_6__/* .runPublish */ .j)(store, context.runId ?? (0,_store_events_js__WEBPACK_IMPORTED_MODULE_7__/* .newRunId */ .F$)(), request);
        context.io.info(outcome.message);
        context.io.setOutput("version", outcome.version);
        if (outcome.revision !== undefined)
            context.io.setOutput("revision", outcome.revision);
        await use(store, outcome);
    }
    finally {
        await store.close();
    }
}
async function readManifest(dir) {
    return JSON.parse(await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, "manifest.json"), "utf8"));
}
const cell = (text) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
/** The reviewer's page: what was drafted, the check results, the whole manifest. */
function draftSummary(product, outcome, partition, manifest) {
    const checks = manifest.checks ?? [];
    const failed = checks.filter((c) => !c.passed);
    const lines = [
        `## Draft ${product} ${outcome.version}/${outcome.revision ?? ""}`,
        "",
        `${outcome.message}. Approve the release job to publish exactly this draft.`,
        "",
        `### Checks: ${checks.length === 0 ? "none declared" : `${checks.length - failed.length} of ${checks.length} passed`}`,
    ];
    if (checks.length > 0) {
        lines.push("", "| check | severity | result | message |", "| --- | --- | --- | --- |");
        for (const c of checks)
            lines.push(`| ${cell(c.name)} | ${c.severity} | ${c.passed ? "passed" : "FAILED"} | ${cell(c.message)} |`);
    }
    lines.push("", `### Manifest (${partition})`, "", "```json", JSON.stringify(manifest, null, 2), "```", "");
    return lines.join("\n");
}
async function gitHubRelease(context, product, version, dir) {
    const repository = process.env.GITHUB_REPOSITORY ?? "";
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository))
        return {
            ok: false,
            detail: `GITHUB_REPOSITORY is ${JSON.stringify(repository)}, not owner/name`,
        };
    const [result] = await (0,_distribute_distribute_js__WEBPACK_IMPORTED_MODULE_4__/* .distribute */ .m)([{ id: "github-release", github_release: { repository, tag: "{product}-{version}" } }], {
        product,
        version,
        dir,
        env: process.env,
        runner: new _process_node_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .NodeProcessRunner */ .u(),
        signal: context.signal,
        log: (line) => context.io.info(line),
    });
    return result ?? { ok: false, detail: "no result" };
}


/***/ })

};

//# sourceMappingURL=78.index.js.map