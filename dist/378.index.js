export const id = 378;
export const ids = [378];
export const modules = {

/***/ 96304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ refuseFromPullRequest),
/* harmony export */   m: () => (/* binding */ distribute)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28772);




/** Pull requests never distribute: their code is not reviewed, and forks must not reach secrets. */
function refuseFromPullRequest(env, what = "distribution") {
    const event = env.GITHUB_EVENT_NAME ?? "";
    if (event.startsWith("pull_request"))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${what} never runs from a pull request (GITHUB_EVENT_NAME=${event})`);
}
/** Send the version to each destination in turn; one failing does not stop the others. */
async function distribute(destinations, ctx) {
    const results = [];
    for (const destination of destinations) {
        const kind = (0,_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .destinationKind */ .Pr)(destination);
        try {
            const detail = await send(destination, ctx);
            ctx.log(`${destination.id}: ${detail}`);
            results.push({ id: destination.id, kind, ok: true, detail });
        }
        catch (error) {
            const detail = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error);
            ctx.log(`${destination.id}: failed: ${detail}`);
            results.push({ id: destination.id, kind, ok: false, detail });
        }
    }
    return results;
}
function send(destination, ctx) {
    if ("socrata" in destination)
        return toSocrata(destination.socrata, ctx);
    if ("object_store" in destination)
        return toObjectStore(destination.object_store.url, ctx);
    if ("github_release" in destination)
        return toGitHubRelease(destination.github_release, ctx);
    return toCommand(destination.command, ctx);
}
async function filesUnder(dir) {
    const entries = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readdir(dir, { recursive: true, withFileTypes: true });
    return entries
        .filter((e) => e.isFile())
        .map((e) => node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(dir, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(e.parentPath, e.name)).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join("/"))
        .sort();
}
async function toObjectStore(url, ctx) {
    if (!ctx.objects)
        throw new Error("no object-store client is configured for this run");
    const files = await filesUnder(ctx.dir);
    for (const file of files)
        await ctx.objects.put(url, `${ctx.product}/${ctx.version}/${file}`, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(ctx.dir, file));
    return `${files.length} files to ${url.replace(/\/$/, "")}/${ctx.product}/${ctx.version}/`;
}
async function toCommand(command, ctx) {
    let tail = "";
    const result = await ctx.runner.run(command, {
        cwd: ctx.dir,
        env: {
            ...ctx.env,
            LIFECYCLE_PRODUCT: ctx.product,
            LIFECYCLE_VERSION: ctx.version,
            LIFECYCLE_RELEASE_DIR: ctx.dir,
        },
        signal: ctx.signal,
        onOutput: (chunk) => {
            tail = (tail + chunk).slice(-2000);
        },
    });
    if (result.exitCode !== 0) {
        const last = tail.trim().split("\n").at(-1) ?? "";
        throw new Error(`command exited ${result.exitCode ?? result.signal}${last ? `: ${last}` : ""}`);
    }
    return "command exited 0";
}
/** One request whose failure names what was being done and the status, never the credentials. */
async function call(ctx, what, request) {
    const response = await (ctx.fetch ?? fetch)(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        redirect: "manual",
        signal: ctx.signal,
    });
    const text = await response.text();
    if (!response.ok)
        throw new Error(`${what}: HTTP ${response.status} ${text.slice(0, 200)}`.trim());
    try {
        return text === "" ? {} : JSON.parse(text);
    }
    catch {
        throw new Error(`${what}: the answer is not JSON`);
    }
}
function field(value, ...keys) {
    let current = value;
    for (const key of keys)
        current = current?.[key];
    return current;
}
function link(value, name, what) {
    const found = field(value, "links", name);
    if (typeof found !== "string" || !found.startsWith("/"))
        throw new Error(`${what}: the answer has no links.${name}`);
    return found;
}
function socrataHeaders(env) {
    const headers = { "Content-Type": "application/json" };
    if (env.SOCRATA_USERNAME && env.SOCRATA_PASSWORD) {
        const token = Buffer.from(`${env.SOCRATA_USERNAME}:${env.SOCRATA_PASSWORD}`).toString("base64");
        headers.Authorization = `Basic ${token}`;
    }
    if (env.SOCRATA_APP_TOKEN)
        headers["X-App-Token"] = env.SOCRATA_APP_TOKEN;
    return headers;
}
/**
 * Replace a Socrata dataset through its publishing API: open a replace revision, make an upload
 * source, send the CSV, apply the revision. Credentials: SOCRATA_USERNAME/SOCRATA_PASSWORD (or
 * an API key pair in them) and SOCRATA_APP_TOKEN, from the environment only.
 */
async function toSocrata(d, ctx) {
    const origin = d.domain.includes("://") ? d.domain.replace(/\/$/, "") : `https://${d.domain}`;
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(ctx.dir, "output", d.file);
    const csv = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readFile(file).catch(() => {
        throw new Error(`the published version has no output/${d.file}`);
    });
    const headers = socrataHeaders(ctx.env);
    const what = `socrata ${d.dataset}`;
    const revision = await call(ctx, `${what}: open revision`, {
        method: "POST",
        url: `${origin}/api/publishing/v1/revision/${d.dataset}`,
        headers,
        body: JSON.stringify({ action: { type: "replace", permission: "private" } }),
    });
    const source = await call(ctx, `${what}: create source`, {
        method: "POST",
        url: origin + link(revision, "create_source", `${what}: open revision`),
        headers,
        body: JSON.stringify({
            source_type: { type: "upload", filename: node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(d.file) },
            parse_options: { parse_source: true },
        }),
    });
    await call(ctx, `${what}: upload`, {
        method: "POST",
        url: origin + link(source, "bytes", `${what}: create source`),
        headers: { ...headers, "Content-Type": "text/csv" },
        body: csv,
    });
    const revisionId = field(revision, "resource", "id");
    await call(ctx, `${what}: apply`, {
        method: "PUT",
        url: origin + link(revision, "apply", `${what}: open revision`),
        headers,
        body: JSON.stringify({ resource: { id: revisionId } }),
    });
    const seq = field(revision, "resource", "revision_seq");
    return `replaced ${d.dataset} on ${new URL(origin).host} with ${d.file} (revision ${String(seq)})`;
}
function githubHeaders(env) {
    const token = env.GITHUB_TOKEN ?? env.GH_TOKEN;
    if (!token)
        throw new Error("GITHUB_TOKEN is not set (the job needs contents: write and the run's token)");
    return {
        Accept: "application/vnd.github+json",
        Authorization: `Bearer ${token}`,
        "X-GitHub-Api-Version": "2022-11-28",
        "User-Agent": "lifecycle",
    };
}
/** A GitHub Release named by `tag` (with `{product}` and `{version}`), the archive attached. */
async function toGitHubRelease(d, ctx) {
    const tag = d.tag.replaceAll("{product}", ctx.product).replaceAll("{version}", ctx.version);
    const api = (ctx.env.GITHUB_API_URL || "https://api.github.com").replace(/\/$/, "");
    const headers = githubHeaders(ctx.env);
    const release = await call(ctx, `github release ${tag}`, {
        method: "POST",
        url: `${api}/repos/${d.repository}/releases`,
        headers: { ...headers, "Content-Type": "application/json" },
        body: JSON.stringify({
            tag_name: tag,
            name: `${ctx.product} ${ctx.version}`,
            body: `${ctx.product} ${ctx.version}, published by lifecycle.`,
        }),
    });
    const uploadUrl = field(release, "upload_url");
    if (typeof uploadUrl !== "string")
        throw new Error(`github release ${tag}: the answer has no upload_url`);
    const archives = (await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readdir(ctx.dir)).filter((n) => n.endsWith(".tar.gz"));
    for (const archive of archives) {
        const url = `${uploadUrl.replace(/\{[^}]*\}$/, "")}?name=${encodeURIComponent(archive)}`;
        await call(ctx, `github release ${tag}: upload ${archive}`, {
            method: "POST",
            url,
            headers: { ...headers, "Content-Type": "application/gzip" },
            body: await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(ctx.dir, archive)),
        });
    }
    return `release ${tag} in ${d.repository} with ${archives.length} asset${archives.length === 1 ? "" : "s"}`;
}


/***/ }),

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
// EXTERNAL MODULE: ./src/stages/package.ts + 2 modules
var stages_package = __webpack_require__(72221);
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

/***/ 85535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ runPublish),
/* harmony export */   y: () => (/* binding */ unitsRead)
/* harmony export */ });
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5891);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86350);


/**
 * The units a request reads, for an object store to materialise (and nothing else): the package
 * for a draft; the version's drafts and `latest` for a release; the version and `latest` to move it.
 */
function unitsRead(request) {
    const latest = (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .latestUnit */ .ym)(request.product);
    if (request.kind === "draft") {
        const names = new _store_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .StoreLayout */ .Eh("");
        const rel = names.stageDir(request.product, request.partition, "package");
        return (unit) => unit === rel;
    }
    if (request.kind === "release") {
        const drafts = `${(0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .draftUnit */ .Sh)(request.product, request.version)}/`;
        return (unit) => unit === latest || unit.startsWith(drafts);
    }
    const version = (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .publishedUnit */ .Vx)(request.product, request.version);
    return (unit) => unit === latest || unit === version;
}
/** Run the request against the store (opened with `unitsRead`) and record it in the store's events. */
async function runPublish(store, runId, request) {
    const started = new Date();
    const outcome = await perform(store, runId, request);
    const record = eventRecord(runId, started, outcome);
    await store.events.append([record]);
    return { ...outcome, record };
}
async function perform(store, runId, request) {
    const target = { store, runId };
    const { product } = request;
    if (request.kind === "draft") {
        const made = await (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .promoteToDraft */ .lo)(target, request);
        return {
            unit: (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .draftUnit */ .Sh)(product, made.version, made.revision),
            version: made.version,
            revision: made.revision,
            asset: `${product}.draft`,
            partition: made.version,
            message: `${product}: ${request.partition} is draft ${made.version}/${made.revision}`,
            metadata: { ...made },
        };
    }
    if (request.kind === "release") {
        const made = await (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .publishRelease */ .Dl)(target, request);
        const latest = request.latest ? ", now latest" : "";
        return {
            unit: (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .publishedUnit */ .Vx)(product, made.version),
            version: made.version,
            revision: made.draft.revision,
            asset: `${product}.release`,
            partition: made.version,
            message: `${product}: published ${made.version} from draft ${made.draft.version}/${made.draft.revision}${latest}`,
            metadata: { ...made, latest: request.latest },
        };
    }
    const made = await (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .moveLatest */ .f0)(target, request);
    return {
        unit: (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .publishedUnit */ .Vx)(product, made.version),
        version: made.version,
        asset: `${product}.release`,
        partition: "latest",
        message: `${product}: latest is ${made.version}`,
        metadata: { product, version: made.version, latest: true },
    };
}
function eventRecord(runId, started, outcome) {
    const end = new Date();
    return {
        asset: outcome.asset,
        partition: outcome.partition,
        status: "success",
        start: started.toISOString(),
        end: end.toISOString(),
        durationMs: end.getTime() - started.getTime(),
        runId,
        fingerprint: "",
        metadata: outcome.metadata,
    };
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
        const cached = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.cache.dir, "refs", sha(`${this.s3.bucket}/${this.key(unit)}`));
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
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().mkdir(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(cached), { recursive: true });
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().writeFile(cached, JSON.stringify({ etag: got.etag, body: pointer }));
        return pointer;
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
        return this.movePointer(unit, pointer, expected);
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

//# sourceMappingURL=378.index.js.map