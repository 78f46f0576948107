export const id = 8421;
export const ids = [8421];
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

/***/ 13456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ publishRelease),
/* harmony export */   JF: () => (/* binding */ latestRelease),
/* harmony export */   O4: () => (/* binding */ publishedDir),
/* harmony export */   UE: () => (/* binding */ draftRevisions),
/* harmony export */   eS: () => (/* binding */ draftedVersions),
/* harmony export */   f0: () => (/* binding */ moveLatest),
/* harmony export */   lo: () => (/* binding */ promoteToDraft),
/* harmony export */   y0: () => (/* binding */ publishedVersions)
/* harmony export */ });
/* unused harmony exports DRAFT_RECORD, RELEASE_RECORD, draftsDir, releaseVersion */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(26921);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _stages_package_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2547);
/* harmony import */ var _stages_versions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(54226);
/* harmony import */ var _store_atomic_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(82892);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5891);









const DRAFT_RECORD = "draft.json";
const RELEASE_RECORD = "release.json";
const ManifestSchema = zod__WEBPACK_IMPORTED_MODULE_8__/* .object */ .Ikc({
    product: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(),
    partition: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(),
    version: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(),
});
const DraftRecordSchema = zod__WEBPACK_IMPORTED_MODULE_8__/* .object */ .Ikc({
    product: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(),
    version: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(),
    revision: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(),
    partition: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(),
    created: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(),
});
const ReleaseRecordSchema = zod__WEBPACK_IMPORTED_MODULE_8__/* .object */ .Ikc({
    product: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(),
    version: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(),
    draft: zod__WEBPACK_IMPORTED_MODULE_8__/* .object */ .Ikc({ version: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(), revision: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP() }),
    partition: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(),
    published: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(),
});
function draftsDir(layout, product, version) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(layout.root, "drafts", (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .safeSegment */ .LX)(product));
    return version === undefined ? dir : node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .safeSegment */ .LX)(version));
}
function publishedDir(layout, product, version) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(layout.root, "published", (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .safeSegment */ .LX)(product));
    return version === undefined ? dir : node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .safeSegment */ .LX)(version));
}
const LATEST = "latest";
async function readJson(file, schema) {
    try {
        return schema.parse(JSON.parse(await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().readFile(file, "utf8")));
    }
    catch (error) {
        if (error.code === "ENOENT")
            return undefined;
        throw error;
    }
}
async function children(dir) {
    const names = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().readdir(dir).catch(() => []);
    return names.filter((n) => !n.startsWith(".")).map((n) => decodeURIComponent(n));
}
/** Copy `source` into a fresh folder and rename it to `target`, which must not exist yet. */
async function writeNew(target, dir, fill) {
    const staging = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(target.layout.tmpDir, `publish-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`);
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().mkdir(staging, { recursive: true });
    try {
        await fill(staging);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().mkdir(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir), { recursive: true });
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rename(staging, dir).catch((error) => {
            if (error.code === "ENOTEMPTY" || error.code === "EEXIST")
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(target.layout.root, dir)} exists already and is never overwritten`);
            throw error;
        });
    }
    finally {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(staging, { recursive: true, force: true });
    }
    await target.commit?.(dir);
}
function slug(summary) {
    return summary
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "")
        .slice(0, 40);
}
/** Versions with at least one draft, oldest first. */
async function draftedVersions(layout, product) {
    return (await children(draftsDir(layout, product))).sort(_stages_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .compareVersions */ .Zy);
}
/** The draft revisions of a version, oldest first (`1`, `2-fix-typo`, ...). */
async function draftRevisions(layout, product, version) {
    const revisions = await children(draftsDir(layout, product, version));
    return revisions
        .filter((r) => /^\d+(-|$)/.test(r))
        .sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
}
/** Promote a partition's package to the next draft revision of its version. */
async function promoteToDraft(target, options) {
    const packageDir = target.layout.stageDir(options.product, options.partition, "package");
    const manifest = await readJson(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(packageDir, _stages_package_js__WEBPACK_IMPORTED_MODULE_4__/* .PACKAGE_MANIFEST */ .JS), ManifestSchema);
    if (!manifest)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${options.product} [${options.partition}] has no package in the store; materialize it first`);
    const revisions = await draftRevisions(target.layout, options.product, manifest.version);
    const number = revisions.reduce((n, r) => Math.max(n, parseInt(r, 10)), 0) + 1;
    const label = options.summary ? `${number}-${slug(options.summary)}` : String(number);
    const record = {
        product: options.product,
        version: manifest.version,
        revision: label,
        partition: options.partition,
        created: (target.now?.() ?? new Date()).toISOString(),
    };
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(draftsDir(target.layout, options.product, manifest.version), (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .safeSegment */ .LX)(label));
    await writeNew(target, dir, async (staging) => {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().cp(packageDir, staging, { recursive: true });
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().writeFile(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(staging, DRAFT_RECORD), `${JSON.stringify(record, null, 2)}\n`);
    });
    return record;
}
/** Published versions of a product, oldest first (`latest` is not a version). */
async function publishedVersions(layout, product) {
    const names = await children(publishedDir(layout, product));
    return names.filter((n) => n !== LATEST).sort(_stages_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .compareVersions */ .Zy);
}
async function latestRelease(layout, product) {
    return readJson(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(publishedDir(layout, product), LATEST, RELEASE_RECORD), ReleaseRecordSchema);
}
/** The version a release publishes as: `version`, or its next patch when `patch` and it exists. */
function releaseVersion(version, published, patch) {
    if (!published.includes(version))
        return version;
    if (!patch)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`version ${version} is published already and is never overwritten; give --patch to publish a corrected release`);
    const same = published
        .filter((v) => v === version || v.startsWith(`${version}.`))
        .sort(_stages_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .compareVersions */ .Zy);
    const last = same.at(-1) ?? version;
    let next;
    try {
        next = (0,_stages_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .bumpVersion */ .Bx)(last, "patch");
    }
    catch {
        next = `${version}.${same.length}`;
    }
    if (published.includes(next))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`patch version ${next} is published already`);
    return next;
}
/** Publish a draft as a version (and as `latest`). */
async function publishRelease(target, options) {
    const { layout } = target;
    const revisions = await draftRevisions(layout, options.product, options.version);
    const revision = options.fromDraft ?? revisions.at(-1);
    if (revision === undefined || !revisions.includes(revision)) {
        const known = revisions.join(", ") || "none";
        const which = revision === undefined ? "no draft" : `no draft ${revision}`;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${options.product} ${options.version} has ${which}; drafts: ${known}`);
    }
    const draftDir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(draftsDir(layout, options.product, options.version), (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .safeSegment */ .LX)(revision));
    const draft = await readJson(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(draftDir, DRAFT_RECORD), DraftRecordSchema);
    if (!draft)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`draft ${options.product} ${options.version}/${revision} has no ${DRAFT_RECORD}`);
    const version = releaseVersion(options.version, await publishedVersions(layout, options.product), options.patch ?? false);
    const moveLatest = options.latest ?? true;
    const current = await latestRelease(layout, options.product);
    if (moveLatest && current && (0,_stages_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .compareVersions */ .Zy)(version, current.version) < 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`cannot move latest to ${version}: it is older than latest (${current.version}); give --no-latest`);
    const record = {
        product: options.product,
        version,
        draft: { version: options.version, revision },
        partition: draft.partition,
        published: (target.now?.() ?? new Date()).toISOString(),
    };
    const fill = async (staging) => {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().cp(draftDir, staging, { recursive: true });
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().writeFile(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(staging, RELEASE_RECORD), `${JSON.stringify(record, null, 2)}\n`);
    };
    await writeNew(target, publishedDir(layout, options.product, version), fill);
    if (moveLatest)
        await replaceLatest(target, options.product, fill);
    return record;
}
/**
 * Point `latest` at a version that is published already (after a publish killed between the two
 * writes, or to roll back on purpose, `allowOlder`).
 */
async function moveLatest(target, options) {
    const { layout } = target;
    const dir = publishedDir(layout, options.product, options.version);
    const record = await readJson(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, RELEASE_RECORD), ReleaseRecordSchema);
    if (!record) {
        const known = (await publishedVersions(layout, options.product)).join(", ") || "none";
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${options.product} ${options.version} is not published; published: ${known}`);
    }
    const current = await latestRelease(layout, options.product);
    if (!options.allowOlder && current && (0,_stages_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .compareVersions */ .Zy)(record.version, current.version) < 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${record.version} is older than latest (${current.version}); give --allow-older to roll back`);
    await replaceLatest(target, options.product, (staging) => node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().cp(dir, staging, { recursive: true }));
    return record;
}
/** Swap `latest` for a new copy: the old one stays current until the new one is complete. */
async function replaceLatest(target, product, fill) {
    const latest = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(publishedDir(target.layout, product), LATEST);
    await (0,_store_atomic_js__WEBPACK_IMPORTED_MODULE_6__/* .writeDirAtomically */ .s3)(latest, target.layout.tmpDir, fill);
    await target.commit?.(latest);
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

/***/ 2547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JS: () => (/* binding */ PACKAGE_MANIFEST),
  PQ: () => (/* binding */ packageStage)
});

// UNUSED EXPORTS: archiveName

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/store/layout.ts
var layout = __webpack_require__(5891);
// EXTERNAL MODULE: ./src/stages/build.ts
var build = __webpack_require__(60583);
// EXTERNAL MODULE: ./src/stages/commands.ts
var commands = __webpack_require__(99725);
// EXTERNAL MODULE: ./src/checks/run.ts
var run = __webpack_require__(21416);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/stages/env.ts
var stages_env = __webpack_require__(80048);
;// CONCATENATED MODULE: ./src/stages/checks.ts





/**
 * Run the product's checks over its build output (`dir` holds output/). A failed check of
 * severity `error` stops the package stage with every failure named; warnings are logged and
 * returned with the passes, for the record and the manifest.
 */
async function runProductChecks(ctx, lock, dir) {
    const checks = ctx.product.checks ?? [];
    if (checks.length === 0)
        return [];
    const output = external_node_path_default().join(dir, build/* OUTPUT_DIR */.iK);
    const plan = await (0,build/* buildPlan */.Gg)(ctx);
    const env = (0,stages_env/* commandEnv */.z)({ ctx, lock, stageEnv: plan.stageEnv, outputDir: output });
    const minutes = ctx.product.timeout_minutes;
    const results = await (0,run/* runChecks */.JT)({
        checks,
        dir: output,
        runner: ctx.runner,
        env,
        signal: ctx.signal,
        timeoutMs: minutes === undefined ? undefined : minutes * 60_000,
        s3: ctx.project.settings?.s3,
    });
    for (const result of results)
        ctx.log(`check ${result.name}: ${result.passed ? "passed" : result.severity === "warn" ? "WARN" : "FAILED"} (${result.message})`);
    if ((0,run/* blockingFailures */.P5)(results).length > 0) {
        throw new errors/* StageFailure */.BG(`checks failed, so ${ctx.product.id} is not packaged:\n${(0,run/* describeFailures */.ng)(results)}`, `${ctx.product.id}.package`, ctx.partition.key);
    }
    return results;
}

// EXTERNAL MODULE: ./src/stages/files.ts
var stages_files = __webpack_require__(47232);
// EXTERNAL MODULE: ./src/stages/lock.ts
var stages_lock = __webpack_require__(86072);
// EXTERNAL MODULE: ./src/stages/timings.ts
var stages_timings = __webpack_require__(14024);
;// CONCATENATED MODULE: ./src/stages/package.ts










const PACKAGE_MANIFEST = "manifest.json";
function archiveName(product, partition) {
    return `${(0,layout/* safeSegment */.LX)(product)}-${(0,layout/* safeSegment */.LX)(partition)}.tar.gz`;
}
const packageStage = {
    name: "package",
    async fingerprintInputs(ctx) {
        const command = ctx.product.package_command;
        const checks = ctx.product.checks ?? null;
        if (command === undefined)
            return checks === null ? { packageCommand: null } : { packageCommand: null, checks };
        const { cwd } = await (0,build/* buildPlan */.Gg)(ctx);
        return {
            packageCommand: command,
            timeoutMinutes: ctx.product.timeout_minutes ?? null,
            // The script a package_command runs usually lives in the product directory.
            productDir: cwd === ctx.project.root ? null : await (0,stages_files/* treeDigest */.fZ)(cwd, build/* ignoredInProductDir */.i_),
            ...(checks === null ? {} : { checks }),
        };
    },
    async run(ctx, outDir) {
        const started = new Date();
        const buildDir = ctx.layout.stageDir(ctx.product.id, ctx.partition.key, "build");
        const lock = await (0,stages_lock/* readLock */.mF)(buildDir, asset(ctx), ctx.partition.key);
        const buildOutput = external_node_path_default().join(buildDir, build/* OUTPUT_DIR */.iK);
        if (await (0,stages_files/* exists */.t2)(buildOutput))
            await (0,stages_files/* copyTree */.EL)(buildOutput, external_node_path_default().join(outDir, build/* OUTPUT_DIR */.iK));
        else
            await promises_default().mkdir(external_node_path_default().join(outDir, build/* OUTPUT_DIR */.iK));
        const checks = await runProductChecks(ctx, lock, outDir);
        const packageCommand = await runPackageCommand(ctx, lock, outDir);
        const archive = archiveName(ctx.product.id, ctx.partition.key);
        const timings = [...(await (0,stages_timings/* readTimings */.kF)(buildDir)), (0,stages_timings/* timing */.N9)("package", ctx.runId, started)];
        const manifest = await packageManifest({
            ctx,
            lock,
            outDir,
            archive,
            timings,
            packageCommand,
            checks,
        });
        await promises_default().writeFile(external_node_path_default().join(outDir, PACKAGE_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
        const archivePath = external_node_path_default().join(outDir, archive);
        const { createArchive } = await Promise.all(/* import() */[__webpack_require__.e(6118), __webpack_require__.e(9397)]).then(__webpack_require__.bind(__webpack_require__, 49397));
        const written = await createArchive({
            dir: outDir,
            exclude: [archive, stages_timings/* STAGE_RECORD */.rS],
            archive: archivePath,
            signal: ctx.signal,
        });
        await (0,stages_timings/* writeStageRecord */.nW)(outDir, [
            ...timings.slice(0, -1),
            (0,stages_timings/* timing */.N9)("package", ctx.runId, started),
        ]);
        ctx.log(`packaged ${manifest.files.length} files into ${archive} (${written.bytes} bytes)`);
        return {
            metadata: {
                archive,
                bytes: written.bytes,
                sha256: written.sha256,
                files: manifest.files.length,
                ...(checks.length > 0 ? { checks } : {}),
            },
        };
    },
};
function asset(ctx) {
    return `${ctx.product.id}.package`;
}
/** The optional `package_command`, run with the build's environment plus `LIFECYCLE_PACKAGE_DIR`. */
async function runPackageCommand(ctx, lock, outDir) {
    const run = ctx.product.package_command;
    if (run === undefined || run.trim() === "")
        return undefined;
    const plan = await (0,build/* buildPlan */.Gg)(ctx);
    const env = (0,stages_env/* commandEnv */.z)({
        ctx,
        lock,
        stageEnv: plan.stageEnv,
        outputDir: external_node_path_default().join(outDir, build/* OUTPUT_DIR */.iK),
        extra: { LIFECYCLE_PACKAGE_DIR: outDir },
    });
    const minutes = ctx.product.timeout_minutes;
    const records = [];
    const logDir = external_node_path_default().join(outDir, build/* LOGS_DIR */.c6);
    const failed = await (0,commands/* runCommandList */.B1)({
        ctx,
        commands: [{ name: "package_command", run }],
        cwd: plan.cwd,
        env,
        logDir,
        deadline: minutes === undefined ? undefined : Date.now() + minutes * 60_000,
        attempt: 1,
        records,
    });
    if (failed) {
        const kept = await (0,commands/* keepFailedLogs */.wE)(ctx, "package", logDir);
        throw (0,commands/* commandFailure */._I)(failed, asset(ctx), ctx.partition.key, kept);
    }
    return records[0];
}
async function packageManifest(options) {
    const { ctx, lock } = options;
    const skipped = new Set([PACKAGE_MANIFEST, options.archive, stages_timings/* STAGE_RECORD */.rS]);
    const files = await (0,stages_files/* describeFiles */.LG)(options.outDir, { skip: (relative) => skipped.has(relative) });
    const commit = await gitCommit(ctx);
    return {
        product: ctx.product.id,
        partition: ctx.partition.key,
        // The version the plan chose (a starter partition's comes from the recipe's version_strategy).
        version: lock.version?.value ?? ctx.partition.version,
        ...(lock.version ? { version_strategy: lock.version.strategy } : {}),
        note: ctx.partition.note,
        ...(ctx.partition.dimensions ? { dimensions: ctx.partition.dimensions } : {}),
        recipe: lock.recipe,
        // The locked input versions: what copy_latest_release reads back from the latest release.
        inputs: lock.inputs.map(({ dataset, version, import_as }) => ({ dataset, version, import_as })),
        ...(commit ? { git: { commit } } : {}),
        files,
        timings: options.timings,
        ...(options.packageCommand
            ? {
                package_command: {
                    exitCode: options.packageCommand.exitCode,
                    durationMs: options.packageCommand.durationMs,
                },
            }
            : {}),
        ...(options.checks.length > 0 ? { checks: options.checks } : {}),
        runId: ctx.runId,
    };
}
let cachedCommit;
/** The project's git commit, read once per run (one `git rev-parse HEAD` for every product). */
function gitCommit(ctx) {
    const key = `${ctx.project.root}\0${ctx.runId}`;
    if (cachedCommit?.key !== key)
        cachedCommit = { key, commit: readGitCommit(ctx) };
    return cachedCommit.commit;
}
/** `git rev-parse HEAD` in the project root; undefined when it is not a git checkout. */
async function readGitCommit(ctx) {
    let output = "";
    try {
        const result = await ctx.runner.run("git rev-parse HEAD 2>/dev/null", {
            cwd: ctx.project.root,
            env: process.env,
            onOutput: (chunk, stream) => {
                if (stream === "stdout")
                    output += chunk;
            },
        });
        const commit = output.trim();
        return result.exitCode === 0 && /^[0-9a-f]{40,64}$/.test(commit) ? commit : undefined;
    }
    catch {
        return undefined; // git is not installed
    }
}


/***/ }),

/***/ 82892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ax: () => (/* binding */ removeAbandonedStaging),
/* harmony export */   lo: () => (/* binding */ writeFileAtomically),
/* harmony export */   s3: () => (/* binding */ writeDirAtomically),
/* harmony export */   zv: () => (/* binding */ recoverInterruptedPromotions)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(26921);
/* harmony import */ var _process_identity_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46031);






/**
 * Write a directory atomically: `write` fills a fresh staging directory inside `tmpDir` (same
 * filesystem as the target), which then replaces `target` by rename. If `write` throws or the
 * process dies, `target` keeps its previous content. What a killed writer leaves in `tmpDir` is
 * repaired by the next writer that takes the store lock (`src/store/lock.ts`), never here: another
 * process's promotion may be in flight.
 */
async function writeDirAtomically(target, tmpDir, write) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().mkdir(tmpDir, { recursive: true });
    const staging = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmpDir, `${STAGING_PREFIX}${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`);
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().mkdir(staging, { recursive: true });
    try {
        const result = await write(staging);
        await promote(staging, target, tmpDir);
        return result;
    }
    catch (error) {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(staging, { recursive: true, force: true });
        throw error;
    }
}
const STAGING_PREFIX = "stage-";
async function promote(staging, target, tmpDir) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().mkdir(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(target), { recursive: true });
    const retired = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmpDir, `old-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`);
    const journal = `${retired}.json`;
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().writeFile(journal, JSON.stringify({ target, ...(0,_process_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .thisProcess */ .WF)() }));
    const hadPrevious = await rename(target, retired);
    try {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rename(staging, target);
    }
    catch (error) {
        if (hadPrevious)
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rename(retired, target);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(journal, { force: true });
        throw error;
    }
    if (hadPrevious)
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(retired, { recursive: true, force: true });
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(journal, { force: true });
}
/**
 * A process killed between the two renames of a promotion leaves its previous output aside in
 * `tmpDir` with nothing at the target. Put such outputs back; drop the ones already replaced.
 * Call it only while holding the store lock (`acquireStoreLock` does): a journal whose process
 * is alive on this host is still left alone, as it may be a promotion in flight.
 */
async function recoverInterruptedPromotions(tmpDir) {
    const entries = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().readdir(tmpDir).catch(() => []);
    for (const entry of entries.filter((e) => e.startsWith("old-") && e.endsWith(".json"))) {
        const journal = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmpDir, entry);
        const retired = journal.slice(0, -".json".length);
        const record = await readJournal(journal);
        if (!record || isInFlight(record))
            continue;
        if (!(await exists(record.target)) && (await exists(retired))) {
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().mkdir(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(record.target), { recursive: true });
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rename(retired, record.target);
        }
        else {
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(retired, { recursive: true, force: true });
        }
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(journal, { force: true });
    }
}
/**
 * Delete the staging directories of writers that were killed before promoting (they are never
 * read). Only while holding the store lock: a live writer's staging directory looks the same.
 */
async function removeAbandonedStaging(tmpDir) {
    const entries = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().readdir(tmpDir).catch(() => []);
    for (const entry of entries.filter((e) => e.startsWith(STAGING_PREFIX)))
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmpDir, entry), { recursive: true, force: true });
}
const JournalSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    target: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    pid: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
    hostname: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    processStart: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    bootId: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
});
async function readJournal(file) {
    try {
        const parsed = JournalSchema.safeParse(JSON.parse(await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().readFile(file, "utf8")));
        return parsed.success ? parsed.data : undefined;
    }
    catch {
        // A journal torn by a kill: its promotion never started moving anything.
        return undefined;
    }
}
/**
 * Whether the journal's process (maybe this one) may still be promoting. A pid is only meaningful
 * on its own host; under the lock, another host's writer is finished. Journals written before
 * the store lock carry only a pid.
 */
function isInFlight(record) {
    if (record.hostname !== undefined && record.hostname !== node_os__WEBPACK_IMPORTED_MODULE_2___default().hostname())
        return false;
    return (0,_process_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .isStillRunning */ .QT)(record);
}
async function exists(file) {
    return node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().access(file).then(() => true, () => false);
}
async function rename(from, to) {
    try {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rename(from, to);
        return true;
    }
    catch (error) {
        if (error.code === "ENOENT")
            return false;
        throw error;
    }
}
/** Write a file atomically (temp file in the same directory, then rename). */
async function writeFileAtomically(file, data) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().mkdir(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file), { recursive: true });
    const temp = `${file}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}.tmp`;
    try {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().writeFile(temp, data);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rename(temp, file);
    }
    catch (error) {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(temp, { force: true });
        throw error;
    }
}


/***/ }),

/***/ 18372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F$: () => (/* binding */ newRunId),
/* harmony export */   Ib: () => (/* binding */ appendEvents),
/* harmony export */   Mk: () => (/* binding */ eventKey),
/* harmony export */   pw: () => (/* binding */ EventRecordSchema),
/* harmony export */   vu: () => (/* binding */ EventLog),
/* harmony export */   wj: () => (/* binding */ readEvents)
/* harmony export */ });
/* unused harmony exports EVENT_STATUSES, latestEvents */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26921);




const EVENT_STATUSES = ["success", "failed", "cancelled", "skipped"];
/** One materialisation record, one JSON object per line of `events.jsonl`. */
const EventRecordSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    asset: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    partition: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    status: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(EVENT_STATUSES),
    /** ISO timestamps. */
    start: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    end: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
    runId: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    fingerprint: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    metadata: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J()).default({}),
    error: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
});
/** A run's id: when it started, and a random suffix (`2026-11-22T05-30-50-123Z-1a2b3c4d`). */
function newRunId(now = new Date()) {
    return `${now.toISOString().replace(/[:.]/g, "-")}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)().slice(0, 8)}`;
}
/**
 * Append records to the event log. One `appendFile` call per batch: O_APPEND writes of one line
 * each are not interleaved with other writers on a local filesystem.
 */
async function appendEvents(layout, records) {
    if (records.length === 0)
        return;
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().mkdir(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(layout.eventsFile), { recursive: true });
    const prefix = (await endsWithPartialLine(layout.eventsFile)) ? "\n" : "";
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().appendFile(layout.eventsFile, prefix + records.map(toLine).join(""));
}
/**
 * The event log of one run: records appended in order, batched while a write is in flight. The
 * torn-tail check runs once, before the first write.
 */
class EventLog {
    layout;
    sink;
    pending = [];
    writing = Promise.resolve();
    first = true;
    failure;
    /** Records go to `sink` (a store's EventStore), or to the local log of `layout`. */
    constructor(layout, sink) {
        this.layout = layout;
        this.sink = sink;
    }
    append(record) {
        this.pending.push(record);
        if (this.pending.length === 1)
            this.writing = this.writing.then(() => this.flush());
    }
    /** Resolves once every appended record is written; rejects if a write failed. */
    async settled() {
        await this.writing;
        if (this.failure !== undefined)
            throw this.failure;
    }
    async flush() {
        const batch = this.pending;
        this.pending = [];
        try {
            if (this.sink)
                await this.sink.append(batch);
            else if (this.first)
                await appendEvents(this.layout, batch);
            else
                await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().appendFile(this.layout.eventsFile, batch.map(toLine).join(""));
            this.first = false;
        }
        catch (error) {
            this.failure ??= error;
        }
    }
}
function toLine(record) {
    return `${JSON.stringify(record)}\n`;
}
/** A process killed mid-write leaves a torn last line; start on a fresh line so the next record is whole. */
async function endsWithPartialLine(file) {
    let handle;
    try {
        handle = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().open(file, "r");
        const { size } = await handle.stat();
        if (size === 0)
            return false;
        const last = Buffer.alloc(1);
        await handle.read(last, 0, 1, size - 1);
        return last[0] !== 0x0a;
    }
    catch (error) {
        if (error.code === "ENOENT")
            return false;
        throw error;
    }
    finally {
        await handle?.close();
    }
}
/** Every readable record, oldest first. Lines that are not a whole, valid record (a torn write) are skipped. */
async function readEvents(layout) {
    let text;
    try {
        text = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().readFile(layout.eventsFile, "utf8");
    }
    catch (error) {
        if (error.code === "ENOENT")
            return [];
        throw error;
    }
    const records = [];
    for (const line of text.split("\n")) {
        if (line.trim() === "")
            continue;
        const record = parseLine(line);
        if (record)
            records.push(record);
    }
    return records;
}
function parseLine(line) {
    try {
        const parsed = EventRecordSchema.safeParse(JSON.parse(line));
        return parsed.success ? parsed.data : undefined;
    }
    catch {
        return undefined;
    }
}
function eventKey(asset, partition) {
    return `${asset}\u0000${partition}`;
}
/** The latest record per (asset, partition), and the latest success per (asset, partition). */
function latestEvents(records) {
    const last = new Map();
    const lastSuccess = new Map();
    for (const record of records) {
        const key = eventKey(record.asset, record.partition);
        last.set(key, record);
        if (record.status === "success")
            lastSuccess.set(key, record);
    }
    return { last, lastSuccess };
}


/***/ }),

/***/ 46031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QT: () => (/* binding */ isStillRunning),
/* harmony export */   WF: () => (/* binding */ thisProcess)
/* harmony export */ });
/* unused harmony exports isProcessAlive, processStart, currentBootId */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);


/** This process, as recorded in a lock or journal. */
function thisProcess() {
    const processStarted = processStart(process.pid);
    const bootId = currentBootId();
    return {
        pid: process.pid,
        hostname: node_os__WEBPACK_IMPORTED_MODULE_1___default().hostname(),
        ...(processStarted !== undefined ? { processStart: processStarted } : {}),
        ...(bootId !== undefined ? { bootId } : {}),
    };
}
/**
 * Whether the process `identity` names still runs. Only meaningful on its own host (the caller
 * checks `hostname`). False when the pid is gone, the machine rebooted since, or the pid now
 * names a process that started at another time (pid reuse).
 */
function isStillRunning(identity) {
    const bootId = currentBootId();
    if (identity.bootId !== undefined && bootId !== undefined && identity.bootId !== bootId)
        return false;
    if (!isProcessAlive(identity.pid))
        return false;
    const started = processStart(identity.pid);
    return (identity.processStart === undefined ||
        started === undefined ||
        started === identity.processStart);
}
/** Whether a pid exists on this host (EPERM: it does, owned by another user). */
function isProcessAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === "EPERM";
    }
}
/** Linux: the process's start time in clock ticks after boot (field 22 of /proc/<pid>/stat). */
function processStart(pid) {
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`/proc/${pid}/stat`, "utf8");
        return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
    }
    catch {
        return undefined;
    }
}
/** Linux: changes at every boot, so pids recorded before a reboot mean nothing. */
function currentBootId() {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)("/proc/sys/kernel/random/boot_id", "utf8").trim() || undefined;
    }
    catch {
        return undefined;
    }
}


/***/ })

};

//# sourceMappingURL=8421.index.js.map