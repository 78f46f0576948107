export const id = 6350;
export const ids = [6350];
export const modules = {

/***/ 86350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UE: () => (/* binding */ draftRevisions),
  Sh: () => (/* reexport */ draftUnit),
  eS: () => (/* binding */ draftedVersions),
  JF: () => (/* binding */ latestRelease),
  ym: () => (/* reexport */ latestUnit),
  f0: () => (/* binding */ moveLatest),
  lo: () => (/* binding */ promoteToDraft),
  Dl: () => (/* binding */ publishRelease),
  Vx: () => (/* reexport */ publishedUnit),
  y0: () => (/* binding */ publishedVersions)
});

// UNUSED EXPORTS: DRAFT_RECORD, RELEASE_RECORD, publishedDir

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(26921);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/stages/package.ts + 1 modules
var stages_package = __webpack_require__(2547);
// EXTERNAL MODULE: ./src/stages/versions.ts
var versions = __webpack_require__(54226);
;// CONCATENATED MODULE: ./src/publish/release-version.ts


/** The version a release publishes as: `version`, or its next patch when `patch` and it exists. */
function releaseVersion(version, published, patch) {
    if (!published.includes(version))
        return version;
    if (!patch)
        throw new errors/* UsageError */.eb(`version ${version} is published already and is never overwritten; give --patch to publish a corrected release`);
    const same = published
        .filter((v) => v === version || v.startsWith(`${version}.`))
        .sort(versions/* compareVersions */.Zy);
    const last = same.at(-1) ?? version;
    let next;
    try {
        next = (0,versions/* bumpVersion */.Bx)(last, "patch");
    }
    catch {
        next = `${version}.${same.length}`;
    }
    if (published.includes(next))
        throw new errors/* UsageError */.eb(`patch version ${next} is published already`);
    return next;
}

// EXTERNAL MODULE: ./src/store/atomic.ts
var atomic = __webpack_require__(82892);
// EXTERNAL MODULE: ./src/store/layout.ts
var store_layout = __webpack_require__(5891);
// EXTERNAL MODULE: ./src/store/s3-units.ts
var s3_units = __webpack_require__(55029);
;// CONCATENATED MODULE: ./src/publish/units.ts


/** Not a version: the alias of the version published last (`published/<p>/latest`). */
const LATEST = "latest";
/** The unit of a draft revision, a published version or `latest`, by the segments of its path. */
function draftUnit(product, version, revision) {
    return unitPath("drafts", product, version, revision);
}
function publishedUnit(product, version) {
    return unitPath("published", product, version);
}
const latestUnit = (product) => publishedUnit(product, LATEST);
function unitPath(top, ...segments) {
    const given = segments.filter((s) => s !== undefined);
    return [top, ...given.map(store_layout/* safeSegment */.LX)].join("/");
}
function publishedDir(layout, product, version) {
    return external_node_path_default().join(layout.root, publishedUnit(product, version));
}

;// CONCATENATED MODULE: ./src/publish/publish.ts














const ManifestSchema = schemas/* object */.Ikc({
    product: schemas/* string */.YjP(),
    partition: schemas/* string */.YjP(),
    version: schemas/* string */.YjP(),
});
const DraftRecordSchema = schemas/* object */.Ikc({
    product: schemas/* string */.YjP(),
    version: schemas/* string */.YjP(),
    revision: schemas/* string */.YjP(),
    partition: schemas/* string */.YjP(),
    created: schemas/* string */.YjP(),
});
const ReleaseRecordSchema = schemas/* object */.Ikc({
    product: schemas/* string */.YjP(),
    version: schemas/* string */.YjP(),
    draft: schemas/* object */.Ikc({ version: schemas/* string */.YjP(), revision: schemas/* string */.YjP() }),
    partition: schemas/* string */.YjP(),
    published: schemas/* string */.YjP(),
});
async function readJson(file, schema) {
    try {
        return schema.parse(JSON.parse(await promises_default().readFile(file, "utf8")));
    }
    catch (error) {
        if (error.code === "ENOENT")
            return undefined;
        throw error;
    }
}
/** The next path segment of every unit under `prefix/`, decoded, without repeats. */
async function childrenOf(store, prefix) {
    const units = await store.listUnits(`${prefix}/`);
    const names = units.map((u) => u.slice(prefix.length + 1).split("/")[0] ?? "");
    return [...new Set(names.filter((n) => n !== "").map((n) => decodeURIComponent(n)))];
}
/**
 * Write a new unit: fill a staging folder, rename it into place, commit it. Refused when the unit
 * exists; a publisher that got there first between this check and the commit wins (the store's
 * commit expects no pointer), and this one is refused too.
 */
async function writeNew(target, unit, fill) {
    const { layout } = target.store;
    const refused = () => new errors/* UsageError */.eb(`${unit} exists already and is never overwritten`);
    if ((await target.store.listUnits(unit)).includes(unit))
        throw refused();
    const staging = external_node_path_default().join(layout.tmpDir, `publish-${(0,external_node_crypto_.randomUUID)()}`);
    await promises_default().mkdir(staging, { recursive: true });
    const dir = external_node_path_default().join(layout.root, unit);
    try {
        await fill(staging);
        await promises_default().mkdir(external_node_path_default().dirname(dir), { recursive: true });
        await promises_default().rename(staging, dir).catch((error) => {
            if (error.code === "ENOTEMPTY" || error.code === "EEXIST")
                throw refused();
            throw error;
        });
    }
    finally {
        await promises_default().rm(staging, { recursive: true, force: true });
    }
    try {
        await target.store.commit(unit, target.runId);
    }
    catch (error) {
        if (!(error instanceof s3_units/* StoreConflictError */.y))
            throw error;
        throw new errors/* UsageError */.eb(`${unit} was written by another publisher while this one was uploading; it is never overwritten (${error.message})`);
    }
}
function slug(summary) {
    return summary
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "")
        .slice(0, 40);
}
/** Versions with at least one draft, oldest first. */
async function draftedVersions(store, product) {
    return (await childrenOf(store, draftUnit(product))).sort(versions/* compareVersions */.Zy);
}
/** The draft revisions of a version, oldest first (`1`, `2-fix-typo`, ...). */
async function draftRevisions(store, product, version) {
    const revisions = await childrenOf(store, draftUnit(product, version));
    return revisions
        .filter((r) => /^\d+(-|$)/.test(r))
        .sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
}
/** Promote a partition's package to the next draft revision of its version. */
async function promoteToDraft(target, options) {
    const packageDir = target.store.layout.stageDir(options.product, options.partition, "package");
    const manifest = await readJson(external_node_path_default().join(packageDir, stages_package/* PACKAGE_MANIFEST */.JS), ManifestSchema);
    if (!manifest)
        throw new errors/* UsageError */.eb(`${options.product} [${options.partition}] has no package in the store; materialize it first`);
    const revisions = await draftRevisions(target.store, options.product, manifest.version);
    const number = revisions.reduce((n, r) => Math.max(n, parseInt(r, 10)), 0) + 1;
    const label = options.summary ? `${number}-${slug(options.summary)}` : String(number);
    const record = {
        product: options.product,
        version: manifest.version,
        revision: label,
        partition: options.partition,
        created: (target.now?.() ?? new Date()).toISOString(),
    };
    const unit = draftUnit(options.product, manifest.version, label);
    await writeNew(target, unit, async (staging) => {
        await promises_default().cp(packageDir, staging, { recursive: true });
        await promises_default().writeFile(external_node_path_default().join(staging, store_layout/* DRAFT_RECORD */.iO), `${JSON.stringify(record, null, 2)}\n`);
    });
    return record;
}
/** Published versions of a product, oldest first (`latest` is not a version). */
async function publishedVersions(store, product) {
    const names = await childrenOf(store, publishedUnit(product));
    return names.filter((n) => n !== LATEST).sort(versions/* compareVersions */.Zy);
}
async function latestRelease(layout, product) {
    return readJson(external_node_path_default().join(publishedDir(layout, product), LATEST, store_layout/* RELEASE_RECORD */.oS), ReleaseRecordSchema);
}
/** Publish a draft as a version (and as `latest`). */
async function publishRelease(target, options) {
    const { layout } = target.store;
    const revisions = await draftRevisions(target.store, options.product, options.version);
    const revision = options.fromDraft ?? revisions.at(-1);
    if (revision === undefined || !revisions.includes(revision)) {
        const known = revisions.join(", ") || "none";
        const which = revision === undefined ? "no draft" : `no draft ${revision}`;
        throw new errors/* UsageError */.eb(`${options.product} ${options.version} has ${which}; drafts: ${known}`);
    }
    const draftDir = external_node_path_default().join(layout.root, draftUnit(options.product, options.version, revision));
    const draft = await readJson(external_node_path_default().join(draftDir, store_layout/* DRAFT_RECORD */.iO), DraftRecordSchema);
    if (!draft)
        throw new errors/* UsageError */.eb(`draft ${options.product} ${options.version}/${revision} has no ${store_layout/* DRAFT_RECORD */.iO}`);
    const version = releaseVersion(options.version, await publishedVersions(target.store, options.product), options.patch ?? false);
    const moveLatest = options.latest ?? true;
    const current = await latestRelease(layout, options.product);
    if (moveLatest && current && (0,versions/* compareVersions */.Zy)(version, current.version) < 0)
        throw new errors/* UsageError */.eb(`cannot move latest to ${version}: it is older than latest (${current.version}); give --no-latest`);
    const record = {
        product: options.product,
        version,
        draft: { version: options.version, revision },
        partition: draft.partition,
        published: (target.now?.() ?? new Date()).toISOString(),
    };
    const fill = async (staging) => {
        await promises_default().cp(draftDir, staging, { recursive: true });
        await promises_default().writeFile(external_node_path_default().join(staging, store_layout/* RELEASE_RECORD */.oS), `${JSON.stringify(record, null, 2)}\n`);
    };
    await writeNew(target, publishedUnit(options.product, version), fill);
    if (moveLatest)
        await replaceLatest(target, options.product, version);
    return record;
}
/**
 * Point `latest` at a version that is published already (after a publish killed between the two
 * writes, or to roll back on purpose, `allowOlder`).
 */
async function moveLatest(target, options) {
    const { layout } = target.store;
    const dir = publishedDir(layout, options.product, options.version);
    const record = await readJson(external_node_path_default().join(dir, store_layout/* RELEASE_RECORD */.oS), ReleaseRecordSchema);
    if (!record) {
        const known = (await publishedVersions(target.store, options.product)).join(", ") || "none";
        throw new errors/* UsageError */.eb(`${options.product} ${options.version} is not published; published: ${known}`);
    }
    const current = await latestRelease(layout, options.product);
    if (!options.allowOlder && current && (0,versions/* compareVersions */.Zy)(record.version, current.version) < 0)
        throw new errors/* UsageError */.eb(`${record.version} is older than latest (${current.version}); give --allow-older to roll back`);
    await replaceLatest(target, options.product, options.version);
    return record;
}
/**
 * Swap `latest` for a copy of the published `version`: the old one stays current until the new one
 * is complete (locally a rename; on S3 one conditional write of a pointer to the version's files).
 */
async function replaceLatest(target, product, version) {
    const { layout } = target.store;
    const source = publishedDir(layout, product, version);
    await (0,atomic/* writeDirAtomically */.s3)(external_node_path_default().join(layout.root, latestUnit(product)), layout.tmpDir, (staging) => promises_default().cp(source, staging, { recursive: true }));
    try {
        await target.store.commitAlias(latestUnit(product), publishedUnit(product, version), target.runId);
    }
    catch (error) {
        if (!(error instanceof s3_units/* StoreConflictError */.y))
            throw error;
        throw new errors/* UsageError */.eb(`${product} ${version} is published, but another publisher moved latest meanwhile, so latest was left as that one made it; check with \`lifecycle publish list ${product}\` and move it with \`lifecycle publish latest ${product} --version ${version}\` (${error.message})`);
    }
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

/***/ 55029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ S3Units),
/* harmony export */   y: () => (/* binding */ StoreConflictError)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _limit_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(96974);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38898);







/** Another run made the unit current after this run read it: this run's output stays unreferenced. */
class StoreConflictError extends Error {
    name = "StoreConflictError";
}
/**
 * Units (stage outputs, dataset versions) in a bucket. Layout under the prefix:
 *   refs/<unit>.json                      the pointer: which manifest is current
 *   <unit>/manifests/<runId>.json         every file of one commit, with sha256
 *   <unit>/objects/<runId>/<file>         the files of that commit
 * A commit uploads files, then the manifest, then writes the pointer (conditionally); readers
 * only follow pointers, so they never see a half-written upload.
 */
class S3Units {
    s3;
    prefix;
    cache;
    conditional;
    constructor(s3, prefix, cache, 
    /** False: the server ignores If-Match/If-None-Match; a lock object and read-back stand in. */
    conditional) {
        this.s3 = s3;
        this.prefix = prefix;
        this.cache = cache;
        this.conditional = conditional;
    }
    key(relative) {
        return this.prefix === "" ? relative : `${this.prefix}/${relative}`;
    }
    /** Every current unit with its pointer's ETag: one LIST request per 1,000 units. */
    async listPointers() {
        const refs = this.key("refs/");
        const out = new Map();
        for await (const object of this.s3.list(refs))
            if (object.key.endsWith(".json"))
                out.set(object.key.slice(refs.length, -5), object.etag);
        return out;
    }
    /**
     * Materialise every current unit `only` accepts into `root`; files come from the read cache
     * when it has them. The state returned holds every pointer listed (materialised or not), so a
     * later commit of any unit is conditional on the pointer as it was now.
     */
    async pull(root, only) {
        const pointers = await this.listPointers();
        const units = [...pointers].filter(([unit]) => only?.(unit) ?? true);
        await (0,_limit_js__WEBPACK_IMPORTED_MODULE_6__/* .mapLimit */ .s)(units, 16, async ([unit, etag]) => {
            const pointer = await this.readPointer(unit, etag);
            const manifest = await this.readManifest(pointer);
            await this.materialize(root, unit, manifest);
        });
        return pointers;
    }
    /** The pointer, from the local cache when its ETag is the one listed (no request). */
    async readPointer(unit, etag) {
        const cached = this.pointerCacheFile(unit);
        try {
            const saved = JSON.parse(await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().readFile(cached, "utf8"));
            if (saved.etag === etag)
                return _units_js__WEBPACK_IMPORTED_MODULE_5__/* .PointerSchema */ .zj.parse(saved.body);
        }
        catch {
            // Not cached yet.
        }
        const key = this.key(`refs/${unit}.json`);
        const got = await this.s3.get(key);
        if (!got)
            throw new Error(`s3://${this.s3.bucket}/${key}: the pointer is gone`);
        const pointer = _units_js__WEBPACK_IMPORTED_MODULE_5__/* .PointerSchema */ .zj.parse(JSON.parse(got.body.toString("utf8")));
        await this.cachePointer(unit, got.etag, pointer);
        return pointer;
    }
    pointerCacheFile(unit) {
        return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.cache.dir, "refs", sha(`${this.s3.bucket}/${this.key(unit)}`));
    }
    /** Remember the pointer under its ETag; written atomically (concurrent runs share the cache). */
    async cachePointer(unit, etag, pointer) {
        const file = this.pointerCacheFile(unit);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().mkdir(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file), { recursive: true });
        const temp = `${file}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}.tmp`;
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().writeFile(temp, JSON.stringify({ etag, body: pointer }));
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().rename(temp, file);
    }
    async readManifest(pointer) {
        const key = this.key(pointer.manifest);
        await this.cache.fill(pointer.sha256, `s3://${this.s3.bucket}/${key}`, async (file) => {
            if (!(await this.s3.download(key, file)))
                throw new Error(`s3://${this.s3.bucket}/${key}: the manifest a pointer names is missing`);
        });
        return _units_js__WEBPACK_IMPORTED_MODULE_5__/* .ManifestSchema */ .pL.parse(JSON.parse(await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().readFile(this.cache.file(pointer.sha256), "utf8")));
    }
    /** Download every object of the unit's current commit and hash it: the files as stored. */
    async verify(tmpDir, unit, etag, files) {
        const objects = objectsOf(await this.readPointer(unit, etag));
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().mkdir(tmpDir, { recursive: true });
        const dir = await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().mkdtemp(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmpDir, "verify-"));
        try {
            return await (0,_limit_js__WEBPACK_IMPORTED_MODULE_6__/* .mapLimit */ .s)([...files], 8, async (file) => {
                if ("link" in file)
                    return file;
                const key = this.key(`${objects}/${file.path}`);
                const got = await this.s3.download(key, node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, String(files.indexOf(file))));
                if (!got)
                    throw new Error(`s3://${this.s3.bucket}/${key}: missing`);
                return { path: file.path, sha256: got.sha256, bytes: got.bytes };
            });
        }
        finally {
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().rm(dir, { recursive: true, force: true });
        }
    }
    async materialize(root, unit, manifest) {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(root, unit);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().rm(dir, { recursive: true, force: true });
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().mkdir(dir, { recursive: true });
        await (0,_limit_js__WEBPACK_IMPORTED_MODULE_6__/* .mapLimit */ .s)(manifest.files, 8, async (file) => {
            (0,_units_js__WEBPACK_IMPORTED_MODULE_5__/* .checkManifestPath */ .LD)(file.path, `${unit} manifest ${manifest.runId}`);
            (0,_units_js__WEBPACK_IMPORTED_MODULE_5__/* .checkManifestPath */ .LD)(manifest.unit, `${unit} manifest ${manifest.runId}: unit`);
            const target = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, file.path);
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().mkdir(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(target), { recursive: true });
            if ("link" in file)
                return node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().symlink(file.link, target);
            // An alias (`published/<p>/latest`) names another unit's manifest: its files are that unit's.
            const key = this.key(`${manifest.unit}/objects/${manifest.runId}/${file.path}`);
            await this.cache.fill(file.sha256, `s3://${this.s3.bucket}/${key}`, async (temp) => {
                if (!(await this.s3.download(key, temp)))
                    throw new Error(`s3://${this.s3.bucket}/${key}: listed in a manifest but missing`);
            });
            await this.cache.materialize(file.sha256, target);
        });
    }
    /**
     * Upload `root/unit` under this run's prefix, then make it current, provided the pointer is
     * still the one this run started from (`expected`; undefined: there was none). Resolves to the
     * new pointer's ETag; throws StoreConflictError when another run moved the pointer.
     */
    async commit(root, unit, runId, expected) {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(root, unit);
        const files = await (0,_units_js__WEBPACK_IMPORTED_MODULE_5__/* .listUnitFiles */ .et)(dir);
        await (0,_limit_js__WEBPACK_IMPORTED_MODULE_6__/* .mapLimit */ .s)(files, 8, async (file) => {
            if ("link" in file)
                return;
            const local = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, file.path);
            const key = this.key(`${unit}/objects/${runId}/${file.path}`);
            await this.s3.put(key, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(local), {}, file.bytes);
            await this.cache.add(file.sha256, local);
        });
        const committedAt = new Date().toISOString();
        const manifest = { format: 1, unit, runId, committedAt, files };
        const body = `${JSON.stringify(manifest)}\n`;
        const manifestKey = `${unit}/manifests/${runId}.json`;
        await this.s3.put(this.key(manifestKey), body);
        const pointer = {
            format: 1,
            manifest: manifestKey,
            sha256: sha(body),
            runId,
            committedAt,
        };
        const etag = await this.movePointer(unit, pointer, expected);
        // The next run on this machine then reads neither the pointer nor the manifest back.
        await this.cache.fill(pointer.sha256, manifestKey, (temp) => node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().writeFile(temp, body));
        await this.cachePointer(unit, etag, pointer);
        return etag;
    }
    /**
     * Make `unit` current with exactly the files `of` has now (`ofEtag`: its pointer's ETag), by one
     * conditional write of a pointer naming `of`'s manifest: nothing is uploaded. Resolves to the new
     * pointer's ETag; throws StoreConflictError when another run moved `unit`'s pointer.
     */
    async alias(unit, of, runId, expected) {
        const target = await this.readPointer(of.unit, of.etag);
        const pointer = { ...target, runId, committedAt: new Date().toISOString() };
        return this.movePointer(unit, pointer, expected);
    }
    async movePointer(unit, pointer, expected) {
        const key = this.key(`refs/${unit}.json`);
        const body = `${JSON.stringify(pointer)}\n`;
        if (!this.conditional)
            return this.movePointerLocked(unit, key, body, pointer, expected);
        const condition = expected === undefined ? { ifNoneMatch: "*" } : { ifMatch: expected };
        const result = await this.s3.put(key, body, condition);
        if (result === "conflict")
            throw await this.conflict(unit, key, pointer.runId);
        return result.etag;
    }
    /** For servers without conditional writes: a lock object, then read-after-write checks. */
    async movePointerLocked(unit, key, body, pointer, expected) {
        const lockKey = `${key}.lock`;
        const token = `${pointer.runId}:${Math.random().toString(36).slice(2)}`;
        const held = await this.s3.get(lockKey);
        const heldBy = held
            ? JSON.parse(held.body.toString())
            : undefined;
        if (heldBy && heldBy.until > Date.now())
            throw await this.conflict(unit, key, pointer.runId);
        await this.s3.put(lockKey, JSON.stringify({ token, until: Date.now() + 60_000 }));
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_4__.setTimeout)(200);
        const mine = await this.s3.get(lockKey);
        if (!mine || JSON.parse(mine.body.toString()).token !== token)
            throw await this.conflict(unit, key, pointer.runId);
        try {
            const current = await this.s3.get(key);
            if ((current?.etag ?? undefined) !== expected)
                throw await this.conflict(unit, key, pointer.runId);
            await this.s3.put(key, body);
            const check = await this.s3.get(key);
            if (!check || check.body.toString() !== body)
                throw await this.conflict(unit, key, pointer.runId);
            return check.etag;
        }
        finally {
            await this.s3.delete(lockKey);
        }
    }
    async conflict(unit, key, runId) {
        const current = await this.s3.get(key).catch(() => undefined);
        let by = "another run";
        try {
            if (current)
                by = `run ${_units_js__WEBPACK_IMPORTED_MODULE_5__/* .PointerSchema */ .zj.parse(JSON.parse(current.body.toString())).runId}`;
        }
        catch {
            // Keep the generic wording.
        }
        return new StoreConflictError(`${unit}: ${by} made its output current in s3://${this.s3.bucket}/${key} while run ${runId} was building it; this run's output is not current (nothing of the two runs is mixed); rerun to build on the new output`);
    }
}
/** Where the files of a pointer's commit are: `<unit>/objects/<runId>` of the manifest it names. */
function objectsOf(pointer) {
    const match = /^(.*)\/manifests\/([^/]+)\.json$/.exec(pointer.manifest);
    if (!match)
        throw new Error(`pointer names ${JSON.stringify(pointer.manifest)}, not a manifest`);
    return `${match[1]}/objects/${match[2]}`;
}
function sha(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(text).digest("hex");
}


/***/ })

};

//# sourceMappingURL=6350.index.js.map